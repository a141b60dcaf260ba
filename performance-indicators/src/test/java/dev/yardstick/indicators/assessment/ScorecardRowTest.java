package dev.yardstick.indicators.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.framework.IndicatorCode;
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
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.trend.ComparisonBasis;
import dev.yardstick.indicators.trend.DirectionOfTravelCalculator;
import dev.yardstick.indicators.variance.Figure;
import dev.yardstick.indicators.variance.VarianceCalculator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The row's adapters from a definition and value and from the variance and trend results. */
class ScorecardRowTest {

  private static final OrganisationId COUNCIL = OrganisationId.gss("E06000010");
  private static final FinancialYear YEAR = FinancialYear.of(2003);

  private static final IndicatorDefinition D40 =
      IndicatorDefinition.builder()
          .code(IndicatorCode.of("D40"))
          .title("Clients receiving a review")
          .unit(Unit.PERCENTAGE)
          .polarity(Polarity.HIGHER_IS_BETTER)
          .measureKind(MeasureKind.RATIO)
          .frequency(Frequency.ANNUAL)
          .rounding(RoundingPolicy.ONE_DECIMAL_PLACE)
          .domain(Domain.PAF_QUALITY)
          .effectiveFrom(LocalDate.of(2000, 4, 1))
          .build();

  private static IndicatorValue value(String figure) {
    return IndicatorValue.builder()
        .indicator(IndicatorCode.of("D40"))
        .organisation(COUNCIL)
        .period(YEAR)
        .value(new BigDecimal(figure))
        .quality(ValueQuality.ESTIMATED)
        .qualityReason("two teams' returns estimated")
        .commentary("Reviews backlog cleared in March.")
        .build();
  }

  private static Target target(TargetKind kind) {
    Target.Builder target =
        Target.builder()
            .id(TargetId.of("T-D40"))
            .indicator(IndicatorCode.of("D40"))
            .scope(TargetScope.organisation(COUNCIL))
            .period(YEAR)
            .kind(kind)
            .unit(Unit.PERCENTAGE)
            .tolerance(Tolerance.absolute(new BigDecimal("5")))
            .provenance(TargetProvenance.LOCAL_STRETCH)
            .profile(TargetProfile.constant());
    return kind == TargetKind.WITHIN_RANGE
        ? target.lower(new BigDecimal("60")).upper(new BigDecimal("80")).build()
        : target.value(new BigDecimal("75")).build();
  }

  private static ScorecardRow row() {
    return ScorecardRow.builder()
        .figure(D40, value("71.43"))
        .variance(
            VarianceCalculator.withDefaults()
                .calculate(
                    Figure.of(D40, value("71.43")),
                    target(TargetKind.AT_LEAST).targetFor(YEAR).orElseThrow()))
        .build();
  }

  @Test
  void figure_takesTheDefinitionAndTheValueRoundedAsPublished() {
    ScorecardRow row = row();
    assertEquals(IndicatorCode.of("D40"), row.getIndicator());
    assertEquals("Clients receiving a review", row.getTitle());
    assertEquals(Unit.PERCENTAGE, row.getUnit());
    assertEquals(Polarity.HIGHER_IS_BETTER, row.getPolarity());
    assertEquals(Optional.of(Domain.PAF_QUALITY), row.getDomain());
    assertEquals(Optional.of(new BigDecimal("71.4")), row.getValue());
    assertEquals(Optional.of(ValueQuality.ESTIMATED), row.getDataQuality());
    assertEquals(Optional.of("two teams' returns estimated"), row.getQualityReason());
    assertEquals(Optional.of("Reviews backlog cleared in March."), row.getCommentary());
  }

  @Test
  void variance_setsTheRagWithItsExplanationAndTheTarget() {
    ScorecardRow row = row();
    assertEquals(RagStatus.AMBER, row.getRag());
    assertEquals(
        "Amber: 71.4% against a target of at least 75% with a 5-point tolerance.",
        row.getRagDerivation());
    assertEquals(Optional.of(new BigDecimal("75")), row.getTarget());
    assertEquals(Optional.of(new BigDecimal("-3.6")), row.getVariance());
  }

