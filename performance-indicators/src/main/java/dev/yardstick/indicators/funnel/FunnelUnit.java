package dev.yardstick.indicators.funnel;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.indicators.interval.ConfidenceLevel;
import java.util.Map;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One organisation on a funnel plot: its counts, value, and position against each limit.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class FunnelUnit {

  FunnelUnit() {}

  /**
   * Returns the organisation's counts as given.
   *
   * @return the input
   */
  public abstract FunnelInput getInput();

  /**
   * Returns whether the organisation took part.
   *
   * @return the status
   */
  public abstract UnitStatus getStatus();

  /**
   * Returns the organisation's value in the plot's unit (proportion, ratio or rate).
   *
   * @return the value, or empty when excluded
   */
  public abstract OptionalDouble getValue();

  /**
   * Returns the horizontal position: the denominator, expected count or population.
   *
   * @return the x value
   */
  @Value.Derived
  public double getX() {
    return getInput().getDenominator();
  }

  /**
   * Returns the position against the plain limits at each level.
   *
   * @return positions by level; empty unless {@link UnitStatus#INCLUDED}
   */
  public abstract Map<ConfidenceLevel, LimitPosition> getPositions();

  /**
   * Returns the position against the overdispersion-adjusted limits at each level.
   *
   * @return positions by level; empty without adjustment or unless {@link UnitStatus#INCLUDED}
   */
  public abstract Map<ConfidenceLevel, LimitPosition> getAdjustedPositions();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FunnelUnit}. */
  public static class Builder extends ImmutableFunnelUnit.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
