package dev.yardstick.examples.report;

import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.Organisation;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.examples.data.CouncilProfile;
import dev.yardstick.examples.data.ExampleDataset;
import dev.yardstick.examples.data.SyntheticCouncils;
import dev.yardstick.examples.report.HtmlPage.Cell;
import dev.yardstick.examples.report.HtmlPage.Tone;
import dev.yardstick.examples.report.svg.Chart;
import dev.yardstick.examples.report.svg.Charts;
import dev.yardstick.examples.report.svg.ValueFormat;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.assessment.BandCounts;
import dev.yardstick.indicators.assessment.DomainProfileRow;
import dev.yardstick.indicators.assessment.Grouping;
import dev.yardstick.indicators.assessment.ScorecardGroup;
import dev.yardstick.indicators.assessment.ScorecardRow;
import dev.yardstick.indicators.assessment.chart.ComparisonCharts;
import dev.yardstick.indicators.benchmark.ComparatorValues;
import dev.yardstick.indicators.benchmark.Neighbour;
import dev.yardstick.indicators.benchmark.PafBand;
import dev.yardstick.indicators.funnel.FunnelCalculator;
import dev.yardstick.indicators.funnel.FunnelInput;
import dev.yardstick.indicators.funnel.FunnelPlot;
import dev.yardstick.indicators.spc.AssuranceIcon;
import dev.yardstick.indicators.spc.VariationIcon;
import dev.yardstick.indicators.spc.XmrChartResult;
import dev.yardstick.indicators.variance.ExceptionEntry;
import dev.yardstick.indicators.variance.ExceptionReason;
import dev.yardstick.risk.AppetiteCheck;
import dev.yardstick.risk.AppetiteStatus;
import dev.yardstick.risk.Risk;
import dev.yardstick.risk.RiskRegister;
import dev.yardstick.risk.ScoreKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the report's HTML page from its figures: summary, scorecard by domain, exceptions, domain
 * profile, star rating, charts, risks and the comparator group.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 */
final class ReportPage {

  /** The indicator of the comparator bar chart and the trend chart. */
  static final IndicatorCode GROUP_CHART = IndicatorCode.of("C32");

  /** The indicator of the XmR chart. */
  static final IndicatorCode SPC_CHART = IndicatorCode.of("D54");

  /** The indicator of the funnel plot. */
  static final IndicatorCode FUNNEL_CHART = IndicatorCode.of("A1");

  /** The indicators of the scatter plot, across and up. */
  static final IndicatorCode SCATTER_X = IndicatorCode.of("C28");

  static final IndicatorCode SCATTER_Y = IndicatorCode.of("ASCOF 2C");

  private ReportPage() {}

  /** The charts of the report, in page order. */
  static List<Chart> charts(ReportFigures f) {
    ExampleDataset data = f.data;
    Function<OrganisationId, String> names = data::nameOf;
    ComparisonCharts comparison = ComparisonCharts.withDefaults().with(ReportFigures.QUARTILES);
    List<Chart> charts = new ArrayList<>();

    IndicatorDefinition group = f.definitions.get(GROUP_CHART);
    charts.add(
        Charts.comparatorBars(
            "chart-bars",
            title(group) + ", " + f.year,
            comparison.bars(f.groupValues(GROUP_CHART, f.year), f.council, group.getPolarity()),
            names,
            format(group)));
    Map<ReportingPeriod, ComparatorValues> byYear = new TreeMap<>();
    for (int y = 0; y < ExampleDataset.YEARS; y++) {
      ReportingPeriod year = ExampleDataset.FIRST_YEAR.plusYears(y);
      byYear.put(year, f.groupValues(GROUP_CHART, year));
    }
    charts.add(
        Charts.trend(
            "chart-trend",
            title(group),
            comparison.trend(byYear, f.council),
            names,
            format(group)));

    IndicatorDefinition spc = f.definitions.get(SPC_CHART);
    List<ReportingPeriod> spcPeriods = new ArrayList<>();
    XmrChartResult xmr = f.quarterlyXmr(SPC_CHART, spcPeriods);
    charts.add(
        Charts.xmr(
            "chart-xmr",
            title(spc),
            spcPeriods.stream().map(ReportingPeriod::toString).collect(Collectors.toList()),
            xmr,
            f.rows
                .get(SPC_CHART)
                .getTarget()
                .map(t -> OptionalDouble.of(t.doubleValue()))
                .orElse(OptionalDouble.empty()),
            format(spc)));

    IndicatorDefinition funnel = f.definitions.get(FUNNEL_CHART);
    List<FunnelInput> inputs = new ArrayList<>();
    for (IndicatorValue v : data.getDataset().crossSection(FUNNEL_CHART, f.year).getValues()) {
      if (v.getNumerator().isPresent() && v.getDenominator().isPresent()) {
        inputs.add(
            FunnelInput.of(
                v.getOrganisation(), v.getNumerator().getAsLong(), v.getDenominator().getAsLong()));
      }
    }
    FunnelPlot plot = FunnelCalculator.withDefaults().proportions(inputs);
    charts.add(
        Charts.funnel(
            "chart-funnel",
            title(funnel) + ", " + f.year + ", all councils",
            plot,
            f.council,
            names,
            funnel.getPolarity(),
            ValueFormat.of(funnel.getRounding().getScale(), "%").withMultiplier(100),
            "Children looked after at 31 March (denominator)"));

    IndicatorDefinition x = f.definitions.get(SCATTER_X);
    IndicatorDefinition y = f.definitions.get(SCATTER_Y);
    charts.add(
        Charts.scatter(
            "chart-scatter",
            "Intensive home care and admissions to care homes, " + f.year + ", all councils",
            comparison.scatter(
                f.nationalValues(SCATTER_X, f.year),
                f.nationalValues(SCATTER_Y, f.year),
                f.council),
            names,
            format(x),
            format(y),
            x.getCode() + " Intensive home care, aged 65+",
            y.getCode() + " Admissions to care homes, aged 65+"));

    charts.add(
        Charts.heatMap(
            "chart-heat",
            "Residual risk, " + riskDate(f),
            data.getRegister().heatMap(ScoreKind.RESIDUAL, riskDate(f))));
    return charts;
  }

