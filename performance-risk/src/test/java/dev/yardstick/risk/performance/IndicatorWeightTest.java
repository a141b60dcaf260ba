package dev.yardstick.risk.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.risk.matrix.RiskMatrix;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorWeightTest {

  /** PAF A1 in 2002: more than 20% capped children's "serving people well" at "Some". */
  private static final IndicatorDefinition A1 =
      IndicatorDefinition.builder()
          .code(IndicatorCode.of("A1"))
          .title("Stability of placements of children looked after")
          .unit(Unit.PERCENTAGE)
          .polarity(Polarity.LOWER_IS_BETTER)
          .measureKind(MeasureKind.RATIO)
          .frequency(Frequency.ANNUAL)
          .rounding(RoundingPolicy.ONE_DECIMAL_PLACE)
          .effectiveFrom(LocalDate.of(2002, 4, 1))
          .keyIndicator(true)
          .build();

  @Test
  void from_keyIndicator_capsARating_andIsHighImpact() {
    assertEquals(IndicatorWeight.RATING_CAPPING, IndicatorWeight.from(A1));
    PerformanceRisk risk =
        PerformanceRiskCalculator.withDefaults()
            .assess(
                PerformanceRiskEvidence.ofProbability(A1.getCode(), IndicatorWeight.from(A1), 0.3),
                RiskMatrix.fiveByFive(LocalDate.of(2002, 4, 1)));
    assertEquals(5, risk.getRating().getCell().getImpact());
  }

  @Test
  void from_otherIndicator_isSupporting_andKeyIsOnlyStated() {
    IndicatorDefinition notKey = IndicatorDefinition.builder().from(A1).keyIndicator(false).build();
    assertEquals(IndicatorWeight.SUPPORTING, IndicatorWeight.from(notKey));
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().testAllPublicStaticMethods(IndicatorWeight.class);
  }
}
