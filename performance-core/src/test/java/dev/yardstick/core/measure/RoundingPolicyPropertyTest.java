package dev.yardstick.core.measure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class RoundingPolicyPropertyTest {

  @Test
  void round_isIdempotent() {
    qt().forAll(MeasureGenerators.roundingPolicies(), MeasureGenerators.decimals())
        .check((p, x) -> p.round(p.round(x)).equals(p.round(x)));
  }

  @Test
  void round_halfModes_lieWithinHalfAUnitOfTheLastPlace() {
    qt().forAll(
            integers().between(RoundingPolicy.MIN_SCALE, RoundingPolicy.MAX_SCALE),
            Generate.pick(
                List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN)),
            MeasureGenerators.decimals())
        .check(
            (scale, mode, x) -> {
              RoundingPolicy p = RoundingPolicy.of(scale, mode);
              BigDecimal halfUnit =
                  BigDecimal.ONE.scaleByPowerOfTen(-scale).divide(BigDecimal.valueOf(2));
              return p.round(x).subtract(x).abs().compareTo(halfUnit) <= 0;
            });
  }

  @Test
  void round_anyMode_liesWithinOneUnitOfTheLastPlace() {
    qt().forAll(MeasureGenerators.roundingPolicies(), MeasureGenerators.decimals())
        .check(
            (p, x) ->
                p.round(x)
                        .subtract(x)
                        .abs()
                        .compareTo(BigDecimal.ONE.scaleByPowerOfTen(-p.getScale()))
                    < 0);
  }

  @Test
  void round_keepsNoMorePlacesThanTheScale() {
    qt().forAll(MeasureGenerators.roundingPolicies(), MeasureGenerators.decimals())
        .check((p, x) -> p.round(x).scale() <= Math.max(0, p.getScale()));
  }

  @Test
  void round_isInNormalForm() {
    qt().forAll(MeasureGenerators.roundingPolicies(), MeasureGenerators.decimals())
        .check((p, x) -> Decimals.normalise(p.round(x)).equals(p.round(x)));
  }

  @Test
  void format_readsBackAsTheRoundedValue() {
    qt().forAll(MeasureGenerators.roundingPolicies(), MeasureGenerators.decimals())
        .check((p, x) -> new BigDecimal(p.format(x)).compareTo(p.round(x)) == 0);
  }

  @Test
  void parse_ofToString_isThePolicy() {
    qt().forAll(MeasureGenerators.roundingPolicies())
        .check(p -> RoundingPolicy.parse(p.toString()).equals(p));
  }
}
