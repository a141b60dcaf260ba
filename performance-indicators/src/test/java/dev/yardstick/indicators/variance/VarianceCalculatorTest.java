package dev.yardstick.indicators.variance;

import static dev.yardstick.indicators.variance.Fixtures.YEAR;
import static dev.yardstick.indicators.variance.Fixtures.absolute;
import static dev.yardstick.indicators.variance.Fixtures.atLeast;
import static dev.yardstick.indicators.variance.Fixtures.atMost;
import static dev.yardstick.indicators.variance.Fixtures.dec;
import static dev.yardstick.indicators.variance.Fixtures.forYear;
import static dev.yardstick.indicators.variance.Fixtures.higher;
import static dev.yardstick.indicators.variance.Fixtures.lower;
import static dev.yardstick.indicators.variance.Fixtures.relative;
import static dev.yardstick.indicators.variance.Fixtures.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ProfiledTarget;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.framework.ToleranceBand;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.measure.UnitMismatchException;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.PeriodMismatchException;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.core.status.RagStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VarianceCalculatorTest {

  private static final VarianceCalculator CALC = VarianceCalculator.withDefaults();

  private static VarianceResult judge(Figure figure, Target target) {
    return CALC.calculate(figure, forYear(target));
  }

  @Test
  void calculate_atLeastWithinTolerance_isAmberAndExplainsItself() {
    VarianceResult r = judge(higher("71.43"), atLeast("75", absolute("5")));
    assertEquals(RagStatus.AMBER, r.getStatus());
    assertEquals(Optional.of(TargetVerdict.WORSE_THAN_TARGET), r.getVerdict());
    assertEquals(Optional.of(dec("71.4")), r.getComparedValue());
    assertEquals(Optional.of(dec("-3.6")), r.getAbsoluteDifference());
    assertEquals(Optional.of(dec("-4.8")), r.getRelativeDifference());
    assertEquals(
        "Amber: 71.4% against a target of at least 75% with a 5-point tolerance.", r.explain());
  }

  @ParameterizedTest(name = "{0} against at least 75 (5 points) is {1}, {2}")
  @CsvSource({
    "75.1, GREEN, BETTER_THAN_TARGET",
    "75, GREEN, ON_TARGET",
    "74.96, GREEN, ON_TARGET",
    "74.9, AMBER, WORSE_THAN_TARGET",
    "70, AMBER, WORSE_THAN_TARGET",
    "69.96, AMBER, WORSE_THAN_TARGET",
    "69.9, RED, WORSE_THAN_TARGET",
    "12, RED, WORSE_THAN_TARGET"
  })
  void calculate_atLeast_eachBandEdge(String value, RagStatus status, TargetVerdict verdict) {
    VarianceResult r = judge(higher(value), atLeast("75", absolute("5")));
    assertEquals(status, r.getStatus());
    assertEquals(Optional.of(verdict), r.getVerdict());
  }

  @ParameterizedTest(name = "{0} against at most 15 (10%) is {1}, {2}")
  @CsvSource({
    "14.9, GREEN, BETTER_THAN_TARGET",
    "15, GREEN, ON_TARGET",
    "15.1, AMBER, WORSE_THAN_TARGET",
    "16.5, AMBER, WORSE_THAN_TARGET",
    "16.6, RED, WORSE_THAN_TARGET"
  })
  void calculate_atMostLowerIsBetter_eachBandEdge(
      String value, RagStatus status, TargetVerdict verdict) {
    VarianceResult r = judge(lower(value), atMost("15", relative("10")));
    assertEquals(status, r.getStatus());
    assertEquals(Optional.of(verdict), r.getVerdict());
  }

  @Test
  void calculate_roundFirst_valueShownAsTargetIsOnTarget() {
    // 14.96 is printed as 15.0 and so is on a target of at most 15.0, as printed.
    VarianceResult r = judge(lower("14.96"), atMost("15.0", Optional.empty()));
    assertEquals(Optional.of(TargetVerdict.ON_TARGET), r.getVerdict());
    assertEquals(RagStatus.GREEN, r.getStatus());
    assertEquals(Optional.of(BigDecimal.ZERO), r.getAbsoluteDifference());
    VarianceResult above = judge(lower("15.04"), atMost("15.0", Optional.empty()));
    assertEquals(RagStatus.GREEN, above.getStatus());
    assertEquals("Green: 15.0% against a target of at most 15%.", above.explain());
  }

  @Test
  void calculate_exact_comparesUnroundedValue() {
    VarianceCalculator exact =
        CALC.with(RagPolicy.builder().name("Exact").rounding(ClassificationRounding.EXACT).build());
    VarianceResult below = exact.calculate(lower("14.96"), forYear(atMost("15", Optional.empty())));
    assertEquals(Optional.of(TargetVerdict.BETTER_THAN_TARGET), below.getVerdict());
    VarianceResult above = exact.calculate(lower("15.04"), forYear(atMost("15", Optional.empty())));
    assertEquals(Optional.of(TargetVerdict.WORSE_THAN_TARGET), above.getVerdict());
    assertEquals(RagStatus.RED, above.getStatus());
    assertEquals("Red: 15.04% against a target of at most 15%.", above.explain());
  }

  @Test
  void calculate_toleranceEdgeRed_putsTheEdgeInRed() {
    VarianceCalculator strict =
        CALC.with(RagPolicy.builder().name("Strict").toleranceEdge(ToleranceEdge.RED).build());
    Target target = atLeast("75", absolute("5"));
    assertEquals(RagStatus.RED, strict.calculate(higher("70"), forYear(target)).getStatus());
    assertEquals(RagStatus.AMBER, strict.calculate(higher("70.1"), forYear(target)).getStatus());
  }

  @Test
  void calculate_targetEdgeAmber_onTargetIsAmber() {
    VarianceCalculator kent =
        CALC.with(RagPolicy.builder().name("Exceeds").targetEdge(TargetEdge.AMBER).build());
    Target target = atLeast("75", absolute("5"));
    assertEquals(RagStatus.AMBER, kent.calculate(higher("75"), forYear(target)).getStatus());
    assertEquals(RagStatus.GREEN, kent.calculate(higher("75.1"), forYear(target)).getStatus());
    assertEquals(
        List.of(
            ToleranceBand.of(RagStatus.RED, Range.lessThan(dec("70"))),
            ToleranceBand.of(RagStatus.AMBER, Range.closed(dec("70"), dec("75"))),
            ToleranceBand.of(RagStatus.GREEN, Range.greaterThan(dec("75")))),
        kent.calculate(higher("75"), forYear(target)).getBands());
  }

  @ParameterizedTest(name = "{0} against 10 to 15 (2 points) is {1}, difference {2}")
  @CsvSource({
    "12, GREEN, 0",
    "10, GREEN, 0",
    "15, GREEN, 0",
    "9, AMBER, -1",
    "8, AMBER, -2",
    "7.9, RED, -2.1",
    "17, AMBER, 2",
    "17.1, RED, 2.1"
  })
  void calculate_withinRange_eachBandEdge(String value, RagStatus status, String difference) {
    Figure figure =
        Fixtures.figure(Polarity.withinRange(dec("10"), dec("15"))).value(dec(value)).build();
    VarianceResult r = judge(figure, within("10", "15", absolute("2")));
    assertEquals(status, r.getStatus());
    assertEquals(Optional.of(dec(difference)), r.getAbsoluteDifference());
    assertEquals(
        status == RagStatus.GREEN ? TargetVerdict.ON_TARGET : TargetVerdict.WORSE_THAN_TARGET,
        r.getVerdict().orElseThrow());
  }

  @Test
  void calculate_rangeTarget_explainsTheRange() {
    Figure figure =
        Fixtures.figure(Polarity.withinRange(dec("10"), dec("15"))).value(dec("17")).build();
    assertEquals(
        "Amber: 17.0% against a target of between 10% and 15% with a 2-point tolerance.",
        judge(figure, within("10", "15", absolute("2"))).explain());
  }

  @Test
  void calculate_reductionOnBaseline_isJudgedOnTheReducedValue() {
    Target target =
        Fixtures.target(TargetKind.REDUCTION_ON_BASELINE)
            .baselinePeriod(FinancialYear.of(2002))
            .baselineValue(dec("20"))
            .changePercent(dec("10"))
            .build();
    VarianceResult r = judge(lower("18.5"), target);
    assertEquals(RagStatus.RED, r.getStatus());
    assertEquals(Optional.of(dec("0.5")), r.getAbsoluteDifference());
    assertEquals(
        "Red: 18.5% against a target of at most 18% (a 10% reduction on 20% in 2002-03).",
        r.explain());
  }

  @Test
  void calculate_increaseOnBaseline_betterThanTarget() {
    Target target =
        Fixtures.target(TargetKind.INCREASE_ON_BASELINE)
            .baselinePeriod(FinancialYear.of(2002))
            .baselineValue(dec("60"))
            .changePercent(dec("5"))
            .build();
    VarianceResult r = judge(higher("64"), target);
    assertEquals(Optional.of(TargetVerdict.BETTER_THAN_TARGET), r.getVerdict());
    assertEquals(RagStatus.GREEN, r.getStatus());
    assertEquals(Optional.of(dec("1")), r.getAbsoluteDifference());
  }

  @Test
  void calculate_zeroTarget_hasNoRelativeDifference() {
    VarianceResult r = judge(lower("2"), atMost("0", absolute("1")));
    assertEquals(Optional.of(dec("2")), r.getAbsoluteDifference());
    assertEquals(Optional.empty(), r.getRelativeDifference());
    assertEquals(RagStatus.RED, r.getStatus());
  }

  @Test
  void calculate_relativeToleranceOnZeroTarget_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> judge(lower("2"), atMost("0", relative("10"))));
    assertEquals(
        "target T-D40: relative tolerance RELATIVE 10% cannot be measured from a target of 0",
        e.getMessage());
  }

  @Test
  void negativeTolerance_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tolerance.absolute(dec("-5")));
    assertTrue(e.getMessage().contains("-5"), e.getMessage());
    IllegalArgumentException r =
        assertThrows(IllegalArgumentException.class, () -> Tolerance.relative(dec("-10")));
    assertTrue(r.getMessage().contains("-10"), r.getMessage());
  }

  @Test
  void calculate_noPolarity_isNotRated() {
    Figure context = Fixtures.figure(Polarity.NONE).value(dec("50")).build();
    VarianceResult r = judge(context, atLeast("75", absolute("5")));
    assertEquals(RagStatus.NOT_RATED, r.getStatus());
    assertEquals(Optional.empty(), r.getVerdict());
    assertEquals(Optional.empty(), r.getAbsoluteDifference());
    assertEquals(
        "Not rated: indicator D40 has no polarity, so its figure for 2003-04 is not judged"
            + " against a target.",
        r.explain());
  }

  @Test
  void calculate_noTarget_isNoTargetNeverAColour() {
    VarianceResult r = CALC.calculate(higher("50"), Optional.empty());
    assertEquals(RagStatus.NO_TARGET, r.getStatus());
    assertFalse(r.getStatus().isColour());
    assertEquals(Optional.empty(), r.getComparedValue());
    assertEquals(
        "No target: indicator D40 has no target for 2003-04 to be judged against.", r.explain());
  }

  @Test
  void calculate_suppressedAndMissing_areExplicitNonColours() {
    Figure suppressed = Fixtures.figure(Polarity.HIGHER_IS_BETTER).suppressed(true).build();
    Figure missing = Fixtures.figure(Polarity.HIGHER_IS_BETTER).build();
    Target target = atLeast("75", absolute("5"));
    VarianceResult s = judge(suppressed, target);
    VarianceResult m = judge(missing, target);
    assertEquals(RagStatus.SUPPRESSED, s.getStatus());
    assertEquals(RagStatus.NO_DATA, m.getStatus());
    assertEquals(
        "Suppressed: the figure of indicator D40 for 2003-04 is withheld because it rests on small"
            + " numbers.",
        s.explain());
    assertEquals("No data: indicator D40 has no figure for 2003-04.", m.explain());
  }

  @Test
  void calculate_havering_withinTenPercentIsGreen() {
    VarianceCalculator havering = CALC.with(RagPolicy.havering());
    Target target = atLeast("75", absolute("1"));
    VarianceResult r = havering.calculate(higher("70"), forYear(target));
    assertEquals(RagStatus.GREEN, r.getStatus());
    assertEquals(Optional.of(TargetVerdict.WORSE_THAN_TARGET), r.getVerdict());
    assertEquals(
        "Green: 70.0% against a target of at least 75% with a 10% tolerance.", r.explain());
  }

  @ParameterizedTest(name = "60 against 75 under Havering, {0}: {1}")
  @CsvSource({
    "IMPROVING, AMBER, true",
    "NO_SIGNIFICANT_CHANGE, AMBER, true",
    "WORSENING, RED, false",
    "NOT_COMPARABLE, RED, false"
  })
  void calculate_havering_beyondToleranceLiftedByDirection(
      DirectionOfTravel direction, RagStatus status, boolean lifted) {
    VarianceCalculator havering = CALC.with(RagPolicy.havering());
    VarianceResult r =
        havering.calculate(
            higher("60"), Optional.of(forYear(atLeast("75", Optional.empty()))), direction);
    assertEquals(status, r.getStatus());
    assertEquals(lifted, r.isLiftedByDirectionOfTravel());
  }

  @Test
  void calculate_havering_explainsTheLift() {
    VarianceResult r =
        CALC.with(RagPolicy.havering())
            .calculate(
                higher("60"),
                Optional.of(forYear(atLeast("75", Optional.empty()))),
                DirectionOfTravel.IMPROVING);
    assertEquals(
        "Amber: 60.0% against a target of at least 75% with a 10% tolerance, beyond tolerance but"
            + " improving.",
        r.explain());
  }

  @Test
  void calculate_amberIfImproving_withoutDirection_staysRed() {
    VarianceCalculator calc =
        CALC.with(
            RagPolicy.builder()
                .name("Improving")
                .directionRule(DirectionRule.AMBER_IF_IMPROVING)
                .build());
    Target target = atLeast("75", absolute("5"));
    assertEquals(RagStatus.RED, calc.calculate(higher("60"), forYear(target)).getStatus());
    assertEquals(
        RagStatus.RED,
        calc.calculate(
                higher("60"), Optional.of(forYear(target)), DirectionOfTravel.NO_SIGNIFICANT_CHANGE)
            .getStatus());
  }

  @Test
  void calculate_yearToDate_usesTheProfiledTarget() {
    Target carers =
        Fixtures.target(TargetKind.AT_LEAST)
            .unit(Unit.COUNT)
            .value(dec("400"))
            .profile(TargetProfile.straightLine())
            .tolerance(absolute("20"))
            .build();
    FinancialQuarter q2 = FinancialQuarter.of(2003, 2);
    Figure ytd =
        Fixtures.figure(Polarity.HIGHER_IS_BETTER)
            .unit(Unit.COUNT)
            .rounding(RoundingPolicy.WHOLE_NUMBER)
            .period(q2)
            .basis(VarianceBasis.YEAR_TO_DATE)
            .value(dec("185"))
            .build();
    VarianceResult r = CALC.calculate(ytd, carers.targetFor(q2).orElseThrow());
    assertEquals(RagStatus.AMBER, r.getStatus());
    assertEquals(Optional.of(dec("-15")), r.getAbsoluteDifference());
    assertEquals(
        "Amber: 185 year to date to 2003-04 Q2 against a year-to-date target of at least 200 with"
            + " a tolerance of 20.",
        r.explain());
  }

  @Test
  void calculate_unitMismatch_throwsWithBothUnits() {
    Figure perThousand =
        Fixtures.figure(Polarity.HIGHER_IS_BETTER).unit(Unit.PER_1_000).value(dec("80")).build();
    UnitMismatchException e =
        assertThrows(
            UnitMismatchException.class, () -> judge(perThousand, atLeast("75", absolute("5"))));
    assertEquals(Unit.PERCENTAGE, e.getExpected());
    assertEquals(Unit.PER_1_000, e.getActual());
    assertEquals(
        "unit mismatch for indicator D40 against target T-D40: expected percentage but found rate"
            + " per 1000",
        e.getMessage());
  }

  @Test
  void calculate_periodMismatch_throwsWithBothPeriods() {
    Figure q3 = Fixtures.figureFor(FinancialQuarter.of(2003, 3), Polarity.HIGHER_IS_BETTER, "80");
    ProfiledTarget q2 =
        atLeast("75", absolute("5")).targetFor(FinancialQuarter.of(2003, 2)).orElseThrow();
    PeriodMismatchException e =
        assertThrows(PeriodMismatchException.class, () -> CALC.calculate(q3, q2));
    assertEquals(FinancialQuarter.of(2003, 2), e.getExpected());
    assertEquals(FinancialQuarter.of(2003, 3), e.getActual());
    assertEquals(
        "period mismatch for indicator D40 against target T-D40: expected 2003-04 Q2 but found"
            + " 2003-04 Q3",
        e.getMessage());
  }

  @Test
  void calculate_targetKindAgainstPolarity_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> judge(lower("10"), atLeast("75", Optional.empty())));
    assertEquals(
        "target T-D40 of kind AT_LEAST disagrees with indicator D40 polarity LOWER_IS_BETTER",
        e.getMessage());
  }

  @Test
  void calculate_targetForAnotherIndicator_isRejected() {
    Figure a1 =
        Fixtures.figure(Polarity.HIGHER_IS_BETTER)
            .indicator(IndicatorCode.of("A1"))
            .value(dec("80"))
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> judge(a1, atLeast("75", Optional.empty())));
    assertEquals("target T-D40 is for indicator D40, not A1", e.getMessage());
  }

  @Test
  void calculate_policyNotInForce_isRejected() {
    RagPolicy later =
        RagPolicy.builder()
            .name("New rule")
            .version(2)
            .effectiveFrom(LocalDate.of(2004, 4, 1))
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CALC.with(later).calculate(higher("80"), forYear(atLeast("75", Optional.empty()))));
    assertEquals("RagPolicy[New rule v2] is not in force for 2003-04", e.getMessage());
  }

  @Test
  void calculate_valueInGapBetweenFixedBands_isNotRated() {
    Tolerance corporate =
        Tolerance.bands(
            List.of(
                ToleranceBand.of(RagStatus.GREEN, Range.atLeast(dec("55"))),
                ToleranceBand.of(RagStatus.AMBER, Range.atMost(dec("50"))),
                ToleranceBand.of(RagStatus.RED, Range.lessThan(dec("40")))));
    Target target = atLeast("55", Optional.of(corporate));
    VarianceResult gap = judge(higher("52"), target);
    assertEquals(RagStatus.NOT_RATED, gap.getStatus());
    assertEquals(Optional.of(TargetVerdict.WORSE_THAN_TARGET), gap.getVerdict());
    assertTrue(
        gap.explain().startsWith("Not rated: 52.0% for 2003-04 falls in no band"), gap.explain());
    // Where the published bands overlap, the worse colour is taken.
    assertEquals(RagStatus.RED, judge(higher("30"), target).getStatus());
    assertEquals(RagStatus.AMBER, judge(higher("45"), target).getStatus());
  }

  @Test
  void result_carriesItsInputsAndPolicy() {
    Target target = atLeast("75", absolute("5"));
    VarianceResult r = judge(higher("71.43"), target);
    assertEquals(higher("71.43"), r.getFigure());
    assertEquals(Optional.of(forYear(target)), r.getTarget());
    assertEquals(RagPolicy.defaults(), r.getPolicy());
    assertEquals(RoundingPolicy.ONE_DECIMAL_PLACE, r.getRounding());
    assertEquals(Fixtures.D40, r.getIndicator());
    assertEquals(YEAR, r.getPeriod());
    assertEquals(absolute("5"), r.getTolerance());
    assertEquals(Optional.of(Range.atLeast(dec("75"))), r.getComparedBounds());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Figure.class, higher("80"))
            .setDefault(ProfiledTarget.class, forYear(atLeast("75", Optional.empty())))
            .setDefault(RagPolicy.class, RagPolicy.defaults());
    tester.testAllPublicStaticMethods(VarianceCalculator.class);
    tester.testAllPublicInstanceMethods(CALC);
    tester.testAllPublicInstanceMethods(judge(higher("80"), atLeast("75", Optional.empty())));
  }

  @Test
  void values_haveValueEquality() {
    Target target = atLeast("75", absolute("5"));
    new EqualsTester()
        .addEqualityGroup(higher("71.40"), higher("71.4"))
        .addEqualityGroup(higher("71.43"))
        .addEqualityGroup(lower("71.4"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(judge(higher("71.4"), target), judge(higher("71.40"), target))
        .addEqualityGroup(judge(higher("80"), target))
        .testEquals();
  }

  @Test
  void figure_suppressedWithValue_isRejected() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Fixtures.figure(Polarity.HIGHER_IS_BETTER)
                    .suppressed(true)
                    .value(dec("4"))
                    .build());
    assertEquals(
        "figure of indicator D40 for 2003-04 is suppressed but has a value", e.getMessage());
  }
}
