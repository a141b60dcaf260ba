package dev.yardstick.indicators.assessment.chart;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import org.immutables.value.Value;

/**
 * One organisation in a scatter of two indicators.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ScatterPoint {

  ScatterPoint() {}

  /**
   * Returns a point.
   *
   * @param organisation the organisation
   * @param x its value of the first indicator
   * @param y its value of the second indicator
   * @param focus whether it is the organisation the chart is drawn for
   * @return the point
   */
  public static ScatterPoint of(OrganisationId organisation, double x, double y, boolean focus) {
    return ImmutableScatterPoint.of(organisation, x, y, focus);
  }

  /**
   * Returns the organisation.
   *
   * @return the organisation
   */
  @Value.Parameter
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the value of the first indicator (the horizontal axis).
   *
   * @return x
   */
  @Value.Parameter
  public abstract double getX();

  /**
   * Returns the value of the second indicator (the vertical axis).
   *
   * @return y
   */
  @Value.Parameter
  public abstract double getY();

  /**
   * Tells whether this is the organisation the chart is drawn for.
   *
   * @return {@code true} for the focus organisation
   */
  @Value.Parameter
  public abstract boolean isFocus();
}
