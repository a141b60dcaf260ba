package dev.yardstick.indicators.assessment.chart;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.period.ReportingPeriod;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One period of a trend chart against a comparator group: the organisation's value and the group's
 * median and quartiles.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class TrendPoint {

  TrendPoint() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the period.
   *
   * @return the period
   */
  public abstract ReportingPeriod getPeriod();

  /**
   * Returns the focus organisation's value.
   *
   * @return the value, or empty if it has none in the period
   */
  public abstract OptionalDouble getValue();

  /**
   * Returns the number of organisations of the group with a value in the period.
   *
   * @return the count
   */
  public abstract int getGroupSize();

  /**
   * Returns the group's lower quartile.
   *
   * @return the lower quartile, or empty if no organisation has a value
   */
  public abstract OptionalDouble getLowerQuartile();

  /**
   * Returns the group's median.
   *
   * @return the median, or empty if no organisation has a value
   */
  public abstract OptionalDouble getMedian();

  /**
   * Returns the group's upper quartile.
   *
   * @return the upper quartile, or empty if no organisation has a value
   */
  public abstract OptionalDouble getUpperQuartile();

  /** Builds {@link TrendPoint}s. */
  public static class Builder extends ImmutableTrendPoint.Builder {
    /** Creates an empty builder, as {@link TrendPoint#builder()} does. */
    public Builder() {}
  }
}
