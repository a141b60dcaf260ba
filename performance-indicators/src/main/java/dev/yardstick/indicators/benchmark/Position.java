package dev.yardstick.indicators.benchmark;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Where one organisation stands in its comparator group on one indicator: its rank, percentile
 * rank, the differences from the group's mean, median and best value and from the England value,
 * and its z-score, with the options used.
 *
 * <p>Differences are the organisation's value minus the reference, in the indicator's unit
 * (positive means higher, whatever the polarity).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Position {

  Position() {}

  /**
   * Returns the organisation.
   *
   * @return the organisation
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the organisation's value.
   *
   * @return the value
   */
  public abstract double getValue();

  /**
   * Returns the polarity that decided which way is best.
   *
   * @return the polarity
   */
  public abstract Polarity getPolarity();

  /**
   * Returns the tie rule used.
   *
   * @return the rule
   */
  public abstract TieRule getTieRule();

  /**
   * Returns the rank, 1 for the best; with {@link TieRule#AVERAGE} a tie can give a half.
   *
   * @return the rank, from 1 to {@link #getGroupSize()}
   */
  public abstract double getRank();

  /**
   * Returns the number of organisations with a value: the size the rank is out of.
   *
   * @return the group size, at least 1
   */
  public abstract int getGroupSize();

  /**
   * Returns the number of organisations of the group left out for a missing value.
   *
   * @return the count
   */
  public abstract int getMissingCount();

  /**
   * Returns the percentile rank: the percentage of the group doing worse, counting ties as half,
   * {@code 100 * (worse + equal / 2) / n} with the organisation among the equal ones (the mid-rank
   * percentile rank; Crocker and Algina 1986, ch. 19). 50 for a group of one or all equal.
   *
   * @return the percentile rank, from 0 to 100
   */
  public abstract double getPercentileRank();

  /**
   * Returns the group's mean value.
   *
   * @return the mean
   */
  public abstract double getMean();

  /**
   * Returns the group's median value.
   *
   * @return the median
   */
  public abstract double getMedian();

  /**
   * Returns the best value in the group.
   *
   * @return the best value; empty for an indicator with no polarity or a range polarity
   */
  public abstract OptionalDouble getBest();

  /**
   * Returns the England (or other reference) value given.
   *
   * @return the value, or empty when none was given
   */
  public abstract OptionalDouble getEnglandValue();

  /**
   * Returns the value minus the group's mean.
   *
   * @return the difference
   */
  @Value.Derived
  public double getDifferenceFromMean() {
    return getValue() - getMean();
  }

  /**
   * Returns the value minus the group's median.
   *
   * @return the difference
   */
  @Value.Derived
  public double getDifferenceFromMedian() {
    return getValue() - getMedian();
  }

  /**
   * Returns the value minus the best value.
   *
   * @return the difference, or empty when there is no best value
   */
  @Value.Derived
  public OptionalDouble getDifferenceFromBest() {
    return getBest().isPresent()
        ? OptionalDouble.of(getValue() - getBest().getAsDouble())
        : OptionalDouble.empty();
  }

  /**
   * Returns the value minus the England value.
   *
   * @return the difference, or empty when no England value was given
   */
  @Value.Derived
  public OptionalDouble getDifferenceFromEngland() {
    return getEnglandValue().isPresent()
        ? OptionalDouble.of(getValue() - getEnglandValue().getAsDouble())
        : OptionalDouble.empty();
  }

  /**
   * Returns the z-score {@code (value - mean) / sd} with the sample standard deviation ({@code n -
   * 1}), not turned by polarity.
   *
   * @return the z-score; empty for a group of one or when all values are equal
   */
  public abstract OptionalDouble getZScore();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Position}. */
  public static class Builder extends ImmutablePosition.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
