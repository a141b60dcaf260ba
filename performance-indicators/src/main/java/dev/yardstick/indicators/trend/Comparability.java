package dev.yardstick.indicators.trend;

/**
 * Whether two values of an indicator were produced under the same definition.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Comparability {
  /** Same definition: the values can be compared. */
  COMPARABLE,
  /**
   * The definition changed between the two periods (a new numerator, denominator or data
   * source): the direction of travel is not comparable.
   */
  DEFINITION_BREAK
}
