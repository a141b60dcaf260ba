package dev.yardstick.risk.performance;

import static dev.yardstick.risk.performance.Fixtures.D42;
import static dev.yardstick.risk.performance.Fixtures.chart;
import static dev.yardstick.risk.performance.Fixtures.count;
import static dev.yardstick.risk.performance.Fixtures.dec;
import static dev.yardstick.risk.performance.Fixtures.flowForecast;
import static dev.yardstick.risk.performance.Fixtures.monthly;
import static dev.yardstick.risk.performance.Fixtures.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.measure.UnitMismatchException;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.PeriodMismatchException;
import dev.yardstick.indicators.spc.AssuranceIcon;
import dev.yardstick.indicators.spc.XmrChartResult;
import dev.yardstick.indicators.variance.Forecast;
import dev.yardstick.indicators.variance.ForecastCalculator;
import dev.yardstick.indicators.variance.ForecastMethod;
import dev.yardstick.risk.matrix.RiskMatrix;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PerformanceRiskEvidenceTest {

  private static final RiskMatrix MATRIX = RiskMatrix.fiveByFive(LocalDate.of(2003, 4, 1));
  private static final PerformanceRiskCalculator CALC = PerformanceRiskCalculator.withDefaults();

  private static PerformanceRiskEvidence fromForecast(Forecast forecast, Target target) {
    return PerformanceRiskEvidence.from(forecast, target, IndicatorWeight.KEY).orElseThrow();
  }

  @Test
  void fromForecast_higherIsBetter_usesStudentsT() {
    PerformanceRiskEvidence evidence =
        fromForecast(flowForecast(Polarity.HIGHER_IS_BETTER), count(TargetKind.AT_LEAST, "415"));
    assertEquals(EvidenceKind.FORECAST, evidence.getKind());
    assertEquals(Optional.of(dec("410")), evidence.getForecast());
    assertEquals(OptionalInt.of(5), evidence.getDegreesOfFreedom());
    assertEquals(Optional.of(dec("415")), evidence.getTarget());
    // R: pt((415 - 410) / 8.60232526704263, 5) = 0.706852328181926
    // (under the normal, pnorm(5 / 8.60232526704263) = 0.719460035207159: the t matters).
    PerformanceRisk risk = CALC.assess(evidence, MATRIX);
    assertEquals(0.706852328181926, risk.getProbabilityOfMiss().orElseThrow(), 1e-10);
    assertEquals(4, risk.getRating().getCell().getLikelihood());
    assertEquals(4, risk.getRating().getCell().getImpact());
    assertEquals(
        "D42: 70.7% chance of missing the target (forecast, Student's t on 5 degrees of freedom);"
            + " likelihood 4 (Likely) x impact 4 (Major) = 16: High (12 and above)",
        risk.explain());
  }

  @Test
  void fromForecast_lowerIsBetter_onABaselineReduction_usesTheUpperTail() {
    // At most 400: a 20% reduction on 500 last year.
    Target reduction =
        target(TargetKind.REDUCTION_ON_BASELINE, Unit.COUNT)
            .baselinePeriod(FinancialYear.of(2002))
            .baselineValue(dec("500"))
            .changePercent(dec("20"))
            .build();
    PerformanceRiskEvidence evidence =
        fromForecast(flowForecast(Polarity.LOWER_IS_BETTER), reduction);
    assertEquals(Optional.of(dec("400")), evidence.getTarget());
    // R: pt((400 - 410) / 8.60232526704263, 5, lower.tail = FALSE) = 0.85124711127693
    assertEquals(0.85124711127693, PerformanceRiskCalculator.probabilityOfMiss(evidence), 1e-10);
    assertEquals(5, CALC.assess(evidence, MATRIX).getRating().getCell().getLikelihood());
  }

  @Test
  void fromForecast_rangeTarget_usesTheTargetsRange() {
    // A snapshot best within 10 to 20%, with a target of 10 to 17% this year.
    // R: z <- c(11, 11.5, 12, 12.8, 13, 13.4); m <- lm(z ~ I(1:6));
    //    p <- predict(m, data.frame(`I(1:6)` = 12), se.fit = TRUE) gives the line's year-end value
    //    16.4847619047619 and sqrt(p$se.fit^2 + p$residual.scale^2) = 0.350427015183649 on 4 df.
    Forecast forecast =
        ForecastCalculator.withDefaults()
            .calculate(
                monthly(
                    MeasureKind.SNAPSHOT,
                    Unit.PERCENTAGE,
                    Polarity.withinRange(dec("10"), dec("20")),
                    "11",
                    "11.5",
                    "12",
                    "12.8",
                    "13",
                    "13.4"));
    Target range =
        target(TargetKind.WITHIN_RANGE, Unit.PERCENTAGE).lower(dec("10")).upper(dec("17")).build();
    PerformanceRiskEvidence evidence = fromForecast(forecast, range);
    assertEquals(Optional.of(Polarity.withinRange(dec("10"), dec("17"))), evidence.getPolarity());
    assertEquals(Optional.empty(), evidence.getTarget());
    assertEquals(OptionalInt.of(4), evidence.getDegreesOfFreedom());
    // R: pt((10 - 16.4847619047619) / 0.350427015183649, 4)
    //    + pt((17 - 16.4847619047619) / 0.350427015183649, 4, lower.tail = FALSE)
    //    = 0.107738406639502
    assertEquals(0.107738406639502, PerformanceRiskCalculator.probabilityOfMiss(evidence), 1e-9);
    assertEquals(2, CALC.assess(evidence, MATRIX).getRating().getCell().getLikelihood());
  }

  @Test
  void fromForecast_completeYear_isCertain() {
    Forecast complete =
        ForecastCalculator.withDefaults()
            .calculate(
                monthly(
                    MeasureKind.FLOW_COUNT,
                    Unit.COUNT,
                    Polarity.HIGHER_IS_BETTER,
                    "30",
                    "34",
                    "33",
                    "36",
                    "35",
                    "37",
                    "30",
                    "34",
                    "33",
                    "36",
                    "35",
                    "37"));
    PerformanceRiskEvidence met = fromForecast(complete, count(TargetKind.AT_LEAST, "410"));
    assertEquals(Optional.of(BigDecimal.ZERO), met.getStandardError());
    assertEquals(OptionalInt.empty(), met.getDegreesOfFreedom());
    assertEquals(0.0, PerformanceRiskCalculator.probabilityOfMiss(met));
    assertEquals(
        1.0,
        PerformanceRiskCalculator.probabilityOfMiss(
            fromForecast(complete, count(TargetKind.AT_LEAST, "411"))));
  }

  @Test
  void fromForecast_withoutAStandardError_givesNoEvidence() {
    Target annual =
        target(TargetKind.AT_LEAST, Unit.COUNT)
            .value(dec("415"))
            .profile(TargetProfile.straightLine())
            .build();
    // One month of a flow: the straight line has no spread to estimate.
    Forecast oneMonth =
        ForecastCalculator.withDefaults()
            .calculate(
                monthly(MeasureKind.FLOW_COUNT, Unit.COUNT, Polarity.HIGHER_IS_BETTER, "30"));
    assertEquals(Optional.of(dec("360")), oneMonth.getOutturn());
    assertEquals(
        Optional.empty(), PerformanceRiskEvidence.from(oneMonth, annual, IndicatorWeight.KEY));
    // By the target's profile: an outturn, but no standard error by this method.
    Forecast byProfile =
        ForecastCalculator.withDefaults()
            .with(ForecastMethod.SEASONAL_PROFILE)
            .calculate(
                flowForecast(Polarity.HIGHER_IS_BETTER).getActuals(),
                Optional.of(annual),
                Optional.empty());
    assertTrue(byProfile.getOutturn().isPresent());
    assertEquals(
        Optional.empty(), PerformanceRiskEvidence.from(byProfile, annual, IndicatorWeight.KEY));
    // Even without a standard error, inconsistent input is an error, not an empty result.
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PerformanceRiskEvidence.from(
                oneMonth, count(TargetKind.AT_MOST, "415"), IndicatorWeight.KEY));
  }

  @Test
  void fromForecast_badInput_namesTheValue() {
    Forecast forecast = flowForecast(Polarity.HIGHER_IS_BETTER);
    IllegalArgumentException kind =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PerformanceRiskEvidence.from(
                    forecast, count(TargetKind.AT_MOST, "400"), IndicatorWeight.KEY));
    assertEquals(
        "target T-D42 of kind AT_MOST disagrees with indicator D42 polarity HIGHER_IS_BETTER",
        kind.getMessage());
    Target other =
        target(TargetKind.AT_LEAST, Unit.COUNT)
            .indicator(IndicatorCode.of("C28"))
            .value(dec("415"))
            .build();
    IllegalArgumentException indicator =
        assertThrows(
            IllegalArgumentException.class,
            () -> PerformanceRiskEvidence.from(forecast, other, IndicatorWeight.KEY));
    assertEquals("target T-D42 is for indicator C28, not D42", indicator.getMessage());
    UnitMismatchException unit =
        assertThrows(
            UnitMismatchException.class,
            () ->
                PerformanceRiskEvidence.from(
                    forecast,
                    target(TargetKind.AT_LEAST, Unit.PERCENTAGE).value(dec("75")).build(),
                    IndicatorWeight.KEY));
    assertTrue(unit.getMessage().contains("D42"), unit.getMessage());
    PeriodMismatchException period =
        assertThrows(
            PeriodMismatchException.class,
            () ->
                PerformanceRiskEvidence.from(
                    forecast,
                    target(TargetKind.AT_LEAST, Unit.COUNT)
                        .period(FinancialYear.of(2004))
                        .value(dec("415"))
                        .build(),
                    IndicatorWeight.KEY));
    assertTrue(period.getMessage().contains("2004-05"), period.getMessage());
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PerformanceRiskEvidence.from(
                    flowForecast(Polarity.NONE),
                    count(TargetKind.AT_LEAST, "415"),
                    IndicatorWeight.KEY));
    assertEquals("indicator D42 has no polarity, so it has no target to miss", none.getMessage());
  }

  @Test
  void fromChart_takesTheAssuranceIcon() {
    // Process limits, R: y <- c(10, 12, 11, 13, 12, 11, 12, 13, 11, 12);
    // mean(y) + c(-1, 1) * 2.66 * mean(abs(diff(y))) = 8.153333 15.24667, so a target of 16 lies
    // above both, 8 below both and 12 between them.
    XmrChartResult higher = chart(Polarity.HIGHER_IS_BETTER);
    assertEquals(
        AssuranceIcon.CONSISTENTLY_FAILING,
        PerformanceRiskEvidence.from(higher, 16, D42, IndicatorWeight.RATING_CAPPING)
            .orElseThrow()
            .getAssurance()
            .orElseThrow());
    PerformanceRisk risk =
        CALC.assess(
            PerformanceRiskEvidence.from(higher, 16, D42, IndicatorWeight.RATING_CAPPING)
                .orElseThrow(),
            MATRIX);
    assertEquals(25, risk.getRating().getScore());
    assertEquals(Optional.empty(), risk.getProbabilityOfMiss());
    assertTrue(
        risk.explain().startsWith("D42: SPC assurance CONSISTENTLY_FAILING;"), risk.explain());
    assertEquals(
        Optional.of(
            PerformanceRiskEvidence.ofAssurance(
                D42, IndicatorWeight.KEY, AssuranceIcon.HIT_AND_MISS)),
        PerformanceRiskEvidence.from(higher, 12, D42, IndicatorWeight.KEY));
    assertEquals(
        AssuranceIcon.CONSISTENTLY_PASSING,
        PerformanceRiskEvidence.from(higher, 8, D42, IndicatorWeight.KEY)
            .orElseThrow()
            .getAssurance()
            .orElseThrow());
    // Lower is better swaps passing and failing.
    assertEquals(
        AssuranceIcon.CONSISTENTLY_PASSING,
        PerformanceRiskEvidence.from(chart(Polarity.LOWER_IS_BETTER), 16, D42, IndicatorWeight.KEY)
            .orElseThrow()
            .getAssurance()
            .orElseThrow());
  }

  @Test
  void fromChart_withoutAnIcon_givesNoEvidence() {
    assertEquals(
        Optional.empty(),
        PerformanceRiskEvidence.from(chart(Polarity.NONE), 12, D42, IndicatorWeight.KEY));
    assertEquals(
        Optional.empty(),
        PerformanceRiskEvidence.from(
            chart(Polarity.withinRange(dec("10"), dec("14"))), 12, D42, IndicatorWeight.KEY));
    XmrChartResult onePoint =
        dev.yardstick.indicators.spc.XmrChart.withDefaults()
            .calculate(new double[] {12}, Polarity.HIGHER_IS_BETTER);
    assertEquals(
        Optional.empty(), PerformanceRiskEvidence.from(onePoint, 12, D42, IndicatorWeight.KEY));
  }

  @Test
  void fromChart_badTarget_namesIt() {
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PerformanceRiskEvidence.from(
                    chart(Polarity.HIGHER_IS_BETTER), Double.NaN, D42, IndicatorWeight.KEY));
    assertEquals("target NaN for indicator D42 is not finite", nan.getMessage());
  }

  @Test
  void builder_degreesOfFreedom_belongToAForecast() {
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PerformanceRiskEvidence.builder()
                    .from(
                        fromForecast(
                            flowForecast(Polarity.HIGHER_IS_BETTER),
                            count(TargetKind.AT_LEAST, "415")))
                    .degreesOfFreedom(0)
                    .build());
    assertEquals("forecast degrees of freedom 0 for D42 are below 1", zero.getMessage());
    IllegalArgumentException stray =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PerformanceRiskEvidence.builder()
                    .from(PerformanceRiskEvidence.ofProbability(D42, IndicatorWeight.KEY, 0.5))
                    .degreesOfFreedom(5)
                    .build());
    assertTrue(stray.getMessage().contains("partial forecast"), stray.getMessage());
    IllegalArgumentException noTarget =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PerformanceRiskEvidence.builder()
                    .indicator(D42)
                    .weight(IndicatorWeight.KEY)
                    .forecast(dec("410"))
                    .standardError(dec("8"))
                    .polarity(Polarity.HIGHER_IS_BETTER)
                    .build());
    assertTrue(noTarget.getMessage().contains("partial forecast"), noTarget.getMessage());
  }

  @Test
  void ofForecast_rangePolarity_doesNotKeepTheTarget() {
    Polarity range = Polarity.withinRange(dec("10"), dec("15"));
    PerformanceRiskEvidence a =
        PerformanceRiskEvidence.ofForecast(
            D42, IndicatorWeight.KEY, dec("12"), dec("1"), dec("99"), range);
    PerformanceRiskEvidence b =
        PerformanceRiskEvidence.builder()
            .indicator(D42)
            .weight(IndicatorWeight.KEY)
            .forecast(dec("12.0"))
            .standardError(dec("1"))
            .polarity(range)
            .build();
    assertEquals(Optional.empty(), a.getTarget());
    assertEquals(a, b);
  }

  @Test
  void nulls_areRejected() {
    Forecast forecast = flowForecast(Polarity.HIGHER_IS_BETTER);
    new NullPointerTester()
        .setDefault(IndicatorCode.class, D42)
        .setDefault(Polarity.class, Polarity.HIGHER_IS_BETTER)
        .setDefault(Forecast.class, forecast)
        .setDefault(Target.class, count(TargetKind.AT_LEAST, "415"))
        .setDefault(XmrChartResult.class, chart(Polarity.HIGHER_IS_BETTER))
        .testAllPublicStaticMethods(PerformanceRiskEvidence.class);
  }
}
