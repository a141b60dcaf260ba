package dev.yardstick.indicators.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.LogicModelLevel;
import dev.yardstick.core.framework.Outcome;
import dev.yardstick.core.framework.OutcomeId;
import dev.yardstick.core.framework.OutcomeIndicator;
import dev.yardstick.core.framework.PerformanceFramework;
import dev.yardstick.core.framework.RbaQuestion;
import dev.yardstick.core.framework.ServiceArea;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetId;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.framework.TargetProvenance;
import dev.yardstick.core.framework.TargetScope;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.ComparatorGroup;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.indicators.IndicatorCatalogue;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.benchmark.BandThresholds;
import dev.yardstick.indicators.benchmark.BandingScheme;
import dev.yardstick.indicators.benchmark.CutPointRule;
import dev.yardstick.indicators.benchmark.PafBand;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import dev.yardstick.indicators.spc.AssuranceIcon;
import dev.yardstick.indicators.spc.VariationIcon;
import dev.yardstick.indicators.trend.MinimumChange;
import dev.yardstick.indicators.variance.RagPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A scorecard computed end to end from four councils' figures for five indicators over three years,
 * a framework of targets and a comparator group, checked against a table worked by hand.
 *
 * <p>Council X (E06000010) in 2003-04; its comparator group is P, Q and R (X is ranked with them).
 * Default RAG policy: green on or better than target, amber within the tolerance, red beyond.
 *
 * <pre>
 * code  X 01-02, 02-03, 03-04   target (tol)   P, Q, R in 03-04     polarity
 * A1    18.0, 16.0, 14.04       at most 16 (1)  10, 18, 22           lower is better, 1 dp
 * C28   9.0, 10.2, 9.5 (prov.)  at least 10 (1) 12, 8, 11            higher is better, 1 dp
 * D38   80, 85, 85              at least 80 (5) 70, 75, 80           higher is better, 0 dp
 * D39   88, 91, none            at least 90 (2) 95, 92, 90           higher is better, 0 dp
 * B12   470, 480, 520           at most 500 (10) 450, missing, none  lower is better, 0 dp
 *
 * code  value    target  variance  RAG      direction  rank  quartile  PAF band
 * A1    14       16      -2        GREEN    IMPROVING  2/4   2         3 (13 &lt; 14 &le; 16)
 * C28   9.5      10      -0.5      AMBER    WORSENING  3/4   3         -
 * D38   85       80      5         GREEN    NO_SIG.    1/4   1         5 (85 &ge; 85)
 * D39   no data  90      -         NO_DATA  NOT_COMP.  -     -         -
 * B12   520      500     20        RED      WORSENING  2/2   -         -
 * </pre>
 *
 * <p>Quartiles by hand, Hyndman-Fan type 7 (h = (n - 1)p + 1): A1 {10, 14, 18, 22} has boundaries
 * 13, 16, 19, so 14 is in the second-lowest quarter, the second best when lower is better; C28 {8,
 * 9.5, 11, 12} has 9.125, 10.25, 11.25, so 9.5 is in the second-lowest quarter, the third best when
 * higher is better; D38 {70, 75, 80, 85} has 73.75, 77.5, 81.25, so 85 is in the top quarter. B12
 * has two figures, too few for quartiles; Q's is missing and R has none.
 */
class ScorecardCalculatorTest {

  private static final OrganisationId X = OrganisationId.gss("E06000010");
  private static final OrganisationId P = OrganisationId.gss("E06000011");
  private static final OrganisationId Q = OrganisationId.gss("E06000012");
  private static final OrganisationId R = OrganisationId.gss("E06000013");
  private static final FinancialYear Y1 = FinancialYear.of(2001);
  private static final FinancialYear Y2 = FinancialYear.of(2002);
  private static final FinancialYear Y3 = FinancialYear.of(2003);
  private static final OutcomeId STABLE = OutcomeId.of("O1");
  private static final OutcomeId AT_HOME = OutcomeId.of("O2");

