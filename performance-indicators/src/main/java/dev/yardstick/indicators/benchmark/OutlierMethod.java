package dev.yardstick.indicators.benchmark;

/**
 * How outliers in a cross-section are scored, with the conventional threshold of each.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum OutlierMethod {
  /**
   * The z-score {@code (x - mean) / sd} with the sample standard deviation; outlying when {@code
   * |z| > 3} (the "three sigma" rule). Sensitive to the outliers it looks for.
   */
  Z_SCORE(3.0),
  /**
   * The modified z-score {@code 0.6745 (x - median) / MAD} with the median absolute deviation;
   * outlying when {@code |M| > 3.5} (Iglewicz and Hoaglin 1993, "How to Detect and Handle
   * Outliers", ASQC). The default: robust to the outliers themselves. Where the MAD is 0 the mean
   * absolute deviation from the median stands in, {@code M = (x - median) / (1.253314 MeanAD)} (IBM
   * SPSS Statistics' definition).
   */
  MODIFIED_Z_SCORE(3.5);

  private final double threshold;

  OutlierMethod(double threshold) {
    this.threshold = threshold;
  }

  /**
   * Returns the conventional threshold of the absolute score.
   *
   * @return 3 or 3.5
   */
  public double getDefaultThreshold() {
    return threshold;
  }
}
