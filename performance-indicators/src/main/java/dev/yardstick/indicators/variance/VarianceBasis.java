package dev.yardstick.indicators.variance;

/**
 * Which figure is judged against which part of a profiled target.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum VarianceBasis {
  /**
   * The figure for the period on its own (a quarter's admissions) against the period's own target
   * ({@link dev.yardstick.core.framework.ProfiledTarget#getPeriodBounds()}).
   */
  PERIOD,
  /**
   * The cumulative figure from the start of the financial year to the end of the period against the
   * profiled year-to-date target ({@link
   * dev.yardstick.core.framework.ProfiledTarget#getYearToDateBounds()}).
   */
  YEAR_TO_DATE,
  /**
   * A forecast of the figure for the whole financial year (the outturn) against the annual target:
   * "on track to meet the target?".
   */
  FORECAST_OUTTURN
}
