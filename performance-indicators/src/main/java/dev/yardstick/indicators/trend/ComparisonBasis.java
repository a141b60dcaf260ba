package dev.yardstick.indicators.trend;

/**
 * Which earlier value a direction of travel compares the latest value with.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ComparisonBasis {
  /** The period just before: last quarter, last month, last year for an annual indicator. */
  PREVIOUS_PERIOD,
  /** The same period a year earlier: removes the season from monthly and quarterly figures. */
  SAME_PERIOD_LAST_YEAR
}
