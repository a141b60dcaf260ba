package dev.yardstick.indicators.funnel;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.yardstick.indicators.interval.ConfidenceLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelCalculatorPropertyTest {

  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE_PERCENT;
  private static final ConfidenceLevel P998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT;

  private static boolean narrowsAndNests(FunnelPlot plot) {
    return nests(plot, true);
  }

  /**
   * Checks that the 99.8% limits lie outside the 95% limits and, if asked, that the limits narrow
   * as x grows. The exact discrete methods are only checked for nesting: their interpolated limits
   * can rise and fall a little at small expected counts (R: with th = 0.02 the 97.5% binomial limit
   * is 0.0825 at n = 12 and 0.0882 at n = 16).
   */
  private static boolean nests(FunnelPlot plot, boolean narrowing) {
    List<FunnelPoint> lo95 =
        FunnelCalculatorTest.curve(plot, P95, LimitSide.LOWER, false).getPoints();
    List<FunnelPoint> hi95 =
        FunnelCalculatorTest.curve(plot, P95, LimitSide.UPPER, false).getPoints();
    List<FunnelPoint> lo998 =
        FunnelCalculatorTest.curve(plot, P998, LimitSide.LOWER, false).getPoints();
    List<FunnelPoint> hi998 =
        FunnelCalculatorTest.curve(plot, P998, LimitSide.UPPER, false).getPoints();
    double eps = 1e-12;
    for (int i = 0; i < lo95.size(); i++) {
      if (lo998.get(i).getY() > lo95.get(i).getY() + eps
          || hi998.get(i).getY() < hi95.get(i).getY() - eps) {
        return false;
      }
      if (narrowing
          && i > 0
          && (lo95.get(i).getY() < lo95.get(i - 1).getY() - eps
              || hi95.get(i).getY() > hi95.get(i - 1).getY() + eps
              || lo998.get(i).getY() < lo998.get(i - 1).getY() - eps
              || hi998.get(i).getY() > hi998.get(i - 1).getY() + eps)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void proportions_limitsNarrowWithTheDenominatorAndWidenFrom95To998() {
    qt().withExamples(200)
        .forAll(integers().between(1, 99), integers().between(10, 5000))
        .check(
            (percent, n) -> {
              List<FunnelInput> in =
                  List.of(
                      FunnelInput.of(FunnelCalculatorTest.org(1), percent * n / 100.0, n),
                      FunnelInput.of(FunnelCalculatorTest.org(2), percent * n / 100.0, n));
              return narrowsAndNests(
                      FunnelCalculator.withDefaults().withCurvePoints(40).proportions(in))
                  && nests(
                      FunnelCalculator.withDefaults()
                          .with(FunnelMethod.PROPORTION_EXACT_BINOMIAL)
                          .withCurvePoints(40)
                          .proportions(
                              List.of(
                                  FunnelInput.of(
                                      FunnelCalculatorTest.org(1),
                                      Math.round(percent * n / 100.0),
                                      n))),
                      false);
            });
  }

  @Test
  void ratiosAndRates_limitsNarrowAndWidenFrom95To998() {
    qt().withExamples(100)
        .forAll(integers().between(1, 500), integers().between(1, 500))
        .check(
            (observed, expected) -> {
              List<FunnelInput> in =
                  List.of(FunnelInput.of(FunnelCalculatorTest.org(1), observed, expected));
              return narrowsAndNests(FunnelCalculator.withDefaults().withCurvePoints(30).ratios(in))
                  && narrowsAndNests(
                      FunnelCalculator.withDefaults()
                          .with(FunnelMethod.RATIO_FUNNELPLOTR)
                          .withCurvePoints(30)
                          .ratios(in))
                  && nests(
                      FunnelCalculator.withDefaults()
                          .with(FunnelMethod.RATIO_EXACT_POISSON_INTERPOLATED)
                          .withCurvePoints(30)
                          .ratios(in),
                      false)
                  && narrowsAndNests(
                      FunnelCalculator.withDefaults().withCurvePoints(30).rates(in, 1000));
            });
  }
}
