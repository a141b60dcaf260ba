package dev.yardstick.indicators.variance;

import static dev.yardstick.indicators.variance.Fixtures.YEAR;
import static dev.yardstick.indicators.variance.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.PeriodMismatchException;
import dev.yardstick.core.status.RagStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ForecastCalculatorTest {

  private static final ForecastCalculator STRAIGHT = ForecastCalculator.withDefaults();

  static YearToDateActuals.Builder actuals(Frequency frequency, MeasureKind kind) {
    return YearToDateActuals.builder()
        .indicator(Fixtures.D40)
        .year(YEAR)
        .frequency(frequency)
        .measureKind(kind)
        .unit(Unit.COUNT)
        .polarity(Polarity.HIGHER_IS_BETTER)
        .rounding(RoundingPolicy.WHOLE_NUMBER);
  }

  static YearToDateActuals flows(Frequency frequency, String... values) {
    return actuals(frequency, MeasureKind.FLOW_COUNT).values(decs(values)).build();
  }

  static List<BigDecimal> decs(String... values) {
    return Stream.of(values).map(BigDecimal::new).collect(Collectors.toList());
  }

  static YearToDateActuals lastYear(YearToDateActuals actuals) {
    return YearToDateActuals.builder().from(actuals).year(FinancialYear.of(2002)).build();
  }

  private static Target countTarget(String value, TargetProfile profile) {
    return Fixtures.target(TargetKind.AT_LEAST)
        .unit(Unit.COUNT)
        .value(dec(value))
        .profile(profile)
        .build();
  }

  @Test
  void straightLine_flow_projectsTheRateWithMeanModelStandardError() {
    // R 4.x: v <- c(41, 38, 45, 50, 44); sum(v) * 12 / 5 = 523.2;
    // sd(v) * sqrt(7 + 7^2 / 5) = 18.4672683415821;
    // 523.2 + c(-1, 1) * qt(0.975, 4) * se = 471.92664320664, 574.47335679336
    Forecast f = STRAIGHT.calculate(flows(Frequency.MONTHLY, "41", "38", "45", "50", "44"));
    assertEquals(Optional.of(dec("523.2")), f.getOutturn());
    assertEquals(18.4672683415821, f.getStandardError().orElseThrow().doubleValue(), 1e-12);
    assertEquals(OptionalInt.of(4), f.getDegreesOfFreedom());
    Range<BigDecimal> interval = f.getInterval(0.95).orElseThrow();
    assertEquals(471.92664320664, interval.lowerEndpoint().doubleValue(), 1e-9);
    assertEquals(574.47335679336, interval.upperEndpoint().doubleValue(), 1e-9);
    assertEquals(ForecastMethod.STRAIGHT_LINE, f.getMethod());
    assertEquals(
        "Forecast outturn 523 for 2003-04 by straight line from 5 months (standard error 18.5).",
        f.explain());
  }

  @Test
  void straightLine_snapshot_continuesTheLeastSquaresLine() {
    // R 4.x: y <- c(812, 798, 830, 845, 851, 866, 860); fit <- lm(y ~ 1:7);
    // predict(fit, data.frame(x = 12), interval = "prediction", se.fit = TRUE):
    // fit 923.428571428571, prediction se sqrt(se.fit^2 + sigma^2) = 20.0792308170428, df 5,
    // 95% interval 871.813265416732 to 975.043877440411
    YearToDateActuals lac =
        actuals(Frequency.MONTHLY, MeasureKind.SNAPSHOT)
            .values(decs("812", "798", "830", "845", "851", "866", "860"))
            .build();
    Forecast f = STRAIGHT.calculate(lac);
    assertEquals(923.428571428571, f.getOutturn().orElseThrow().doubleValue(), 1e-9);
    assertEquals(20.0792308170428, f.getStandardError().orElseThrow().doubleValue(), 1e-9);
    assertEquals(OptionalInt.of(5), f.getDegreesOfFreedom());
    Range<BigDecimal> interval = f.getInterval(0.95).orElseThrow();
    assertEquals(871.813265416732, interval.lowerEndpoint().doubleValue(), 1e-8);
    assertEquals(975.043877440411, interval.upperEndpoint().doubleValue(), 1e-8);
  }

  @Test
  void straightLine_shortSeries_hasNoStandardError() {
    Forecast one = STRAIGHT.calculate(flows(Frequency.QUARTERLY, "90"));
    assertEquals(Optional.of(dec("360")), one.getOutturn());
    assertEquals(Optional.empty(), one.getStandardError());
    assertEquals(Optional.empty(), one.getInterval(0.95));
    YearToDateActuals twoSnapshots =
        actuals(Frequency.QUARTERLY, MeasureKind.SNAPSHOT).values(decs("50", "52")).build();
    Forecast two = STRAIGHT.calculate(twoSnapshots);
    assertEquals(Optional.of(dec("56")), two.getOutturn());
    assertEquals(Optional.empty(), two.getStandardError());
  }

  @Test
  void straightLine_ratio_keepsTheYearToDateRatio() {
    YearToDateActuals reviews =
        actuals(Frequency.QUARTERLY, MeasureKind.RATIO)
            .unit(Unit.PERCENTAGE)
            .ratios(List.of(Ratio.of(30, 40), Ratio.of(45, 60)))
            .build();
    assertEquals(Optional.of(dec("75")), STRAIGHT.calculate(reviews).getOutturn());
  }

  @Test
  void seasonalProfile_scalesByTheShareExpected() {
    // Weights 1, 2, 2, 1: a sixth of the year is expected by the end of Q1, so 70 becomes 420.
    Target target = countTarget("400", TargetProfile.seasonal(decs("1", "2", "2", "1")));
    Forecast f =
        STRAIGHT
            .with(ForecastMethod.SEASONAL_PROFILE)
            .calculate(flows(Frequency.QUARTERLY, "70"), Optional.of(target), Optional.empty());
    assertEquals(Optional.of(dec("420")), f.getOutturn());
    assertEquals(Optional.empty(), f.getStandardError());
    assertEquals(Optional.of(target), f.getTarget());
    VarianceResult onTrack =
        VarianceCalculator.withDefaults().calculate(f.toFigure(), Fixtures.forYear(target));
    assertEquals(RagStatus.GREEN, onTrack.getStatus());
    assertEquals(
        "Green: forecast outturn of 420 for 2003-04 against an annual target of at least 400.",
        onTrack.explain());
  }

  @Test
  void lastYearsShape_flowSnapshotAndRatio() {
    ForecastCalculator shape = STRAIGHT.with(ForecastMethod.LAST_YEARS_SHAPE);
    YearToDateActuals lastYearFlows =
        lastYear(flows(Frequency.QUARTERLY, "80", "120", "110", "90"));
    // 230 so far against 200 at the same point last year, which ended at 400: 460.
    assertEquals(
        Optional.of(dec("460")),
        shape
            .calculate(
                flows(Frequency.QUARTERLY, "100", "130"),
                Optional.empty(),
                Optional.of(lastYearFlows))
            .getOutturn());
    YearToDateActuals lastYearStock =
        actuals(Frequency.QUARTERLY, MeasureKind.SNAPSHOT)
            .year(FinancialYear.of(2002))
            .values(decs("50", "52", "55", "60"))
            .build();
    YearToDateActuals stock =
        actuals(Frequency.QUARTERLY, MeasureKind.SNAPSHOT).values(decs("57", "58")).build();
    // 58 now, plus last year's rise of 8 from Q2 to Q4.
    assertEquals(
        Optional.of(dec("66")),
        shape.calculate(stock, Optional.empty(), Optional.of(lastYearStock)).getOutturn());
    YearToDateActuals lastYearRatio =
        actuals(Frequency.QUARTERLY, MeasureKind.RATIO)
            .unit(Unit.PERCENTAGE)
            .year(FinancialYear.of(2002))
            .ratios(List.of(Ratio.of(10, 20), Ratio.of(10, 20), Ratio.of(30, 20), Ratio.of(30, 20)))
            .build();
    YearToDateActuals ratio =
        actuals(Frequency.QUARTERLY, MeasureKind.RATIO)
            .unit(Unit.PERCENTAGE)
            .ratios(List.of(Ratio.of(12, 20), Ratio.of(12, 20)))
            .build();
    // Numerator 24 x 80/20 = 96, denominator 40 x 80/40 = 80: 120%.
    assertEquals(
        Optional.of(dec("120")),
        shape.calculate(ratio, Optional.empty(), Optional.of(lastYearRatio)).getOutturn());
  }

  @Test
  void completeYear_forecastIsTheActual() {
    YearToDateActuals year = flows(Frequency.QUARTERLY, "90", "115", "100", "95");
    Forecast f = STRAIGHT.calculate(year);
    assertEquals(Optional.of(dec("400")), f.getOutturn());
    assertEquals(Optional.of(BigDecimal.ZERO), f.getStandardError());
    assertEquals(Optional.of(Range.singleton(dec("400"))), f.getInterval(0.95));
  }

  @Test
  void seasonalProfile_badInputs_areRejectedWithMessages() {
    ForecastCalculator seasonal = STRAIGHT.with(ForecastMethod.SEASONAL_PROFILE);
    YearToDateActuals q1 = flows(Frequency.QUARTERLY, "70");
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> seasonal.calculate(q1));
    assertEquals(
        "forecast of indicator D40 by SEASONAL_PROFILE needs the annual target",
        missing.getMessage());
    IllegalArgumentException constant =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                seasonal.calculate(
                    q1,
                    Optional.of(countTarget("400", TargetProfile.constant())),
                    Optional.empty()));
    assertEquals(
        "forecast of indicator D40 by SEASONAL_PROFILE: target T-D40 has a CONSTANT profile,"
            + " which gives no shape through the year",
        constant.getMessage());
    IllegalArgumentException shortfall =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                seasonal.calculate(
                    q1,
                    Optional.of(
                        countTarget(
                            "400", TargetProfile.cumulative(decs("100", "100", "100", "80")))),
                    Optional.empty()));
    assertEquals(
        "forecast of indicator D40 by SEASONAL_PROFILE: the cumulative profile of target T-D40"
            + " adds up to 380, not the annual target 400, so it does not cover the year",
        shortfall.getMessage());
    Target nextYear =
        Fixtures.target(TargetKind.AT_LEAST)
            .unit(Unit.COUNT)
            .period(FinancialYear.of(2004))
            .value(dec("400"))
            .profile(TargetProfile.straightLine())
            .build();
    PeriodMismatchException period =
        assertThrows(
            PeriodMismatchException.class,
            () -> seasonal.calculate(q1, Optional.of(nextYear), Optional.empty()));
    assertEquals(FinancialYear.of(2004), period.getActual());
    Target zeroStart = countTarget("400", TargetProfile.seasonal(decs("0", "1", "1", "1")));
    IllegalArgumentException nothing =
        assertThrows(
            IllegalArgumentException.class,
            () -> seasonal.calculate(q1, Optional.of(zeroStart), Optional.empty()));
    assertTrue(
        nothing.getMessage().contains("expects nothing by 2003-04 Q1"), nothing.getMessage());
  }

  @Test
  void lastYearsShape_badInputs_areRejectedWithMessages() {
    ForecastCalculator shape = STRAIGHT.with(ForecastMethod.LAST_YEARS_SHAPE);
    YearToDateActuals now = flows(Frequency.QUARTERLY, "100");
    YearToDateActuals incomplete = lastYear(flows(Frequency.QUARTERLY, "80", "120"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> shape.calculate(now, Optional.empty(), Optional.of(incomplete)));
    assertEquals(
        "forecast of indicator D40 by LAST_YEARS_SHAPE: last year's figures for 2002-03 cover 6"
            + " months, not the whole year",
        e.getMessage());
    YearToDateActuals wrongYear = flows(Frequency.QUARTERLY, "80", "120", "110", "90");
    PeriodMismatchException p =
        assertThrows(
            PeriodMismatchException.class,
            () -> shape.calculate(now, Optional.empty(), Optional.of(wrongYear)));
    assertEquals(FinancialYear.of(2002), p.getExpected());
    assertEquals(FinancialYear.of(2003), p.getActual());
  }

  @Test
  void yearToDateActuals_badShapes_areRejected() {
    IllegalStateException tooMany =
        assertThrows(
            IllegalStateException.class, () -> flows(Frequency.QUARTERLY, "1", "2", "3", "4", "5"));
    assertEquals(
        "year-to-date figures of indicator D40 in 2003-04 number 5 periods, not 1 to 4",
        tooMany.getMessage());
    IllegalStateException mean =
        assertThrows(
            IllegalStateException.class,
            () -> actuals(Frequency.MONTHLY, MeasureKind.MEAN).values(decs("1")).build());
    assertEquals(
        "year-to-date figures of indicator D40 in 2003-04 are of kind MEAN, which cannot be rolled"
            + " up from period figures",
        mean.getMessage());
  }

  @Test
  void yearToDateActuals_cumulateByMeasureKind() {
    assertEquals(
        Optional.of(dec("205")), flows(Frequency.QUARTERLY, "90", "115").getCumulativeValue());
    assertEquals(
        Optional.of(dec("52")),
        actuals(Frequency.QUARTERLY, MeasureKind.SNAPSHOT)
            .values(decs("50", "52"))
            .build()
            .getCumulativeValue());
    // 10/20 and 30/40: 40/60 = 66.67%, not the mean of 50% and 75%.
    YearToDateActuals ratio =
        actuals(Frequency.QUARTERLY, MeasureKind.RATIO)
            .unit(Unit.PERCENTAGE)
            .ratios(List.of(Ratio.of(10, 20), Ratio.of(30, 40)))
            .build();
    assertEquals(dec("66.66666666666667"), ratio.getCumulativeValue().orElseThrow());
    assertEquals(
        Optional.of(dec("66.7")),
        ratio.getCumulativeRatio().getValue(Unit.PERCENTAGE, RoundingPolicy.ONE_DECIMAL_PLACE));
    Figure figure = ratio.toFigure();
    assertEquals(VarianceBasis.YEAR_TO_DATE, figure.getBasis());
    assertEquals(dev.yardstick.core.period.FinancialQuarter.of(2003, 2), figure.getPeriod());
  }

  @Test
  void interval_levelOutOfRange_isRejected() {
    Forecast f = STRAIGHT.calculate(flows(Frequency.QUARTERLY, "90", "115"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> f.getInterval(1.0));
    assertEquals("confidence level 1.0 is not between 0 and 1", e.getMessage());
  }

  @Test
  void actualsAndUnitCosts_haveValueEquality() {
    new EqualsTester()
        .addEqualityGroup(
            flows(Frequency.QUARTERLY, "90", "115"), flows(Frequency.QUARTERLY, "90.00", "115"))
        .addEqualityGroup(flows(Frequency.MONTHLY, "90", "115"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            UnitCost.of(Fixtures.D40, YEAR, dec("100.0"), dec("4")),
            UnitCost.of(Fixtures.D40, YEAR, dec("100"), dec("4.00")))
        .addEqualityGroup(UnitCost.of(Fixtures.D40, YEAR, dec("100"), dec("5")))
        .testEquals();
  }

  @Test
  void nullsAndEquality() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(YearToDateActuals.class, flows(Frequency.QUARTERLY, "90"));
    tester.testAllPublicStaticMethods(ForecastCalculator.class);
    tester.testAllPublicInstanceMethods(STRAIGHT);
    new EqualsTester()
        .addEqualityGroup(
            STRAIGHT.calculate(flows(Frequency.QUARTERLY, "90", "115")),
            STRAIGHT.calculate(flows(Frequency.QUARTERLY, "90.0", "115")))
        .addEqualityGroup(STRAIGHT.calculate(flows(Frequency.QUARTERLY, "90")))
        .testEquals();
  }
}
