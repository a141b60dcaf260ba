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
 * The latest value of a seasonal indicator against the same period in earlier years ({@link
 * SeasonalComparison}).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class SeasonalComparisonResult {

  SeasonalComparisonResult() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The series as given, oldest first, {@code NaN} marking a missing period.
   *
   * @return the values
   */
  public abstract List<Double> getValues();

  /**
   * The indicator's polarity.
   *
   * @return the polarity
   */
  public abstract Polarity getPolarity();

  /**
   * The number of periods in a year.
   *
   * @return the season length, 12 by default
   */
  public abstract int getSeasonLength();

  /**
   * The number of earlier years looked at.
   *
   * @return the years, 3 by default
   */
  public abstract int getYears();

  /**
   * The latest value.
   *
   * @return the latest value
   */
  public abstract double getLatest();

  /**
   * The available values of the same period in earlier years, oldest first.
   *
   * @return the same-period values
   */
  public abstract List<Double> getSamePeriodValues();

  /**
   * Whether the comparison could be made.
   *
   * @return the status
   */
  public abstract TrendStatus getStatus();

  /**
   * The latest value minus the same period last year.
   *
   * @return the change; empty when last year's value is missing or absent
   */
  public abstract OptionalDouble getChangeOnLastYear();

  /**
   * The mean of the same-period values.
   *
   * @return the mean; empty unless calculated
   */
  public abstract OptionalDouble getSamePeriodMean();

  /**
   * The lowest same-period value.
   *
   * @return the minimum; empty unless calculated
   */
  public abstract OptionalDouble getSamePeriodMinimum();

  /**
   * The highest same-period value.
   *
   * @return the maximum; empty unless calculated
   */
  public abstract OptionalDouble getSamePeriodMaximum();

  /**
   * Above every same-period value, below every one, or within their range.
   *
   * @return the direction; empty unless calculated
   */
  public abstract Optional<TrendDirection> getDirection();

  /**
   * The direction read through the polarity.
   *
   * @return the direction of travel; empty unless calculated or for a polarity with no better or
   *     worse for a movement
   */
  public Optional<DirectionOfTravel> getDirectionOfTravel() {
    return getDirection().flatMap(d -> d.toDirectionOfTravel(getPolarity()));
  }

  /**
   * Explains the comparison in one sentence.
   *
   * @return the explanation
   */
  public String explain() {
    if (getStatus() != TrendStatus.CALCULATED) {
      return "No seasonal comparison: no value for the same period in the previous "
          + getYears()
          + " years.";
    }
    TrendDirection d = getDirection().orElseThrow();
    String where =
        d == TrendDirection.INCREASING
            ? "Above"
            : (d == TrendDirection.DECREASING ? "Below" : "Within");
    return String.format(
        Locale.ROOT,
        "%s the range of the same period in the previous %d years (%.4g to %.4g): latest %.4g.",
        where,
        getSamePeriodValues().size(),
        getSamePeriodMinimum().orElseThrow(),
        getSamePeriodMaximum().orElseThrow(),
        getLatest());
  }

  @Value.Check
  void check() {
    boolean calculated = getStatus() == TrendStatus.CALCULATED;
    checkState(
        calculated == getDirection().isPresent() && calculated == !getSamePeriodValues().isEmpty(),
        "seasonal comparison with status %s must have same-period values and a direction exactly"
            + " when calculated",
        getStatus());
  }

  /** A builder of {@link SeasonalComparisonResult}. */
  public static class Builder extends ImmutableSeasonalComparisonResult.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
