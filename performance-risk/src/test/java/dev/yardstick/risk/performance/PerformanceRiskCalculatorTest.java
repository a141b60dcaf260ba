package dev.yardstick.risk.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.OwnerRole;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.indicators.spc.AssuranceIcon;
import dev.yardstick.indicators.spc.XmrChartResult;
import dev.yardstick.indicators.variance.Forecast;
import dev.yardstick.risk.Risk;
import dev.yardstick.risk.RiskCategory;
import dev.yardstick.risk.matrix.RiskMatrix;
import dev.yardstick.risk.matrix.RiskScale;
import dev.yardstick.risk.matrix.ScoreBanding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PerformanceRiskCalculatorTest {

  private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
  private static final RiskMatrix MATRIX = RiskMatrix.fiveByFive(APRIL);
  private static final IndicatorCode C28 = IndicatorCode.of("C28");
  private static final PerformanceRiskCalculator CALC = PerformanceRiskCalculator.withDefaults();

  private static PerformanceRiskEvidence forecast(
      String f, String se, String target, Polarity polarity, IndicatorWeight weight) {
    return PerformanceRiskEvidence.ofForecast(
        C28, weight, new BigDecimal(f), new BigDecimal(se), new BigDecimal(target), polarity);
  }

  @Test
  void assess_forecastBelowAtLeastTarget_isAlmostCertainAndSevere() {
    // R: pnorm(1) = 0.841344746068543 (forecast 70, s.e. 5, target at least 75).
    PerformanceRisk risk =
        CALC.assess(
            forecast("70", "5", "75", Polarity.HIGHER_IS_BETTER, IndicatorWeight.RATING_CAPPING),
            MATRIX);
    assertEquals(0.841344746068543, risk.getProbabilityOfMiss().orElseThrow(), 1e-12);
    assertEquals(5, risk.getRating().getCell().getLikelihood());
    assertEquals(5, risk.getRating().getCell().getImpact());
    assertEquals(25, risk.getRating().getScore());
    assertEquals(
        "C28: 84.1% chance of missing the target (forecast); likelihood 5 (Almost certain) x"
            + " impact 5 (Severe) = 25: High (12 and above)",
        risk.explain());
  }

  @Test
  void assess_lowerIsBetter_andRange_matchR() {
    // R: 1 - pnorm(-0.5) = 0.691462461274013 (forecast 11, s.e. 2, target at most 10).
    PerformanceRisk lower =
        CALC.assess(
            forecast("11", "2", "10", Polarity.LOWER_IS_BETTER, IndicatorWeight.KEY), MATRIX);
    assertEquals(0.691462461274013, lower.getProbabilityOfMiss().orElseThrow(), 1e-12);
    assertEquals(16, lower.getRating().getScore());
    // R: pnorm(-1) + 1 - pnorm(1) = 0.317310507862914 (forecast 12.5, s.e. 2.5, best in 10..15).
    PerformanceRisk range =
        CALC.assess(
            forecast(
                "12.5",
                "2.5",
                "0",
                Polarity.withinRange(new BigDecimal("10"), new BigDecimal("15")),
                IndicatorWeight.SUPPORTING),
            MATRIX);
    assertEquals(0.317310507862914, range.getProbabilityOfMiss().orElseThrow(), 1e-12);
    assertEquals(3, range.getRating().getCell().getLikelihood());
    assertEquals(2, range.getRating().getCell().getImpact());
  }

  @Test
  void assess_zeroStandardError_isCertain_andOnTargetMeetsIt() {
    assertEquals(
        0.0,
        PerformanceRiskCalculator.probabilityOfMiss(
            forecast("75", "0", "75.00", Polarity.HIGHER_IS_BETTER, IndicatorWeight.KEY)));
    assertEquals(
        1.0,
        PerformanceRiskCalculator.probabilityOfMiss(
            forecast("74.9", "0", "75", Polarity.HIGHER_IS_BETTER, IndicatorWeight.KEY)));
    assertEquals(
        1,
        CALC.assess(forecast("75", "0", "75", Polarity.LOWER_IS_BETTER, IndicatorWeight.KEY), MATRIX)
            .getRating()
            .getCell()
            .getLikelihood());
  }

  @Test
  void assess_probabilityBounds_areLowerInclusive() {
    assertEquals(1, likelihoodOf(0.0499));
    assertEquals(2, likelihoodOf(0.05));
    assertEquals(3, likelihoodOf(0.2));
    assertEquals(4, likelihoodOf(0.5));
    assertEquals(5, likelihoodOf(0.8));
    assertEquals(5, likelihoodOf(1.0));
  }

  private static int likelihoodOf(double p) {
    return CALC.assess(PerformanceRiskEvidence.ofProbability(C28, IndicatorWeight.KEY, p), MATRIX)
        .getRating()
        .getCell()
        .getLikelihood();
  }

  @Test
  void assess_assuranceIcon_setsTheLikelihood() {
    PerformanceRisk risk =
        CALC.assess(
            PerformanceRiskEvidence.ofAssurance(
                C28, IndicatorWeight.KEY, AssuranceIcon.HIT_AND_MISS),
            MATRIX);
    assertEquals(12, risk.getRating().getScore());
    assertEquals(Optional.empty(), risk.getProbabilityOfMiss());
    assertTrue(risk.explain().startsWith("C28: SPC assurance HIT_AND_MISS;"), risk.explain());
    assertEquals(
        1,
        CALC.assess(
                PerformanceRiskEvidence.ofAssurance(
                    C28, IndicatorWeight.KEY, AssuranceIcon.CONSISTENTLY_PASSING),
                MATRIX)
            .getRating()
            .getCell()
            .getLikelihood());
  }

  @Test
  void configuration_forAFourByFourMatrix() {
    RiskMatrix four =
        RiskMatrix.of(
            "4x4",
            RiskScale.likelihoodFourPoint(),
            RiskScale.impactFourPoint(),
            ScoreBanding.defaults(),
            APRIL);
    PerformanceRiskEvidence evidence =
        PerformanceRiskEvidence.ofProbability(C28, IndicatorWeight.RATING_CAPPING, 0.6);
    IllegalArgumentException bounds =
        assertThrows(IllegalArgumentException.class, () -> CALC.assess(evidence, four));
    assertTrue(bounds.getMessage().contains("4-level likelihood scale"), bounds.getMessage());
    IllegalArgumentException impact =
        assertThrows(
            IllegalArgumentException.class,
            () -> CALC.withLikelihoodBounds(0.1, 0.4, 0.7).assess(evidence, four));
    assertEquals("impact 5 is outside the impact scale 1..4", impact.getMessage());
    PerformanceRisk risk =
        CALC.withLikelihoodBounds(0.1, 0.4, 0.7)
            .withImpact(IndicatorWeight.RATING_CAPPING, 4)
            .assess(evidence, four);
    assertEquals(3, risk.getRating().getCell().getLikelihood());
    assertEquals(12, risk.getRating().getScore());
    assertEquals(
        5,
        CALC.withAssuranceLikelihood(AssuranceIcon.HIT_AND_MISS, 5)
            .assess(
                PerformanceRiskEvidence.ofAssurance(C28, IndicatorWeight.KEY, AssuranceIcon.HIT_AND_MISS),
                MATRIX)
            .getRating()
            .getCell()
            .getLikelihood());
  }

  @Test
  void toRisk_linksTheIndicator() {
    Risk risk =
        CALC.assess(PerformanceRiskEvidence.ofProbability(C28, IndicatorWeight.RATING_CAPPING, 0.9),
                MATRIX)
            .toRisk(RiskId.of("PR-1"), RiskCategory.STRATEGIC, OwnerRole.of("Head of performance"),
                APRIL);
    assertTrue(risk.getIndicators().contains(C28));
    assertTrue(risk.getConsequence().contains("capping"), risk.getConsequence());
  }

  @Test
  void evidence_badInput_namesTheValue() {
    IllegalArgumentException p =
        assertThrows(
            IllegalArgumentException.class,
            () -> PerformanceRiskEvidence.ofProbability(C28, IndicatorWeight.KEY, 1.5));
    assertEquals("probability of missing the target 1.5 for C28 is outside 0 to 1", p.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> PerformanceRiskEvidence.ofProbability(C28, IndicatorWeight.KEY, Double.NaN));
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> forecast("1", "1", "1", Polarity.NONE, IndicatorWeight.KEY));
    assertTrue(none.getMessage().contains("no polarity"), none.getMessage());
    IllegalArgumentException se =
        assertThrows(
            IllegalArgumentException.class,
            () -> forecast("1", "-0.5", "1", Polarity.HIGHER_IS_BETTER, IndicatorWeight.KEY));
    assertTrue(se.getMessage().contains("-0.5"), se.getMessage());
    IllegalArgumentException partial =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PerformanceRiskEvidence.builder()
                    .indicator(C28)
                    .weight(IndicatorWeight.KEY)
                    .forecast(BigDecimal.ONE)
                    .build());
    assertTrue(partial.getMessage().contains("partial forecast"), partial.getMessage());
    IllegalArgumentException two =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PerformanceRiskEvidence.builder()
                    .from(PerformanceRiskEvidence.ofProbability(C28, IndicatorWeight.KEY, 0.5))
                    .assurance(AssuranceIcon.HIT_AND_MISS)
                    .build());
    assertTrue(two.getMessage().contains("gives 2 forms"), two.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CALC.withLikelihoodBounds(0.5, 0.4));
    assertThrows(IllegalArgumentException.class, () -> CALC.withImpact(IndicatorWeight.KEY, 0));
  }

  @Test
  void evidence_normalisesDecimals_andValueTypesBehave() {
    PerformanceRiskEvidence a = forecast("70.0", "5.00", "75", Polarity.HIGHER_IS_BETTER,
        IndicatorWeight.KEY);
    PerformanceRiskEvidence b = forecast("70", "5", "75.0", Polarity.HIGHER_IS_BETTER,
        IndicatorWeight.KEY);
    new EqualsTester()
        .addEqualityGroup(a, b)
        .addEqualityGroup(PerformanceRiskEvidence.ofProbability(C28, IndicatorWeight.KEY, 0.5))
        .addEqualityGroup(CALC.assess(a, MATRIX), CALC.assess(b, MATRIX))
        .testEquals();
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(IndicatorCode.class, C28)
            .setDefault(Polarity.class, Polarity.HIGHER_IS_BETTER)
            .setDefault(RiskMatrix.class, MATRIX)
            .setDefault(LocalDate.class, APRIL)
            .setDefault(RiskId.class, RiskId.of("PR-1"))
            .setDefault(OwnerRole.class, OwnerRole.of("Head of performance"))
            .setDefault(RiskCategory.class, RiskCategory.STRATEGIC)
            .setDefault(PerformanceRiskEvidence.class, a)
            .setDefault(Target.class, Fixtures.count(TargetKind.AT_LEAST, "415"))
            .setDefault(Forecast.class, Fixtures.flowForecast(Polarity.HIGHER_IS_BETTER))
            .setDefault(XmrChartResult.class, Fixtures.chart(Polarity.HIGHER_IS_BETTER));
    t.testAllPublicStaticMethods(PerformanceRiskEvidence.class);
    t.testAllPublicStaticMethods(PerformanceRiskCalculator.class);
    t.testAllPublicStaticMethods(PerformanceRisk.class);
    t.testAllPublicInstanceMethods(CALC);
    t.testAllPublicInstanceMethods(a);
    t.testAllPublicInstanceMethods(CALC.assess(a, MATRIX));
  }

  @Test
  void property_higherForecastNeverRaisesLikelihood_whenHigherIsBetter() {
    qt().forAll(
            integers().between(0, 200), integers().between(0, 200), integers().between(1, 30))
        .check(
            (f1, f2, se) -> {
              int lo = Math.min(f1, f2);
              int hi = Math.max(f1, f2);
              PerformanceRisk worse =
                  CALC.assess(forecast(lo + "", se + "", "100", Polarity.HIGHER_IS_BETTER,
                      IndicatorWeight.KEY), MATRIX);
              PerformanceRisk better =
                  CALC.assess(forecast(hi + "", se + "", "100", Polarity.HIGHER_IS_BETTER,
                      IndicatorWeight.KEY), MATRIX);
              return better.getRating().getScore() <= worse.getRating().getScore();
            });
  }

  @Test
  void property_flippingPolarityAndMirroringTheForecast_keepsTheProbability() {
    qt().forAll(doubles().between(-50, 50), doubles().between(0.1, 20))
        .check(
            (f, se) -> {
              double up =
                  PerformanceRiskCalculator.probabilityOfMiss(
                      forecast(Double.toString(f), Double.toString(se), "0",
                          Polarity.HIGHER_IS_BETTER, IndicatorWeight.KEY));
              double down =
                  PerformanceRiskCalculator.probabilityOfMiss(
                      forecast(Double.toString(-f), Double.toString(se), "0",
                          Polarity.LOWER_IS_BETTER, IndicatorWeight.KEY));
              return Math.abs(up - down) < 1e-12;
            });
  }

  @Test
  void toString_namesTheClassAndItsOptions() {
    assertEquals(
        "PerformanceRiskCalculator{likelihood bounds [0.05, 0.2, 0.5, 0.8],"
            + " impacts {RATING_CAPPING=5, KEY=4, SUPPORTING=2},"
            + " assurance likelihoods {CONSISTENTLY_PASSING=1, CONSISTENTLY_FAILING=5,"
            + " HIT_AND_MISS=3}}",
        CALC.toString());
    assertEquals(
        "PerformanceRiskCalculator{likelihood bounds [0.1, 0.6],"
            + " impacts {RATING_CAPPING=4, KEY=4, SUPPORTING=2},"
            + " assurance likelihoods {CONSISTENTLY_PASSING=1, CONSISTENTLY_FAILING=5,"
            + " HIT_AND_MISS=3}}",
        CALC.withLikelihoodBounds(0.1, 0.6)
            .withImpact(IndicatorWeight.RATING_CAPPING, 4)
            .toString());
  }
}
