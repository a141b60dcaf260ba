package dev.yardstick.risk;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.risk.matrix.RatingBand;
import java.time.Period;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How often a risk must be reviewed, by the rating of its residual score, and how soon a newly
 * raised risk must be first assessed.
 *
 * <p>The {@link #defaults() defaults} review High risks monthly, Medium quarterly and Low yearly,
 * the common council practice also found in SimpleRisk's review intervals per level (peers
 * reference 1.11); a first assessment is due within a month of a risk being raised. Both are
 * configuration: build another policy for other intervals or other band names. A rating with no
 * interval is an error naming the rating, never a substituted interval.
 *
 * <pre>{@code
 * ReviewPolicy policy = ReviewPolicy.builder()
 *     .from(ReviewPolicy.defaults())
 *     .putIntervals("High", Period.ofWeeks(2))
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ReviewPolicy {

  ReviewPolicy() {}

  /**
   * Returns the review interval for each rating band name.
   *
   * @return intervals by band name, each positive
   */
  public abstract Map<String, Period> getIntervals();

  /**
   * Returns how soon after being raised a risk must have its first assessment.
   *
   * @return the period; one month unless set
   */
  @Value.Default
  public Period getFirstAssessmentWithin() {
    return Period.ofMonths(1);
  }

  /**
   * Returns the default policy: High monthly, Medium quarterly, Low yearly; first assessment
   * within a month.
   *
   * @return the default policy
   */
  public static ReviewPolicy defaults() {
    return builder()
        .putIntervals("High", Period.ofMonths(1))
        .putIntervals("Medium", Period.ofMonths(3))
        .putIntervals("Low", Period.ofYears(1))
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the review interval for a rating.
   *
   * @param band the rating of the residual score
   * @return the interval
   * @throws IllegalArgumentException if the policy has no interval for the band; the message names
   *     it
   */
  public Period intervalFor(RatingBand band) {
    Objects.requireNonNull(band, "band");
    Period p = getIntervals().get(band.getName());
    checkArgument(
        p != null,
        "review policy has no interval for rating '%s'; it covers %s",
        band.getName(),
        getIntervals().keySet());
    return p;
  }

  @Value.Check
  void check() {
    for (Map.Entry<String, Period> e : getIntervals().entrySet()) {
      checkArgument(
          isPositive(e.getValue()),
          "review interval %s for rating '%s' is not positive",
          e.getValue(),
          e.getKey());
    }
    checkArgument(
        isPositive(getFirstAssessmentWithin()),
        "first-assessment period %s is not positive",
        getFirstAssessmentWithin());
  }

  private static boolean isPositive(Period p) {
    return !p.isZero()
        && p.getYears() >= 0
        && p.getMonths() >= 0
        && p.getDays() >= 0;
  }

  /** Builds a {@link ReviewPolicy}. */
  public static class Builder extends ImmutableReviewPolicy.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