  private static final IndicatorDefinition A1 =
      definition("A1", Unit.PERCENTAGE, Polarity.LOWER_IS_BETTER, 1)
          .domain(Domain.PAF_NATIONAL_PRIORITIES)
          .serviceArea(ServiceArea.CHILDREN_AND_FAMILIES)
          .addBandings(
              banding(
                  "2003-04",
                  RoundingPolicy.ONE_DECIMAL_PLACE,
                  CutPointRule.IN_BAND_BELOW,
                  BandThresholds.oneSided(
                      Polarity.LOWER_IS_BETTER, dec("10"), dec("13"), dec("16"), dec("20"))))
          .build();
  private static final IndicatorDefinition C28 =
      definition("C28", Unit.PER_1_000, Polarity.HIGHER_IS_BETTER, 1)
          .domain(Domain.PAF_EFFECTIVENESS)
          .serviceArea(ServiceArea.OLDER_PEOPLE)
          .build();
  private static final IndicatorDefinition D38 =
      definition("D38", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, 0)
          .domain(Domain.PAF_QUALITY)
          .serviceArea(ServiceArea.ADULTS)
          .addBandings(
              banding(
                  "2003-04",
                  RoundingPolicy.WHOLE_NUMBER,
                  CutPointRule.IN_BAND_ABOVE,
                  BandThresholds.oneSided(
                      Polarity.HIGHER_IS_BETTER, dec("50"), dec("65"), dec("75"), dec("85"))))
          .build();
  private static final IndicatorDefinition D39 =
      definition("D39", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, 0)
          .domain(Domain.PAF_QUALITY)
          .serviceArea(ServiceArea.ADULTS)
          .build();
  private static final IndicatorDefinition B12 =
      definition("B12", Unit.POUNDS, Polarity.LOWER_IS_BETTER, 0)
          .domain(Domain.PAF_COST_AND_EFFICIENCY)
          .serviceArea(ServiceArea.ADULTS)
          .build();

  private static final IndicatorCatalogue CATALOGUE =
      IndicatorCatalogue.of(List.of(A1, C28, D38, D39, B12));

  private static final List<IndicatorCode> CODES =
      List.of(code("A1"), code("C28"), code("D38"), code("D39"), code("B12"));

  private static final ComparatorGroup NEIGHBOURS =
      ComparatorGroup.builder()
          .name("X neighbours")
          .kind(ComparatorGroup.Kind.STATISTICAL_NEIGHBOURS)
          .addMember(P, LocalDate.of(2001, 4, 1))
          .addMember(Q, LocalDate.of(2001, 4, 1))
          .addMember(R, LocalDate.of(2001, 4, 1))
          .build();

  private static final PerformanceFramework PLAN =
      PerformanceFramework.builder()
          .name("Social services plan 2003-04")
          .addTargets(
              target("A1", TargetKind.AT_MOST, "16", "1", Unit.PERCENTAGE),
              target("C28", TargetKind.AT_LEAST, "10", "1", Unit.PER_1_000),
              target("D38", TargetKind.AT_LEAST, "80", "5", Unit.PERCENTAGE),
              target("D39", TargetKind.AT_LEAST, "90", "2", Unit.PERCENTAGE),
              target("B12", TargetKind.AT_MOST, "500", "10", Unit.POUNDS))
          .addOutcomes(
              Outcome.builder()
                  .id(STABLE)
                  .statement("Children live in stable placements")
                  .population("Looked-after children")
                  .addIndicators(
                      OutcomeIndicator.of(
                          code("A1"), RbaQuestion.IS_ANYONE_BETTER_OFF, LogicModelLevel.OUTCOME))
                  .build(),
              Outcome.builder()
                  .id(AT_HOME)
                  .statement("Older people live at home")
                  .population("People aged 65 or over")
                  .addIndicators(
                      OutcomeIndicator.of(
                          code("C28"), RbaQuestion.HOW_MUCH_DID_WE_DO, LogicModelLevel.OUTPUT),
                      OutcomeIndicator.of(
                          code("D38"), RbaQuestion.HOW_WELL_DID_WE_DO_IT, LogicModelLevel.OUTPUT))
                  .build())
          .build();

  private static final IndicatorDataset DATA = dataset();

