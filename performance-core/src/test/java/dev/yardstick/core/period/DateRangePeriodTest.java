package dev.yardstick.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRangePeriodTest {

  private static final DateRangePeriod RANGE =
      DateRangePeriod.of(LocalDate.of(2003, 4, 1), LocalDate.of(2003, 6, 15));

  @Test
  void of_includesBothEnds() {
    assertEquals(76, RANGE.lengthInDays());
    assertTrue(RANGE.contains(LocalDate.of(2003, 6, 15)));
    assertEquals(Optional.empty(), RANGE.getFrequency());
    assertEquals("2003-04-01/2003-06-15", RANGE.toString());
    assertEquals(RANGE, DateRangePeriod.parse("2003-04-01/2003-06-15"));
    assertEquals(1, DateRangePeriod.parse("2003-04-01/2003-04-01").lengthInDays());
    assertEquals(RANGE, RANGE.toDateRange());
  }

  @Test
  void previousAndNext_areAdjacentRangesOfTheSameLength() {
    assertEquals(DateRangePeriod.parse("2003-06-16/2003-08-30"), RANGE.next());
    assertEquals(DateRangePeriod.parse("2003-01-15/2003-03-31"), RANGE.previous());
  }

  @Test
  void samePeriodLastYear_movesBothDates_and29FebruaryBecomes28() {
    assertEquals(DateRangePeriod.parse("2002-04-01/2002-06-15"), RANGE.samePeriodLastYear());
    assertEquals(
        DateRangePeriod.parse("2003-02-01/2003-02-28"),
        DateRangePeriod.parse("2004-02-01/2004-02-29").samePeriodLastYear());
  }

  @Test
  void yearToDate_startsOnFirstAprilOfTheEndsFinancialYear() {
    assertEquals(
        DateRangePeriod.parse("2004-04-01/2004-05-10"),
        DateRangePeriod.parse("2004-01-01/2004-05-10").yearToDate());
    assertEquals(
        DateRangePeriod.parse("2003-04-01/2003-06-15"),
        DateRangePeriod.parse("2003-05-01/2003-06-15").yearToDate());
  }

  @Test
  void arithmetic_leavingTheSupportedRange_throwsDateTimeException() {
    assertThrows(
        DateTimeException.class, () -> DateRangePeriod.parse("9999-03-01/9999-03-31").next());
    assertThrows(
        DateTimeException.class, () -> DateRangePeriod.parse("0001-04-01/0001-04-30").previous());
    assertThrows(
        DateTimeException.class,
        () -> DateRangePeriod.parse("0001-04-01/0001-04-30").samePeriodLastYear());
  }

  @Test
  void equals_andHashCode() {
    new EqualsTester()
        .addEqualityGroup(RANGE, DateRangePeriod.parse("2003-04-01/2003-06-15"))
        .addEqualityGroup(DateRangePeriod.parse("2003-04-01/2003-06-16"))
        .addEqualityGroup(DateRangePeriod.parse("2003-04-02/2003-06-15"))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(LocalDate.class, LocalDate.of(2003, 5, 1));
    tester.setDefault(ReportingPeriod.class, FinancialYear.of(2003));
    tester.testAllPublicStaticMethods(DateRangePeriod.class);
    tester.testAllPublicInstanceMethods(RANGE);
  }

  @Test
  void of_endBeforeStart_isRejectedNamingBothDates() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DateRangePeriod.of(LocalDate.of(2003, 6, 15), LocalDate.of(2003, 4, 1)));
    assertEquals(
        "date range 2003-06-15/2003-04-01: end 2003-04-01 is before start 2003-06-15",
        e.getMessage());
  }

  @Test
  void parse_endBeforeStart_isRejectedNamingTheText() {
    DateTimeParseException e =
        assertThrows(
            DateTimeParseException.class, () -> DateRangePeriod.parse("2003-06-15/2003-04-01"));
    assertEquals(
        "date range '2003-06-15/2003-04-01': end 2003-04-01 is before start 2003-06-15",
        e.getMessage());
  }

  @Test
  void parse_badDatesOrForm_isRejectedNamingTheText() {
    DateTimeParseException e =
        assertThrows(
            DateTimeParseException.class, () -> DateRangePeriod.parse("2003-02-30/2003-04-01"));
    assertEquals(
        "date range '2003-02-30/2003-04-01': '2003-02-30' is not a valid ISO-8601 date",
        e.getMessage());
    DateTimeParseException form =
        assertThrows(DateTimeParseException.class, () -> DateRangePeriod.parse("2003-04-01"));
    assertEquals(
        "date range '2003-04-01' is not in the form 2003-04-01/2003-06-15", form.getMessage());
    assertThrows(
        DateTimeParseException.class, () -> DateRangePeriod.parse("2003-04-01/2003-05-01/x"));
    assertThrows(
        DateTimeParseException.class, () -> DateRangePeriod.parse("0001-01-01/0001-12-31"));
  }

  @Test
  void of_outsideTheSupportedRange_isRejectedNamingTheDate() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DateRangePeriod.of(LocalDate.of(2003, 1, 1), LocalDate.of(9999, 4, 1)));
    assertEquals(
        "date range end 9999-04-01 is outside the supported range 0001-04-01 to 9999-03-31"
            + " (financial years 0001-02 to 9998-99)",
        e.getMessage());
  }
}
