package dev.yardstick.indicators.trend;

/**
 * Whether a trend calculation could be made.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum TrendStatus {
  /** The test was made; the result has a statistic and a direction. */
  CALCULATED,
  /** Fewer values than the method's documented minimum length: no test, no direction. */
  INSUFFICIENT_DATA,
  /**
   * Enough values, but the method cannot be applied to them: for the Fingertips recent trend a
   * count equal to zero or to its denominator, or a confidence interval of zero width.
   */
  CANNOT_BE_CALCULATED
}
