package dev.yardstick.indicators.variance;

import static dev.yardstick.indicators.variance.Fixtures.YEAR;
import static dev.yardstick.indicators.variance.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetId;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.measure.UnitMismatchException;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.PeriodMismatchException;
import dev.yardstick.core.status.RagStatus;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetCalculatorTest {

  private static final IndicatorCode RESIDENTIAL = IndicatorCode.of("ASC-RES-01");

  private static Target budget(FinancialYear year) {
    return Target.builder()
        .id(TargetId.of("B-RES"))
        .indicator(RESIDENTIAL)
        .scope(Fixtures.COUNCIL)
        .period(year)
        .kind(TargetKind.AT_MOST)
        .unit(Unit.POUNDS)
        .value(dec("1200000.00"))
        .tolerance(Tolerance.relative(dec("2")))
        .provenance(dev.yardstick.core.framework.TargetProvenance.LOCAL_STRETCH)
        .profile(TargetProfile.straightLine())
        .build();
  }

  private static YearToDateActuals spend(String monthly, int months) {
    return YearToDateActuals.builder()
        .indicator(RESIDENTIAL)
        .year(YEAR)
        .frequency(Frequency.MONTHLY)
        .measureKind(MeasureKind.FLOW_COUNT)
        .unit(Unit.POUNDS)
        .polarity(Polarity.LOWER_IS_BETTER)
        .rounding(RoundingPolicy.TWO_DECIMAL_PLACES)
        .values(Collections.nCopies(months, dec(monthly)))
        .build();
  }

  @Test
  void calculate_overspendBeyondTolerance_isRed() {
    BudgetResult r = BudgetCalculator.withDefaults().calculate(budget(YEAR), spend("105000.00", 6));
    assertEquals(dec("630000"), r.getSpendToDate());
    assertEquals(dec("600000"), r.getBudgetToDate());
    assertEquals(dec("30000"), r.getVarianceToDate());
    assertEquals(Optional.of(dec("60000")), r.getForecastVariance());
    assertEquals(RagStatus.RED, r.getOutturn().getStatus());
    assertEquals(RagStatus.RED, r.getYearToDate().getStatus());
    assertEquals(Optional.of(dec("5")), r.getOutturn().getRelativeDifference());
    assertEquals(
        "Red: forecast outturn £1260000.00 against a budget of £1200000.00, an overspend of"
            + " £60000.00; £630000.00 spent to September 2003 against £600000.00 profiled.",
        r.explain());
  }

  @Test
  void calculate_smallOverspend_isAmberAndUnderspendGreen() {
    BudgetResult amber =
        BudgetCalculator.withDefaults().calculate(budget(YEAR), spend("101500.00", 6));
    assertEquals(RagStatus.AMBER, amber.getOutturn().getStatus());
    BudgetResult green =
        BudgetCalculator.withDefaults().calculate(budget(YEAR), spend("99000.50", 3));
    assertEquals(RagStatus.GREEN, green.getOutturn().getStatus());
    assertEquals(Optional.of(dec("-11994")), green.getForecastVariance());
    assertEquals(
        "Green: forecast outturn £1188006.00 against a budget of £1200000.00, an underspend of"
            + " £11994.00; £297001.50 spent to June 2003 against £300000.00 profiled.",
        green.explain());
  }

  @Test
  void calculate_badInputs_areRejectedWithMessages() {
    BudgetCalculator calc = BudgetCalculator.withDefaults();
    PeriodMismatchException period =
        assertThrows(
            PeriodMismatchException.class,
            () -> calc.calculate(budget(FinancialYear.of(2004)), spend("1", 1)));
    assertEquals(
        "period mismatch for budget B-RES: expected 2004-05 but found 2003-04",
        period.getMessage());
    Target count = Target.builder().from(budget(YEAR)).unit(Unit.COUNT).build();
    UnitMismatchException unit =
        assertThrows(UnitMismatchException.class, () -> calc.calculate(count, spend("1", 1)));
    assertEquals(
        "unit mismatch for budget B-RES: expected pounds but found count", unit.getMessage());
    IllegalArgumentException shape =
        assertThrows(
            IllegalArgumentException.class, () -> calc.with(ForecastMethod.LAST_YEARS_SHAPE));
    assertEquals(
        "budget forecasts by LAST_YEARS_SHAPE need last year's spend, which a budget calculator"
            + " does not take",
        shape.getMessage());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Target.class, budget(YEAR))
            .setDefault(YearToDateActuals.class, spend("1", 1));
    tester.testAllPublicStaticMethods(BudgetCalculator.class);
    tester.testAllPublicInstanceMethods(BudgetCalculator.withDefaults());
  }

  @Test
  void unitCost_isAnIndicatorWithItsOwnVariance() {
    // PAF B12-style gross weekly cost of residential care: £8,215,400 over 20,540 weeks.
    UnitCost b12 = UnitCost.of(IndicatorCode.of("B12"), YEAR, dec("8215400.00"), dec("20540"));
    assertEquals(dec("399.9707887049659"), b12.getCost().orElseThrow());
    Target target =
        Target.builder()
            .id(TargetId.of("T-B12"))
            .indicator(IndicatorCode.of("B12"))
            .scope(Fixtures.COUNCIL)
            .period(YEAR)
            .kind(TargetKind.AT_MOST)
            .unit(Unit.POUNDS)
            .value(dec("390"))
            .tolerance(Tolerance.absolute(dec("15")))
            .provenance(dev.yardstick.core.framework.TargetProvenance.LOCAL_STRETCH)
            .profile(TargetProfile.constant())
            .build();
    VarianceResult r =
        VarianceCalculator.withDefaults()
            .calculate(b12.toFigure(), target.targetFor(YEAR).orElseThrow());
    assertEquals(RagStatus.AMBER, r.getStatus());
    assertEquals(Optional.of(dec("9.97")), r.getAbsoluteDifference());
    assertEquals(
        "Amber: £399.97 against a target of at most £390 with a tolerance of £15.", r.explain());
  }

  @Test
  void unitCost_noUnits_hasNoCost_andNegativeSpendIsRejected() {
    UnitCost none = UnitCost.of(IndicatorCode.of("B12"), YEAR, dec("100"), BigDecimal.ZERO);
    assertEquals(Optional.empty(), none.getCost());
    assertEquals(Optional.empty(), none.toFigure().getValue());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> UnitCost.of(IndicatorCode.of("B12"), YEAR, dec("-1"), BigDecimal.ONE));
    assertEquals("unit cost B12 spend -1 is negative", e.getMessage());
  }
}
