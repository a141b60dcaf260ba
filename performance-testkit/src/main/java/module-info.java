/**
 * Generators of realistic performance data, framework-neutral, for property-testing indicator
 * formulas and calculators, and contracts that check a user's indicator formula against the laws
 * every indicator obeys. Depends on no property-testing framework.
 *
 * @since 0.1.0
 */
module dev.yardstick.testkit {
  requires transitive dev.yardstick.core;
  requires transitive dev.yardstick.indicators;
  requires transitive dev.yardstick.risk;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  // Annotations that the generated Immutables classes carry; not needed at run time.
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.yardstick.testkit;
  exports dev.yardstick.testkit.contracts;
  exports dev.yardstick.testkit.generators;
}
