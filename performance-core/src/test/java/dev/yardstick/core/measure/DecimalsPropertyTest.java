package dev.yardstick.core.measure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsPropertyTest {

  @Test
  void normalise_isIdempotent() {
    qt().forAll(MeasureGenerators.decimals())
        .check(x -> Decimals.normalise(Decimals.normalise(x)).equals(Decimals.normalise(x)));
  }

  @Test
  void normalise_equalValues_normaliseEqual() {
    qt().forAll(MeasureGenerators.decimals(), integers().between(0, 10))
        .check(
            (x, extra) -> {
              BigDecimal same = x.setScale(x.scale() + extra);
              return Decimals.normalise(same).equals(Decimals.normalise(x))
                  && Decimals.normalise(same).hashCode() == Decimals.normalise(x).hashCode();
            });
  }

  @Test
  void normalise_keepsTheValueAndANonNegativeScale() {
    qt().forAll(MeasureGenerators.decimals())
        .check(x -> Decimals.normalise(x).compareTo(x) == 0 && Decimals.normalise(x).scale() >= 0);
  }
}