  /** Writes the page. */
  static String render(ReportFigures f, List<Chart> charts) {
    ExampleDataset data = f.data;
    CouncilProfile council = data.getCouncil();
    Organisation o = council.getOrganisation();
    HtmlPage page =
        new HtmlPage(
            "Quarterly performance report",
            o.getName()
                + " ("
                + o.getType().getLabel()
                + ", "
                + o.getRegion().map(r -> r.getName()).orElse("no region")
                + ") \u00b7 "
                + f.quarter
                + ", year end "
                + f.year);
    nav(page);
    page.heading(2, "About this report", "about");
    page.paragraph(
        "Every figure here is made up: a seeded synthetic dataset of 150 English councils (codes in"
            + " the GSS form, serial numbers from 900001 that no real area has), built when the"
            + " report runs. The council's figures for A1, C20, D54, E49 and LOCAL 1 were computed"
            + " from its case records by Yardstick's formula engine; every verdict was reached"
            + " through Yardstick's public API, and each one says how under \u201cHow each status"
            + " was reached\u201d.",
        "note");

    summary(page, f);
    scorecard(page, f);
    exceptions(page, f);
    profile(page, f);
    rating(page, f);

    page.heading(2, "Charts", "charts");
    for (Chart chart : charts) {
      page.figure(chart);
    }
    risks(page, f);
    neighbours(page, f);
    methods(page);
    return page.finish(
        "Made with Yardstick "
            + version()
            + " from synthetic data (seed "
            + ExampleDataset.DEFAULT_SEED
            + "). Source: examples/src/main/java/dev/yardstick/"
            + "examples/report/QuarterlyReport.java.");
  }

  private static void nav(HtmlPage page) {
    var m = page.markup();
    m.open("nav", "aria-label", "Sections");
    m.open("ul");
    String[][] links = {
      {"#summary", "Summary"}, {"#scorecard", "Scorecard"}, {"#exceptions", "Exceptions"},
      {"#profile", "Domain profile"}, {"#rating", "Star rating"}, {"#charts", "Charts"},
      {"#risks", "Risks"}, {"#neighbours", "Comparator group"}, {"#methods", "Methods"}
    };
    for (String[] link : links) {
      m.open("li").element("a", link[1], "href", link[0]).close();
    }
    m.close();
    m.close();
  }