  @Test
  void variance_rangeTarget_hasNoSingleTargetButStatesTheRange() {
    ScorecardRow row =
        ScorecardRow.builder()
            .figure(D40, value("71.43"))
            .variance(
                VarianceCalculator.withDefaults()
                    .calculate(
                        Figure.of(D40, value("71.43")),
                        target(TargetKind.WITHIN_RANGE).targetFor(YEAR).orElseThrow()))
            .build();
    assertEquals(RagStatus.GREEN, row.getRag());
    assertEquals(Optional.empty(), row.getTarget());
    assertEquals(Optional.empty(), row.getVariance());
    assertEquals(
        "Green: 71.4% against a target of between 60% and 80% with a 5-point tolerance.",
        row.getRagDerivation());
  }

  @Test
  void directionOfTravel_goesToTheColumnOfItsBasis() {
    DirectionOfTravelCalculator trend = DirectionOfTravelCalculator.withDefaults();
    ScorecardRow row =
        ScorecardRow.builder()
            .from(row())
            .directionOfTravel(
                trend.assess(
                    new BigDecimal("71.4"), new BigDecimal("70"), Polarity.HIGHER_IS_BETTER))
            .directionOfTravel(
                trend
                    .with(ComparisonBasis.SAME_PERIOD_LAST_YEAR)
                    .assess(
                        new BigDecimal("71.4"), new BigDecimal("72"), Polarity.HIGHER_IS_BETTER))
            .build();
    assertEquals(DirectionOfTravel.IMPROVING, row.getDirectionOfTravel());
    assertEquals(DirectionOfTravel.WORSENING, row.getYearOnYearDirection());
    assertEquals(
        Optional.of(
            "Worsening: 71.4 against the same period last year (72), a change of -0.6; changes of"
                + " at least 0 count."),
        row.getYearOnYearDerivation());
  }

  @Test
  void badInput_isRejectedNamingIt() {
    IndicatorValue other =
        IndicatorValue.of(IndicatorCode.of("D41"), COUNCIL, YEAR, new BigDecimal("70"));
    IllegalArgumentException wrong =
        assertThrows(
            IllegalArgumentException.class, () -> ScorecardRow.builder().figure(D40, other));
    assertEquals("value of indicator D41 is shown by the definition of D40", wrong.getMessage());
    IllegalArgumentException quality =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScorecardRow.builder()
                    .from(row())
                    .value(Optional.empty())
                    .rag(RagStatus.NO_DATA, "no figure")
                    .build());
    assertEquals("scorecard row D40 has quality ESTIMATED without a value", quality.getMessage());
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScorecardRow.builder().from(row()).dataQuality(ValueQuality.MISSING).build());
    assertEquals("scorecard row D40 has quality MISSING with a value", missing.getMessage());
  }

  @Test
  void equals_andNulls() {
    new EqualsTester()
        .addEqualityGroup(row(), row())
        .addEqualityGroup(
            ScorecardRow.builder().from(row()).dataQuality(ValueQuality.FINAL).build())
        .addEqualityGroup(ScorecardRow.builder().from(row()).qualityReason("other").build())
        .addEqualityGroup(
            ScorecardRow.builder()
                .from(row())
                .yearOnYearDirection(DirectionOfTravel.IMPROVING)
                .build())
        .testEquals();
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicInstanceMethods(row());
    ScorecardRow.Builder builder = ScorecardRow.builder();
    assertThrows(NullPointerException.class, () -> builder.definition(null));
    assertThrows(NullPointerException.class, () -> builder.figure(null, value("70")));
    assertThrows(NullPointerException.class, () -> builder.figure(D40, null));
    assertThrows(NullPointerException.class, () -> builder.variance(null));
  }
}
