package dev.yardstick.core.measure;

import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class RatioPropertyTest {

  @Test
  void plus_isCommutative() {
    qt().forAll(MeasureGenerators.ratios(), MeasureGenerators.ratios())
        .check((a, b) -> a.plus(b).equals(b.plus(a)));
  }

  @Test
  void plus_isAssociative() {
    qt().forAll(MeasureGenerators.ratios(), MeasureGenerators.ratios(), MeasureGenerators.ratios())
        .check((a, b, c) -> a.plus(b).plus(c).equals(a.plus(b.plus(c))));
  }

  @Test
  void plus_empty_isIdentity() {
    qt().forAll(MeasureGenerators.ratios())
        .check(a -> a.plus(Ratio.EMPTY).equals(a) && Ratio.EMPTY.plus(a).equals(a));
  }

  @Test
  void parse_ofToString_isTheRatio() {
    qt().forAll(MeasureGenerators.ratios()).check(r -> Ratio.parse(r.toString()).equals(r));
  }

  @Test
  void getValue_isTheRoundedUnroundedValue() {
    qt().forAll(
            MeasureGenerators.ratios(),
            MeasureGenerators.units(),
            MeasureGenerators.roundingPolicies())
        .check(
            (r, u, p) ->
                r.getValue(u, p).equals(r.getUnroundedValue(u, new MathContext(60)).map(p::round)));
  }

  @Test
  void getValue_proportionAsPercentage_liesBetweenZeroAndOneHundred() {
    qt().forAll(MeasureGenerators.proportions())
        .check(
            r -> {
              BigDecimal v = r.getValue(Unit.PERCENTAGE, RoundingPolicy.of(1)).orElseThrow();
              return v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0;
            });
  }
}