  private static void summary(HtmlPage page, ReportFigures f) {
    page.heading(2, "Summary", "summary");
    var m = page.markup();
    m.open("div", "class", "grid");
    m.open("div", "class", "card");
    m.element("h3", "Against target");
    Map<RagStatus, Integer> rag = f.scorecard.getSummary().getRag();
    m.open("ul");
    for (RagStatus s : RagStatus.values()) {
      int n = rag.getOrDefault(s, 0);
      if (n > 0) {
        m.open("li");
        m.element("span", ragWords(s), "class", "status " + toneClass(ragTone(s)));
        m.text(" " + n + (n == 1 ? " indicator" : " indicators"));
        m.close();
      }
    }
    m.close();
    m.close();
    m.open("div", "class", "card");
    m.element("h3", "Direction of travel");
    Map<DirectionOfTravel, Integer> dot = f.scorecard.getSummary().getDirectionOfTravel();
    m.open("ul");
    for (DirectionOfTravel d : DirectionOfTravel.values()) {
      int n = dot.getOrDefault(d, 0);
      if (n > 0) {
        m.open("li");
        m.element("span", directionWords(d), "class", "status " + toneClass(directionTone(d)));
        m.text(" " + n + (n == 1 ? " indicator" : " indicators"));
        m.close();
      }
    }
    m.close();
    m.close();
    m.open("div", "class", "card");
    m.element("h3", "Suggested star rating");
    int stars = f.rating.getRating().getStars();
    m.element(
        "p",
        "\u2605".repeat(stars) + "\u2606".repeat(3 - stars),
        "class",
        "stars",
        "aria-hidden",
        "true");
    m.element("p", stars + (stars == 1 ? " star" : " stars") + " (suggested; see below)");
    m.close();
    m.open("div", "class", "card");
    m.element("h3", "Exceptions");
    int n = f.exceptions.getEntries().size();
    m.element(
        "p",
        n
            + (n == 1 ? " indicator needs" : " indicators need")
            + " attention: red"
            + " against target or worsening.");
    m.close();
    m.close();
  }

  private static void scorecard(HtmlPage page, ReportFigures f) {
    page.heading(2, "Scorecard by domain", "scorecard");
    page.paragraph(
        "Values are for "
            + f.year
            + "; the latest quarter is shown for quarterly"
            + " indicators. Rank is among the council and its "
            + f.data.getNeighbours().getNeighbours().size()
            + " statistical neighbours, 1 being best. Bands are 1 (investigate urgently) to 5 (very"
            + " good).",
        "note");
    List<String> columns =
        List.of(
            "Indicator",
            "Value",
            "Latest quarter",
            "Target",
            "RAG",
            "Direction of travel",
            "SPC variation",
            "Band",
            "Rank",
            "Commentary");
    List<ScorecardGroup> groups = new ArrayList<>(f.scorecard.groupBy(Grouping.DOMAIN));
    groups.sort(
        java.util.Comparator.comparing(
                (ScorecardGroup g) ->
                    g.getTitle().startsWith(Domain.PAF)
                        ? 0
                        : g.getTitle().equals(ScorecardGroup.UNGROUPED) ? 2 : 1)
            .thenComparing(ScorecardGroup::getTitle));
    for (ScorecardGroup group : groups) {
      List<List<Cell>> rows = new ArrayList<>();
      for (ScorecardRow row : group.getRows()) {
        rows.add(scorecardCells(f, row));
      }
      String title =
          group
              .getRows()
              .get(0)
              .getDomain()
              .map(ReportPage::domainTitle)
              .orElse("Other indicators");
      page.heading(3, title, "domain-" + slug(title));
      int n = group.getRows().size();
      page.table(title + ": " + n + (n == 1 ? " indicator" : " indicators"), columns, rows);
    }
    var m = page.markup();
    m.open("details");
    m.element("summary", "How each status was reached");
    m.open("dl");
    for (ScorecardRow row : f.scorecard.getRows()) {
      m.element("dt", row.getIndicator() + " " + row.getTitle());
      m.element("dd", "RAG: " + row.getRagDerivation());
      row.getDirectionDerivation().ifPresent(d -> m.element("dd", "Direction of travel: " + d));
      row.getSpcDerivation().ifPresent(d -> m.element("dd", "SPC: " + d));
      row.getBenchmarkDerivation().ifPresent(d -> m.element("dd", "Benchmark: " + d));
    }
    m.close();
    m.close();
  }

