package dev.yardstick.indicators.assessment.chart;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.indicators.benchmark.QuantileMethod;
import java.util.List;
import org.immutables.value.Value;

/**
 * The data of a trend chart against a comparator group: for each period, an organisation's value
 * with the group's median and quartiles, as KIGS drew a council's trend over the years.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class TrendChartData {

  TrendChartData() {}

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
   * Returns the sample-quantile method of the medians and quartiles.
   *
   * @return the method
   */
  public abstract QuantileMethod getQuantileMethod();

  /**
   * Returns the points, in period order.
   *
   * @return the points
   */
  public abstract List<TrendPoint> getPoints();

  /** Builds {@link TrendChartData}. */
  public static class Builder extends ImmutableTrendChartData.Builder {
    /** Creates an empty builder, as {@link TrendChartData#builder()} does. */
    public Builder() {}
  }
}
