package dev.yardstick.indicators.spc;

/**
 * The multiple of the average moving range at which an XmR chart draws its process limits.
 *
 * <p>Both stand for three estimated standard deviations, sigma = average moving range / d2 with d2
 * = 1.128 (the bias constant for ranges of two points). The near limits of the two-of-three rule
 * are two thirds of the way from the mean to the process limits (two sigma).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum LimitFactor {
  /** 2.66, 3 / 1.128 rounded: NHS "Making Data Count" and NHSRplotthedots. The default. */
  ROUNDED(2.66),
  /** 3 / 1.128 = 2.6596 unrounded: PowerBI-SPC. Limits differ in the fourth significant digit. */
  UNROUNDED(3 / 1.128);

  private final double factor;

  LimitFactor(double factor) {
    this.factor = factor;
  }

  /**
   * Returns the multiple of the average moving range from the mean to a process limit.
   *
   * @return 2.66 or 3 / 1.128
   */
  public double getFactor() {
    return factor;
  }
}
