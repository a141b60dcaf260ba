package dev.yardstick.core.measure;

import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PolarityPropertyTest {

  @Test
  void parse_ofToString_isThePolarity() {
    qt().forAll(MeasureGenerators.polarities()).check(p -> Polarity.parse(p.toString()).equals(p));
  }

  @Test
  void flip_twice_isIdentity() {
    qt().forAll(MeasureGenerators.polarities()).check(p -> p.flip().flip().equals(p));
  }

  @Test
  void compareGoodness_isAntisymmetric() {
    qt().forAll(
            MeasureGenerators.polarities(),
            MeasureGenerators.decimals(),
            MeasureGenerators.decimals())
        .assuming((p, a, b) -> p.hasDirection())
        .check((p, a, b) -> p.compareGoodness(a, b) == -p.compareGoodness(b, a));
  }

  @Test
  void compareGoodness_flippedPolarity_reversesTheVerdict() {
    qt().forAll(
            MeasureGenerators.directionalPolarities(),
            MeasureGenerators.decimals(),
            MeasureGenerators.decimals())
        .check((p, a, b) -> p.flip().compareGoodness(a, b) == -p.compareGoodness(a, b));
  }

  @Test
  void compareGoodness_flippedPolarityAndMirroredData_giveTheSameVerdict() {
    // Mirroring negates the data (and, for a range, the range), so the flipped verdict is
    // unchanged.
    qt().forAll(
            MeasureGenerators.polarities(),
            MeasureGenerators.decimals(),
            MeasureGenerators.decimals())
        .assuming((p, a, b) -> p.hasDirection())
        .check(
            (p, a, b) -> {
              Polarity mirrored =
                  p.getKind() == Polarity.Kind.WITHIN_RANGE
                      ? Polarity.withinRange(
                          p.getRangeUpper().orElseThrow().negate(),
                          p.getRangeLower().orElseThrow().negate())
                      : p.flip();
              return mirrored.compareGoodness(a.negate(), b.negate()) == p.compareGoodness(a, b);
            });
  }

  @Test
  void compareGoodness_equalValues_areEquallyGood() {
    qt().forAll(MeasureGenerators.polarities(), MeasureGenerators.decimals())
        .assuming((p, a) -> p.hasDirection())
        .check((p, a) -> p.compareGoodness(a, a.setScale(a.scale() + 2)) == 0);
  }

  @Test
  void distanceFromRange_isNeverNegative() {
    qt().forAll(MeasureGenerators.rangePolarities(), MeasureGenerators.decimals())
        .check((p, a) -> p.distanceFromRange(a).compareTo(BigDecimal.ZERO) >= 0);
  }
}
