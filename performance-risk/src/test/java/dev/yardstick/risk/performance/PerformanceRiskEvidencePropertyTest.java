package dev.yardstick.risk.performance;

import static dev.yardstick.risk.performance.Fixtures.count;
import static dev.yardstick.risk.performance.Fixtures.flowForecast;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.indicators.variance.Forecast;
import dev.yardstick.risk.matrix.RiskMatrix;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PerformanceRiskEvidencePropertyTest {

  private static final RiskMatrix MATRIX = RiskMatrix.fiveByFive(LocalDate.of(2003, 4, 1));
  private static final PerformanceRiskCalculator CALC = PerformanceRiskCalculator.withDefaults();
  private static final Forecast HIGHER = flowForecast(Polarity.HIGHER_IS_BETTER);
  private static final Forecast LOWER = flowForecast(Polarity.LOWER_IS_BETTER);

  /** The forecast with another outturn, standard error and degrees of freedom (0: none). */
  private static Forecast forecast(Forecast base, int outturn, int standardError, int df) {
    return Forecast.builder()
        .from(base)
        .outturn(BigDecimal.valueOf(outturn))
        .standardError(BigDecimal.valueOf(standardError))
        .degreesOfFreedom(df == 0 ? OptionalInt.empty() : OptionalInt.of(df))
        .build();
  }

  private static PerformanceRisk assess(Forecast forecast, TargetKind kind) {
    return CALC.assess(
        PerformanceRiskEvidence.from(forecast, count(kind, "400"), IndicatorWeight.KEY)
            .orElseThrow(),
        MATRIX);
  }

  @Test
  void furtherPastTheTarget_neverLowersTheLikelihood_higherIsBetter() {
    qt().withExamples(300)
        .forAll(
            integers().between(300, 500),
            integers().between(0, 60),
            integers().between(0, 40),
            integers().between(0, 30))
        .check(
            (f, further, se, df) -> {
              PerformanceRisk near = assess(forecast(HIGHER, f, se, df), TargetKind.AT_LEAST);
              PerformanceRisk far =
                  assess(forecast(HIGHER, f - further, se, df), TargetKind.AT_LEAST);
              return far.getProbabilityOfMiss().orElseThrow()
                      >= near.getProbabilityOfMiss().orElseThrow()
                  && far.getRating().getCell().getLikelihood()
                      >= near.getRating().getCell().getLikelihood();
            });
  }

  @Test
  void furtherPastTheTarget_neverLowersTheLikelihood_lowerIsBetter() {
    qt().withExamples(300)
        .forAll(
            integers().between(300, 500),
            integers().between(0, 60),
            integers().between(0, 40),
            integers().between(0, 30))
        .check(
            (f, further, se, df) -> {
              PerformanceRisk near = assess(forecast(LOWER, f, se, df), TargetKind.AT_MOST);
              PerformanceRisk far =
                  assess(forecast(LOWER, f + further, se, df), TargetKind.AT_MOST);
              return far.getProbabilityOfMiss().orElseThrow()
                      >= near.getProbabilityOfMiss().orElseThrow()
                  && far.getRating().getCell().getLikelihood()
                      >= near.getRating().getCell().getLikelihood();
            });
  }

  @Test
  void flippingPolarityAndMirroringTheForecast_keepsTheProbability() {
    qt().withExamples(300)
        .forAll(integers().between(300, 500), integers().between(0, 40), integers().between(0, 30))
        .check(
            (f, se, df) -> {
              double up =
                  PerformanceRiskCalculator.probabilityOfMiss(
                      PerformanceRiskEvidence.from(
                              forecast(HIGHER, f, se, df),
                              count(TargetKind.AT_LEAST, "400"),
                              IndicatorWeight.KEY)
                          .orElseThrow());
              // Mirrored about the target: 400 + d becomes 400 - d.
              double down =
                  PerformanceRiskCalculator.probabilityOfMiss(
                      PerformanceRiskEvidence.from(
                              forecast(LOWER, 800 - f, se, df),
                              count(TargetKind.AT_MOST, "400"),
                              IndicatorWeight.KEY)
                          .orElseThrow());
              return Math.abs(up - down) < 1e-12;
            });
  }
}
