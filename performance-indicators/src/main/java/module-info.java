/**
 * Indicators: definitions and catalogues, values and datasets, the case-record formula engine, and
 * the calculators for variance, trend and benchmark position.
 *
 * @since 0.1.0
 */
module dev.yardstick.indicators {
  requires transitive dev.yardstick.core;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.statistics.descriptive;
  requires org.apache.commons.csv;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  // Annotations that the generated Immutable* classes carry (@CanIgnoreReturnValue, @Generated).
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.yardstick.indicators;
  exports dev.yardstick.indicators.csv;
  exports dev.yardstick.indicators.dataset;
}
