package dev.yardstick.indicators.variance;

/**
 * Why an indicator is on an exception report.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ExceptionReason {
  /** The figure for the period is red. */
  RED,
  /** The figure is worse than in the comparison period (the same period last year by default). */
  WORSENING,
  /** The forecast outturn is worse than the annual target: not on track. */
  FORECAST_TO_MISS
}
