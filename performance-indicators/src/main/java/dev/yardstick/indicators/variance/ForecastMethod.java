package dev.yardstick.indicators.variance;

/**
 * How a year-end figure (the outturn) is forecast from the figures of the year so far.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ForecastMethod {
  /**
   * Straight-line projection. A flow count continues at its average rate so far: outturn = year to
   * date × 12 / months elapsed, with the standard error of the sum of the remaining periods under
   * the mean model, {@code s × sqrt(k + k² / n)} for {@code k} periods to come after {@code n}
   * (Hyndman and Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., section 5.5,
   * the mean method's prediction interval). A snapshot continues its least-squares line to the last
   * period of the year, with the standard error of a new observation, {@code s × sqrt(1 + 1/n + (x₀
   * - x̄)² / Sxx)} (the interval of R's {@code predict.lm(..., interval = "prediction")}). A ratio
   * keeps its year-to-date value (numerator and denominator grow alike). The default.
   */
  STRAIGHT_LINE,
  /**
   * By the target's seasonal profile: the year to date is the share of the year the profile expects
   * by now, so outturn = year to date / (profiled year-to-date target / annual target). For flow
   * counts whose target has a straight-line, seasonal or cumulative profile.
   */
  SEASONAL_PROFILE,
  /**
   * By last year's shape: the year to date is the share of the year it was last year, so a flow's
   * outturn = year to date × last year's total / last year's year to date at the same point; a
   * snapshot adds last year's change from this point to the year end; a ratio projects its
   * numerator and denominator each by their own shape last year.
   */
  LAST_YEARS_SHAPE
}
