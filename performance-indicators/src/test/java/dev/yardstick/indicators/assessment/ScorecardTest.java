package dev.yardstick.indicators.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.OutcomeId;
import dev.yardstick.core.framework.ServiceArea;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.benchmark.ComparatorValues;
import dev.yardstick.indicators.benchmark.PafBand;
import dev.yardstick.indicators.benchmark.PositionCalculator;
import dev.yardstick.indicators.trend.DirectionOfTravelCalculator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A scorecard for one council in 2003-04, built from the trend and benchmark calculators, checked
 * against a table worked by hand.
 *
 * <pre>
 * code  value    target  variance  RAG      direction (prev)          rank  quartile  band
 * A1    14       16      -2        GREEN    IMPROVING (16, lower)     2/4   2         GOOD
 * C28   9.5      10      -0.5      AMBER    WORSENING (10.2, higher)  3/4   3         ACCEPTABLE
 * D38   85       80      5         GREEN    NO_SIGNIFICANT_CHANGE (85) 1/4  1         VERY_GOOD
 * E47   no data  -       -         NO_DATA  NOT_COMPARABLE            -     -         -
 * B12   520      500     20        RED      WORSENING (480, lower)    -     -         -
 * </pre>
 */
class ScorecardTest {

  private static final OrganisationId X = OrganisationId.gss("E06000010");
  private static final OrganisationId P = OrganisationId.gss("E06000011");
  private static final OrganisationId Q = OrganisationId.gss("E06000012");
  private static final OrganisationId R = OrganisationId.gss("E06000013");
  private static final FinancialYear YEAR = FinancialYear.of(2003);
  private static final OutcomeId STABLE = OutcomeId.of("O1");
  private static final OutcomeId AT_HOME = OutcomeId.of("O2");

  private static final DirectionOfTravelCalculator TREND =
      DirectionOfTravelCalculator.withDefaults();
  private static final PositionCalculator RANKS = PositionCalculator.withDefaults();

  private static ComparatorValues group(double x, double p, double q, double r) {
    return ComparatorValues.of(Map.of(X, x, P, p, Q, q, R, r));
  }

