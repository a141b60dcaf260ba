package dev.yardstick.indicators.funnel;

/**
 * How the control limits of a funnel plot are drawn and each organisation placed against them
 * (methods reference section 3).
 *
 * <p>Each method applies to one kind of data, {@link #getKind()}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum FunnelMethod {
  /**
   * Proportions, PHE/OHID: the limit at denominator {@code n} is the proportion whose Wilson
   * interval just reaches the pooled average (PHEindicatormethods {@code calculate_funnel_limits}
   * and {@code assign_funnel_significance}, closed form in methods reference 3.1). The default for
   * proportions.
   */
  PROPORTION_WILSON_INVERSION(FunnelKind.PROPORTION),
  /**
   * Proportions, exact binomial limits with Spiegelhalter's interpolation: with {@code F} the
   * Binomial(n, target) distribution function and {@code r} the smallest count with {@code F(r) >=
   * p}, the limit is {@code (r - alpha) / n}, {@code alpha = (F(r) - p) / (F(r) - F(r - 1))}
   * (Spiegelhalter 2005, Stat Med 24:1185-1202, appendix). Denominators must be whole numbers. The
   * interpolation smooths the steps of the discrete quantiles but the limits can still rise and
   * fall a little at small expected counts.
   */
  PROPORTION_EXACT_BINOMIAL(FunnelKind.PROPORTION),
  /**
   * Indirectly standardised ratios O/E, PHE/OHID: curves drawn by observed count {@code O} at the
   * expected count where {@code O} is just significant (its exact Poisson bounds); each
   * organisation placed by its own interval, exact below 10 events and Byar's from 10 (methods
   * reference 3.2). The default for ratios.
   */
  RATIO_EXACT_POISSON_BY_OBSERVED(FunnelKind.RATIO),
  /**
   * Indirectly standardised ratios, exact Poisson limits with Spiegelhalter's interpolation at the
   * expected count {@code E}: as {@link #PROPORTION_EXACT_BINOMIAL} with the Poisson(E)
   * distribution, limit {@code (r - alpha) / E}, not below 0 (at {@code r = 0} the formula would go
   * negative).
   */
  RATIO_EXACT_POISSON_INTERPOLATED(FunnelKind.RATIO),
  /**
   * Indirectly standardised ratios as FunnelPlotR draws them (unadjusted): lower {@code chi2(p; 2E)
   * / 2 / E}, upper {@code chi2(1 - p; 2(E + 1)) / 2 / E}, treating the expected count as an
   * observed one; a ratio on a limit is inside (FunnelPlotR {@code calculate_limits.R}).
   */
  RATIO_FUNNELPLOTR(FunnelKind.RATIO),
  /**
   * Rates (crude or directly standardised), PHE/OHID: the average is {@code sum(events) /
   * sum(denominators)}; curves drawn by event count at the population where the count is just
   * significant; each organisation placed by its own rate interval, exact below 10 events and
   * Byar's from 10 (methods reference 3.3). The only method for rates.
   */
  RATE_EXACT_POISSON_BY_OBSERVED(FunnelKind.RATE);

  private final FunnelKind kind;

  FunnelMethod(FunnelKind kind) {
    this.kind = kind;
  }

  /**
   * Returns the kind of data the method applies to.
   *
   * @return the kind
   */
  public FunnelKind getKind() {
    return kind;
  }
}
