package dev.yardstick.indicators.assessment.chart;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The data of a scatter of two related indicators across a comparator group, as KIGS drew it: a
 * point per organisation with both values, the ordinary least-squares line of y on x, and Pearson's
 * correlation coefficient.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ScatterChartData {

  ScatterChartData() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the organisation the chart is drawn for.
   *
   * @return the focus organisation
   */
  public abstract OrganisationId getFocus();

  /**
   * Returns the points, in organisation identifier order.
   *
   * @return the organisations with both values
   */
  public abstract List<ScatterPoint> getPoints();

  /**
   * Returns the organisations missing either value, which have no point.
   *
   * @return the organisations left out
   */
  public abstract Set<OrganisationId> getExcluded();

  /**
   * Returns the slope of the least-squares line of y on x.
   *
   * @return the slope, or empty with fewer than two points or all x equal
   */
  public abstract OptionalDouble getSlope();

  /**
   * Returns the intercept of the least-squares line of y on x.
   *
   * @return the intercept, empty when the slope is
   */
  public abstract OptionalDouble getIntercept();

  /**
   * Returns Pearson's product-moment correlation coefficient of x and y (R's {@code cor(x, y)}).
   *
   * @return r, from -1 to 1, or empty with fewer than two points or either variable constant
   */
  public abstract OptionalDouble getCorrelation();

  /** Builds {@link ScatterChartData}. */
  public static class Builder extends ImmutableScatterChartData.Builder {
    /** Creates an empty builder, as {@link ScatterChartData#builder()} does. */
    public Builder() {}
  }
}
