/**
 * Indicators: definitions and catalogues, values and datasets, the case-record formula engine, and
 * the calculators for variance, trend and benchmark position.
 *
 * @since 0.1.0
 */
// Immutables' annotations jar is an automatic module; its annotations (class retention) appear on
// the public value types, so it is required static and transitive.
@SuppressWarnings("requires-transitive-automatic")
module dev.yardstick.indicators {
  requires transitive dev.yardstick.core;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.statistics.descriptive;
  requires org.apache.commons.csv;
  requires org.slf4j;
  requires static transitive org.immutables.value.annotations;
  requires static org.jspecify;
  // Annotations that Immutables puts on generated classes (compile time only).
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.yardstick.indicators;
  exports dev.yardstick.indicators.assessment;
  exports dev.yardstick.indicators.assessment.chart;
  exports dev.yardstick.indicators.assessment.rating;
  exports dev.yardstick.indicators.benchmark;
  exports dev.yardstick.indicators.csv;
  exports dev.yardstick.indicators.dataset;
  exports dev.yardstick.indicators.formula;
  exports dev.yardstick.indicators.funnel;
  exports dev.yardstick.indicators.interval;
  exports dev.yardstick.indicators.spc;
  exports dev.yardstick.indicators.trend;
  exports dev.yardstick.indicators.variance;
}