  private static IndicatorDataset dataset() {
    List<IndicatorValue> values = new ArrayList<>();
    series(values, A1, X, "18.0", "16.0");
    values.add(
        IndicatorValue.builder()
            .from(value(A1, X, Y3, "14.04"))
            .commentary("Placement support team in post since June.")
            .build());
    series(values, C28, X, "9.0", "10.2");
    values.add(
        IndicatorValue.builder()
            .from(value(C28, X, Y3, "9.5"))
            .quality(ValueQuality.PROVISIONAL)
            .qualityReason("awaiting validation")
            .build());
    series(values, D38, X, "80", "85", "85");
    series(values, D39, X, "88", "91");
    series(values, B12, X, "470", "480", "520");
    values.add(value(A1, P, Y3, "10"));
    values.add(value(A1, Q, Y3, "18"));
    values.add(value(A1, R, Y3, "22"));
    values.add(value(C28, P, Y3, "12"));
    values.add(value(C28, Q, Y3, "8"));
    values.add(value(C28, R, Y3, "11"));
    values.add(value(D38, P, Y3, "70"));
    values.add(value(D38, Q, Y3, "75"));
    values.add(value(D38, R, Y3, "80"));
    values.add(value(D39, P, Y3, "95"));
    values.add(value(D39, Q, Y3, "92"));
    values.add(value(D39, R, Y3, "90"));
    values.add(value(B12, P, Y3, "450"));
    values.add(IndicatorValue.missing(code("B12"), Q, Y3, "return not received"));
    return IndicatorDataset.of(values);
  }

  private static void series(
      List<IndicatorValue> values, IndicatorDefinition d, OrganisationId o, String... figures) {
    List<FinancialYear> years = List.of(Y1, Y2, Y3);
    for (int i = 0; i < figures.length; i++) {
      values.add(value(d, o, years.get(i), figures[i]));
    }
  }

  private static IndicatorValue value(
      IndicatorDefinition d, OrganisationId o, ReportingPeriod p, String figure) {
    return IndicatorValue.of(d.getCode(), o, p, dec(figure));
  }

