package dev.yardstick.indicators.assessment.chart;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.indicators.benchmark.QuantileMethod;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The data of a KIGS-style bar chart: one indicator's values across a comparator group in one
 * period, sorted, with the organisation the chart is drawn for marked, and the group's median and
 * quartiles for reference lines.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class BarChartData {

  BarChartData() {}

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
   * Returns the polarity that ordered the bars.
   *
   * @return the polarity
   */
  public abstract Polarity getPolarity();

  /**
   * Returns the bars in drawing order: best first for a higher- or lower-is-better indicator,
   * lowest first otherwise; ties by organisation identifier.
   *
   * @return the bars, not empty
   */
  public abstract List<Bar> getBars();

  /**
   * Returns the organisations of the group with no value, which have no bar.
   *
   * @return the missing organisations
   */
  public abstract Set<OrganisationId> getMissing();

  /**
   * Returns the sample-quantile method of the median and quartiles.
   *
   * @return the method
   */
  public abstract QuantileMethod getQuantileMethod();

  /**
   * Returns the group's lower quartile (the 25th percentile by value, whatever the polarity).
   *
   * @return the lower quartile
   */
  public abstract double getLowerQuartile();

  /**
   * Returns the group's median.
   *
   * @return the median
   */
  public abstract double getMedian();

  /**
   * Returns the group's upper quartile (the 75th percentile by value).
   *
   * @return the upper quartile
   */
  public abstract double getUpperQuartile();

  /**
   * Returns the focus organisation's bar.
   *
   * @return the bar, or empty if the focus organisation has no value
   */
  public Optional<Bar> getFocusBar() {
    return getBars().stream().filter(Bar::isFocus).findFirst();
  }

  /** Builds {@link BarChartData}. */
  public static class Builder extends ImmutableBarChartData.Builder {
    /** Creates an empty builder, as {@link BarChartData#builder()} does. */
    public Builder() {}
  }
}
