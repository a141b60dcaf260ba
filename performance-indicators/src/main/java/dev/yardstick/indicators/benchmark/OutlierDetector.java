package dev.yardstick.indicators.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.organisation.OrganisationId;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * Finds outlying organisations in a cross-section by z-score or modified z-score.
 *
 * <p>Outliers are values far from the rest whatever the polarity: a check on the data (a definition
 * misread, a typing error) before a value is ranked or banded. For a verdict that allows for each
 * organisation's size use a funnel plot instead.
 *
 * <pre>{@code
 * Outliers o = OutlierDetector.withDefaults().detect(values);   // modified z-score, |M| > 3.5
 * o.getOutliers();
 * }</pre>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>A group of one, or all values equal: spread 0, every score 0, no outlier.
 *   <li>Modified z-score with MAD 0 (more than half the values equal) but not all equal: the mean
 *       absolute deviation stands in, {@code M = (x - median) / (1.253314 MeanAD)}.
 *   <li>Missing values: left out and counted, or refused, by {@link MissingValuePolicy}.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class OutlierDetector {

  /** The constant that makes the MAD a consistent estimator of the normal sd: 0.6745. */
  private static final double MAD_CONSTANT = 0.6745;

  /** The constant for the mean absolute deviation: sqrt(pi / 2) = 1.253314. */
  private static final double MEAN_AD_CONSTANT = 1.253314;

  private static final OutlierDetector DEFAULTS =
      new OutlierDetector(
          OutlierMethod.MODIFIED_Z_SCORE,
          OutlierMethod.MODIFIED_Z_SCORE.getDefaultThreshold(),
          MissingValuePolicy.EXCLUDE_AND_COUNT);

  private final OutlierMethod method;
  private final double threshold;
  private final MissingValuePolicy missingValuePolicy;

  private OutlierDetector(OutlierMethod method, double threshold, MissingValuePolicy policy) {
    this.method = method;
    this.threshold = threshold;
    this.missingValuePolicy = policy;
  }

  /**
   * Returns the detector by modified z-score with threshold 3.5.
   *
   * @return the default detector
   */
  public static OutlierDetector withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a detector by another method, with that method's conventional threshold.
   *
   * @param outlierMethod the method
   * @return the detector
   */
  public OutlierDetector with(OutlierMethod outlierMethod) {
    Objects.requireNonNull(outlierMethod, "outlierMethod");
    return new OutlierDetector(
        outlierMethod, outlierMethod.getDefaultThreshold(), missingValuePolicy);
  }

  /**
   * Returns a detector with another missing-value policy.
   *
   * @param policy the policy
   * @return the detector
   */
  public OutlierDetector with(MissingValuePolicy policy) {
    return new OutlierDetector(method, threshold, Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns a detector with another threshold of the absolute score.
   *
   * @param absoluteScore the threshold, finite and positive
   * @return the detector
   * @throws IllegalArgumentException if the threshold is not finite and positive
   */
  public OutlierDetector withThreshold(double absoluteScore) {
    checkArgument(
        Double.isFinite(absoluteScore) && absoluteScore > 0,
        "outlier threshold %s is not a finite positive number",
        absoluteScore);
    return new OutlierDetector(method, absoluteScore, missingValuePolicy);
  }

  /**
   * Scores every organisation and lists the outliers.
   *
   * @param values the cross-section
   * @return the scores and outliers
   * @throws IllegalArgumentException if no organisation has a value, or the policy refuses missing
   *     values and there are some
   */
  public Outliers detect(ComparatorValues values) {
    Objects.requireNonNull(values, "values");
    int missing = values.missingCount(missingValuePolicy);
    int n = values.getValues().size();
    checkArgument(n > 0, "cross-section has no organisation with a value");
    double[] v = values.getValues().values().stream().mapToDouble(Double::doubleValue).toArray();
    double centre;
    double spread;
    boolean meanAd = false;
    if (method == OutlierMethod.Z_SCORE) {
      centre = Mean.of(v).getAsDouble();
      spread = n > 1 ? StandardDeviation.of(v).getAsDouble() : 0;
    } else {
      centre = Median.withDefaults().withCopy(true).evaluate(v);
      double[] dev = new double[n];
      for (int i = 0; i < n; i++) {
        dev[i] = Math.abs(v[i] - centre);
      }
      double mad = Median.withDefaults().withCopy(true).evaluate(dev);
      if (mad > 0) {
        spread = mad / MAD_CONSTANT;
      } else {
        meanAd = true;
        spread = MEAN_AD_CONSTANT * Mean.of(dev).getAsDouble();
      }
    }
    Outliers.Builder result =
        Outliers.builder()
            .method(method)
            .threshold(threshold)
            .centre(centre)
            .spread(spread)
            .meanAbsoluteDeviationUsed(meanAd)
            .missingCount(missing);
    for (Map.Entry<OrganisationId, Double> e : values.getValues().entrySet()) {
      double score = spread > 0 ? (e.getValue() - centre) / spread : 0;
      result.putScores(e.getKey(), score);
      if (Math.abs(score) > threshold) {
        result.addOutliers(e.getKey());
      }
    }
    return result.build();
  }

  @Override
  public String toString() {
    return "OutlierDetector{" + method + ", " + threshold + ", " + missingValuePolicy + "}";
  }
}
