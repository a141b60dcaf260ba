package dev.yardstick.core.period;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class PeriodMismatchExceptionTest {

  @Test
  void check_differentPeriods_throwsWithBothPeriodsAndSubject() {
    FinancialQuarter q2 = FinancialQuarter.of(2003, 2);
    FinancialQuarter q3 = FinancialQuarter.of(2003, 3);
    PeriodMismatchException e =
        assertThrows(
            PeriodMismatchException.class,
            () -> PeriodMismatchException.check("indicator A1", q3, q2));
    assertEquals(q3, e.getExpected());
    assertEquals(q2, e.getActual());
    assertEquals("indicator A1", e.getSubject());
    assertEquals(
        "period mismatch for indicator A1: expected 2003-04 Q3 but found 2003-04 Q2",
        e.getMessage());
  }

  @Test
  void check_samePeriods_passes() {
    assertDoesNotThrow(
        () -> PeriodMismatchException.check("x", FinancialYear.of(2003), FinancialYear.of(2003)));
  }

  @Test
  void constructor_equalPeriods_isNoMismatch() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new PeriodMismatchException(
                    "indicator A1", FinancialYear.of(2003), FinancialYear.of(2003)));
    assertEquals("periods 2003-04 and 2003-04 for indicator A1 are not a mismatch", e.getMessage());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(ReportingPeriod.class, FinancialYear.of(2003));
    tester.testAllPublicStaticMethods(PeriodMismatchException.class);
    tester.testAllPublicConstructors(PeriodMismatchException.class);
  }
}
