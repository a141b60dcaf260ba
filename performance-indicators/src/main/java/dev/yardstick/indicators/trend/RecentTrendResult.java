package dev.yardstick.indicators.trend;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.status.DirectionOfTravel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The result of a {@link RecentTrend} calculation: inputs, options, the chi-square statistic, the
 * robustness check and the Fingertips marker.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class RecentTrendResult {

  RecentTrendResult() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The test used.
   *
   * @return the method
   */
  public abstract RecentTrendMethod getMethod();

  /**
   * The values, one per year, oldest first (for proportions, count / denominator).
   *
   * @return the values
   */
  public abstract List<Double> getValues();

  /**
   * The counts of a proportion; empty for the weighted method.
   *
   * @return the counts
   */
  public abstract List<Long> getCounts();

  /**
   * The denominators of a proportion; empty for the weighted method.
   *
   * @return the denominators
   */
  public abstract List<Long> getDenominators();

  /**
   * The lower 95% confidence limits; empty for proportions.
   *
   * @return the lower limits
   */
  public abstract List<Double> getLowerLimits();

  /**
   * The upper 95% confidence limits; empty for proportions.
   *
   * @return the upper limits
   */
  public abstract List<Double> getUpperLimits();

  /**
   * The indicator's polarity.
   *
   * @return the polarity
   */
  public abstract Polarity getPolarity();

  /**
   * The number of most recent points tested.
   *
   * @return the number of points, 5 by default
   */
  public abstract int getPoints();

  /**
   * The confidence level.
   *
   * @return the level, 0.998 by default
   */
  public abstract double getConfidenceLevel();

  /**
   * The chi-square value (1 degree of freedom) above which a trend is significant.
   *
   * @return the critical value, 9.5495 at 99.8%
   */
  public abstract double getCriticalValue();

  /**
   * Whether the test was made.
   *
   * @return the status
   */
  public abstract TrendStatus getStatus();

  /**
   * The chi-square statistic.
   *
   * @return chi-square, empty unless calculated
   */
  public abstract OptionalDouble getChiSquare();

  /**
   * The weighted least-squares slope per year; empty for proportions and unless calculated.
   *
   * @return the slope
   */
  public abstract OptionalDouble getSlope();

  /**
   * Whether the slope and every leave-one-out slope have the same sign.
   *
   * @return {@code true} if the robustness check passed; {@code false} if it failed or no test
   *     was made
   */
  @Value.Default
  public boolean isRobust() {
    return false;
  }

  /**
   * The Fingertips marker before polarity: increasing, decreasing or no significant change.
   *
   * @return the direction, empty unless calculated
   */
  public abstract Optional<TrendDirection> getDirection();

  /**
   * Tells whether the trend is significant.
   *
   * @return {@code true} for an increasing or decreasing marker
   */
  public boolean isSignificant() {
    return getDirection().map(d -> d != TrendDirection.NO_SIGNIFICANT_CHANGE).orElse(false);
  }

  /**
   * The marker read through the polarity ("getting better" is improving).
   *
   * @return the direction of travel; empty unless calculated or for a polarity with no better or
   *     worse for a slope
   */
  public Optional<DirectionOfTravel> getDirectionOfTravel() {
    return getDirection().flatMap(d -> d.toDirectionOfTravel(getPolarity()));
  }

  /**
   * Explains the result in one sentence, with the Fingertips wording.
   *
   * @return the explanation
   */
  public String explain() {
    if (getStatus() == TrendStatus.INSUFFICIENT_DATA) {
      return "Recent trend cannot be calculated: "
          + getValues().size()
          + " values, "
          + getPoints()
          + " are needed.";
    }
    if (getStatus() == TrendStatus.CANNOT_BE_CALCULATED) {
      return getMethod() == RecentTrendMethod.CHI_SQUARE_TEST_FOR_TREND
          ? "Recent trend cannot be calculated: a count is zero or equal to its denominator."
          : "Recent trend cannot be calculated: a confidence interval has zero width.";
    }
    TrendDirection direction = getDirection().orElseThrow();
    String marker;
    if (direction == TrendDirection.NO_SIGNIFICANT_CHANGE) {
      marker = "No significant change";
    } else {
      marker = direction == TrendDirection.INCREASING ? "Increasing" : "Decreasing";
      Optional<DirectionOfTravel> travel = getDirectionOfTravel();
      if (travel.isPresent()) {
        marker +=
            travel.get() == DirectionOfTravel.IMPROVING
                ? " and getting better"
                : " and getting worse";
      }
    }
    return String.format(
        Locale.ROOT,
        "%s: chi-square %.2f against %.2f over the last %d points%s.",
        marker,
        getChiSquare().orElseThrow(),
        getCriticalValue(),
        getPoints(),
        isRobust() ? "" : ", leave-one-out slopes disagree in sign");
  }

  @Value.Check
  void check() {
    boolean calculated = getStatus() == TrendStatus.CALCULATED;
    checkState(
        calculated == getChiSquare().isPresent() && calculated == getDirection().isPresent(),
        "recent trend result with status %s must have a chi-square and a direction exactly when"
            + " calculated",
        getStatus());
  }

  /** A builder of {@link RecentTrendResult}. */
  public static class Builder extends ImmutableRecentTrendResult.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
