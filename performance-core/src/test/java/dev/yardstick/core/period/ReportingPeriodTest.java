package dev.yardstick.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void parse_recognisesEachForm() {
    assertEquals(FinancialYear.of(2003), ReportingPeriod.parse("2003-04"));
    assertEquals(FinancialYear.of(1999), ReportingPeriod.parse("1999-00"));
    assertEquals(FinancialQuarter.of(2003, 1), ReportingPeriod.parse("2003-04 Q1"));
    assertEquals(ReportingMonth.of(2003, 5), ReportingPeriod.parse("May 2003"));
    assertInstanceOf(DateRangePeriod.class, ReportingPeriod.parse("2003-04-01/2003-06-15"));
  }

  @Test
  void parse_isoYearMonth_isReadAsAFinancialYearOrRejected() {
    // 2003-04 is the financial year, never April 2003; 2003-05 is neither.
    assertInstanceOf(FinancialYear.class, ReportingPeriod.parse("2003-04"));
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> ReportingPeriod.parse("2003-05"));
    assertEquals(
        "financial year '2003-05': the second year must be 04, the year after 2003",
        e.getMessage());
  }

  @Test
  void parse_badText_isRejectedNamingTheText() {
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> ReportingPeriod.parse("last year"));
    assertEquals(
        "reporting month 'last year' is not in the form May 2003 (or 2003-05)", e.getMessage());
    DateTimeParseException digits =
        assertThrows(DateTimeParseException.class, () -> ReportingPeriod.parse("2003"));
    assertEquals(
        "reporting period '2003' is not a financial year (2003-04), a quarter (2003-04 Q1),"
            + " a month (May 2003) or a date range (2003-04-01/2003-06-15)",
        digits.getMessage());
    assertThrows(DateTimeParseException.class, () -> ReportingPeriod.parse(""));
    assertEquals(
        "financial quarter '2003-04 Q5': quarter must be 1 to 4",
        assertThrows(DateTimeParseException.class, () -> ReportingPeriod.parse("2003-04 Q5"))
            .getMessage());
  }

  @Test
  void compareTo_acrossKinds_isOutlineOrder() {
    List<ReportingPeriod> periods =
        new ArrayList<>(
            List.of(
                FinancialQuarter.of(2003, 2),
                ReportingMonth.of(2003, 5),
                FinancialQuarter.of(2003, 1).toDateRange(),
                ReportingMonth.of(2003, 4),
                FinancialQuarter.of(2003, 1),
                FinancialYear.of(2003),
                FinancialYear.of(2002)));
    Collections.sort(periods);
    assertEquals(
        List.of(
            FinancialYear.of(2002),
            FinancialYear.of(2003),
            FinancialQuarter.of(2003, 1),
            FinancialQuarter.of(2003, 1).toDateRange(),
            ReportingMonth.of(2003, 4),
            ReportingMonth.of(2003, 5),
            FinancialQuarter.of(2003, 2)),
        periods);
  }

  @Test
  void contains_andOverlaps_acrossKinds() {
    ReportingPeriod q1 = FinancialQuarter.of(2003, 1);
    assertTrue(q1.contains(ReportingMonth.of(2003, 6)));
    assertFalse(q1.contains(ReportingMonth.of(2003, 7)));
    assertTrue(q1.overlaps(DateRangePeriod.parse("2003-06-30/2003-07-31")));
    assertFalse(q1.overlaps(DateRangePeriod.parse("2003-07-01/2003-07-31")));
    assertFalse(q1.contains(LocalDate.of(2003, 3, 31)));
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(LocalDate.class, LocalDate.of(2003, 5, 1));
    tester.setDefault(ReportingPeriod.class, FinancialYear.of(2003));
    tester.testAllPublicStaticMethods(ReportingPeriod.class);
  }
}
