package dev.yardstick.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PropertyTestYourFormulaTest {

  @Test
  void check_holdsForTwoHundredRandomSets() {
    assertEquals(200, PropertyTestYourFormula.check(200, 7));
  }
}
