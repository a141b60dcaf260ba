package dev.yardstick.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

  @Test
  void of_2003_runsFromFirstAprilToThirtyFirstMarch() {
    FinancialYear year = FinancialYear.of(2003);
    assertEquals(LocalDate.of(2003, 4, 1), year.getStart());
    assertEquals(LocalDate.of(2004, 3, 31), year.getEnd());
    assertEquals(2003, year.getStartYear());
    assertEquals(2004, year.getEndYear());
    assertEquals("2003-04", year.toString());
    assertEquals(Optional.of(Frequency.ANNUAL), year.getFrequency());
  }

  @Test
  void toString_centuryRoll_isWrittenWithTwoDigits() {
    assertEquals("1999-00", FinancialYear.of(1999).toString());
    assertEquals("2009-10", FinancialYear.of(2009).toString());
    assertEquals("0001-02", FinancialYear.of(1).toString());
    assertEquals(FinancialYear.of(1999), FinancialYear.parse("1999-00"));
    assertEquals(FinancialYear.of(2099), FinancialYear.parse("2099-00"));
  }

  @Test
  void from_date_givesTheYearHoldingIt() {
    assertEquals(FinancialYear.of(2003), FinancialYear.from(LocalDate.of(2003, 4, 1)));
    assertEquals(FinancialYear.of(2003), FinancialYear.from(LocalDate.of(2004, 3, 31)));
    assertEquals(FinancialYear.of(2002), FinancialYear.from(LocalDate.of(2003, 3, 31)));
    assertEquals(FinancialYear.of(2003), FinancialYear.from(LocalDate.of(2003, 12, 31)));
  }

  @Test
  void lengthInDays_countsTheLeapDayOfTheSecondYear() {
    assertEquals(366, FinancialYear.of(2003).lengthInDays()); // holds 29 February 2004
    assertEquals(365, FinancialYear.of(2004).lengthInDays());
    assertEquals(365, FinancialYear.of(1899).lengthInDays()); // 1900 was not a leap year
    assertEquals(366, FinancialYear.of(1999).lengthInDays()); // 2000 was
  }

  @Test
  void quartersAndMonths_inOrder() {
    FinancialYear year = FinancialYear.of(2003);
    assertEquals(FinancialQuarter.parse("2003-04 Q1"), year.getQuarters().get(0));
    assertEquals(FinancialQuarter.parse("2003-04 Q4"), year.getQuarters().get(3));
    assertEquals(ReportingMonth.of(2003, Month.APRIL), year.getMonths().get(0));
    assertEquals(ReportingMonth.of(2004, Month.MARCH), year.getMonths().get(11));
    assertEquals(ReportingMonth.of(2004, Month.JANUARY), year.atMonth(Month.JANUARY));
    assertEquals(ReportingMonth.of(2003, Month.DECEMBER), year.atMonth(Month.DECEMBER));
    assertEquals(FinancialQuarter.of(2003, 2), year.atQuarter(2));
  }

  @Test
  void arithmetic_previousNextAndSamePeriodLastYear() {
    FinancialYear year = FinancialYear.of(2003);
    assertEquals(FinancialYear.of(2002), year.previous());
    assertEquals(FinancialYear.of(2004), year.next());
    assertEquals(FinancialYear.of(2002), year.samePeriodLastYear());
    assertEquals(FinancialYear.of(2013), year.plusYears(10));
    assertEquals(FinancialYear.of(1993), year.minusYears(10));
    assertEquals(year.toDateRange(), year.yearToDate());
  }

  @Test
  void arithmetic_leavingTheSupportedRange_throwsDateTimeException() {
    DateTimeException e =
        assertThrows(DateTimeException.class, () -> FinancialYear.of(9998).next());
    assertEquals(
        "9998-99 plus years 1 leaves the supported range, financial years 0001-02 to 9998-99",
        e.getMessage());
    assertThrows(DateTimeException.class, () -> FinancialYear.of(1).previous());
    assertThrows(DateTimeException.class, () -> FinancialYear.of(2003).plusYears(Long.MAX_VALUE));
    assertThrows(DateTimeException.class, () -> FinancialYear.of(2003).minusYears(Long.MIN_VALUE));
  }

  @Test
  void contains_datesAndPeriods() {
    FinancialYear year = FinancialYear.of(2003);
    assertTrue(year.contains(LocalDate.of(2004, 3, 31)));
    assertFalse(year.contains(LocalDate.of(2004, 4, 1)));
    assertTrue(year.contains(FinancialQuarter.of(2003, 4)));
    assertTrue(year.contains(year));
    assertFalse(year.contains(FinancialYear.of(2004)));
    assertFalse(year.contains(DateRangePeriod.parse("2004-03-01/2004-04-30")));
    assertTrue(year.overlaps(DateRangePeriod.parse("2004-03-01/2004-04-30")));
  }

  @Test
  void compareTo_isChronological() {
    assertTrue(FinancialYear.of(2003).compareTo(FinancialYear.of(2004)) < 0);
    assertTrue(FinancialYear.of(2004).compareTo(FinancialYear.of(2003)) > 0);
    assertEquals(0, FinancialYear.of(2003).compareTo(FinancialYear.parse("2003-04")));
  }

  @Test
  void equals_andHashCode() {
    new EqualsTester()
        .addEqualityGroup(FinancialYear.of(2003), FinancialYear.parse("2003-04"))
        .addEqualityGroup(FinancialYear.of(2004))
        .addEqualityGroup(FinancialYear.of(2003).toDateRange())
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(LocalDate.class, LocalDate.of(2003, 5, 1));
    tester.setDefault(ReportingPeriod.class, FinancialYear.of(2003));
    tester.testAllPublicStaticMethods(FinancialYear.class);
    tester.testAllPublicInstanceMethods(FinancialYear.of(2003));
  }

  @Test
  void parse_secondYearNotTheNext_isRejectedNamingTheText() {
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> FinancialYear.parse("2003-06"));
    assertEquals(
        "financial year '2003-06': the second year must be 04, the year after 2003",
        e.getMessage());
    assertEquals("2003-06", e.getParsedString());
    assertThrows(DateTimeParseException.class, () -> FinancialYear.parse("1999-2000"));
    assertThrows(DateTimeParseException.class, () -> FinancialYear.parse("1999-01"));
  }

  @Test
  void parse_notAFinancialYear_isRejectedNamingTheText() {
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> FinancialYear.parse("2003/04"));
    assertEquals("financial year '2003/04' is not in the form 2003-04", e.getMessage());
    assertThrows(DateTimeParseException.class, () -> FinancialYear.parse(""));
    assertThrows(DateTimeParseException.class, () -> FinancialYear.parse(" 2003-04"));
    assertThrows(DateTimeParseException.class, () -> FinancialYear.parse("9999-00"));
    assertThrows(DateTimeParseException.class, () -> FinancialYear.parse("0000-01"));
  }

  @Test
  void of_outOfRange_isRejectedNamingTheYear() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FinancialYear.of(9999));
    assertEquals(
        "financial year start year 9999 is outside the supported range 1 to 9998", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FinancialYear.of(0));
    IllegalArgumentException fromDate =
        assertThrows(
            IllegalArgumentException.class, () -> FinancialYear.from(LocalDate.of(1, 3, 31)));
    assertEquals(
        "date 0001-03-31 is outside the supported range 0001-04-01 to 9999-03-31"
            + " (financial years 0001-02 to 9998-99)",
        fromDate.getMessage());
  }
}
