package dev.yardstick.indicators.trend;

/**
 * The significance test behind a Fingertips recent trend, chosen by the indicator's value type.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum RecentTrendMethod {
  /**
   * Proportions from counts and denominators: the (Cochran-Armitage) chi-square test for trend,
   * with leave-one-out slopes of the logit ln(x / (n - x)) as the robustness check.
   */
  CHI_SQUARE_TEST_FOR_TREND,
  /**
   * Other values with 95% confidence intervals (rates, ratios, means): least squares weighted by
   * 1 / SE^2 with SE = (upper - lower) / 3.92, and weighted leave-one-out slopes as the robustness
   * check.
   */
  WEIGHTED_LEAST_SQUARES
}
