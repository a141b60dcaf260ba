package dev.yardstick.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.TargetScope;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.examples.data.ExampleDataset;
import dev.yardstick.examples.report.svg.Xml;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.benchmark.ComparatorValues;
import dev.yardstick.indicators.benchmark.Position;
import dev.yardstick.indicators.benchmark.PositionCalculator;
import dev.yardstick.indicators.variance.Figure;
import dev.yardstick.indicators.variance.VarianceCalculator;
import dev.yardstick.indicators.variance.VarianceResult;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The report as a reader gets it: well-formed markup, figures that agree with the API, text from
 * data escaped, and spreadsheet-safe CSV.
 */
class QuarterlyReportTest {

  private static final String SCRIPT = "<script>alert('x')</script> & =HYPERLINK(\"x\")";
  private static final IndicatorCode COMMENTED = IndicatorCode.of("C19");

  @TempDir static Path folder;

  private static ExampleDataset data;
  private static String html;
  private static Document doc;

  @BeforeAll
  static void writeReport() throws IOException {
    data = ExampleDataset.build(ExampleDataset.DEFAULT_SEED).withCommentary(COMMENTED, SCRIPT);
    List<String> steps = new ArrayList<>();
    Path report = QuarterlyReport.write(data, folder, steps::add);
    assertEquals(folder.resolve(QuarterlyReport.HTML), report);
    assertEquals("done", steps.get(steps.size() - 1));
    html = Files.readString(report, StandardCharsets.UTF_8);
    doc = Xml.parse(html);
  }

  /** The cells of the scorecard row of an indicator, as text. */
  private static List<String> scorecardRow(IndicatorCode code) {
    for (Element tr : Xml.elements(doc, "tr")) {
      List<Element> th = Xml.elements(tr, "th");
      if (!th.isEmpty()
          && th.get(0).getTextContent().startsWith(code + " ")
          && Xml.elements(tr, "td").size() == 9) {
        List<String> cells = new ArrayList<>();
        cells.add(th.get(0).getTextContent());
        Xml.elements(tr, "td").forEach(td -> cells.add(td.getTextContent()));
        return cells;
      }
    }
    throw new AssertionError("no scorecard row for " + code);
  }

  @Test
  void html_isWellFormedSelfContainedAndHasEveryPart() {
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertEquals("en-GB", doc.getDocumentElement().getAttribute("lang"));
    assertEquals(6, Xml.elements(doc, "svg").size());
    for (Element svg : Xml.elements(doc, "svg")) {
      assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
      assertEquals("img", svg.getAttribute("role"));
    }
    for (String id :
        List.of(
            "summary",
            "scorecard",
            "exceptions",
            "profile",
            "rating",
            "charts",
            "risks",
            "neighbours")) {
      assertTrue(doc.getElementById(id) != null || html.contains("id=\"" + id + "\""), id);
    }
    assertFalse(html.contains("<script"), "no script element");
    assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing loaded from elsewhere");
    assertTrue(html.contains(HtmlPage.CONTENT_SECURITY_POLICY.replace("'", "&#39;")));
  }

  @Test
  void commentary_withMarkup_staysText() {
    assertFalse(html.contains(SCRIPT));
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"));
    assertEquals(SCRIPT, scorecardRow(COMMENTED).get(9));
  }

