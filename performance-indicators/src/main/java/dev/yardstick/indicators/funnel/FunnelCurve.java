package dev.yardstick.indicators.funnel;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.indicators.interval.ConfidenceLevel;
import java.util.List;
import org.immutables.value.Value;

/**
 * One limit curve of a funnel plot, as points ordered by their horizontal position.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class FunnelCurve {

  FunnelCurve() {}

  /**
   * Returns the confidence level of the limit.
   *
   * @return the level
   */
  public abstract ConfidenceLevel getConfidenceLevel();

  /**
   * Returns the side of the limit.
   *
   * @return lower or upper
   */
  public abstract LimitSide getSide();

  /**
   * Tells whether this curve is adjusted for overdispersion.
   *
   * @return {@code true} for an additive random-effects limit
   */
  public abstract boolean isOverdispersionAdjusted();

  /**
   * Returns the points, by increasing x.
   *
   * @return the points
   */
  public abstract List<FunnelPoint> getPoints();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FunnelCurve}. */
  public static class Builder extends ImmutableFunnelCurve.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
