package dev.yardstick.examples.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.assessment.chart.ComparisonCharts;
import dev.yardstick.indicators.benchmark.ComparatorValues;
import dev.yardstick.indicators.funnel.FunnelCalculator;
import dev.yardstick.indicators.funnel.FunnelInput;
import dev.yardstick.indicators.funnel.FunnelPlot;
import dev.yardstick.indicators.spc.XmrChart;
import dev.yardstick.indicators.spc.XmrChartResult;
import dev.yardstick.risk.HeatMap;
import dev.yardstick.risk.ScoreKind;
import dev.yardstick.risk.matrix.MatrixCell;
import dev.yardstick.risk.matrix.RiskMatrix;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {

  private static final ValueFormat PERCENT = ValueFormat.of(1, "%");
  private static final OrganisationId FOCUS = id(1);
  private static final Function<OrganisationId, String> NAMES =
      o -> o.equals(FOCUS) ? "Larkwold & <Sons>" : "Council " + o.getCode().substring(6);

  private static OrganisationId id(int i) {
    return OrganisationId.gss(String.format("E06%06d", 900_000 + i));
  }

  private static ComparatorValues group(double shift) {
    Map<OrganisationId, Double> values = new LinkedHashMap<>();
    for (int i = 1; i <= 11; i++) {
      values.put(id(i), 60 + shift + (i * 37 % 11) * 2.5);
    }
    return ComparatorValues.of(values);
  }

  private static Document check(Chart chart) {
    Document doc = Xml.parse(chart.getSvg());
    Element svg = doc.getDocumentElement();
    assertEquals("svg", svg.getLocalName());
    assertEquals(Plot.SVG_NS, svg.getNamespaceURI());
    assertEquals("img", svg.getAttribute("role"));
    assertEquals(
        chart.getId() + "-title " + chart.getId() + "-desc", svg.getAttribute("aria-labelledby"));
    assertEquals(chart.getTitle(), Xml.elements(doc, "title").get(0).getTextContent());
    assertEquals(chart.getDescription(), Xml.elements(doc, "desc").get(0).getTextContent());
    for (List<String> row : chart.getRows()) {
      assertEquals(chart.getColumns().size(), row.size());
    }
    return doc;
  }

  private static List<String> tooltips(Document doc) {
    return Xml.elements(doc, "title").stream()
        .map(Element::getTextContent)
        .collect(Collectors.toList());
  }

  @Test
  void comparatorBars_marksTheCouncilAndEscapesItsName() {
    Chart chart =
        Charts.comparatorBars(
            "bars-a1",
            "Placement stability",
            ComparisonCharts.withDefaults().bars(group(0), FOCUS, Polarity.LOWER_IS_BETTER),
            NAMES,
            PERCENT);
    Document doc = check(chart);
    assertTrue(chart.getSvg().contains("Larkwold &amp; &lt;Sons&gt; (this council)"));
    assertTrue(tooltips(doc).stream().anyMatch(t -> t.startsWith("Larkwold & <Sons> (this")));
    assertEquals(11, chart.getRows().size());
    assertEquals("1", chart.getRows().get(0).get(0));
    assertTrue(chart.getDescription().contains("of 11 at"), chart.getDescription());
  }

  @Test
  void trend_drawsTheGroupBandAndMedian() {
    Map<ReportingPeriod, ComparatorValues> byYear = new TreeMap<>();
    for (int y = 0; y < 8; y++) {
      byYear.put(FinancialYear.of(2017 + y), group(y));
    }
    Chart chart =
        Charts.trend(
            "trend-a1",
            "Placement stability",
            ComparisonCharts.withDefaults().trend(byYear, FOCUS),
            NAMES,
            PERCENT);
    Document doc = check(chart);
    assertEquals(
        1,
        Xml.elements(doc, "polygon").stream()
            .filter(p -> p.getAttribute("fill").equals(Palette.BAND_FILL))
            .count());
    assertEquals(8, chart.getRows().size());
    assertTrue(chart.getDescription().contains("2017-18"), chart.getDescription());
  }

  @Test
  void xmr_marksSpecialCausesInWordsShapeAndColour() {
    double[] values = new double[24];
    for (int i = 0; i < values.length; i++) {
      values[i] = 70 + (i % 3) - (i >= 16 ? 6 : 0);
    }
    values[10] = 95;
    XmrChartResult spc = XmrChart.withDefaults().calculate(values, Polarity.HIGHER_IS_BETTER);
    List<String> periods = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      periods.add("Q" + (i + 1));
    }
    Chart chart =
        Charts.xmr("spc-d54", "Equipment delivered", periods, spc, OptionalDouble.of(80), PERCENT);
    Document doc = check(chart);
    List<String> tips = tooltips(doc);
    assertTrue(tips.contains("Q11: 95.0%, special cause: improvement"), tips.toString());
    assertTrue(tips.stream().anyMatch(t -> t.endsWith("special cause: concern")), tips.toString());
    assertTrue(
        chart.getDescription().contains("Target 80.0%: the process will consistently" + " miss it"),
        chart.getDescription());
    assertEquals("special cause: improvement", chart.getRows().get(10).get(5));
  }

  @Test
  void funnel_namesTheCouncilsPositionInWords() {
    List<FunnelInput> inputs = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      double n = 100 + i * 25;
      double rate = i == 1 ? 0.55 : 0.7 + ((i * 7) % 5 - 2) * 0.005;
      inputs.add(FunnelInput.of(id(i), Math.round(n * rate), n));
    }
    FunnelPlot plot = FunnelCalculator.withDefaults().proportions(inputs);
    Chart chart =
        Charts.funnel(
            "funnel-c20",
            "Reviews",
            plot,
            FOCUS,
            NAMES,
            Polarity.HIGHER_IS_BETTER,
            ValueFormat.of(1, "%").withMultiplier(100),
            "Cases due for review");
    check(chart);
    assertTrue(
        chart
            .getDescription()
            .contains(
                "Larkwold & <Sons> is at 55.2% with a denominator of 125: worse than expected"
                    + " (outside the 99.8% limits)."),
        chart.getDescription());
    assertTrue(chart.getSvg().contains("clipPath"));
  }

  @Test
  void funnel_withoutTheCouncil_isRejected() {
    FunnelPlot plot =
        FunnelCalculator.withDefaults().proportions(List.of(FunnelInput.of(id(2), 5, 10)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Charts.funnel("f", "t", plot, FOCUS, NAMES, Polarity.NONE, PERCENT, ""));
    assertTrue(e.getMessage().contains(FOCUS.toString()), e.getMessage());
  }

  @Test
  void scatter_drawsTheFittedLineAndTheCorrelation() {
    Map<OrganisationId, Double> ys = new LinkedHashMap<>();
    group(0).getValues().forEach((o, v) -> ys.put(o, 200 - v * 1.5));
    Chart chart =
        Charts.scatter(
            "scatter",
            "Home care and admissions",
            ComparisonCharts.withDefaults().scatter(group(0), ComparatorValues.of(ys), FOCUS),
            NAMES,
            PERCENT,
            ValueFormat.of(0, ""),
            "Placement stability",
            "Admissions");
    check(chart);
    assertTrue(
        chart.getDescription().contains("The correlation is -1.00 (strong negative)"),
        chart.getDescription());
  }

  @Test
  void heatMap_writesCountsScoresAndBands() {
    RiskMatrix matrix = RiskMatrix.fiveByFive(LocalDate.of(2020, 4, 1));
    HeatMap.Builder b =
        HeatMap.builder()
            .kind(ScoreKind.RESIDUAL)
            .asAt(LocalDate.of(2024, 12, 31))
            .matrix(matrix)
            .notAssessed(1);
    for (MatrixCell c : matrix.getCells()) {
      b.putCounts(c, c.getLikelihood() == 4 && c.getImpact() == 5 ? 2 : 0);
    }
    Chart chart = Charts.heatMap("heat", "Residual risk", b.build());
    Document doc = check(chart);
    assertEquals(1, chart.getRows().size());
    assertEquals("20", chart.getRows().get(0).get(2));
    assertEquals("2", chart.getRows().get(0).get(4));
    assertTrue(
        tooltips(doc).stream()
            .anyMatch(
                t ->
                    t.startsWith("Likelihood 4")
                        && t.endsWith(
                            "score 20, "
                                + matrix
                                    .rate(4, 5)
                                    .getBand()
                                    .getName()
                                    .toLowerCase(java.util.Locale.UK)
                                + "; 2 risks")),
        tooltips(doc).toString());
    assertTrue(chart.getDescription().contains("1 not yet assessed"), chart.getDescription());
  }

  @Test
  void chartId_mustBeAPlainIdentifier() {
    RiskMatrix matrix = RiskMatrix.fiveByFive(LocalDate.of(2020, 4, 1));
    HeatMap.Builder b =
        HeatMap.builder()
            .kind(ScoreKind.INHERENT)
            .asAt(LocalDate.of(2024, 12, 31))
            .matrix(matrix)
            .notAssessed(0);
    matrix.getCells().forEach(c -> b.putCounts(c, 0));
    HeatMap map = b.build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Charts.heatMap("Heat map", "t", map));
    assertTrue(e.getMessage().contains("'Heat map'"), e.getMessage());
  }
}
