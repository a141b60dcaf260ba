package dev.yardstick.indicators.spc;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.yardstick.core.measure.Polarity;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XmrChartPropertyTest {

  private static final XmrChart MDC = XmrChart.withDefaults();

  private static final Map<VariationIcon, VariationIcon> FLIPPED =
      Map.of(
          VariationIcon.COMMON_CAUSE, VariationIcon.COMMON_CAUSE,
          VariationIcon.IMPROVEMENT_HIGH, VariationIcon.CONCERN_HIGH,
          VariationIcon.CONCERN_HIGH, VariationIcon.IMPROVEMENT_HIGH,
          VariationIcon.IMPROVEMENT_LOW, VariationIcon.CONCERN_LOW,
          VariationIcon.CONCERN_LOW, VariationIcon.IMPROVEMENT_LOW);

  private static double[] series(List<Integer> values) {
    return values.stream().mapToDouble(Integer::doubleValue).toArray();
  }

  @Test
  void flippingPolarity_flipsVariationAndAssuranceIcons() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-50, 50)).ofSizeBetween(1, 60), integers().between(-80, 80))
        .check(
            (v, target) -> {
              double[] y = series(v);
              XmrChartResult higher = MDC.calculate(y, Polarity.HIGHER_IS_BETTER);
              XmrChartResult lower = MDC.calculate(y, Polarity.LOWER_IS_BETTER);
              Optional<AssuranceIcon> a = higher.getAssuranceIcon(target);
              Optional<AssuranceIcon> b = lower.getAssuranceIcon(target);
              boolean assuranceFlipped =
                  a.equals(b.map(XmrChartPropertyTest::flip));
              return higher.getVariationIcon().map(FLIPPED::get).equals(lower.getVariationIcon())
                  && higher.getSpecialCauses().equals(lower.getSpecialCauses())
                  && assuranceFlipped;
            });
  }

  @Test
  void mirroringDataAndFlippingPolarity_keepsPointTypes() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-50, 50)).ofSizeBetween(0, 60))
        .check(
            v -> {
              double[] y = series(v);
              double[] mirrored = Arrays.stream(y).map(d -> -d).toArray();
              return MDC.calculate(y, Polarity.HIGHER_IS_BETTER)
                  .getPointTypes()
                  .equals(MDC.calculate(mirrored, Polarity.LOWER_IS_BETTER).getPointTypes());
            });
  }

  @Test
  void constantSeries_hasNoSpecialCause() {
    qt().forAll(integers().between(-1000, 1000), integers().between(1, 100), integers().between(0, 9))
        .check(
            (c, n, tenths) -> {
              double[] y = new double[n];
              Arrays.fill(y, c + tenths / 10.0);
              return MDC.calculate(y, Polarity.HIGHER_IS_BETTER).getSpecialCauses().stream()
                  .allMatch(s -> s == SpecialCause.COMMON_CAUSE);
            });
  }

  private static AssuranceIcon flip(AssuranceIcon icon) {
    switch (icon) {
      case CONSISTENTLY_PASSING:
        return AssuranceIcon.CONSISTENTLY_FAILING;
      case CONSISTENTLY_FAILING:
        return AssuranceIcon.CONSISTENTLY_PASSING;
      default:
        return icon;
    }
  }
}
