package dev.yardstick.indicators.benchmark;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The outlier scores of a cross-section and the organisations beyond the threshold.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Outliers {

  Outliers() {}

  /**
   * Returns the method.
   *
   * @return the method
   */
  public abstract OutlierMethod getMethod();

  /**
   * Returns the threshold of the absolute score.
   *
   * @return the threshold
   */
  public abstract double getThreshold();

  /**
   * Returns the centre: the mean (z-score) or median (modified z-score).
   *
   * @return the centre
   */
  public abstract double getCentre();

  /**
   * Returns the spread the scores are divided by: the sample standard deviation, or {@code MAD /
   * 0.6745}, or {@code 1.253314 MeanAD} where the MAD is 0.
   *
   * @return the spread; 0 when all values are equal, and then every score is 0
   */
  public abstract double getSpread();

  /**
   * Tells whether the mean absolute deviation stood in for a zero MAD.
   *
   * @return {@code true} if it did
   */
  public abstract boolean isMeanAbsoluteDeviationUsed();

  /**
   * Returns each organisation's score.
   *
   * @return scores by organisation, in input order
   */
  public abstract Map<OrganisationId, Double> getScores();

  /**
   * Returns the organisations whose absolute score is above the threshold.
   *
   * @return the outliers, in input order
   */
  public abstract Set<OrganisationId> getOutliers();

  /**
   * Returns the number of organisations left out for a missing value.
   *
   * @return the count
   */
  public abstract int getMissingCount();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Outliers}. */
  public static class Builder extends ImmutableOutliers.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
