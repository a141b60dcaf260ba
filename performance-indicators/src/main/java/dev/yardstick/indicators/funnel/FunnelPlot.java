package dev.yardstick.indicators.funnel;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.indicators.interval.ConfidenceLevel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A funnel plot: the target, the limit curves for drawing, and each organisation's position against
 * the limits, with the method and options used.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class FunnelPlot {

  FunnelPlot() {}

  /**
   * Returns the method.
   *
   * @return the method
   */
  public abstract FunnelMethod getMethod();

  /**
   * Returns the confidence levels of the limits, lowest first.
   *
   * @return the levels
   */
  public abstract List<ConfidenceLevel> getLevels();

  /**
   * Returns the multiplier of a rate (1 for proportions and ratios).
   *
   * @return the multiplier
   */
  public abstract double getMultiplier();

  /**
   * Returns the target line: the pooled average {@code sum(numerators) / sum(denominators)} for
   * proportions, 1 for ratios, the pooled average times the multiplier for rates.
   *
   * @return the target
   */
  public abstract double getTarget();

  /**
   * Returns the organisations in input order.
   *
   * @return the organisations, with their positions
   */
  public abstract List<FunnelUnit> getUnits();

  /**
   * Returns the limit curves: for each level a lower and an upper curve, then the adjusted curves
   * when overdispersion is adjusted for.
   *
   * @return the curves
   */
  public abstract List<FunnelCurve> getCurves();

  /**
   * Returns the overdispersion adjustment.
   *
   * @return the adjustment, or empty when not asked for or fewer than 2 organisations were placed
   */
  public abstract Optional<OverdispersionAdjustment> getOverdispersion();

  /**
   * Returns the number of organisations left out ({@link UnitStatus#EXCLUDED}).
   *
   * @return the count
   */
  @Value.Derived
  public int getExcludedCount() {
    return (int) getUnits().stream().filter(u -> u.getStatus() == UnitStatus.EXCLUDED).count();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FunnelPlot}. */
  public static class Builder extends ImmutableFunnelPlot.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
