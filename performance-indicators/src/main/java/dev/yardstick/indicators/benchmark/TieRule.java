package dev.yardstick.indicators.benchmark;

/**
 * The rank that organisations with equally good values share (R's {@code rank(ties.method = ...)}).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum TieRule {
  /**
   * The best rank of the tied places, "1, 2, 2, 4" (R {@code ties.method = "min"}, sports ranking):
   * the default, as PHEindicatormethods {@code phe_quantile} ranks.
   */
  MIN,
  /** The mean of the tied places, "1, 2.5, 2.5, 4" (R {@code ties.method = "average"}). */
  AVERAGE,
  /** The worst rank of the tied places, "1, 3, 3, 4" (R {@code ties.method = "max"}). */
  MAX
}
