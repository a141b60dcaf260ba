package dev.yardstick.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportingMonthTest {

  private static final ReportingMonth MAY_2003 = ReportingMonth.of(2003, Month.MAY);

  @Test
  void of_knowsItsDatesFinancialYearAndQuarter() {
    assertEquals(LocalDate.of(2003, 5, 1), MAY_2003.getStart());
    assertEquals(LocalDate.of(2003, 5, 31), MAY_2003.getEnd());
    assertEquals(31, MAY_2003.lengthInDays());
    assertEquals(FinancialYear.of(2003), MAY_2003.getFinancialYear());
    assertEquals(FinancialQuarter.of(2003, 1), MAY_2003.getFinancialQuarter());
    assertEquals(2, MAY_2003.getMonthOfFinancialYear());
    assertEquals(2003, MAY_2003.getYear());
    assertEquals(Month.MAY, MAY_2003.getMonth());
    assertEquals(YearMonth.of(2003, 5), MAY_2003.getYearMonth());
    assertEquals(Optional.of(Frequency.MONTHLY), MAY_2003.getFrequency());
  }

  @Test
  void january_belongsToTheFinancialYearThatStartedTheAprilBefore() {
    ReportingMonth january = ReportingMonth.of(2004, 1);
    assertEquals(FinancialYear.of(2003), january.getFinancialYear());
    assertEquals(FinancialQuarter.of(2003, 4), january.getFinancialQuarter());
    assertEquals(10, january.getMonthOfFinancialYear());
    assertEquals(12, ReportingMonth.of(2004, Month.MARCH).getMonthOfFinancialYear());
    assertEquals(1, ReportingMonth.of(2003, Month.APRIL).getMonthOfFinancialYear());
  }

  @Test
  void toString_isTheMonthNameAndYear_andParseReadsItAndIso() {
    assertEquals("May 2003", MAY_2003.toString());
    assertEquals("January 2004", ReportingMonth.of(2004, 1).toString());
    assertEquals(MAY_2003, ReportingMonth.parse("May 2003"));
    assertEquals(MAY_2003, ReportingMonth.parse("2003-05"));
    assertEquals(ReportingMonth.of(2003, Month.APRIL), ReportingMonth.parse("2003-04"));
    assertEquals(MAY_2003, ReportingMonth.of(YearMonth.of(2003, 5)));
    assertEquals(MAY_2003, ReportingMonth.from(LocalDate.of(2003, 5, 17)));
  }

  @Test
  void lengthInDays_february() {
    assertEquals(29, ReportingMonth.of(2004, 2).lengthInDays());
    assertEquals(28, ReportingMonth.of(2003, 2).lengthInDays());
  }

  @Test
  void arithmetic() {
    assertEquals(ReportingMonth.of(2003, 4), MAY_2003.previous());
    assertEquals(ReportingMonth.of(2003, 6), MAY_2003.next());
    assertEquals(ReportingMonth.of(2002, 5), MAY_2003.samePeriodLastYear());
    assertEquals(ReportingMonth.of(2004, 1), ReportingMonth.of(2003, 12).next());
    assertEquals(ReportingMonth.of(2004, 3), MAY_2003.plusMonths(10));
    assertEquals(ReportingMonth.of(2002, 12), MAY_2003.minusMonths(5));
    assertEquals(ReportingMonth.of(2005, 5), MAY_2003.plusYears(2));
    assertEquals(ReportingMonth.of(2001, 5), MAY_2003.minusYears(2));
  }

  @Test
  void yearToDate_runsFromFirstAprilOfItsFinancialYear() {
    assertEquals(DateRangePeriod.parse("2003-04-01/2003-05-31"), MAY_2003.yearToDate());
    assertEquals(
        DateRangePeriod.parse("2003-04-01/2004-02-29"), ReportingMonth.of(2004, 2).yearToDate());
  }

  @Test
  void arithmetic_leavingTheSupportedRange_throwsDateTimeException() {
    DateTimeException e =
        assertThrows(DateTimeException.class, () -> ReportingMonth.of(1, Month.APRIL).previous());
    assertEquals(
        "April 0001 plus months -1 leaves the supported range, financial years 0001-02 to 9998-99",
        e.getMessage());
    assertThrows(DateTimeException.class, () -> ReportingMonth.of(9999, Month.MARCH).next());
    assertThrows(DateTimeException.class, () -> MAY_2003.plusMonths(Long.MAX_VALUE));
    assertThrows(DateTimeException.class, () -> MAY_2003.minusMonths(Long.MIN_VALUE));
    assertThrows(DateTimeException.class, () -> MAY_2003.plusYears(Long.MAX_VALUE));
    assertThrows(DateTimeException.class, () -> MAY_2003.minusYears(Long.MIN_VALUE));
  }

  @Test
  void compareTo_isChronological() {
    assertTrue(ReportingMonth.of(2003, 12).compareTo(ReportingMonth.of(2004, 1)) < 0);
  }

  @Test
  void equals_andHashCode() {
    new EqualsTester()
        .addEqualityGroup(MAY_2003, ReportingMonth.parse("May 2003"), ReportingMonth.of(2003, 5))
        .addEqualityGroup(ReportingMonth.of(2004, 5))
        .addEqualityGroup(ReportingMonth.of(2003, 6))
        .addEqualityGroup(MAY_2003.toDateRange())
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(LocalDate.class, LocalDate.of(2003, 5, 1));
    tester.setDefault(YearMonth.class, YearMonth.of(2003, 5));
    tester.setDefault(int.class, 2003);
    tester.setDefault(ReportingPeriod.class, FinancialYear.of(2003));
    tester.testAllPublicStaticMethods(ReportingMonth.class);
    tester.testAllPublicInstanceMethods(MAY_2003);
  }

  @Test
  void parse_monthThirteen_isRejectedNamingTheText() {
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> ReportingMonth.parse("2003-13"));
    assertEquals("reporting month '2003-13': month must be 1 to 12", e.getMessage());
    assertThrows(DateTimeParseException.class, () -> ReportingMonth.parse("2003-00"));
  }

  @Test
  void parse_unknownMonthName_isRejectedNamingTheText() {
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> ReportingMonth.parse("Mai 2003"));
    assertEquals("reporting month 'Mai 2003': 'Mai' is not an English month name", e.getMessage());
    DateTimeParseException form =
        assertThrows(DateTimeParseException.class, () -> ReportingMonth.parse("may 2003"));
    assertEquals(
        "reporting month 'may 2003' is not in the form May 2003 (or 2003-05)", form.getMessage());
    assertThrows(DateTimeParseException.class, () -> ReportingMonth.parse("2003-5"));
    assertThrows(DateTimeParseException.class, () -> ReportingMonth.parse("January 0001"));
  }

  @Test
  void of_monthThirteen_isRejectedNamingTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReportingMonth.of(2003, 13));
    assertEquals("reporting month 2003-13: month must be 1 to 12", e.getMessage());
    IllegalArgumentException range =
        assertThrows(IllegalArgumentException.class, () -> ReportingMonth.of(10000, Month.JANUARY));
    assertEquals(
        "reporting month January 10000 is outside the supported range April 0001 to March 9999",
        range.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReportingMonth.of(9999, Month.APRIL));
  }
}