  private static IndicatorCode code(String code) {
    return IndicatorCode.of(code);
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  private static IndicatorDefinition.Builder definition(
      String code, Unit unit, Polarity polarity, int places) {
    return IndicatorDefinition.builder()
        .code(IndicatorCode.of(code))
        .title("Indicator " + code)
        .unit(unit)
        .polarity(polarity)
        .measureKind(MeasureKind.SNAPSHOT)
        .frequency(Frequency.ANNUAL)
        .rounding(RoundingPolicy.of(places))
        .effectiveFrom(LocalDate.of(2000, 4, 1));
  }

  private static BandingScheme banding(
      String version, RoundingPolicy rounding, CutPointRule rule, BandThresholds thresholds) {
    return BandingScheme.builder()
        .version(version)
        .effectiveFrom(LocalDate.of(2003, 4, 1))
        .rounding(rounding)
        .cutPointRule(rule)
        .thresholds(thresholds)
        .build();
  }

  private static Target target(
      String code, TargetKind kind, String value, String tolerance, Unit unit) {
    return Target.builder()
        .id(TargetId.of("T-" + code))
        .indicator(IndicatorCode.of(code))
        .scope(TargetScope.organisation(X))
        .period(Y3)
        .kind(kind)
        .unit(unit)
        .value(dec(value))
        .tolerance(Tolerance.absolute(dec(tolerance)))
        .provenance(TargetProvenance.LOCAL_STRETCH)
        .profile(TargetProfile.constant())
        .build();
  }

  private static Scorecard scorecard() {
    return ScorecardCalculator.withDefaults()
        .calculate(DATA, CATALOGUE, PLAN, X, Y3, CODES, NEIGHBOURS);
  }

  private static String line(ScorecardRow row) {
    return String.join(
        " | ",
        row.getIndicator().toString(),
        row.getValueText(),
        row.getTarget().map(BigDecimal::toPlainString).orElse("-"),
        row.getVariance().map(BigDecimal::toPlainString).orElse("-"),
        row.getRag().toString(),
        row.getDirectionOfTravel().toString(),
        row.getYearOnYearDirection().toString(),
        row.getRank().isPresent()
            ? (int) row.getRank().getAsDouble() + "/" + row.getGroupSize().getAsInt()
            : "-",
        row.getQuartile().isPresent() ? String.valueOf(row.getQuartile().getAsInt()) : "-",
        row.getBand().map(PafBand::toString).orElse("-"));
  }

  private static ScorecardRow row(Scorecard card, String code) {
    return card.getRows().stream()
        .filter(r -> r.getIndicator().equals(IndicatorCode.of(code)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void calculate_matchesTheHandWorkedTable_rowByRow() {
    List<String> expected =
        List.of(
            "A1 | 14 | 16 | -2 | GREEN | IMPROVING | IMPROVING | 2/4 | 2 | ACCEPTABLE",
            "C28 | 9.5 | 10 | -0.5 | AMBER | WORSENING | WORSENING | 3/4 | 3 | -",
            "D38 | 85 | 80 | 5 | GREEN | NO_SIGNIFICANT_CHANGE | NO_SIGNIFICANT_CHANGE | 1/4 | 1"
                + " | VERY_GOOD",
            "D39 | no data | 90 | - | NO_DATA | NOT_COMPARABLE | NOT_COMPARABLE | - | - | -",
            "B12 | 520 | 500 | 20 | RED | WORSENING | WORSENING | 2/2 | - | -");
    List<ScorecardRow> rows = scorecard().getRows();
    assertEquals(expected.size(), rows.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), line(rows.get(i)), "row " + (i + 1));
    }
  }

  @Test
  void calculate_carriesTheDefinitionQualityCommentaryAndOutcomes() {
    Scorecard card = scorecard();
    assertEquals("Scorecard for E06000010, 2003-04", card.getTitle());
    assertEquals(Optional.of(NEIGHBOURS), card.getComparatorGroup());
    assertEquals(Optional.of(RagPolicy.defaults()), card.getRagPolicy());
    ScorecardRow a1 = row(card, "A1");
    assertEquals("Indicator A1", a1.getTitle());
    assertEquals(Unit.PERCENTAGE, a1.getUnit());
    assertEquals(Polarity.LOWER_IS_BETTER, a1.getPolarity());
    assertEquals(Optional.of(Domain.PAF_NATIONAL_PRIORITIES), a1.getDomain());
    assertEquals(Optional.of(ValueQuality.FINAL), a1.getDataQuality());
    assertEquals(Optional.of("Placement support team in post since June."), a1.getCommentary());
    assertEquals(List.of(STABLE), List.copyOf(a1.getOutcomes()));
    ScorecardRow c28 = row(card, "C28");
    assertEquals(Optional.of(ValueQuality.PROVISIONAL), c28.getDataQuality());
    assertEquals(Optional.of("awaiting validation"), c28.getQualityReason());
    assertEquals(List.of(AT_HOME), List.copyOf(c28.getOutcomes()));
  }

  @Test
  void calculate_explainsEveryVerdict() {
    ScorecardRow a1 = row(scorecard(), "A1");
    assertEquals(
        "Green: 14.0% against a target of at most 16% with a 1-point tolerance.",
        a1.getRagDerivation());
    assertEquals(
        Optional.of(
            "Improving: 14 against the previous period (16), a change of -2; changes of at least 0"
                + " count."),
        a1.getDirectionDerivation());
    assertTrue(a1.getYearOnYearDerivation().orElseThrow().contains("the same period last year"));
    assertEquals(
        Optional.of(
            "Rank 2 of 4 in X neighbours; quartile 2 of 4, 1 the best. PAF band 3 (acceptable)"
                + " for 14 by banding scheme 2003-04."),
        a1.getBenchmarkDerivation());
    assertEquals(
        Optional.of(
            "No SPC icons: 3 consecutive figures to 2003-04 under one definition, fewer than the"
                + " 12 a chart needs."),
        a1.getSpcDerivation());
    assertFalse(a1.getVariationIcon().isPresent());
    ScorecardRow b12 = row(scorecard(), "B12");
    assertEquals(
        Optional.of(
            "Rank 2 of 2 in X neighbours (2 without figures); too few figures for" + " quartiles."),
        b12.getBenchmarkDerivation());
  }

  @Test
  void calculate_indicatorWithNoData_showsNoDataNotABlank() {
    ScorecardRow d39 = row(scorecard(), "D39");
    assertEquals(ScorecardRow.NO_DATA, d39.getValueText());
    assertEquals(RagStatus.NO_DATA, d39.getRag());
    assertEquals("No data: indicator D39 has no figure for 2003-04.", d39.getRagDerivation());
    assertEquals(Optional.empty(), d39.getValue());
    assertEquals(Optional.empty(), d39.getDataQuality());
    assertEquals(Optional.empty(), d39.getDirectionDerivation());
    assertEquals(
        Optional.of("Not ranked in X neighbours: E06000010 has no figure for 2003-04."),
        d39.getBenchmarkDerivation());
  }

  @Test
  void calculate_missingAndSuppressedFigures_showTheirQuality() {
    IndicatorDataset data =
        IndicatorDataset.of(
            List.of(
                IndicatorValue.missing(code("D39"), X, Y3, "return not received"),
                IndicatorValue.builder()
                    .indicator(code("D38"))
                    .organisation(X)
                    .period(Y3)
                    .quality(ValueQuality.SUPPRESSED)
                    .qualityReason("fewer than 5 people")
                    .build()));
    Scorecard card =
        ScorecardCalculator.withDefaults()
            .calculate(data, CATALOGUE, PLAN, X, Y3, List.of(code("D39"), code("D38")));
    ScorecardRow d39 = row(card, "D39");
    assertEquals("no data", d39.getValueText());
    assertEquals(Optional.of(ValueQuality.MISSING), d39.getDataQuality());
    assertEquals(Optional.of("return not received"), d39.getQualityReason());
    ScorecardRow d38 = row(card, "D38");
    assertEquals("suppressed", d38.getValueText());
    assertEquals(RagStatus.SUPPRESSED, d38.getRag());
    assertEquals(Optional.of(ValueQuality.SUPPRESSED), d38.getDataQuality());
    assertEquals(Optional.empty(), card.getComparatorGroup());
    assertEquals(Optional.empty(), d38.getBenchmarkDerivation());
  }

  @Test
  void calculate_noTarget_isAStateNotAZero() {
    PerformanceFramework none = PerformanceFramework.builder().name("No targets").build();
    ScorecardRow a1 =
        row(
            ScorecardCalculator.withDefaults()
                .calculate(DATA, CATALOGUE, none, X, Y3, List.of(code("A1"))),
            "A1");
    assertEquals(RagStatus.NO_TARGET, a1.getRag());
    assertEquals(Optional.empty(), a1.getTarget());
    assertEquals(Optional.empty(), a1.getVariance());
    assertEquals("14", a1.getValueText());
    assertEquals(DirectionOfTravel.IMPROVING, a1.getDirectionOfTravel());
  }

  /**
   * X's A1 series 18, 16, 14: mean 16, moving ranges 2 and 2, average 2 (neither screened out: 2 is
   * below 3.267 x 2), process limits 16 -/+ 2.66 x 2 = 10.68 to 21.32. The latest point is common
   * cause; the target 16 lies between the limits, so hit and miss. Limits from fewer than 12 points
   * are trial limits, and the derivation says so.
   */
  @Test
  void calculate_spcIcons_whenTheSeriesIsLongEnough() {
    ScorecardRow a1 =
        row(
            ScorecardCalculator.withDefaults()
                .withMinimumSpcPoints(3)
                .calculate(DATA, CATALOGUE, PLAN, X, Y3, List.of(code("A1"))),
            "A1");
    assertEquals(Optional.of(VariationIcon.COMMON_CAUSE), a1.getVariationIcon());
    assertEquals(Optional.of(AssuranceIcon.HIT_AND_MISS), a1.getAssuranceIcon());
    assertEquals(
        Optional.of(
            "The latest of 3 points shows common-cause variation against a mean of 16.00 and"
                + " process limits 10.68 to 21.32 (trial limits)."),
        a1.getSpcDerivation());
  }

  @Test
  void calculate_minimumChange_holdsSmallChangesAsNoSignificantChange() {
    ScorecardRow c28 =
        row(
            ScorecardCalculator.withDefaults()
                .with(MinimumChange.relative(dec("10")))
                .calculate(DATA, CATALOGUE, PLAN, X, Y3, List.of(code("C28"))),
            "C28");
    // 9.5 against 10.2 is a fall of 6.9%, below the 10% that counts.
    assertEquals(DirectionOfTravel.NO_SIGNIFICANT_CHANGE, c28.getDirectionOfTravel());
  }

  @Test
  void calculate_groupsByDomainServiceAreaAndOutcome() {
    Scorecard card = scorecard();
    assertEquals(
        List.of(
            Domain.PAF_NATIONAL_PRIORITIES.toString(),
            Domain.PAF_EFFECTIVENESS.toString(),
            Domain.PAF_QUALITY.toString(),
            Domain.PAF_COST_AND_EFFICIENCY.toString()),
        titles(card.groupBy(Grouping.DOMAIN)));
    assertEquals(
        List.of("CHILDREN_AND_FAMILIES", "OLDER_PEOPLE", "ADULTS"),
        titles(card.groupBy(Grouping.SERVICE_AREA)));
    List<ScorecardGroup> byOutcome = card.groupBy(Grouping.OUTCOME);
    assertEquals(List.of("O1", "O2", ScorecardGroup.UNGROUPED), titles(byOutcome));
    assertEquals(2, byOutcome.get(1).getRows().size());
    ScorecardSummary summary = card.getSummary();
    assertEquals(
        "5 indicators: 1 red, 1 amber, 2 green, 1 no data; 1 improving, 2 worsening; 1 in the top"
            + " quartile",
        summary.toString());
    assertEquals(1, summary.getBands().get(PafBand.VERY_GOOD));
    assertEquals(1, summary.getBands().get(PafBand.ACCEPTABLE));
  }

  private static List<String> titles(List<ScorecardGroup> groups) {
    return groups.stream().map(ScorecardGroup::getTitle).collect(Collectors.toList());
  }

  @Test
  void calculate_badInput_isRejectedNamingTheProblem() {
    ScorecardCalculator calculator = ScorecardCalculator.withDefaults();
    IllegalArgumentException empty =
        assertThrows(
            IllegalArgumentException.class,
            () -> calculator.calculate(DATA, CATALOGUE, PLAN, X, Y3, List.of()));
    assertEquals("scorecard for E06000010 in 2003-04 has no indicators", empty.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                calculator.calculate(
                    DATA, CATALOGUE, PLAN, X, Y3, List.of(code("A1"), code("C28"), code("A1"))));
    assertEquals("scorecard for E06000010 in 2003-04 lists indicator A1 twice", twice.getMessage());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> calculator.calculate(DATA, CATALOGUE, PLAN, X, Y3, List.of(code("Z9"))));
    assertEquals("indicator Z9 has no definition in force for 2003-04", unknown.getMessage());
    IllegalArgumentException points =
        assertThrows(IllegalArgumentException.class, () -> calculator.withMinimumSpcPoints(1));
    assertEquals("minimum SPC points 1 is below 2", points.getMessage());
    PerformanceFramework wrongUnit =
        PerformanceFramework.builder()
            .name("Wrong unit")
            .addTargets(target("A1", TargetKind.AT_MOST, "16", "1", Unit.COUNT))
            .build();
    IllegalArgumentException unit =
        assertThrows(
            IllegalArgumentException.class,
            () -> calculator.calculate(DATA, CATALOGUE, wrongUnit, X, Y3, List.of(code("A1"))));
    assertTrue(unit.getMessage().contains("A1"), unit.getMessage());
  }

  @Test
  void calculator_optionsAndEquality() {
    assertEquals(
        "ScorecardCalculator["
            + RagPolicy.havering()
            + ", minimum change 0, MIN, SPC from 12"
            + " points]",
        ScorecardCalculator.withDefaults().with(RagPolicy.havering()).toString());
    Scorecard card = scorecard();
    new EqualsTester()
        .addEqualityGroup(card, scorecard())
        .addEqualityGroup(Scorecard.builder().from(card).comparatorGroup(Optional.empty()).build())
        .addEqualityGroup(Scorecard.builder().from(card).ragPolicy(RagPolicy.havering()).build())
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(IndicatorDataset.class, DATA);
    tester.setDefault(IndicatorCatalogue.class, CATALOGUE);
    tester.setDefault(PerformanceFramework.class, PLAN);
    tester.setDefault(OrganisationId.class, X);
    tester.setDefault(ReportingPeriod.class, Y3);
    tester.setDefault(List.class, CODES);
    tester.setDefault(ComparatorGroup.class, NEIGHBOURS);
    tester.setDefault(RagPolicy.class, RagPolicy.defaults());
    tester.setDefault(MinimumChange.class, MinimumChange.NONE);
    tester.testAllPublicStaticMethods(ScorecardCalculator.class);
    tester.testAllPublicInstanceMethods(ScorecardCalculator.withDefaults());
  }
}
