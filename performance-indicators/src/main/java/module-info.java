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
  // Generated Immutables classes carry @Generated and Error Prone's @CanIgnoreReturnValue.
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports dev.yardstick.indicators.spc;
  exports dev.yardstick.indicators.trend;
  exports dev.yardstick.indicators.variance;
}