  @Test
  void scorecard_figures_equalThoseComputedThroughTheApi() {
    OrganisationId council = data.getCouncil().getId();
    List<OrganisationId> group = new ArrayList<>();
    group.add(council);
    data.getNeighbours().getNeighbours().forEach(n -> group.add(n.getOrganisation()));
    for (String code : List.of("A1", "D54", "C32", "ASCOF 2C")) {
      IndicatorCode indicator = IndicatorCode.of(code);
      IndicatorDefinition definition =
          data.getCatalogue().get(indicator, ExampleDataset.REPORT_YEAR.getEnd());
      IndicatorValue value =
          data.getDataset().get(indicator, council, ExampleDataset.REPORT_YEAR).orElseThrow();
      VarianceResult variance =
          VarianceCalculator.withDefaults()
              .calculate(
                  Figure.of(definition, value),
                  data.getFramework()
                      .getTargetFor(
                          indicator,
                          TargetScope.organisation(council),
                          ExampleDataset.REPORT_YEAR));
      Map<OrganisationId, Double> values = new LinkedHashMap<>();
      for (OrganisationId o : group) {
        data.getDataset()
            .get(indicator, o, ExampleDataset.REPORT_YEAR)
            .flatMap(IndicatorValue::getValue)
            .ifPresent(v -> values.put(o, v.doubleValue()));
      }
      Position position =
          PositionCalculator.withDefaults()
              .calculate(ComparatorValues.of(values), council, definition.getPolarity());

      List<String> row = scorecardRow(indicator);
      assertEquals(
          ReportPage.format(definition).format(value.getValue().orElseThrow()), row.get(1), code);
      assertEquals(ReportPage.ragWords(variance.getStatus()), row.get(4), code);
      assertEquals(
          ReportFigures.rank(position.getRank()) + " of " + position.getGroupSize(),
          row.get(8),
          code);
    }
    assertEquals("10.3%", scorecardRow(IndicatorCode.of("A1")).get(1));
  }

  @Test
  void formulaIndicators_comeFromTheCaseRecords() {
    OrganisationId council = data.getCouncil().getId();
    IndicatorValue d54 =
        data.getDataset()
            .get(IndicatorCode.of("D54"), council, ExampleDataset.REPORT_YEAR)
            .orElseThrow();
    var direct =
        dev.yardstick.examples.data.ExampleFormulas.PAF_D54
            .evaluate(data.getCases().getEquipment(), ExampleDataset.REPORT_YEAR)
            .getValue(ExampleDataset.REPORT_YEAR)
            .orElseThrow();
    assertEquals(direct.getNumerator(), d54.getNumerator().getAsLong());
    assertEquals(direct.getDenominator(), d54.getDenominator().getAsLong());
  }

  @Test
  void summary_countsEveryStatusOfTheScorecard() {
    ReportFigures f = ReportFigures.compute(data);
    int total = f.scorecard.getSummary().getRag().values().stream().mapToInt(i -> i).sum();
    assertEquals(data.getIndicators().size(), total);
    assertTrue(f.scorecard.getSummary().count(RagStatus.RED) > 0);
    assertTrue(f.scorecard.getSummary().count(RagStatus.GREEN) > 0);
    assertTrue(html.contains("Suggested rating: " + f.rating.getRating().getStars()));
  }

  @Test
  void csv_neutralisesFormulasAndKeepsFiguresAsNumbers() throws IOException {
    String csv =
        Files.readString(folder.resolve(QuarterlyReport.SCORECARD_CSV), StandardCharsets.UTF_8);
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertEquals(data.getIndicators().size(), records.size());
    CSVRecord commented =
        records.stream()
            .filter(r -> r.get("code").equals(COMMENTED.toString()))
            .findFirst()
            .orElseThrow();
    assertEquals(SCRIPT, commented.get("commentary"), "does not start with a trigger");
    CSVRecord a1 =
        records.stream().filter(r -> r.get("code").equals("A1")).findFirst().orElseThrow();
    assertEquals(new BigDecimal("10.3"), new BigDecimal(a1.get("value")));
    assertEquals("'=1+2", ReportCsv.protect("=1+2"));
    assertEquals("'-3", ReportCsv.protect("-3"));
    assertEquals("'@SUM(A1)", ReportCsv.protect("@SUM(A1)"));
    assertEquals("''quoted", ReportCsv.protect("'quoted"));
    assertEquals("plain", ReportCsv.protect("plain"));
    String exceptions =
        Files.readString(folder.resolve(QuarterlyReport.EXCEPTIONS_CSV), StandardCharsets.UTF_8);
    assertTrue(exceptions.startsWith("code,indicator,period,reasons"));
  }

  @Test
  void polarityOfTheFunnelIndicator_isLowerIsBetter() {
    assertEquals(
        Polarity.LOWER_IS_BETTER,
        data.getCatalogue()
            .get(ReportPage.FUNNEL_CHART, ExampleDataset.REPORT_YEAR.getEnd())
            .getPolarity());
  }
}
