package dev.yardstick.indicators.trend;

/**
 * What a trend calculator does with a missing period, written as {@link Double#NaN} in its input.
 *
 * <p>Input series are one value per period in time order, equally spaced (every month, every
 * year). A period with no value (not returned, suppressed, zero denominator) is written as {@code
 * NaN}. Infinite values are never accepted, whatever the policy.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum MissingValues {
  /**
   * A missing period is refused with an {@link IllegalArgumentException} that names its position
   * (0-based). The default: a gap inside a series is usually a data problem to look at.
   */
  REFUSE,
  /**
   * A missing period is left out; the remaining values keep their original time positions, so a
   * slope is still per period. This is what R's {@code na.omit} with original time indices and
   * pyMannKendall do.
   */
  SKIP
}
