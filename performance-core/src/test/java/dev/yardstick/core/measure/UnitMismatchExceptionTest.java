package dev.yardstick.core.measure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class UnitMismatchExceptionTest {

  @Test
  void check_differentUnits_throwsWithBothUnitsAndSubject() {
    UnitMismatchException e =
        assertThrows(
            UnitMismatchException.class,
            () -> UnitMismatchException.check("indicator A1", Unit.PERCENTAGE, Unit.PER_1_000));
    assertEquals(Unit.PERCENTAGE, e.getExpected());
    assertEquals(Unit.PER_1_000, e.getActual());
    assertEquals("indicator A1", e.getSubject());
    assertEquals(
        "unit mismatch for indicator A1: expected percentage but found rate per 1000",
        e.getMessage());
  }

  @Test
  void check_sameUnits_passes() {
    assertDoesNotThrow(() -> UnitMismatchException.check("x", Unit.COUNT, Unit.COUNT));
  }

  @Test
  void constructor_equalUnits_isNoMismatch() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new UnitMismatchException("indicator A1", Unit.COUNT, Unit.COUNT));
    assertEquals("units count and count for indicator A1 are not a mismatch", e.getMessage());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester().setDefault(Unit.class, Unit.COUNT);
    tester.testAllPublicStaticMethods(UnitMismatchException.class);
    tester.testAllPublicConstructors(UnitMismatchException.class);
  }
}
