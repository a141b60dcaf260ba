package dev.yardstick.indicators.interval;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class IntervalCalculatorPropertyTest {

  @Test
  void proportion_intervalContainsTheObservedProportion() {
    qt().forAll(integers().between(1, 100_000), integers().between(0, 100_000))
        .check(
            (n, k) -> {
              int x = k % (n + 1);
              for (ConfidenceLevel level : ConfidenceLevel.values()) {
                ConfidenceInterval ci =
                    IntervalCalculator.withDefaults().with(level).proportion(x, n);
                if (!ci.contains((double) x / n) || ci.getLower() < 0 || ci.getUpper() > 1) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void count_intervalContainsTheCountAndWidensWithTheLevel() {
    qt().forAll(integers().between(0, 10_000))
        .check(
            x -> {
              for (CountIntervalMethod m : CountIntervalMethod.values()) {
                IntervalCalculator calc = IntervalCalculator.withDefaults().with(m);
                ConfidenceInterval ci95 = calc.count(x);
                ConfidenceInterval ci998 =
                    calc.with(ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT).count(x);
                if (!ci95.contains(x)
                    || ci998.getLower() > ci95.getLower()
                    || ci998.getUpper() < ci95.getUpper()) {
                  return false;
                }
              }
              return true;
            });
  }
}
