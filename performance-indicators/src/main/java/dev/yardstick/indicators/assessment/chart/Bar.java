package dev.yardstick.indicators.assessment.chart;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import org.immutables.value.Value;

/**
 * One organisation's bar in a comparator-group bar chart.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Bar {

  Bar() {}

  /**
   * Returns a bar.
   *
   * @param organisation the organisation
   * @param value its value
   * @param position its place in the chart's order, from 1
   * @param focus whether it is the organisation the chart is drawn for
   * @return the bar
   */
  public static Bar of(OrganisationId organisation, double value, int position, boolean focus) {
    return ImmutableBar.of(organisation, value, position, focus);
  }

  /**
   * Returns the organisation.
   *
   * @return the organisation
   */
  @Value.Parameter
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the organisation's value.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract double getValue();

  /**
   * Returns the bar's place in the chart, from 1 (the first bar drawn).
   *
   * @return the position
   */
  @Value.Parameter
  public abstract int getPosition();

  /**
   * Tells whether this is the organisation the chart is drawn for, which a chart highlights.
   *
   * @return {@code true} for the focus organisation
   */
  @Value.Parameter
  public abstract boolean isFocus();
}
