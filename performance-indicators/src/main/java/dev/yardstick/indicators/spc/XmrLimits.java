package dev.yardstick.indicators.spc;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import org.immutables.value.Value;

/**
 * The centre line and limits of one segment of an XmR chart, in the indicator's unit.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class XmrLimits {

  XmrLimits() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of points the mean and moving ranges were computed from (the fixed baseline).
   *
   * @return the baseline size, at least 2
   */
  public abstract int getBaselineSize();

  /**
   * The centre line: the mean of the baseline.
   *
   * @return the mean
   */
  public abstract double getMean();

  /**
   * The average moving range of the baseline, after screening if it was asked for; 0 when every
   * moving range is 0 or screened out.
   *
   * @return the average moving range
   */
  public abstract double getAverageMovingRange();

  /**
   * The lower process limit: mean minus the limit factor times the average moving range.
   *
   * @return the lower process limit
   */
  public abstract double getLowerProcessLimit();

  /**
   * The upper process limit: mean plus the limit factor times the average moving range.
   *
   * @return the upper process limit
   */
  public abstract double getUpperProcessLimit();

  /**
   * The lower near limit of the two-of-three rule, two thirds of the way to the lower process
   * limit (two sigma).
   *
   * @return the lower near limit
   */
  public abstract double getLowerNearLimit();

  /**
   * The upper near limit of the two-of-three rule.
   *
   * @return the upper near limit
   */
  public abstract double getUpperNearLimit();

  @Value.Check
  void check() {
    checkState(getBaselineSize() >= 2, "XmR baseline size %s is below 2", getBaselineSize());
    checkState(
        getLowerProcessLimit() <= getLowerNearLimit()
            && getLowerNearLimit() <= getMean()
            && getMean() <= getUpperNearLimit()
            && getUpperNearLimit() <= getUpperProcessLimit(),
        "XmR limits are not in order lower process <= lower near <= mean <= upper near <= upper"
            + " process: %s",
        this);
  }

  /** A builder of {@link XmrLimits}. */
  public static class Builder extends ImmutableXmrLimits.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
