/**
 * Risk registers for councils' services: risks and their links to the performance framework,
 * likelihood and impact scales, scoring matrices, assessments with controls (inherent, residual and
 * target), appetite and tolerance, registers with history, heat maps, and risks derived from
 * indicator forecasts.
 *
 * @since 0.1.0
 */
module dev.yardstick.risk {
  requires transitive dev.yardstick.core;
  // Performance risks take the indicators' SPC charts, forecasts and definitions in their API.
  requires transitive dev.yardstick.indicators;
  requires org.apache.commons.statistics.distribution;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  // Annotations that the generated Immutables classes carry; not needed at run time.
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.yardstick.risk;
  exports dev.yardstick.risk.matrix;
  exports dev.yardstick.risk.performance;
}
