package dev.yardstick.indicators.funnel;

import dev.yardstick.core.internal.YardstickStyle;
import org.immutables.value.Value;

/**
 * One point of a funnel-plot limit curve, for drawing it.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class FunnelPoint {

  FunnelPoint() {}

  /**
   * Returns the position on the horizontal axis: the denominator, expected count or population.
   *
   * @return the x value
   */
  public abstract double getX();

  /**
   * Returns the limit at that position, in the plot's unit (a proportion, ratio or rate).
   *
   * @return the y value
   */
  public abstract double getY();

  /**
   * Returns a point.
   *
   * @param x the horizontal position
   * @param y the limit
   * @return the point
   */
  public static FunnelPoint of(double x, double y) {
    return ImmutableFunnelPoint.builder().x(x).y(y).build();
  }
}