  /** The cells of one scorecard row; the figures are written from the row's own values. */
  static List<Cell> scorecardCells(ReportFigures f, ScorecardRow row) {
    IndicatorDefinition definition = f.definitions.get(row.getIndicator());
    ValueFormat format = format(definition);
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.text(row.getIndicator() + " " + row.getTitle()));
    cells.add(Cell.number(row.getValue().map(format::format).orElse(row.getValueText())));
    cells.add(
        Cell.number(
            f.latestQuarter
                .get(row.getIndicator())
                .flatMap(IndicatorValue::getValue)
                .map(
                    v ->
                        format.format(v)
                            + " ("
                            + f.quarter.toString().substring(f.quarter.toString().length() - 2)
                            + ")")
                .orElse("annual")));
    cells.add(
        Cell.number(
            row.getTarget()
                .map(t -> targetWords(row.getPolarity()) + format.format(t))
                .orElse("none")));
    cells.add(Cell.status(ragWords(row.getRag()), ragTone(row.getRag())));
    DirectionOfTravel d = row.getDirectionOfTravel();
    cells.add(Cell.status(directionWords(d), directionTone(d)));
    cells.add(
        row.getVariationIcon()
            .map(
                icon ->
                    Cell.status(
                        variationShort(icon)
                            + row.getAssuranceIcon().map(a -> "; " + assuranceShort(a)).orElse(""),
                        variationTone(icon)))
            .orElse(Cell.text("none")));
    cells.add(
        row.getBand()
            .map(b -> Cell.status(b.getNumber() + " " + b.getLabel(), bandTone(b)))
            .orElse(Cell.text("not banded")));
    cells.add(
        Cell.number(
            ReportFigures.isRanked(row)
                ? ReportFigures.rank(row.getRank().getAsDouble())
                    + " of "
                    + row.getGroupSize().getAsInt()
                : "none"));
    cells.add(Cell.text(row.getCommentary().orElse("")));
    return cells;
  }

  private static void exceptions(HtmlPage page, ReportFigures f) {
    page.heading(2, "Exception list", "exceptions");
    page.paragraph(f.exceptions.explain(), "note");
    List<List<Cell>> rows = new ArrayList<>();
    for (ExceptionEntry e : f.exceptions.getEntries()) {
      IndicatorDefinition definition = f.definitions.get(e.getIndicator());
      ValueFormat format = format(definition);
      String reasons =
          e.getReasons().stream()
              .map(r -> r == ExceptionReason.RED ? "Red against target" : "Worsening")
              .collect(Collectors.joining(" and "));
      rows.add(
          List.of(
              Cell.text(e.getIndicator() + " " + definition.getTitle()),
              Cell.status(
                  reasons, e.getReasons().contains(ExceptionReason.RED) ? Tone.RED : Tone.AMBER),
              Cell.number(
                  e.getVariance().getFigure().getValue().map(format::format).orElse("no data")),
              Cell.number(
                  e.getShortfall()
                      .map(v -> ValueFormat.of(1, "% of target").format(v))
                      .orElse("none")),
              Cell.text(e.explain())));
    }
    if (rows.isEmpty()) {
      page.paragraph("No indicator is red against target or worsening.", "");
    } else {
      page.table(
          "Indicators needing attention in " + f.year,
          List.of("Indicator", "Why", "Value", "Shortfall", "Explanation"),
          rows);
    }
  }

  private static void profile(HtmlPage page, ReportFigures f) {
    page.heading(2, "Domain profile", "profile");
    page.paragraph(
        "How many of the council's PAF indicators sit in each band, by domain, with"
            + " the change since "
            + f.year.plusYears(-1)
            + ".",
        "note");
    List<List<Cell>> rows = new ArrayList<>();
    for (DomainProfileRow row : f.profile.getRows()) {
      BandCounts c = row.getCounts();
      rows.add(
          List.of(
              Cell.text(row.getDomain().getCode() + " " + row.getDomain().getTitle()),
              Cell.number(Integer.toString(c.getBand1())),
              Cell.number(Integer.toString(c.getBand2())),
              Cell.number(Integer.toString(c.getBand3())),
              Cell.number(Integer.toString(c.getBand4())),
              Cell.number(Integer.toString(c.getBand5())),
              Cell.number(Integer.toString(row.getNotBanded())),
              Cell.number(c.getGoodOrBetter() + " of " + c.getTotal()),
              Cell.text(row.getImproved() + " up, " + row.getWorsened() + " down")));
    }
    BandCounts total = f.profile.getTotal();
    rows.add(
        List.of(
            Cell.text("All domains"),
            Cell.number(Integer.toString(total.getBand1())),
            Cell.number(Integer.toString(total.getBand2())),
            Cell.number(Integer.toString(total.getBand3())),
            Cell.number(Integer.toString(total.getBand4())),
            Cell.number(Integer.toString(total.getBand5())),
            Cell.number(
                Integer.toString(
                    f.profile.getRows().stream().mapToInt(DomainProfileRow::getNotBanded).sum())),
            Cell.number(total.getGoodOrBetter() + " of " + total.getTotal()),
            Cell.text("")));
    page.table(
        "Domain profile, " + f.year,
        List.of(
            "Domain",
            "Band 1",
            "Band 2",
            "Band 3",
            "Band 4",
            "Band 5",
            "Not banded",
            "Good or very good",
            "Moved since last year"),
        rows);
  }

  private static void rating(HtmlPage page, ReportFigures f) {
    page.heading(2, "Suggested star rating", "rating");
    int stars = f.rating.getRating().getStars();
    page.paragraph("Suggested rating: " + stars + (stars == 1 ? " star" : " stars") + ".", "");
    page.paragraph(f.rating.getExplanation(), "");
    page.paragraph("Children's services: " + f.children.getExplanation(), "");
    page.paragraph("Adults' services: " + f.adults.getExplanation(), "");
    page.paragraph(
        "Serving people well is suggested from the bands of the indicators above, with the"
            + " key-indicator caps of the 2002 scheme. Capacity for improvement is an inspector's"
            + " judgement that no indicator gives; the suggestion assumes \u201cPromising\u201d for"
            + " both services.",
        "note");
  }

  private static void risks(HtmlPage page, ReportFigures f) {
    page.heading(2, "Risks", "risks");
    RiskRegister register = f.data.getRegister();
    LocalDate day = riskDate(f);
    List<List<Cell>> rows = new ArrayList<>();
    for (AppetiteCheck check : register.appetiteChecks(day)) {
      Risk risk = register.riskOn(check.getRiskId(), day).orElseThrow();
      Tone tone =
          check.getAppetite().isEmpty()
              ? Tone.NEUTRAL
              : check.getStatus() == AppetiteStatus.ABOVE_TOLERANCE
                  ? Tone.RED
                  : check.getStatus() == AppetiteStatus.ABOVE_APPETITE ? Tone.AMBER : Tone.GREEN;
      rows.add(
          List.of(
              Cell.text(risk.getId() + " " + risk.getTitle()),
              Cell.text(risk.getOwnerRole().getTitle()),
              Cell.number(
                  check.getResidual().getScore()
                      + " ("
                      + check.getResidual().getBand().getName()
                      + ")"),
              Cell.status(
                  check.getAppetite().isEmpty()
                      ? "No appetite set"
                      : appetiteWords(check.getStatus()),
                  tone),
              Cell.text(check.explain())));
    }
    page.table(
        "Risk register on " + day + ": residual risk against appetite",
        List.of("Risk", "Owner", "Residual score", "Appetite", "Explanation"),
        rows);
  }

  private static void neighbours(HtmlPage page, ReportFigures f) {
    page.heading(2, "Comparator group", "neighbours");
    page.paragraph(
        "The council's ten nearest statistical neighbours by standardised Euclidean"
            + " distance over "
            + String.join(", ", SyntheticCouncils.VARIABLES)
            + " (deprivation and"
            + " child poverty weighted double).",
        "note");
    List<List<Cell>> rows = new ArrayList<>();
    for (Neighbour n : f.data.getNeighbours().getNeighbours()) {
      CouncilProfile c =
          SyntheticCouncils.find(f.data.getCouncils(), n.getOrganisation()).orElseThrow();
      rows.add(
          List.of(
              Cell.text(c.getName()),
              Cell.text(c.getId().toString()),
              Cell.text(c.getOrganisation().getType().getLabel()),
              Cell.text(c.getOrganisation().getRegion().map(r -> r.getName()).orElse("")),
              Cell.number(String.format(Locale.UK, "%.2f", n.getDistance())),
              Cell.number(String.format(Locale.UK, "%.1f", c.getDeprivation())),
              Cell.number(
                  String.format(Locale.UK, "%,d", c.totalPopulation(ExampleDataset.YEARS - 1)))));
    }
    page.table(
        "Statistical neighbours of " + f.data.getCouncil().getName(),
        List.of(
            "Council",
            "Code",
            "Type",
            "Region",
            "Distance",
            "Deprivation score",
            "Population " + f.year),
        rows);
  }

  private static void methods(HtmlPage page) {
    page.heading(2, "Methods", "methods");
    page.paragraph(
        "RAG: Yardstick's default policy, green on target, amber within the target's tolerance, red"
            + " beyond it. Direction of travel: the change since last year against a minimum"
            + " change, not comparable across a change of definition. SPC: XmR charts with NHS"
            + " England \u201cMaking Data Count\u201d rules (limits at 2.66 moving ranges, runs of"
            + " 7, two of three near a limit). Funnel plot: Wilson limits at 95% and 99.8%"
            + " (Spiegelhalter 2005). Quartiles: Hyndman and Fan type 7, as a spreadsheet's"
            + " QUARTILE.INC.",
        "note");
  }

  /** The format of an indicator's values: its unit and decimal places. */
  static ValueFormat format(IndicatorDefinition definition) {
    return ValueFormat.of(definition.getUnit(), Math.max(0, definition.getRounding().getScale()));
  }

  /**
   * A domain's heading: "PAF E Fair access", or "ASCOF 2023-24 Empowerment" where code is title.
   */
  private static String domainTitle(Domain domain) {
    return domain.getFrameworkName()
        + " "
        + (domain.getCode().equals(domain.getTitle())
            ? domain.getTitle()
            : domain.getCode() + " " + domain.getTitle());
  }

  private static String title(IndicatorDefinition definition) {
    return definition.getCode() + " " + definition.getTitle();
  }

  static LocalDate riskDate(ReportFigures f) {
    return f.quarter.getEnd();
  }

  private static String targetWords(Polarity polarity) {
    switch (polarity.getKind()) {
      case HIGHER_IS_BETTER:
        return "at least ";
      case LOWER_IS_BETTER:
        return "at most ";
      default:
        return "";
    }
  }

  static String ragWords(RagStatus status) {
    switch (status) {
      case RED:
        return "Red: off target";
      case AMBER:
        return "Amber: within tolerance";
      case GREEN:
        return "Green: on target";
      case NO_TARGET:
        return "No target";
      case NO_DATA:
        return "No data";
      case SUPPRESSED:
        return "Suppressed";
      default:
        return "Not rated";
    }
  }

  static Tone ragTone(RagStatus status) {
    switch (status) {
      case RED:
        return Tone.RED;
      case AMBER:
        return Tone.AMBER;
      case GREEN:
        return Tone.GREEN;
      default:
        return Tone.NEUTRAL;
    }
  }

  static String directionWords(DirectionOfTravel d) {
    switch (d) {
      case IMPROVING:
        return "Improving";
      case WORSENING:
        return "Worsening";
      case NO_SIGNIFICANT_CHANGE:
        return "No significant change";
      default:
        return "Not comparable";
    }
  }

  private static Tone directionTone(DirectionOfTravel d) {
    return d == DirectionOfTravel.IMPROVING
        ? Tone.GREEN
        : d == DirectionOfTravel.WORSENING ? Tone.RED : Tone.NEUTRAL;
  }

  private static Tone variationTone(VariationIcon icon) {
    switch (icon) {
      case IMPROVEMENT_HIGH:
      case IMPROVEMENT_LOW:
        return Tone.GREEN;
      case CONCERN_HIGH:
      case CONCERN_LOW:
        return Tone.AMBER;
      default:
        return Tone.NEUTRAL;
    }
  }

  private static String variationShort(VariationIcon icon) {
    switch (icon) {
      case IMPROVEMENT_HIGH:
      case IMPROVEMENT_LOW:
        return "Improvement";
      case CONCERN_HIGH:
      case CONCERN_LOW:
        return "Concern";
      case NEUTRAL_HIGH:
        return "Special cause, high";
      case NEUTRAL_LOW:
        return "Special cause, low";
      default:
        return "Common cause";
    }
  }

  private static String assuranceShort(AssuranceIcon icon) {
    switch (icon) {
      case CONSISTENTLY_PASSING:
        return "will meet target";
      case CONSISTENTLY_FAILING:
        return "will miss target";
      default:
        return "target hit or miss";
    }
  }

  private static Tone bandTone(PafBand band) {
    return band.getNumber() >= 4
        ? Tone.GREEN
        : band.getNumber() == 3 ? Tone.NEUTRAL : band.getNumber() == 2 ? Tone.AMBER : Tone.RED;
  }

  private static String appetiteWords(AppetiteStatus status) {
    switch (status) {
      case ABOVE_TOLERANCE:
        return "Above tolerance";
      case ABOVE_APPETITE:
        return "Above appetite";
      default:
        return "Within appetite";
    }
  }

  private static String toneClass(Tone tone) {
    return "tone-" + tone.name().toLowerCase(Locale.ROOT);
  }

  private static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static String version() {
    return Optional.ofNullable(ReportPage.class.getPackage().getImplementationVersion())
        .orElse("0.1.0-SNAPSHOT");
  }
}
