package dev.yardstick.core.measure;

import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class UnitPropertyTest {

  @Test
  void parse_ofToString_isTheSameUnit() {
    qt().forAll(MeasureGenerators.units()).check(u -> Unit.parse(u.toString()).equals(u));
  }

  @Test
  void multiplier_isOneHundredForPercentagesAndOneForFixedKinds() {
    qt().forAll(MeasureGenerators.units())
        .check(
            u ->
                u.getKind() == Unit.Kind.RATE
                    ? u.getMultiplier() >= 10
                    : u.getMultiplier() == (u.getKind() == Unit.Kind.PERCENTAGE ? 100 : 1));
  }
}
