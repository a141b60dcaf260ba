package dev.yardstick.indicators.interval;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import org.immutables.value.Value;

/**
 * A two-sided confidence interval around an estimate, with the level and the formula that produced
 * it.
 *
 * <p>Values are {@code double}: interval arithmetic is statistics, not an exact indicator value
 * (design decision 1). The estimate and bounds are in the unit the calculator was asked for (a
 * proportion from 0 to 1, a rate per multiplier, a ratio times its reference value); {@link
 * #multipliedBy(double)} rescales them, for example to a percentage.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ConfidenceInterval {

  ConfidenceInterval() {}

  /**
   * Returns the point estimate.
   *
   * @return the estimate, finite
   */
  public abstract double getEstimate();

  /**
   * Returns the lower bound.
   *
   * @return the lower bound, finite and not above the upper bound
   */
  public abstract double getLower();

  /**
   * Returns the upper bound.
   *
   * @return the upper bound, finite
   */
  public abstract double getUpper();

  /**
   * Returns the confidence level.
   *
   * @return the level
   */
  public abstract ConfidenceLevel getConfidenceLevel();

  /**
   * Returns the formula of the interval (of its upper bound where the two bounds differ).
   *
   * @return the method
   */
  public abstract IntervalMethod getMethod();

  /**
   * Returns the formula of the lower bound: the same as {@link #getMethod()} except where Byar's
   * lower bound is undefined or negative and the exact Poisson bound stands in for it.
   *
   * @return the method of the lower bound
   */
  @Value.Default
  public IntervalMethod getLowerBoundMethod() {
    return getMethod();
  }

  /**
   * Tells whether a value lies inside the closed interval.
   *
   * @param value a value in the interval's unit
   * @return {@code true} if {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return getLower() <= value && value <= getUpper();
  }

  /**
   * Returns this interval with the estimate and bounds multiplied by a positive factor, for example
   * 100 for a percentage or 100,000 for a rate per 100,000.
   *
   * @param multiplier the factor, finite and positive
   * @return the rescaled interval
   * @throws IllegalArgumentException if the multiplier is not finite and positive
   */
  public ConfidenceInterval multipliedBy(double multiplier) {
    com.google.common.base.Preconditions.checkArgument(
        Double.isFinite(multiplier) && multiplier > 0,
        "interval multiplier %s is not a finite positive number",
        multiplier);
    return builder()
        .from(this)
        .estimate(getEstimate() * multiplier)
        .lower(getLower() * multiplier)
        .upper(getUpper() * multiplier)
        .build();
  }

  @Value.Check
  void check() {
    checkState(
        Double.isFinite(getEstimate())
            && Double.isFinite(getLower())
            && Double.isFinite(getUpper()),
        "interval (%s, %s) around %s has a bound or estimate that is not finite",
        getLower(),
        getUpper(),
        getEstimate());
    checkState(
        getLower() <= getUpper(),
        "interval lower bound %s is above its upper bound %s",
        getLower(),
        getUpper());
  }

  /**
   * Returns an interval.
   *
   * @param estimate the point estimate
   * @param lower the lower bound
   * @param upper the upper bound
   * @param level the confidence level
   * @param method the formula
   * @return the interval
   * @throws IllegalStateException if a number is not finite or {@code lower > upper}
   */
  public static ConfidenceInterval of(
      double estimate, double lower, double upper, ConfidenceLevel level, IntervalMethod method) {
    return builder()
        .estimate(estimate)
        .lower(lower)
        .upper(upper)
        .confidenceLevel(level)
        .method(method)
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

  /** Builds a {@link ConfidenceInterval}. */
  public static class Builder extends ImmutableConfidenceInterval.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
