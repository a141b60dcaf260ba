package dev.yardstick.indicators.interval;

/**
 * The formula that produced a confidence interval or one of its bounds.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum IntervalMethod {
  /**
   * Wilson score interval for a proportion {@code x / n}: {@code (2x + z^2 -/+ z sqrt(z^2 + 4x(1 -
   * x/n))) / (2(n + z^2))}. Source: Wilson (1927) JASA 22:209-212; PHEindicatormethods {@code
   * wilson_lower}, {@code wilson_upper}.
   */
  WILSON,
  /**
   * Byar's approximation for a Poisson count {@code x}: lower {@code x(1 - 1/(9x) - z/(3
   * sqrt(x)))^3}, upper {@code (x+1)(1 - 1/(9(x+1)) + z/(3 sqrt(x+1)))^3}. Source: Breslow and Day
   * (1987) p. 69; PHEindicatormethods {@code byars_lower}, {@code byars_upper}.
   */
  BYAR,
  /**
   * Exact Poisson interval by the chi-square relation: lower {@code chi2(tail; 2x) / 2} (0 when x =
   * 0), upper {@code chi2(1 - tail; 2x + 2) / 2}. Source: Garwood (1936) Biometrika 28:437-442; R
   * {@code poisson.test}.
   */
  EXACT_POISSON,
  /**
   * Normal approximation for a mean: {@code mean -/+ z * sd / sqrt(n)}, or {@code estimate -/+ z *
   * standardError}.
   */
  NORMAL
}
