package dev.yardstick.indicators.assessment.chart;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.benchmark.ComparatorValues;
import dev.yardstick.indicators.benchmark.QuantileMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Builds the data of the comparison charts that the Department of Health's Key Indicators Graphical
 * System (KIGS) drew (domain reference section 0): an indicator's values across a comparator group
 * with the organisation marked, its trend over the years against the group's median and quartiles,
 * and the scatter of two related indicators with a fitted line and correlation.
 *
 * <p>The results are plain data for any charting library. Statistics work on {@code double} values.
 * Medians and quartiles are sample quantiles from Apache Commons Statistics' {@link Quantile}, by
 * default Hyndman and Fan's type 7 (R's {@code quantile(x, type = 7)}, spreadsheets' {@code
 * QUARTILE.INC}). The fitted line is ordinary least squares of y on x (R's {@code lm(y ~ x)}), and
 * the correlation is Pearson's (R's {@code cor(x, y)}).
 *
 * <pre>{@code
 * BarChartData bars = ComparisonCharts.withDefaults()
 *     .bars(a1Values, OrganisationId.gss("E06000010"), Polarity.LOWER_IS_BETTER);
 * bars.getFocusBar();     // the council's bar, marked
 * }</pre>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>A bar chart needs at least one value; its focus organisation may be missing (no bar).
 *   <li>A trend period where no organisation has a value has no median or quartiles.
 *   <li>A scatter with fewer than two points, or with every x equal, has no fitted line; with fewer
 *       than two points or either variable constant, no correlation.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class ComparisonCharts {

  private static final ComparisonCharts DEFAULTS =
      new ComparisonCharts(QuantileMethod.HYNDMAN_FAN_7);

  private final QuantileMethod quantileMethod;

  private ComparisonCharts(QuantileMethod quantileMethod) {
    this.quantileMethod = quantileMethod;
  }

  /**
   * Returns the charts with the default quartiles, Hyndman and Fan type 7.
   *
   * @return the default chart builder
   */
  public static ComparisonCharts withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another sample-quantile method for medians and quartiles.
   *
   * @param method a Hyndman-Fan method
   * @return the copy
   * @throws IllegalArgumentException if the method is a rank method, which has no boundary values
   */
  public ComparisonCharts with(QuantileMethod method) {
    Objects.requireNonNull(method, "method");
    checkArgument(
        method.hasBoundaries(), "quantile method %s gives no median or quartiles", method);
    return new ComparisonCharts(method);
  }

  /**
   * Returns the sample-quantile method in use.
   *
   * @return the method
   */
  public QuantileMethod getQuantileMethod() {
    return quantileMethod;
  }

  /**
   * Sorts a comparator group's values into bars, best first by the polarity (lowest first for an
   * indicator with no polarity or a best range), marks the focus organisation, and adds the group's
   * median and quartiles.
   *
   * @param values the group's values in one period
   * @param focus the organisation the chart is drawn for
   * @param polarity the indicator's polarity
   * @return the bar chart data
   * @throws IllegalArgumentException if no organisation has a value, or the focus organisation is
   *     not in the group; the message names it
   */
  public BarChartData bars(ComparatorValues values, OrganisationId focus, Polarity polarity) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(polarity, "polarity");
    checkArgument(!values.getValues().isEmpty(), "no organisation has a value to chart");
    checkInGroup(values, focus);
    Comparator<Map.Entry<OrganisationId, Double>> byValue =
        Comparator.comparingDouble(Map.Entry::getValue);
    if (polarity.getKind() == Polarity.Kind.HIGHER_IS_BETTER) {
      byValue = byValue.reversed();
    }
    List<Map.Entry<OrganisationId, Double>> sorted = new ArrayList<>(values.getValues().entrySet());
    sorted.sort(byValue.thenComparing(Map.Entry::getKey));
    BarChartData.Builder chart =
        BarChartData.builder()
            .focus(focus)
            .polarity(polarity)
            .missing(values.getMissing())
            .quantileMethod(quantileMethod);
    for (int i = 0; i < sorted.size(); i++) {
      Map.Entry<OrganisationId, Double> entry = sorted.get(i);
      chart.addBars(Bar.of(entry.getKey(), entry.getValue(), i + 1, entry.getKey().equals(focus)));
    }
    double[] quartiles = quartiles(values);
    return chart
        .lowerQuartile(quartiles[0])
        .median(quartiles[1])
        .upperQuartile(quartiles[2])
        .build();
  }

  /**
   * Charts an organisation's values over periods against its group's median and quartiles.
   *
   * @param valuesByPeriod the group's values in each period
   * @param focus the organisation the chart is drawn for
   * @return the trend chart data, in period order
   * @throws IllegalArgumentException if the focus organisation is not in a period's group
   */
  public TrendChartData trend(
      Map<? extends ReportingPeriod, ComparatorValues> valuesByPeriod, OrganisationId focus) {
    Objects.requireNonNull(valuesByPeriod, "valuesByPeriod");
    Objects.requireNonNull(focus, "focus");
    TrendChartData.Builder chart =
        TrendChartData.builder().focus(focus).quantileMethod(quantileMethod);
    for (Map.Entry<? extends ReportingPeriod, ComparatorValues> entry :
        new TreeMap<ReportingPeriod, ComparatorValues>(valuesByPeriod).entrySet()) {
      ComparatorValues values = entry.getValue();
      checkInGroup(values, focus);
      TrendPoint.Builder point =
          TrendPoint.builder().period(entry.getKey()).groupSize(values.getValues().size());
      Double value = values.getValues().get(focus);
      if (value != null) {
        point.value(value);
      }
      if (!values.getValues().isEmpty()) {
        double[] quartiles = quartiles(values);
        point.lowerQuartile(quartiles[0]).median(quartiles[1]).upperQuartile(quartiles[2]);
      }
      chart.addPoints(point.build());
    }
    return chart.build();
  }

  /**
   * Plots two indicators against each other across a group, with the least-squares line of y on x
   * and Pearson's correlation, from the organisations that have both values.
   *
   * @param x the group's values of the first indicator (horizontal axis)
   * @param y the group's values of the second indicator (vertical axis)
   * @param focus the organisation the chart is drawn for
   * @return the scatter chart data
   * @throws IllegalArgumentException if the focus organisation is in neither group
   */
  public ScatterChartData scatter(ComparatorValues x, ComparatorValues y, OrganisationId focus) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    Objects.requireNonNull(focus, "focus");
    Set<OrganisationId> all = new TreeSet<>();
    all.addAll(x.getValues().keySet());
    all.addAll(x.getMissing());
    all.addAll(y.getValues().keySet());
    all.addAll(y.getMissing());
    checkArgument(all.contains(focus), "organisation %s is not in the comparator group", focus);
    ScatterChartData.Builder chart = ScatterChartData.builder().focus(focus);
    List<double[]> pairs = new ArrayList<>();
    for (OrganisationId organisation : all) {
      Double xValue = x.getValues().get(organisation);
      Double yValue = y.getValues().get(organisation);
      if (xValue == null || yValue == null) {
        chart.addExcluded(organisation);
      } else {
        chart.addPoints(ScatterPoint.of(organisation, xValue, yValue, organisation.equals(focus)));
        pairs.add(new double[] {xValue, yValue});
      }
    }
    int n = pairs.size();
    if (n >= 2) {
      double meanX = 0;
      double meanY = 0;
      for (double[] pair : pairs) {
        meanX += pair[0];
        meanY += pair[1];
      }
      meanX /= n;
      meanY /= n;
      double sxx = 0;
      double syy = 0;
      double sxy = 0;
      for (double[] pair : pairs) {
        double dx = pair[0] - meanX;
        double dy = pair[1] - meanY;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
      }
      if (sxx > 0) {
        double slope = sxy / sxx;
        chart.slope(slope).intercept(meanY - slope * meanX);
        if (syy > 0) {
          chart.correlation(Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))));
        }
      }
    }
    return chart.build();
  }

  private double[] quartiles(ComparatorValues values) {
    double[] data = values.getValues().values().stream().mapToDouble(Double::doubleValue).toArray();
    return Quantile.withDefaults()
        .with(Quantile.EstimationMethod.valueOf("HF" + quantileMethod.name().substring(12)))
        .withCopy(true)
        .evaluate(data, 0.25, 0.5, 0.75);
  }

  private static void checkInGroup(ComparatorValues values, OrganisationId focus) {
    checkArgument(
        values.getValues().containsKey(focus) || values.getMissing().contains(focus),
        "organisation %s is not in the comparator group",
        focus);
  }

  /**
   * Returns the options as text, such as {@code ComparisonCharts[HYNDMAN_FAN_7]}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return "ComparisonCharts[" + quantileMethod + "]";
  }
}
