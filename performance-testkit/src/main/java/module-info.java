/**
 * Generators of realistic performance data, framework-neutral, for property-testing indicator
 * formulas and calculators.
 *
 * @since 0.1.0
 */
module dev.yardstick.testkit {
  requires transitive dev.yardstick.core;
  requires transitive dev.yardstick.indicators;
  requires transitive dev.yardstick.risk;
  requires static org.jspecify;

  exports dev.yardstick.testkit;
  exports dev.yardstick.testkit.generators;
}
