package dev.yardstick.indicators.funnel;

/**
 * Whether funnel limits are widened for real variation between organisations.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum Overdispersion {
  /** Plain limits only: the default, as PHE draws them. */
  NONE,
  /**
   * Also compute additive random-effects limits (Spiegelhalter 2005, QSHC 14:347-351; Spiegelhalter
   * et al. 2012, JRSS-A 175:1-47; FunnelPlotR {@code od_adjustment.R}): z-scores on a
   * variance-stabilising scale (arcsine square root for proportions, square root for ratios and
   * rates), winsorised at their 10th and 90th percentiles (Hyndman-Fan type 7, as R's default),
   * {@code phi = mean(z^2)}, {@code tau^2 = max(0, (I phi - (I - 1)) / (sum w - sum w^2 / sum w))}
   * with {@code w = 1 / s^2}, limits {@code target -/+ z_p sqrt(s^2 + tau^2)} transformed back.
   */
  ADDITIVE_RANDOM_EFFECTS
}
