package dev.yardstick.indicators.assessment;

/**
 * When in the year a council submitted its Delivery and Improvement Statement: spring or autumn
 * (domain reference section 0).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum StatementSeason {
  /** The spring statement, looking back on the year just ended and forward to the new one. */
  SPRING,
  /** The autumn statement, half way through the year, with forecasts to the year end. */
  AUTUMN
}