  static Scorecard scorecard() {
    ScorecardRow a1 =
        ScorecardRow.builder()
            .indicator(IndicatorCode.of("A1"))
            .title("Stability of placements of looked-after children")
            .domain(Domain.PAF_NATIONAL_PRIORITIES)
            .serviceArea(ServiceArea.CHILDREN_AND_FAMILIES)
            .addOutcomes(STABLE)
            .unit(Unit.PERCENTAGE)
            .polarity(Polarity.LOWER_IS_BETTER)
            .value(new BigDecimal("14.0"))
            .target(new BigDecimal("16"))
            .rag(RagStatus.GREEN, "14.0 is better than the target 16")
            .directionOfTravel(
                TREND.assess(
                    new BigDecimal("14.0"), new BigDecimal("16.0"), Polarity.LOWER_IS_BETTER))
            .position(RANKS.calculate(group(14, 10, 18, 22), X, Polarity.LOWER_IS_BETTER))
            .quartile(2)
            .band(PafBand.GOOD)
            .commentary("Placement support team in post since June.")
            .build();
    ScorecardRow c28 =
        ScorecardRow.builder()
            .indicator(IndicatorCode.of("C28"))
            .title("Intensive home care per 1,000 population aged 65 or over")
            .domain(Domain.PAF_EFFECTIVENESS)
            .serviceArea(ServiceArea.OLDER_PEOPLE)
            .addOutcomes(STABLE, AT_HOME)
            .unit(Unit.PER_1_000)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .value(new BigDecimal("9.5"))
            .target(new BigDecimal("10"))
            .rag(RagStatus.AMBER, "9.5 is below the target 10 but within the tolerance of 1")
            .directionOfTravel(
                TREND.assess(
                    new BigDecimal("9.5"), new BigDecimal("10.2"), Polarity.HIGHER_IS_BETTER))
            .position(RANKS.calculate(group(9.5, 12, 8, 11), X, Polarity.HIGHER_IS_BETTER))
            .quartile(3)
            .band(PafBand.ACCEPTABLE)
            .dataQuality(ValueQuality.PROVISIONAL)
            .qualityReason("awaiting validation")
            .build();
    ScorecardRow d38 =
        ScorecardRow.builder()
            .indicator(IndicatorCode.of("D38"))
            .title("Equipment costing under £1,000 delivered within three weeks")
            .domain(Domain.PAF_QUALITY)
            .serviceArea(ServiceArea.ADULTS)
            .unit(Unit.PERCENTAGE)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .value(new BigDecimal("85"))
            .target(new BigDecimal("80"))
            .rag(RagStatus.GREEN, "85 is better than the target 80")
            .directionOfTravel(
                TREND.assess(new BigDecimal("85"), new BigDecimal("85"), Polarity.HIGHER_IS_BETTER))
            .position(RANKS.calculate(group(85, 70, 75, 80), X, Polarity.HIGHER_IS_BETTER))
            .quartile(1)
            .band(PafBand.VERY_GOOD)
            .build();
    ScorecardRow e47 =
        ScorecardRow.builder()
            .indicator(IndicatorCode.of("E47"))
            .title("Ethnicity of older people receiving assessment")
            .domain(Domain.PAF_FAIR_ACCESS)
            .unit(Unit.RATIO)
            .polarity(Polarity.NONE)
            .rag(RagStatus.NO_DATA, "no figure was returned for 2003-04")
            .build();
    ScorecardRow b12 =
        ScorecardRow.builder()
            .indicator(IndicatorCode.of("B12"))
            .title("Cost of intensive social care for adults")
            .domain(Domain.PAF_COST_AND_EFFICIENCY)
            .serviceArea(ServiceArea.ADULTS)
            .unit(Unit.POUNDS)
            .polarity(Polarity.LOWER_IS_BETTER)
            .value(new BigDecimal("520"))
            .target(new BigDecimal("500"))
            .rag(RagStatus.RED, "520 is above the target 500 by more than the tolerance of 10")
            .directionOfTravel(
                TREND.assess(
                    new BigDecimal("520"), new BigDecimal("480"), Polarity.LOWER_IS_BETTER))
            .build();
    return Scorecard.builder()
        .title("Social services scorecard 2003-04")
        .organisation(X)
        .period(YEAR)
        .addRows(a1, c28, d38, e47, b12)
        .build();
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
        row.getRank().isPresent()
            ? (int) row.getRank().getAsDouble() + "/" + row.getGroupSize().getAsInt()
            : "-",
        row.getQuartile().isPresent() ? String.valueOf(row.getQuartile().getAsInt()) : "-",
        row.getBand().map(PafBand::toString).orElse("-"));
  }

  @Test
  void scorecard_matchesTheHandWorkedTable_rowByRow() {
    List<String> expected =
        List.of(
            "A1 | 14 | 16 | -2 | GREEN | IMPROVING | 2/4 | 2 | GOOD",
            "C28 | 9.5 | 10 | -0.5 | AMBER | WORSENING | 3/4 | 3 | ACCEPTABLE",
            "D38 | 85 | 80 | 5 | GREEN | NO_SIGNIFICANT_CHANGE | 1/4 | 1 | VERY_GOOD",
            "E47 | no data | - | - | NO_DATA | NOT_COMPARABLE | - | - | -",
            "B12 | 520 | 500 | 20 | RED | WORSENING | - | - | -");
    List<ScorecardRow> rows = scorecard().getRows();
    assertEquals(expected.size(), rows.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), line(rows.get(i)), "row " + (i + 1));
    }
  }

  @Test
  void rows_carryTheDerivationOfEachVerdict() {
    ScorecardRow a1 = scorecard().getRows().get(0);
    assertEquals("14.0 is better than the target 16", a1.getRagDerivation());
    assertTrue(a1.getDirectionDerivation().orElseThrow().startsWith("Improving: 14"));
    assertEquals(Optional.of("Placement support team in post since June."), a1.getCommentary());
    ScorecardRow e47 = scorecard().getRows().get(3);
    assertEquals("no figure was returned for 2003-04", e47.getRagDerivation());
    assertFalse(e47.getDirectionDerivation().isPresent());
    assertEquals(
        Optional.of(ValueQuality.PROVISIONAL), scorecard().getRows().get(1).getDataQuality());
  }

  @Test
  void summary_countsEveryStatus_includingNoData() {
    ScorecardSummary summary = scorecard().getSummary();
    assertEquals(5, summary.getRows());
    assertEquals(1, summary.count(RagStatus.RED));
    assertEquals(1, summary.count(RagStatus.AMBER));
    assertEquals(2, summary.count(RagStatus.GREEN));
    assertEquals(1, summary.count(RagStatus.NO_DATA));
    assertEquals(0, summary.count(RagStatus.NO_TARGET));
    assertEquals(1, summary.count(DirectionOfTravel.IMPROVING));
    assertEquals(2, summary.count(DirectionOfTravel.WORSENING));
    assertEquals(1, summary.count(DirectionOfTravel.NO_SIGNIFICANT_CHANGE));
    assertEquals(1, summary.count(DirectionOfTravel.NOT_COMPARABLE));
    assertEquals(1, summary.getTopQuartile());
    assertEquals(1, summary.getBands().get(PafBand.VERY_GOOD));
    assertEquals(0, summary.getBands().get(PafBand.INVESTIGATE_URGENTLY));
    assertEquals(
        "5 indicators: 1 red, 1 amber, 2 green, 1 no data; 1 improving, 2 worsening; 1 in the top"
            + " quartile",
        summary.toString());
  }

  @Test
  void groupBy_domainServiceAreaAndOutcome() {
    Scorecard card = scorecard();
    List<ScorecardGroup> byDomain = card.groupBy(Grouping.DOMAIN);
    assertEquals(
        List.of(
            Domain.PAF_NATIONAL_PRIORITIES.toString(),
            Domain.PAF_EFFECTIVENESS.toString(),
            Domain.PAF_QUALITY.toString(),
            Domain.PAF_FAIR_ACCESS.toString(),
            Domain.PAF_COST_AND_EFFICIENCY.toString()),
        byDomain.stream().map(ScorecardGroup::getTitle).collect(Collectors.toList()));

    List<ScorecardGroup> byArea = card.groupBy(Grouping.SERVICE_AREA);
    assertEquals(
        List.of("CHILDREN_AND_FAMILIES", "OLDER_PEOPLE", "ADULTS", ScorecardGroup.UNGROUPED),
        byArea.stream().map(ScorecardGroup::getTitle).collect(Collectors.toList()));
    assertEquals(2, byArea.get(2).getRows().size());
    assertEquals(1, byArea.get(2).getSummary().count(RagStatus.RED));

    List<ScorecardGroup> byOutcome = card.groupBy(Grouping.OUTCOME);
    assertEquals(
        List.of("O1", "O2", ScorecardGroup.UNGROUPED),
        byOutcome.stream().map(ScorecardGroup::getTitle).collect(Collectors.toList()));
    assertEquals(2, byOutcome.get(0).getRows().size(), "A1 and C28 measure O1");
    assertEquals(3, byOutcome.get(2).getRows().size());
  }

  @Test
  void groupBy_returnsAnUnmodifiableList() {
    List<ScorecardGroup> groups = scorecard().groupBy(Grouping.DOMAIN);
    assertThrows(UnsupportedOperationException.class, () -> groups.remove(0));
  }

  @Test
  void rowWithNoValue_isShownAsNoDataOrSuppressed_neverColoured() {
    ScorecardRow suppressed =
        ScorecardRow.builder()
            .from(scorecard().getRows().get(3))
            .rag(RagStatus.SUPPRESSED, "fewer than 5 people")
            .build();
    assertEquals("suppressed", suppressed.getValueText());
    IllegalArgumentException coloured =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScorecardRow.builder()
                    .from(scorecard().getRows().get(3))
                    .rag(RagStatus.GREEN, "no figure")
                    .build());
    assertEquals(
        "scorecard row E47 has no value but is coloured GREEN; a missing figure is NO_DATA or"
            + " SUPPRESSED",
        coloured.getMessage());
  }

  @Test
  void badScorecards_areRejectedNamingTheProblem() {
    ScorecardRow a1 = scorecard().getRows().get(0);
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> Scorecard.builder().from(scorecard()).addRows(a1).build());
    assertEquals(
        "scorecard 'Social services scorecard 2003-04' has two rows for indicator A1",
        twice.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ScorecardRow.builder().from(a1).quartile(5).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> Scorecard.builder().from(scorecard()).title(" ").build());
  }

  @Test
  void values_areNormalisedAndEqual() {
    ScorecardRow a1 = scorecard().getRows().get(0);
    assertEquals(new BigDecimal("14"), a1.getValue().orElseThrow());
    new EqualsTester()
        .addEqualityGroup(scorecard(), scorecard())
        .addEqualityGroup(Scorecard.builder().from(scorecard()).title("Another").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            a1, ScorecardRow.builder().from(a1).value(new BigDecimal("14.00")).build())
        .addEqualityGroup(ScorecardRow.builder().from(a1).commentary("Other").build())
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicInstanceMethods(scorecard());
    tester.testAllPublicInstanceMethods(scorecard().getRows().get(0));
    tester.testAllPublicStaticMethods(ScorecardSummary.class);
    tester.testAllPublicStaticMethods(ScorecardGroup.class);
  }
}
