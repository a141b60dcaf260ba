package dev.yardstick.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FinancialQuarterTest {

  @Test
  void quarters_runAprilToJune_thenOnToJanuaryToMarch() {
    assertEquals("2003-04-01/2003-06-30", FinancialQuarter.of(2003, 1).toDateRange().toString());
    assertEquals("2003-07-01/2003-09-30", FinancialQuarter.of(2003, 2).toDateRange().toString());
    assertEquals("2003-10-01/2003-12-31", FinancialQuarter.of(2003, 3).toDateRange().toString());
    assertEquals("2004-01-01/2004-03-31", FinancialQuarter.of(2003, 4).toDateRange().toString());
    assertEquals(Optional.of(Frequency.QUARTERLY), FinancialQuarter.of(2003, 1).getFrequency());
  }

  @Test
  void parse_andToString() {
    FinancialQuarter q = FinancialQuarter.parse("2003-04 Q1");
    assertEquals(FinancialYear.of(2003), q.getFinancialYear());
    assertEquals(1, q.getQuarter());
    assertEquals("2003-04 Q1", q.toString());
    assertEquals("1999-00 Q4", FinancialQuarter.of(FinancialYear.of(1999), 4).toString());
  }

  @Test
  void from_date_givesTheQuarterHoldingIt() {
    assertEquals(FinancialQuarter.of(2003, 4), FinancialQuarter.from(LocalDate.of(2004, 2, 15)));
    assertEquals(FinancialQuarter.of(2003, 1), FinancialQuarter.from(LocalDate.of(2003, 6, 30)));
    assertEquals(FinancialQuarter.of(2003, 2), FinancialQuarter.from(LocalDate.of(2003, 7, 1)));
    assertEquals(FinancialQuarter.of(2003, 3), FinancialQuarter.from(LocalDate.of(2003, 12, 31)));
  }

  @Test
  void lengthInDays_ofEachQuarter() {
    assertEquals(91, FinancialQuarter.of(2003, 1).lengthInDays());
    assertEquals(92, FinancialQuarter.of(2003, 2).lengthInDays());
    assertEquals(92, FinancialQuarter.of(2003, 3).lengthInDays());
    assertEquals(91, FinancialQuarter.of(2003, 4).lengthInDays()); // 2004 is a leap year
    assertEquals(90, FinancialQuarter.of(2004, 4).lengthInDays());
  }

  @Test
  void months_ofTheFourthQuarter_areInTheSecondCalendarYear() {
    assertEquals(
        List.of(
            ReportingMonth.of(2004, Month.JANUARY),
            ReportingMonth.of(2004, Month.FEBRUARY),
            ReportingMonth.of(2004, Month.MARCH)),
        FinancialQuarter.of(2003, 4).getMonths());
  }

  @Test
  void arithmetic_crossesFinancialYears() {
    FinancialQuarter q4 = FinancialQuarter.parse("2003-04 Q4");
    assertEquals(FinancialQuarter.parse("2004-05 Q1"), q4.next());
    assertEquals(FinancialQuarter.parse("2003-04 Q3"), q4.previous());
    assertEquals(FinancialQuarter.parse("2002-03 Q4"), q4.samePeriodLastYear());
    assertEquals(FinancialQuarter.parse("2002-03 Q4"), q4.minusQuarters(4));
    assertEquals(FinancialQuarter.parse("2005-06 Q2"), q4.plusQuarters(6));
    assertEquals(FinancialQuarter.parse("2003-04 Q1"), q4.plusQuarters(-3));
    assertEquals(FinancialQuarter.parse("2013-14 Q4"), q4.plusYears(10));
    assertEquals(FinancialQuarter.parse("1993-94 Q4"), q4.minusYears(10));
  }

  @Test
  void yearToDate_runsFromFirstAprilToTheEndOfTheQuarter() {
    assertEquals(
        DateRangePeriod.parse("2003-04-01/2003-09-30"), FinancialQuarter.of(2003, 2).yearToDate());
    assertEquals(FinancialYear.of(2003).toDateRange(), FinancialQuarter.of(2003, 4).yearToDate());
  }

  @Test
  void arithmetic_leavingTheSupportedRange_throwsDateTimeException() {
    assertThrows(DateTimeException.class, () -> FinancialQuarter.of(9998, 4).next());
    assertThrows(DateTimeException.class, () -> FinancialQuarter.of(1, 1).previous());
    assertThrows(
        DateTimeException.class, () -> FinancialQuarter.of(2003, 1).plusQuarters(Long.MIN_VALUE));
    assertThrows(
        DateTimeException.class, () -> FinancialQuarter.of(2003, 1).minusQuarters(Long.MIN_VALUE));
  }

  @Test
  void compareTo_isChronological() {
    assertTrue(FinancialQuarter.of(2003, 4).compareTo(FinancialQuarter.of(2004, 1)) < 0);
    assertTrue(FinancialQuarter.of(2003, 2).compareTo(FinancialQuarter.of(2003, 1)) > 0);
  }

  @Test
  void equals_andHashCode() {
    new EqualsTester()
        .addEqualityGroup(FinancialQuarter.of(2003, 1), FinancialQuarter.parse("2003-04 Q1"))
        .addEqualityGroup(FinancialQuarter.of(2003, 2))
        .addEqualityGroup(FinancialQuarter.of(2004, 1))
        .addEqualityGroup(FinancialQuarter.of(2003, 1).toDateRange())
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(LocalDate.class, LocalDate.of(2003, 5, 1));
    tester.setDefault(FinancialYear.class, FinancialYear.of(2003));
    tester.setDefault(int.class, 1);
    tester.setDefault(ReportingPeriod.class, FinancialYear.of(2003));
    tester.testAllPublicStaticMethods(FinancialQuarter.class);
    tester.testAllPublicInstanceMethods(FinancialQuarter.of(2003, 1));
  }

  @Test
  void parse_quarterFive_isRejectedNamingTheText() {
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> FinancialQuarter.parse("2003-04 Q5"));
    assertEquals("financial quarter '2003-04 Q5': quarter must be 1 to 4", e.getMessage());
    assertThrows(DateTimeParseException.class, () -> FinancialQuarter.parse("2003-04 Q0"));
  }

  @Test
  void parse_badYearOrForm_isRejectedNamingTheText() {
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> FinancialQuarter.parse("2003-05 Q1"));
    assertEquals(
        "financial quarter '2003-05 Q1': financial year '2003-05': the second year must be 04,"
            + " the year after 2003",
        e.getMessage());
    DateTimeParseException form =
        assertThrows(DateTimeParseException.class, () -> FinancialQuarter.parse("2003-Q1"));
    assertEquals("financial quarter '2003-Q1' is not in the form 2003-04 Q1", form.getMessage());
    assertThrows(DateTimeParseException.class, () -> FinancialQuarter.parse("2003-04 Q12"));
    assertThrows(DateTimeParseException.class, () -> FinancialQuarter.parse("2003-04 q1"));
  }

  @Test
  void of_quarterOutOfRange_isRejectedNamingTheQuarter() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FinancialQuarter.of(2003, 5));
    assertEquals("financial quarter 2003-04 Q5: quarter must be 1 to 4", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FinancialQuarter.of(2003, 0));
    assertThrows(IllegalArgumentException.class, () -> FinancialQuarter.of(0, 1));
  }
}
