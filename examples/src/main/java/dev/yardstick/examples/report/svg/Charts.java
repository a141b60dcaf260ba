package dev.yardstick.examples.report.svg;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.examples.report.svg.Plot.Key;
import dev.yardstick.examples.report.svg.Plot.Shape;
import dev.yardstick.indicators.assessment.chart.Bar;
import dev.yardstick.indicators.assessment.chart.BarChartData;
import dev.yardstick.indicators.assessment.chart.ScatterChartData;
import dev.yardstick.indicators.assessment.chart.ScatterPoint;
import dev.yardstick.indicators.assessment.chart.TrendChartData;
import dev.yardstick.indicators.assessment.chart.TrendPoint;
import dev.yardstick.indicators.funnel.FunnelCurve;
import dev.yardstick.indicators.funnel.FunnelPlot;
import dev.yardstick.indicators.funnel.FunnelPoint;
import dev.yardstick.indicators.funnel.FunnelUnit;
import dev.yardstick.indicators.funnel.LimitPosition;
import dev.yardstick.indicators.funnel.UnitStatus;
import dev.yardstick.indicators.interval.ConfidenceLevel;
import dev.yardstick.indicators.spc.AssuranceIcon;
import dev.yardstick.indicators.spc.PointType;
import dev.yardstick.indicators.spc.VariationIcon;
import dev.yardstick.indicators.spc.XmrChartResult;
import dev.yardstick.indicators.spc.XmrLimits;
import dev.yardstick.indicators.spc.XmrSegment;
import dev.yardstick.risk.HeatMap;
import dev.yardstick.risk.matrix.MatrixCell;
import dev.yardstick.risk.matrix.RatingBand;
import dev.yardstick.risk.matrix.RiskMatrix;
import dev.yardstick.risk.matrix.RiskRating;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Yardstick's small SVG chart renderer: the six charts of the quarterly report, each with a title,
 * a text description written from the data, and a data table.
 *
 * <ul>
 *   <li>{@link #comparatorBars}: the comparator group's values, best first, with the council marked
 *       and the group's median and interquartile range;
 *   <li>{@link #trend}: the council's series against the group's median and interquartile band;
 *   <li>{@link #xmr}: an XmR chart with its process limits, special-cause points and a target;
 *   <li>{@link #funnel}: a funnel plot with 95% and 99.8% limits;
 *   <li>{@link #scatter}: two related indicators with a least-squares line;
 *   <li>{@link #heatMap}: a risk register's heat map.
 * </ul>
 *
 * <p>Statuses are in words (legend, tooltips, description, table) and in shape as well as colour;
 * the colours are those of {@link Palette}. Text from data is escaped by {@link Markup}.
 *
 * <pre>{@code
 * XmrChartResult spc = XmrChart.withDefaults().calculate(values, Polarity.HIGHER_IS_BETTER);
 * Chart chart = Charts.xmr("spc-c32", "Older people helped to live at home", quarters, spc,
 *     OptionalDouble.of(82), ValueFormat.of(1, " per 1,000"));
 * }</pre>
 *
 * <p>Implementation requirements: immutable (stateless) and thread-safe.
 */
public final class Charts {

  private static final int WIDTH = 680;

  private Charts() {}

  /**
   * Draws the comparator bar chart: one horizontal bar per council, best first, the council of the
   * report in {@link Palette#FOCUS} and marked "(this council)", the group's interquartile range as
   * a band and its median as a line.
   *
   * @param id the chart's identifier in the page, lower-case letters, digits and hyphens
   * @param title the title
   * @param data the bars from {@code ComparisonCharts.bars}
   * @param names the councils' names
   * @param format how values are written
   * @return the chart
   * @throws IllegalArgumentException if the council of the report has no bar
   */
  public static Chart comparatorBars(
      String id,
      String title,
      BarChartData data,
      Function<OrganisationId, String> names,
      ValueFormat format) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(names, "names");
    List<String> labels = new ArrayList<>();
    double[] values = new double[data.getBars().size()];
    int focus = -1;
    for (Bar bar : data.getBars()) {
      if (bar.isFocus()) {
        focus = labels.size();
      }
      values[labels.size()] = bar.getValue();
      labels.add(names.apply(bar.getOrganisation()));
    }
    checkArgument(focus >= 0, "council %s has no value to chart", data.getFocus());
    return bars(
        id,
        title,
        labels,
        values,
        focus,
        data.getLowerQuartile(),
        data.getMedian(),
        data.getUpperQuartile(),
        format);
  }

  private static Chart bars(
      String id,
      String title,
      List<String> names,
      double[] values,
      int focus,
      double lowerQuartile,
      double median,
      double upperQuartile,
      ValueFormat format) {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(format, "format");
    int n = names.size();
    checkArgument(n > 0 && values.length == n, "%s names and %s values", n, values.length);
    checkArgument(focus >= 0 && focus < n, "focus %s is not one of %s councils", focus, n);
    checkFinite(values);
    String focusName = names.get(focus);
    String description =
        String.format(
            Locale.UK,
            "Bar chart of %s among %d councils of its comparator group, ordered best first. %s is"
                + " %s of %d at %s. The group's median is %s and its interquartile range %s to"
                + " %s.",
            title,
            n,
            focusName,
            ordinal(focus + 1),
            n,
            format.format(values[focus]),
            format.format(median),
            format.format(lowerQuartile),
            format.format(upperQuartile));
    int rowHeight = 22;
    int height = 70 + rowHeight * n + 44;
    Plot p = Plot.begin(id, title, description, WIDTH, height, 200, 62, 30, 44);
    double max = values[0];
    double min = values[0];
    for (double v : values) {
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    p.x = Scale.nice(Math.min(0, min), Math.max(max, upperQuartile), p.left, p.right, 6);
    p.gridX(format, true);
    p.m.empty(
        "rect",
        "x",
        Plot.n(p.px(lowerQuartile)),
        "y",
        Plot.n(p.top),
        "width",
        Plot.n(p.px(upperQuartile) - p.px(lowerQuartile)),
        "height",
        Plot.n(p.bottom - p.top),
        "fill",
        Palette.BAND_FILL);
    for (int i = 0; i < n; i++) {
      double y = p.top + i * rowHeight + 4;
      boolean isFocus = i == focus;
      String colour = isFocus ? Palette.FOCUS : Palette.OTHER;
      String label = isFocus ? names.get(i) + " (this council)" : names.get(i);
      double x0 = p.px(Math.min(0, values[i]));
      double x1 = p.px(Math.max(0, values[i]));
      p.m.open(
          "rect",
          "x",
          Plot.n(x0),
          "y",
          Plot.n(y),
          "width",
          Plot.n(Math.max(1, x1 - x0)),
          "height",
          Integer.toString(rowHeight - 8),
          "fill",
          colour);
      p.m.element("title", label + ": " + format.format(values[i]));
      p.m.close();
      p.text(
          p.left - 6,
          y + 11,
          shorten(label, 30),
          "end",
          isFocus ? Palette.FOCUS : Palette.TEXT,
          11,
          isFocus);
      p.text(x1 + 4, y + 11, format.format(values[i]), "start", Palette.TEXT, 10, isFocus);
    }
    p.line(p.px(median), p.top, p.px(median), p.bottom, Palette.AXIS, 2, "6 3");
    p.frame();
    p.legend(
        16,
        22,
        WIDTH - 16,
        List.of(
            Key.area("This council", Palette.FOCUS),
            Key.area("Other councils", Palette.OTHER),
            Key.line("Group median " + format.format(median), Palette.AXIS, "6 3"),
            Key.area("Interquartile range", Palette.BAND_FILL)));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(
          List.of(
              Integer.toString(i + 1),
              names.get(i) + (i == focus ? " (this council)" : ""),
              format.format(values[i])));
    }
    return new Chart(
        id, title, description, p.end(), List.of("Position", "Council", "Value"), rows);
  }

  /**
   * Draws the trend chart: the council's values over the periods as a line, the comparator group's
   * median as a dashed line and its interquartile range as a band.
   *
   * @param id the chart's identifier in the page
   * @param title the title
   * @param data the series from {@code ComparisonCharts.trend}
   * @param names the councils' names
   * @param format how values are written
   * @return the chart
   * @throws IllegalArgumentException if there are no periods or the council has no value in any
   */
  public static Chart trend(
      String id,
      String title,
      TrendChartData data,
      Function<OrganisationId, String> names,
      ValueFormat format) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(names, "names");
    List<String> periods = new ArrayList<>();
    List<OptionalDouble> values = new ArrayList<>();
    List<OptionalDouble> lower = new ArrayList<>();
    List<OptionalDouble> median = new ArrayList<>();
    List<OptionalDouble> upper = new ArrayList<>();
    for (TrendPoint point : data.getPoints()) {
      periods.add(point.getPeriod().toString());
      values.add(point.getValue());
      lower.add(point.getLowerQuartile());
      median.add(point.getMedian());
      upper.add(point.getUpperQuartile());
    }
    return trend(
        id, title, periods, values, lower, median, upper, names.apply(data.getFocus()), format);
  }

  private static Chart trend(
      String id,
      String title,
      List<String> periods,
      List<OptionalDouble> values,
      List<OptionalDouble> lowerQuartiles,
      List<OptionalDouble> medians,
      List<OptionalDouble> upperQuartiles,
      String focusName,
      ValueFormat format) {
    int n = periods.size();
    checkArgument(
        n > 0
            && values.size() == n
            && lowerQuartiles.size() == n
            && medians.size() == n
            && upperQuartiles.size() == n,
        "trend chart of %s periods needs as many values and quartiles",
        n);
    double[] xs = new double[n];
    double[] v = nanFilled(values);
    double[] lq = nanFilled(lowerQuartiles);
    double[] md = nanFilled(medians);
    double[] uq = nanFilled(upperQuartiles);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int last = -1;
    for (int i = 0; i < n; i++) {
      xs[i] = i;
      for (double d : new double[] {v[i], lq[i], uq[i], md[i]}) {
        if (!Double.isNaN(d)) {
          min = Math.min(min, d);
          max = Math.max(max, d);
        }
      }
      if (!Double.isNaN(v[i])) {
        last = i;
      }
    }
    checkArgument(last >= 0, "%s has no value in any period", focusName);
    int first = 0;
    while (Double.isNaN(v[first])) {
      first++;
    }
    StringBuilder d = new StringBuilder();
    d.append(
        String.format(
            Locale.UK,
            "Line chart of %s for %s from %s to %s, against the comparator group's median and"
                + " interquartile range. %s was %s in %s and %s in %s.",
            title,
            focusName,
            periods.get(0),
            periods.get(n - 1),
            focusName,
            format.format(v[first]),
            periods.get(first),
            format.format(v[last]),
            periods.get(last)));
    if (!Double.isNaN(md[last])) {
      d.append(
          String.format(
              Locale.UK,
              " The group's median in %s was %s (%s to %s).",
              periods.get(last),
              format.format(md[last]),
              format.format(lq[last]),
              format.format(uq[last])));
    }
    String description = d.toString();
    Plot p = Plot.begin(id, title, description, WIDTH, 340, 64, 62, 24, 44);
    p.x = Scale.exact(-0.5, n - 0.5, p.left, p.right);
    p.y = Scale.nice(min, max, p.bottom, p.top, 6);
    p.gridY(format, true);
    List<Integer> banded = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(lq[i]) && !Double.isNaN(uq[i])) {
        banded.add(i);
      }
    }
    if (banded.size() > 1) {
      double[] bx = new double[banded.size()];
      double[] bl = new double[banded.size()];
      double[] bu = new double[banded.size()];
      for (int i = 0; i < banded.size(); i++) {
        bx[i] = banded.get(i);
        bl[i] = lq[banded.get(i)];
        bu[i] = uq[banded.get(i)];
      }
      p.band(bx, bl, bu, Palette.BAND_FILL);
    }
    p.polyline(xs, md, Palette.AXIS, 2, "6 3");
    p.polyline(xs, v, Palette.FOCUS, 2.5, null);
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(v[i])) {
        p.marker(
            Shape.CIRCLE,
            p.px(i),
            p.py(v[i]),
            4,
            Palette.FOCUS,
            Palette.BACKGROUND,
            focusName + ", " + periods.get(i) + ": " + format.format(v[i]));
      }
    }
    p.text(
        p.px(last), p.py(v[last]) - 10, format.format(v[last]), "middle", Palette.FOCUS, 11, true);
    p.categoriesX(periods, Math.max(1, (int) Math.ceil(n / 8.0)));
    p.frame();
    p.legend(
        16,
        22,
        WIDTH - 16,
        List.of(
            Key.line(focusName, Palette.FOCUS, null),
            Key.line("Group median", Palette.AXIS, "6 3"),
            Key.area("Group interquartile range", Palette.BAND_FILL)));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(
          List.of(
              periods.get(i),
              written(v[i], format),
              written(lq[i], format),
              written(md[i], format),
              written(uq[i], format)));
    }
    return new Chart(
        id,
        title,
        description,
        p.end(),
        List.of(
            "Period", focusName, "Group lower quartile", "Group median", "Group upper quartile"),
        rows);
  }

  /**
   * Draws an XmR chart (NHS England "Making Data Count" style): the values joined by a line; each
   * segment's mean as a solid line and its process limits as dashed lines; points of special cause
   * marked by colour and shape (improvement: blue, a triangle pointing the way the value moved;
   * concern: amber, a square; no better direction: purple, a diamond); a target as a red line.
   *
   * @param id the chart's identifier in the page
   * @param title the title
   * @param periods the periods' labels, one per value
   * @param result the XmR chart computed by {@code XmrChart}
   * @param target the target, if the indicator has one
   * @param format how values are written
   * @return the chart
   * @throws IllegalArgumentException if the periods and values differ in number, or there are no
   *     values
   */
  public static Chart xmr(
      String id,
      String title,
      List<String> periods,
      XmrChartResult result,
      OptionalDouble target,
      ValueFormat format) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(target, "target");
    List<Double> values = result.getValues();
    int n = values.size();
    checkArgument(n > 0 && periods.size() == n, "%s periods for %s values", periods.size(), n);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    for (XmrSegment s : result.getSegments()) {
      if (s.getLimits().isPresent()) {
        min = Math.min(min, s.getLimits().get().getLowerProcessLimit());
        max = Math.max(max, s.getLimits().get().getUpperProcessLimit());
      }
    }
    if (target.isPresent()) {
      min = Math.min(min, target.getAsDouble());
      max = Math.max(max, target.getAsDouble());
    }
    String description = xmrDescription(title, periods, result, target, format);
    Plot p = Plot.begin(id, title, description, WIDTH, 340, 64, 62, 24, 44);
    p.x = Scale.exact(-0.5, n - 0.5, p.left, p.right);
    p.y = Scale.nice(min, max, p.bottom, p.top, 6);
    p.gridY(format, true);
    for (XmrSegment s : result.getSegments()) {
      if (s.getLimits().isEmpty()) {
        continue;
      }
      XmrLimits l = s.getLimits().get();
      double x0 = p.px(s.getStart() - 0.4);
      double x1 = p.px(s.getEnd() - 1 + 0.4);
      p.line(x0, p.py(l.getMean()), x1, p.py(l.getMean()), Palette.AXIS, 1.5, null);
      p.line(
          x0,
          p.py(l.getUpperProcessLimit()),
          x1,
          p.py(l.getUpperProcessLimit()),
          Palette.MUTED_TEXT,
          1.5,
          "5 4");
      p.line(
          x0,
          p.py(l.getLowerProcessLimit()),
          x1,
          p.py(l.getLowerProcessLimit()),
          Palette.MUTED_TEXT,
          1.5,
          "5 4");
    }
    if (target.isPresent()) {
      double ty = p.py(target.getAsDouble());
      p.line(p.left, ty, p.right, ty, Palette.TARGET, 2, "2 3");
    }
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = i;
      ys[i] = values.get(i);
    }
    p.polyline(xs, ys, Palette.COMMON, 1.5, null);
    for (int i = 0; i < n; i++) {
      PointType type = result.getPointTypes().get(i);
      boolean high = result.getSpecialCauses().get(i).getDirection() > 0;
      String tooltip = periods.get(i) + ": " + format.format(ys[i]) + ", " + pointWords(type);
      switch (type) {
        case SPECIAL_CAUSE_IMPROVEMENT:
          p.marker(
              high ? Shape.TRIANGLE_UP : Shape.TRIANGLE_DOWN,
              p.px(i),
              p.py(ys[i]),
              5,
              Palette.IMPROVEMENT,
              Palette.IMPROVEMENT,
              tooltip);
          break;
        case SPECIAL_CAUSE_CONCERN:
          p.marker(
              Shape.SQUARE, p.px(i), p.py(ys[i]), 4.5, Palette.CONCERN, Palette.CONCERN, tooltip);
          break;
        case SPECIAL_CAUSE_NEUTRAL_HIGH:
        case SPECIAL_CAUSE_NEUTRAL_LOW:
          p.marker(
              Shape.DIAMOND, p.px(i), p.py(ys[i]), 4.5, Palette.NEUTRAL, Palette.NEUTRAL, tooltip);
          break;
        default:
          p.marker(
              Shape.CIRCLE, p.px(i), p.py(ys[i]), 3.5, Palette.COMMON, Palette.BACKGROUND, tooltip);
      }
    }
    p.categoriesX(periods, Math.max(1, (int) Math.ceil(n / 8.0)));
    p.frame();
    List<Key> keys = new ArrayList<>();
    keys.add(Key.marker("Common cause", Shape.CIRCLE, Palette.COMMON));
    keys.add(Key.marker("Improvement", Shape.TRIANGLE_UP, Palette.IMPROVEMENT));
    keys.add(Key.marker("Concern", Shape.SQUARE, Palette.CONCERN));
    if (!result.getPolarity().hasDirection()) {
      keys.add(Key.marker("Special cause", Shape.DIAMOND, Palette.NEUTRAL));
    }
    keys.add(Key.line("Mean", Palette.AXIS, null));
    keys.add(Key.line("Process limits", Palette.MUTED_TEXT, "5 4"));
    if (target.isPresent()) {
      keys.add(Key.line("Target " + format.format(target.getAsDouble()), Palette.TARGET, "2 3"));
    }
    p.legend(16, 22, WIDTH - 16, keys);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      XmrSegment s = segmentOf(result, i);
      String mean = s.getLimits().map(l -> format.format(l.getMean())).orElse("none");
      String lower = s.getLimits().map(l -> format.format(l.getLowerProcessLimit())).orElse("none");
      String upper = s.getLimits().map(l -> format.format(l.getUpperProcessLimit())).orElse("none");
      rows.add(
          List.of(
              periods.get(i),
              format.format(ys[i]),
              mean,
              lower,
              upper,
              pointWords(result.getPointTypes().get(i))));
    }
    return new Chart(
        id,
        title,
        description,
        p.end(),
        List.of(
            "Period", "Value", "Mean", "Lower process limit", "Upper process limit", "Variation"),
        rows);
  }

  /**
   * Draws a funnel plot: each council's value against its denominator, the target (the group's
   * overall value) and the 95% and 99.8% control limits. Councils outside the 99.8% limits are
   * drawn in the colour and shape of better or worse (by the polarity), those between the 95% and
   * 99.8% limits as open markers; the council of the report is ringed and named.
   *
   * @param id the chart's identifier in the page
   * @param title the title
   * @param plot the funnel plot computed by {@code FunnelCalculator}
   * @param focus the council of the report
   * @param names the councils' names
   * @param polarity the indicator's polarity, which says whether above is better
   * @param format how values are written
   * @param xTitle the title of the x axis, such as "Children looked after (denominator)"
   * @return the chart
   * @throws IllegalArgumentException if the council of the report is not in the plot
   */
  public static Chart funnel(
      String id,
      String title,
      FunnelPlot plot,
      OrganisationId focus,
      Function<OrganisationId, String> names,
      Polarity polarity,
      ValueFormat format,
      String xTitle) {
    Objects.requireNonNull(plot, "plot");
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(polarity, "polarity");
    FunnelUnit focusUnit =
        plot.getUnits().stream()
            .filter(u -> u.getInput().getOrganisation().equals(focus))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "organisation " + focus + " is not in the funnel plot"));
    List<FunnelUnit> included = new ArrayList<>();
    double maxX = 0;
    double minY = plot.getTarget();
    double maxY = plot.getTarget();
    for (FunnelUnit u : plot.getUnits()) {
      if (u.getStatus() == UnitStatus.INCLUDED && u.getValue().isPresent()) {
        included.add(u);
        maxX = Math.max(maxX, u.getX());
        minY = Math.min(minY, u.getValue().getAsDouble());
        maxY = Math.max(maxY, u.getValue().getAsDouble());
      }
    }
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (FunnelUnit u : included) {
      counts.merge(funnelWords(u, polarity), 1, Integer::sum);
    }
    String focusWords =
        focusUnit.getValue().isPresent()
            ? String.format(
                Locale.UK,
                "%s is at %s with a denominator of %s: %s.",
                names.apply(focus),
                format.format(focusUnit.getValue().getAsDouble()),
                ValueFormat.of(0, "").format(focusUnit.getX()),
                funnelWords(focusUnit, polarity))
            : names.apply(focus) + " has no value to plot.";
    StringBuilder d = new StringBuilder();
    d.append(
        String.format(
            Locale.UK,
            "Funnel plot of %s for %d councils against their denominators, with the overall value"
                + " %s and 95%% and 99.8%% control limits. %s",
            title,
            included.size(),
            format.format(plot.getTarget()),
            focusWords));
    counts.forEach(
        (words, count) ->
            d.append(
                String.format(
                    Locale.UK,
                    " %d %s %s.",
                    count,
                    count == 1 ? "council is" : "councils are",
                    words)));
    if (plot.getExcludedCount() > 0) {
      d.append(
          String.format(
              Locale.UK, " %d with no denominator are left out.", plot.getExcludedCount()));
    }
    String description = d.toString();
    Plot p = Plot.begin(id, title, description, WIDTH, 380, 64, 62, 24, 56);
    p.x = Scale.nice(0, maxX * 1.05, p.left, p.right, 6);
    double curveMin = minY;
    double curveMax = maxY;
    double xStart = p.x.high() * 0.02;
    for (FunnelCurve c : plot.getCurves()) {
      for (FunnelPoint pt : c.getPoints()) {
        if (pt.getX() >= xStart && pt.getX() <= p.x.high() && Double.isFinite(pt.getY())) {
          curveMin = Math.min(curveMin, pt.getY());
          curveMax = Math.max(curveMax, pt.getY());
        }
      }
    }
    double pad = (maxY - minY) * 0.6;
    p.y =
        Scale.nice(
            Math.max(curveMin, minY - pad), Math.min(curveMax, maxY + pad), p.bottom, p.top, 6);
    p.gridY(format, true);
    p.gridX(ValueFormat.of(0, ""), false);
    p.m.open("g", "clip-path", "url(#" + id + "-clip)");
    p.m.open("clipPath", "id", id + "-clip");
    p.m.empty(
        "rect",
        "x",
        Plot.n(p.left),
        "y",
        Plot.n(p.top),
        "width",
        Plot.n(p.right - p.left),
        "height",
        Plot.n(p.bottom - p.top));
    p.m.close();
    for (FunnelCurve c : plot.getCurves()) {
      if (c.isOverdispersionAdjusted() != plot.getOverdispersion().isPresent()) {
        continue;
      }
      List<Double> cx = new ArrayList<>();
      List<Double> cy = new ArrayList<>();
      for (FunnelPoint pt : c.getPoints()) {
        if (pt.getX() >= xStart && pt.getX() <= p.x.high() && Double.isFinite(pt.getY())) {
          cx.add(pt.getX());
          cy.add(pt.getY());
        }
      }
      boolean outer = c.getConfidenceLevel() == ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT;
      p.polyline(
          cx.stream().mapToDouble(Double::doubleValue).toArray(),
          cy.stream().mapToDouble(Double::doubleValue).toArray(),
          Palette.MUTED_TEXT,
          outer ? 1.5 : 1.2,
          outer ? null : "5 4");
    }
    p.m.close();
    p.line(
        p.left, p.py(plot.getTarget()), p.right, p.py(plot.getTarget()), Palette.AXIS, 1.5, "2 3");
    for (FunnelUnit u : included) {
      if (u == focusUnit) {
        continue;
      }
      funnelMarker(p, u, names, polarity, format);
    }
    if (focusUnit.getValue().isPresent()) {
      double fx = p.px(focusUnit.getX());
      double fy = p.py(focusUnit.getValue().getAsDouble());
      funnelMarker(p, focusUnit, names, polarity, format);
      focusRing(p, fx, fy, names.apply(focus));
    }
    p.frame();
    p.axisTitles(xTitle, "");
    String better = polarity.hasDirection() ? "Better than expected" : "Above expected";
    String worse = polarity.hasDirection() ? "Worse than expected" : "Below expected";
    p.legend(
        16,
        22,
        WIDTH - 16,
        List.of(
            Key.marker(better + " (99.8%)", Shape.TRIANGLE_UP, Palette.IMPROVEMENT),
            Key.marker(worse + " (99.8%)", Shape.SQUARE, Palette.CONCERN),
            Key.marker("Within limits", Shape.CIRCLE, Palette.OTHER),
            Key.line("99.8% limits", Palette.MUTED_TEXT, null),
            Key.line("95% limits", Palette.MUTED_TEXT, "5 4"),
            Key.line("Overall " + format.format(plot.getTarget()), Palette.AXIS, "2 3")));
    List<List<String>> rows = new ArrayList<>();
    for (FunnelUnit u : plot.getUnits()) {
      OrganisationId o = u.getInput().getOrganisation();
      rows.add(
          List.of(
              names.apply(o) + (o.equals(focus) ? " (this council)" : ""),
              ValueFormat.of(0, "").format(u.getInput().getNumerator()),
              ValueFormat.of(0, "").format(u.getInput().getDenominator()),
              u.getValue().isPresent() ? format.format(u.getValue().getAsDouble()) : "none",
              u.getStatus() == UnitStatus.INCLUDED ? funnelWords(u, polarity) : "left out"));
    }
    return new Chart(
        id,
        title,
        description,
        p.end(),
        List.of("Council", "Numerator", "Denominator", "Value", "Position"),
        rows);
  }

  /**
   * Draws a scatter plot of two indicators across the comparator group, with the least-squares line
   * where there is one and the council of the report ringed and named.
   *
   * @param id the chart's identifier in the page
   * @param title the title
   * @param data the points from {@code ComparisonCharts.scatter}
   * @param names the councils' names
   * @param xFormat how the first indicator's values are written
   * @param yFormat how the second's are written
   * @param xTitle the first indicator's name
   * @param yTitle the second indicator's name
   * @return the chart
   * @throws IllegalArgumentException if the council of the report has no point
   */
  public static Chart scatter(
      String id,
      String title,
      ScatterChartData data,
      Function<OrganisationId, String> names,
      ValueFormat xFormat,
      ValueFormat yFormat,
      String xTitle,
      String yTitle) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(names, "names");
    List<String> labels = new ArrayList<>();
    int n = data.getPoints().size();
    double[] xs = new double[n];
    double[] ys = new double[n];
    int focus = -1;
    for (ScatterPoint point : data.getPoints()) {
      if (point.isFocus()) {
        focus = labels.size();
      }
      xs[labels.size()] = point.getX();
      ys[labels.size()] = point.getY();
      labels.add(names.apply(point.getOrganisation()));
    }
    checkArgument(focus >= 0, "council %s has no point to chart", data.getFocus());
    return scatter(
        id,
        title,
        labels,
        xs,
        ys,
        focus,
        data.getSlope(),
        data.getIntercept(),
        data.getCorrelation(),
        xFormat,
        yFormat,
        xTitle,
        yTitle);
  }

  private static Chart scatter(
      String id,
      String title,
      List<String> names,
      double[] xs,
      double[] ys,
      int focus,
      OptionalDouble slope,
      OptionalDouble intercept,
      OptionalDouble correlation,
      ValueFormat xFormat,
      ValueFormat yFormat,
      String xTitle,
      String yTitle) {
    int n = names.size();
    checkArgument(
        n > 0 && xs.length == n && ys.length == n,
        "%s names, %s x and %s y values",
        n,
        xs.length,
        ys.length);
    checkArgument(focus >= 0 && focus < n, "focus %s is not one of %s councils", focus, n);
    checkFinite(xs);
    checkFinite(ys);
    StringBuilder d =
        new StringBuilder(
            String.format(
                Locale.UK,
                "Scatter plot of %s (across) against %s (up) for %d councils. %s has %s and %s.",
                xTitle,
                yTitle,
                n,
                names.get(focus),
                xFormat.format(xs[focus]),
                yFormat.format(ys[focus])));
    if (correlation.isPresent()) {
      double r = correlation.getAsDouble();
      d.append(
          String.format(
              Locale.UK,
              " The correlation is %.2f (%s %s).",
              r,
              Math.abs(r) >= 0.7 ? "strong" : Math.abs(r) >= 0.4 ? "moderate" : "weak",
              r >= 0 ? "positive" : "negative"));
    }
    if (slope.isPresent() && intercept.isPresent()) {
      d.append(" The dashed line is the least-squares fit.");
    }
    String description = d.toString();
    Plot p = Plot.begin(id, title, description, WIDTH, 400, 64, 78, 24, 56);
    p.x = Scale.nice(min(xs), max(xs), p.left, p.right, 6);
    p.y = Scale.nice(min(ys), max(ys), p.bottom, p.top, 6);
    p.gridY(yFormat, false);
    p.gridX(xFormat, false);
    if (slope.isPresent() && intercept.isPresent()) {
      double a = intercept.getAsDouble();
      double b = slope.getAsDouble();
      double x0 = p.x.low();
      double x1 = p.x.high();
      double y0 = Math.max(p.y.low(), Math.min(p.y.high(), a + b * x0));
      double y1 = Math.max(p.y.low(), Math.min(p.y.high(), a + b * x1));
      if (b != 0) {
        x0 = (y0 - a) / b;
        x1 = (y1 - a) / b;
      }
      p.line(p.px(x0), p.py(y0), p.px(x1), p.py(y1), Palette.AXIS, 1.5, "6 3");
    }
    for (int i = 0; i < n; i++) {
      if (i != focus) {
        p.marker(
            Shape.CIRCLE,
            p.px(xs[i]),
            p.py(ys[i]),
            4,
            Palette.OTHER,
            Palette.BACKGROUND,
            names.get(i) + ": " + xFormat.format(xs[i]) + ", " + yFormat.format(ys[i]));
      }
    }
    double fx = p.px(xs[focus]);
    double fy = p.py(ys[focus]);
    p.marker(
        Shape.CIRCLE,
        fx,
        fy,
        5,
        Palette.FOCUS,
        Palette.BACKGROUND,
        names.get(focus)
            + " (this council): "
            + xFormat.format(xs[focus])
            + ", "
            + yFormat.format(ys[focus]));
    focusRing(p, fx, fy, names.get(focus));
    p.frame();
    p.axisTitles(withUnit(xTitle, xFormat), withUnit(yTitle, yFormat));
    List<Key> keys = new ArrayList<>();
    keys.add(Key.marker("This council", Shape.CIRCLE, Palette.FOCUS));
    keys.add(Key.marker("Other councils", Shape.CIRCLE, Palette.OTHER));
    if (slope.isPresent()) {
      keys.add(Key.line("Least-squares line", Palette.AXIS, "6 3"));
    }
    p.legend(16, 22, WIDTH - 16, keys);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(
          List.of(
              names.get(i) + (i == focus ? " (this council)" : ""),
              xFormat.format(xs[i]),
              yFormat.format(ys[i])));
    }
    return new Chart(id, title, description, p.end(), List.of("Council", xTitle, yTitle), rows);
  }

  /**
   * Draws a risk heat map: likelihood up, impact across, each cell filled by its rating band and
   * showing the number of risks in it and its score.
   *
   * @param id the chart's identifier in the page
   * @param title the title
   * @param map the heat map from {@code RiskRegister.heatMap}
   * @return the chart
   */
  public static Chart heatMap(String id, String title, HeatMap map) {
    Objects.requireNonNull(map, "map");
    RiskMatrix matrix = map.getMatrix();
    int rows = matrix.getLikelihoodScale().size();
    int columns = matrix.getImpactScale().size();
    List<RatingBand> bands = matrix.getBanding().getBands();
    StringBuilder d =
        new StringBuilder(
            String.format(
                Locale.UK,
                "Risk heat map: %d live risks placed by their %s score on %s, on the %d by %d"
                    + " matrix \"%s\" (likelihood up, impact across).",
                map.getTotal(),
                map.getKind().name().toLowerCase(Locale.ROOT),
                map.getAsAt(),
                rows,
                columns,
                matrix.getName()));
    Map<RatingBand, Integer> byBand = map.getCountsByBand();
    List<String> parts = new ArrayList<>();
    for (int i = bands.size() - 1; i >= 0; i--) {
      parts.add(byBand.get(bands.get(i)) + " " + bands.get(i).getName().toLowerCase(Locale.UK));
    }
    d.append(" By rating: ").append(String.join(", ", parts)).append('.');
    if (map.getNotAssessed() > 0) {
      d.append(' ').append(map.getNotAssessed()).append(" not yet assessed.");
    }
    String description = d.toString();
    double cell = 64;
    double left = 150;
    double top = 62;
    int height = (int) (top + rows * cell + 70);
    Plot p = Plot.begin(id, title, description, WIDTH, height, left, top, 0, 0);
    for (int l = rows; l >= 1; l--) {
      double y = top + (rows - l) * cell;
      p.text(
          left - 8,
          y + cell / 2 + 4,
          l + " " + matrix.getLikelihoodScale().level(l).getDescriptor(),
          "end",
          Palette.TEXT,
          11,
          false);
      for (int im = 1; im <= columns; im++) {
        double x = left + (im - 1) * cell;
        RiskRating rating = matrix.rate(MatrixCell.of(l, im));
        int count = map.count(l, im);
        String fill = Palette.bandFill(bands.indexOf(rating.getBand()), bands.size());
        p.m.open("g");
        p.m.element(
            "title",
            String.format(
                Locale.UK,
                "Likelihood %d (%s), impact %d (%s): score" + " %d, %s; %d %s",
                l,
                rating.getLikelihoodDescriptor(),
                im,
                rating.getImpactDescriptor(),
                rating.getScore(),
                rating.getBand().getName().toLowerCase(Locale.UK),
                count,
                count == 1 ? "risk" : "risks"));
        p.m.empty(
            "rect",
            "x",
            Plot.n(x),
            "y",
            Plot.n(y),
            "width",
            Plot.n(cell - 2),
            "height",
            Plot.n(cell - 2),
            "fill",
            fill,
            "stroke",
            Palette.BACKGROUND);
        if (count > 0) {
          p.text(
              x + cell / 2 - 1,
              y + cell / 2 + 4,
              Integer.toString(count),
              "middle",
              Palette.TEXT,
              18,
              true);
        }
        p.text(
            x + cell - 6,
            y + 13,
            Integer.toString(rating.getScore()),
            "end",
            Palette.MUTED_TEXT,
            9,
            false);
        p.m.close();
      }
    }
    for (int im = 1; im <= columns; im++) {
      double x = left + (im - 1) * cell + cell / 2 - 1;
      p.text(x, top + rows * cell + 14, Integer.toString(im), "middle", Palette.TEXT, 11, false);
      p.text(
          x,
          top + rows * cell + 28,
          shorten(matrix.getImpactScale().level(im).getDescriptor(), 11),
          "middle",
          Palette.MUTED_TEXT,
          10,
          false);
    }
    p.text(
        left + columns * cell / 2,
        top + rows * cell + 50,
        "Impact",
        "middle",
        Palette.TEXT,
        12,
        true);
    p.text(left - 8, top - 10, "Likelihood", "end", Palette.TEXT, 12, true);
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      RatingBand b = bands.get(i);
      keys.add(
          Key.area(
              b.getName() + " (" + b.getLowestScore() + "+): " + byBand.get(b),
              Palette.bandFill(i, bands.size())));
    }
    double ly = top + 8;
    for (Key k : keys) {
      p.m.empty(
          "rect",
          "x",
          Plot.n(left + columns * cell + 24),
          "y",
          Plot.n(ly - 10),
          "width",
          "18",
          "height",
          "12",
          "fill",
          k.colour,
          "stroke",
          Palette.AXIS,
          "stroke-width",
          "0.5");
      p.text(left + columns * cell + 48, ly, k.label, "start", Palette.TEXT, 11, false);
      ly += 20;
    }
    List<List<String>> table = new ArrayList<>();
    for (int l = rows; l >= 1; l--) {
      for (int im = 1; im <= columns; im++) {
        int count = map.count(l, im);
        if (count > 0) {
          RiskRating rating = matrix.rate(MatrixCell.of(l, im));
          table.add(
              List.of(
                  l + " " + rating.getLikelihoodDescriptor(),
                  im + " " + rating.getImpactDescriptor(),
                  Integer.toString(rating.getScore()),
                  rating.getBand().getName(),
                  Integer.toString(count)));
        }
      }
    }
    return new Chart(
        id,
        title,
        description,
        p.end(),
        List.of("Likelihood", "Impact", "Score", "Rating", "Risks"),
        table);
  }

  private static String xmrDescription(
      String title,
      List<String> periods,
      XmrChartResult result,
      OptionalDouble target,
      ValueFormat format) {
    List<Double> values = result.getValues();
    int n = values.size();
    StringBuilder d =
        new StringBuilder(
            String.format(
                Locale.UK,
                "XmR chart of %s, %d points from %s to %s; the latest is %s.",
                title,
                n,
                periods.get(0),
                periods.get(n - 1),
                format.format(values.get(n - 1))));
    XmrSegment latest = result.getSegments().get(result.getSegments().size() - 1);
    latest
        .getLimits()
        .ifPresent(
            l ->
                d.append(
                    String.format(
                        Locale.UK,
                        " Mean %s, process limits %s to %s%s.",
                        format.format(l.getMean()),
                        format.format(l.getLowerProcessLimit()),
                        format.format(l.getUpperProcessLimit()),
                        latest.isTrial() ? " (trial limits, fewer than 13 points)" : "")));
    Map<PointType, Integer> counts = new EnumMap<>(PointType.class);
    for (PointType t : result.getPointTypes()) {
      counts.merge(t, 1, Integer::sum);
    }
    int improvement = counts.getOrDefault(PointType.SPECIAL_CAUSE_IMPROVEMENT, 0);
    int concern = counts.getOrDefault(PointType.SPECIAL_CAUSE_CONCERN, 0);
    int neutral =
        counts.getOrDefault(PointType.SPECIAL_CAUSE_NEUTRAL_HIGH, 0)
            + counts.getOrDefault(PointType.SPECIAL_CAUSE_NEUTRAL_LOW, 0);
    d.append(
        String.format(
            Locale.UK,
            " %d %s of special cause: %d improvement, %d concern%s.",
            improvement + concern + neutral,
            improvement + concern + neutral == 1 ? "point" : "points",
            improvement,
            concern,
            neutral > 0 ? ", " + neutral + " with no better direction" : ""));
    result
        .getVariationIcon()
        .ifPresent(icon -> d.append(" Variation: ").append(variationWords(icon)).append('.'));
    if (target.isPresent()) {
      d.append(" Target ").append(format.format(target.getAsDouble()));
      result
          .getAssuranceIcon(target.getAsDouble())
          .ifPresentOrElse(
              icon -> d.append(": ").append(assuranceWords(icon)).append('.'), () -> d.append('.'));
    }
    return d.toString();
  }

  private static XmrSegment segmentOf(XmrChartResult result, int index) {
    for (XmrSegment s : result.getSegments()) {
      if (index >= s.getStart() && index < s.getEnd()) {
        return s;
      }
    }
    throw new IllegalStateException("point " + index + " is in no segment");
  }

  /**
   * Returns the words for a point type.
   *
   * @param type the point type
   * @return such as "special cause: improvement"
   */
  public static String pointWords(PointType type) {
    switch (type) {
      case SPECIAL_CAUSE_IMPROVEMENT:
        return "special cause: improvement";
      case SPECIAL_CAUSE_CONCERN:
        return "special cause: concern";
      case SPECIAL_CAUSE_NEUTRAL_HIGH:
        return "special cause: high";
      case SPECIAL_CAUSE_NEUTRAL_LOW:
        return "special cause: low";
      default:
        return "common cause";
    }
  }

  /**
   * Returns the words for a variation icon.
   *
   * @param icon the icon
   * @return such as "special cause of concern, low"
   */
  public static String variationWords(VariationIcon icon) {
    switch (icon) {
      case IMPROVEMENT_HIGH:
        return "special cause of improvement, high";
      case IMPROVEMENT_LOW:
        return "special cause of improvement, low";
      case CONCERN_HIGH:
        return "special cause of concern, high";
      case CONCERN_LOW:
        return "special cause of concern, low";
      case NEUTRAL_HIGH:
        return "special cause, high";
      case NEUTRAL_LOW:
        return "special cause, low";
      default:
        return "common cause variation";
    }
  }

  /**
   * Returns the words for an assurance icon.
   *
   * @param icon the icon
   * @return such as "the process will consistently meet it"
   */
  public static String assuranceWords(AssuranceIcon icon) {
    switch (icon) {
      case CONSISTENTLY_PASSING:
        return "the process will consistently meet it";
      case CONSISTENTLY_FAILING:
        return "the process will consistently miss it";
      default:
        return "the process will sometimes meet it and sometimes miss it";
    }
  }

  private static void funnelMarker(
      Plot p,
      FunnelUnit u,
      Function<OrganisationId, String> names,
      Polarity polarity,
      ValueFormat format) {
    double value = u.getValue().getAsDouble();
    String tooltip =
        names.apply(u.getInput().getOrganisation())
            + ": "
            + format.format(value)
            + " of "
            + ValueFormat.of(0, "").format(u.getX())
            + ", "
            + funnelWords(u, polarity);
    double cx = p.px(u.getX());
    double cy = p.py(value);
    int side = side(u, ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT);
    int inner = side(u, ConfidenceLevel.NINETY_FIVE_PERCENT);
    int better = polarity.getKind() == Polarity.Kind.LOWER_IS_BETTER ? -1 : 1;
    if (side != 0) {
      boolean good = polarity.hasDirection() && side == better;
      p.marker(
          good ? (side > 0 ? Shape.TRIANGLE_UP : Shape.TRIANGLE_DOWN) : Shape.SQUARE,
          cx,
          cy,
          4.5,
          good ? Palette.IMPROVEMENT : Palette.CONCERN,
          good ? Palette.IMPROVEMENT : Palette.CONCERN,
          tooltip);
    } else if (inner != 0) {
      boolean good = polarity.hasDirection() && inner == better;
      p.marker(
          good ? (inner > 0 ? Shape.TRIANGLE_UP : Shape.TRIANGLE_DOWN) : Shape.SQUARE,
          cx,
          cy,
          4,
          Palette.BACKGROUND,
          good ? Palette.IMPROVEMENT : Palette.CONCERN,
          tooltip);
    } else {
      p.marker(Shape.CIRCLE, cx, cy, 3.5, Palette.OTHER, Palette.BACKGROUND, tooltip);
    }
  }

  private static int side(FunnelUnit u, ConfidenceLevel level) {
    Map<ConfidenceLevel, LimitPosition> positions =
        u.getAdjustedPositions().isEmpty() ? u.getPositions() : u.getAdjustedPositions();
    LimitPosition position = positions.getOrDefault(level, LimitPosition.INSIDE);
    return position == LimitPosition.ABOVE_UPPER
        ? 1
        : position == LimitPosition.BELOW_LOWER ? -1 : 0;
  }

  /**
   * Returns where a council sits in a funnel plot, in words.
   *
   * @param u the council's unit
   * @param polarity the indicator's polarity
   * @return such as "worse than expected (outside the 99.8% limits)"
   */
  static String funnelWords(FunnelUnit u, Polarity polarity) {
    int outer = side(u, ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT);
    int inner = side(u, ConfidenceLevel.NINETY_FIVE_PERCENT);
    int side = outer != 0 ? outer : inner;
    if (side == 0) {
      return "within the 95% limits";
    }
    String where = outer != 0 ? "outside the 99.8% limits" : "between the 95% and 99.8% limits";
    String words;
    if (polarity.hasDirection()) {
      int better = polarity.getKind() == Polarity.Kind.LOWER_IS_BETTER ? -1 : 1;
      words = side == better ? "better than expected" : "worse than expected";
    } else {
      words = side > 0 ? "higher than expected" : "lower than expected";
    }
    return words + " (" + where + ")";
  }

  private static String withUnit(String title, ValueFormat format) {
    return format.unitLabel().isEmpty() ? title : title + " (" + format.unitLabel() + ")";
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix =
        mod100 >= 11 && mod100 <= 13
            ? "th"
            : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  private static String written(double v, ValueFormat format) {
    return Double.isNaN(v) ? "none" : format.format(v);
  }

  private static double[] nanFilled(List<OptionalDouble> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i).orElse(Double.NaN);
    }
    return out;
  }

  private static void checkFinite(double[] values) {
    for (double v : values) {
      checkArgument(Double.isFinite(v), "value %s is not finite", v);
    }
  }

  private static double min(double[] values) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : values) {
      m = Math.min(m, v);
    }
    return m;
  }

  private static double max(double[] values) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }

  /** Rings the council's own point at ({@code fx}, {@code fy}) and labels it on the inner side. */
  private static void focusRing(Plot p, double fx, double fy, String name) {
    p.m.empty(
        "circle",
        "cx",
        Plot.n(fx),
        "cy",
        Plot.n(fy),
        "r",
        "9",
        "fill",
        "none",
        "stroke",
        Palette.FOCUS,
        "stroke-width",
        "2.5");
    boolean rightSide = fx > (p.left + p.right) / 2;
    p.text(
        rightSide ? fx - 13 : fx + 13,
        fy - 10,
        name + " (this council)",
        rightSide ? "end" : "start",
        Palette.FOCUS,
        11,
        true);
  }
}
