package dev.yardstick.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The England and Wales bank holidays of 2000 to 2030, written out by hand and checked against the
 * rules.
 *
 * <p>Source: the gov.uk "UK bank holidays" list (https://www.gov.uk/bank-holidays) and its archived
 * editions for the years it has covered, with the royal proclamations for the one-off changes (2002
 * Golden Jubilee, 2011 royal wedding, 2012 Diamond Jubilee, 2020 VE day, 2022 Platinum Jubilee and
 * state funeral, 2023 coronation). Later years follow the Banking and Financial Dealings Act 1971
 * and the annual proclamations' rules: the usual eight holidays with substitute days. Easter
 * Sundays were checked against an independent table (python-dateutil's {@code
 * dateutil.easter.easter(year)}, the Western method). The names are those gov.uk uses.
 */
class EnglandAndWalesBankHolidaysTest {

  // One line per holiday: date, then name. Substitute days and one-off changes are marked.
  private static final String TABLE =
      """
      2000-01-03 New Year's Day (substitute day)
      2000-04-21 Good Friday
      2000-04-24 Easter Monday
      2000-05-01 Early May bank holiday
      2000-05-29 Spring bank holiday
      2000-08-28 Summer bank holiday
      2000-12-25 Christmas Day
      2000-12-26 Boxing Day
      2001-01-01 New Year's Day
      2001-04-13 Good Friday
      2001-04-16 Easter Monday
      2001-05-07 Early May bank holiday
      2001-05-28 Spring bank holiday
      2001-08-27 Summer bank holiday
      2001-12-25 Christmas Day
      2001-12-26 Boxing Day
      2002-01-01 New Year's Day
      2002-03-29 Good Friday
      2002-04-01 Easter Monday
      2002-05-06 Early May bank holiday
      2002-06-03 Golden Jubilee bank holiday
      2002-06-04 Spring bank holiday
      2002-08-26 Summer bank holiday
      2002-12-25 Christmas Day
      2002-12-26 Boxing Day
      2003-01-01 New Year's Day
      2003-04-18 Good Friday
      2003-04-21 Easter Monday
      2003-05-05 Early May bank holiday
      2003-05-26 Spring bank holiday
      2003-08-25 Summer bank holiday
      2003-12-25 Christmas Day
      2003-12-26 Boxing Day
      2004-01-01 New Year's Day
      2004-04-09 Good Friday
      2004-04-12 Easter Monday
      2004-05-03 Early May bank holiday
      2004-05-31 Spring bank holiday
      2004-08-30 Summer bank holiday
      2004-12-27 Christmas Day (substitute day)
      2004-12-28 Boxing Day (substitute day)
      2005-01-03 New Year's Day (substitute day)
      2005-03-25 Good Friday
      2005-03-28 Easter Monday
      2005-05-02 Early May bank holiday
      2005-05-30 Spring bank holiday
      2005-08-29 Summer bank holiday
      2005-12-26 Boxing Day
      2005-12-27 Christmas Day (substitute day)
      2006-01-02 New Year's Day (substitute day)
      2006-04-14 Good Friday
      2006-04-17 Easter Monday
      2006-05-01 Early May bank holiday
      2006-05-29 Spring bank holiday
      2006-08-28 Summer bank holiday
      2006-12-25 Christmas Day
      2006-12-26 Boxing Day
      2007-01-01 New Year's Day
      2007-04-06 Good Friday
      2007-04-09 Easter Monday
      2007-05-07 Early May bank holiday
      2007-05-28 Spring bank holiday
      2007-08-27 Summer bank holiday
      2007-12-25 Christmas Day
      2007-12-26 Boxing Day
      2008-01-01 New Year's Day
      2008-03-21 Good Friday
      2008-03-24 Easter Monday
      2008-05-05 Early May bank holiday
      2008-05-26 Spring bank holiday
      2008-08-25 Summer bank holiday
      2008-12-25 Christmas Day
      2008-12-26 Boxing Day
      2009-01-01 New Year's Day
      2009-04-10 Good Friday
      2009-04-13 Easter Monday
      2009-05-04 Early May bank holiday
      2009-05-25 Spring bank holiday
      2009-08-31 Summer bank holiday
      2009-12-25 Christmas Day
      2009-12-28 Boxing Day (substitute day)
      2010-01-01 New Year's Day
      2010-04-02 Good Friday
      2010-04-05 Easter Monday
      2010-05-03 Early May bank holiday
      2010-05-31 Spring bank holiday
      2010-08-30 Summer bank holiday
      2010-12-27 Christmas Day (substitute day)
      2010-12-28 Boxing Day (substitute day)
      2011-01-03 New Year's Day (substitute day)
      2011-04-22 Good Friday
      2011-04-25 Easter Monday
      2011-04-29 Royal wedding
      2011-05-02 Early May bank holiday
      2011-05-30 Spring bank holiday
      2011-08-29 Summer bank holiday
      2011-12-26 Boxing Day
      2011-12-27 Christmas Day (substitute day)
      2012-01-02 New Year's Day (substitute day)
      2012-04-06 Good Friday
      2012-04-09 Easter Monday
      2012-05-07 Early May bank holiday
      2012-06-04 Spring bank holiday
      2012-06-05 Diamond Jubilee bank holiday
      2012-08-27 Summer bank holiday
      2012-12-25 Christmas Day
      2012-12-26 Boxing Day
      2013-01-01 New Year's Day
      2013-03-29 Good Friday
      2013-04-01 Easter Monday
      2013-05-06 Early May bank holiday
      2013-05-27 Spring bank holiday
      2013-08-26 Summer bank holiday
      2013-12-25 Christmas Day
      2013-12-26 Boxing Day
      2014-01-01 New Year's Day
      2014-04-18 Good Friday
      2014-04-21 Easter Monday
      2014-05-05 Early May bank holiday
      2014-05-26 Spring bank holiday
      2014-08-25 Summer bank holiday
      2014-12-25 Christmas Day
      2014-12-26 Boxing Day
      2015-01-01 New Year's Day
      2015-04-03 Good Friday
      2015-04-06 Easter Monday
      2015-05-04 Early May bank holiday
      2015-05-25 Spring bank holiday
      2015-08-31 Summer bank holiday
      2015-12-25 Christmas Day
      2015-12-28 Boxing Day (substitute day)
      2016-01-01 New Year's Day
      2016-03-25 Good Friday
      2016-03-28 Easter Monday
      2016-05-02 Early May bank holiday
      2016-05-30 Spring bank holiday
      2016-08-29 Summer bank holiday
      2016-12-26 Boxing Day
      2016-12-27 Christmas Day (substitute day)
      2017-01-02 New Year's Day (substitute day)
      2017-04-14 Good Friday
      2017-04-17 Easter Monday
      2017-05-01 Early May bank holiday
      2017-05-29 Spring bank holiday
      2017-08-28 Summer bank holiday
      2017-12-25 Christmas Day
      2017-12-26 Boxing Day
      2018-01-01 New Year's Day
      2018-03-30 Good Friday
      2018-04-02 Easter Monday
      2018-05-07 Early May bank holiday
      2018-05-28 Spring bank holiday
      2018-08-27 Summer bank holiday
      2018-12-25 Christmas Day
      2018-12-26 Boxing Day
      2019-01-01 New Year's Day
      2019-04-19 Good Friday
      2019-04-22 Easter Monday
      2019-05-06 Early May bank holiday
      2019-05-27 Spring bank holiday
      2019-08-26 Summer bank holiday
      2019-12-25 Christmas Day
      2019-12-26 Boxing Day
      2020-01-01 New Year's Day
      2020-04-10 Good Friday
      2020-04-13 Easter Monday
      2020-05-08 Early May bank holiday (VE day)
      2020-05-25 Spring bank holiday
      2020-08-31 Summer bank holiday
      2020-12-25 Christmas Day
      2020-12-28 Boxing Day (substitute day)
      2021-01-01 New Year's Day
      2021-04-02 Good Friday
      2021-04-05 Easter Monday
      2021-05-03 Early May bank holiday
      2021-05-31 Spring bank holiday
      2021-08-30 Summer bank holiday
      2021-12-27 Christmas Day (substitute day)
      2021-12-28 Boxing Day (substitute day)
      2022-01-03 New Year's Day (substitute day)
      2022-04-15 Good Friday
      2022-04-18 Easter Monday
      2022-05-02 Early May bank holiday
      2022-06-02 Spring bank holiday
      2022-06-03 Platinum Jubilee bank holiday
      2022-08-29 Summer bank holiday
      2022-09-19 Bank holiday for the State Funeral of Queen Elizabeth II
      2022-12-26 Boxing Day
      2022-12-27 Christmas Day (substitute day)
      2023-01-02 New Year's Day (substitute day)
      2023-04-07 Good Friday
      2023-04-10 Easter Monday
      2023-05-01 Early May bank holiday
      2023-05-08 Bank holiday for the coronation of King Charles III
      2023-05-29 Spring bank holiday
      2023-08-28 Summer bank holiday
      2023-12-25 Christmas Day
      2023-12-26 Boxing Day
      2024-01-01 New Year's Day
      2024-03-29 Good Friday
      2024-04-01 Easter Monday
      2024-05-06 Early May bank holiday
      2024-05-27 Spring bank holiday
      2024-08-26 Summer bank holiday
      2024-12-25 Christmas Day
      2024-12-26 Boxing Day
      2025-01-01 New Year's Day
      2025-04-18 Good Friday
      2025-04-21 Easter Monday
      2025-05-05 Early May bank holiday
      2025-05-26 Spring bank holiday
      2025-08-25 Summer bank holiday
      2025-12-25 Christmas Day
      2025-12-26 Boxing Day
      2026-01-01 New Year's Day
      2026-04-03 Good Friday
      2026-04-06 Easter Monday
      2026-05-04 Early May bank holiday
      2026-05-25 Spring bank holiday
      2026-08-31 Summer bank holiday
      2026-12-25 Christmas Day
      2026-12-28 Boxing Day (substitute day)
      2027-01-01 New Year's Day
      2027-03-26 Good Friday
      2027-03-29 Easter Monday
      2027-05-03 Early May bank holiday
      2027-05-31 Spring bank holiday
      2027-08-30 Summer bank holiday
      2027-12-27 Christmas Day (substitute day)
      2027-12-28 Boxing Day (substitute day)
      2028-01-03 New Year's Day (substitute day)
      2028-04-14 Good Friday
      2028-04-17 Easter Monday
      2028-05-01 Early May bank holiday
      2028-05-29 Spring bank holiday
      2028-08-28 Summer bank holiday
      2028-12-25 Christmas Day
      2028-12-26 Boxing Day
      2029-01-01 New Year's Day
      2029-03-30 Good Friday
      2029-04-02 Easter Monday
      2029-05-07 Early May bank holiday
      2029-05-28 Spring bank holiday
      2029-08-27 Summer bank holiday
      2029-12-25 Christmas Day
      2029-12-26 Boxing Day
      2030-01-01 New Year's Day
      2030-04-19 Good Friday
      2030-04-22 Easter Monday
      2030-05-06 Early May bank holiday
      2030-05-27 Spring bank holiday
      2030-08-26 Summer bank holiday
      2030-12-25 Christmas Day
      2030-12-26 Boxing Day
      """;

  // Easter Sunday, 2000 to 2030 (python-dateutil easter.easter(year), EASTER_WESTERN).
  private static final String EASTER_SUNDAYS =
      "2000-04-23 2001-04-15 2002-03-31 2003-04-20 2004-04-11 2005-03-27 2006-04-16 2007-04-08"
          + " 2008-03-23 2009-04-12 2010-04-04 2011-04-24 2012-04-08 2013-03-31 2014-04-20"
          + " 2015-04-05 2016-03-27 2017-04-16 2018-04-01 2019-04-21 2020-04-12 2021-04-04"
          + " 2022-04-17 2023-04-09 2024-03-31 2025-04-20 2026-04-05 2027-03-28 2028-04-16"
          + " 2029-04-01 2030-04-21";

  private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

  private static Map<Integer, List<String>> tableByYear() {
    Map<Integer, List<String>> byYear = new TreeMap<>();
    for (String line : TABLE.strip().split("\n")) {
      byYear
          .computeIfAbsent(Integer.parseInt(line.substring(0, 4)), y -> new ArrayList<>())
          .add(line.strip());
    }
    return byYear;
  }

  @Test
  void bankHolidays_2000to2030_matchTheGovUkTable() {
    Map<Integer, List<String>> expected = tableByYear();
    assertEquals(31, expected.size());
    expected.forEach(
        (year, lines) -> {
          List<String> actual =
              calendar.bankHolidays(year).stream()
                  .map(h -> h.getDate() + " " + h.getName())
                  .collect(Collectors.toList());
          assertEquals(lines, actual, "bank holidays of " + year);
        });
  }

  @Test
  void bankHolidays_2000to2030_areAllWeekdaysAndNotWorkingDays() {
    tableByYear().values().stream()
        .flatMap(List::stream)
        .map(line -> LocalDate.parse(line.substring(0, 10)))
        .forEach(
            date -> {
              assertTrue(date.getDayOfWeek().getValue() <= 5, date + " is a weekday");
              assertTrue(calendar.isBankHoliday(date), date + " is a bank holiday");
              assertFalse(calendar.isWorkingDay(date), date + " is not a working day");
            });
  }

  @Test
  void easterSunday_2000to2030_matchesIndependentTable() {
    int year = 2000;
    for (String text : EASTER_SUNDAYS.split(" ")) {
      LocalDate expected = LocalDate.parse(text);
      assertEquals(expected, EnglandAndWalesRules.easterSunday(year), "Easter Sunday " + year);
      assertEquals(DayOfWeek.SUNDAY, expected.getDayOfWeek());
      year++;
    }
    assertEquals(2031, year);
  }

  @Test
  void easterSunday_farYears_matchPublishedDates() {
    // The earliest (22 March) and latest (25 April) Easters of the last centuries and Meeus's
    // worked example (1954); checked with python-dateutil's easter.easter(year).
    assertEquals(LocalDate.of(1818, 3, 22), EnglandAndWalesRules.easterSunday(1818)); // earliest
    assertEquals(LocalDate.of(1943, 4, 25), EnglandAndWalesRules.easterSunday(1943)); // latest
    assertEquals(LocalDate.of(1954, 4, 18), EnglandAndWalesRules.easterSunday(1954));
    assertEquals(LocalDate.of(2285, 3, 22), EnglandAndWalesRules.easterSunday(2285));
    assertEquals(LocalDate.of(2038, 4, 25), EnglandAndWalesRules.easterSunday(2038));
  }

  @Test
  void bankHolidays_before2000_includeTheOneOffChanges() {
    assertEquals(
        "Royal wedding", calendar.getBankHoliday(LocalDate.of(1981, 7, 29)).get().getName());
    // 1995: the early May holiday moved from Monday 1 May to Monday 8 May for VE Day's 50th year.
    assertTrue(calendar.isWorkingDay(LocalDate.of(1995, 5, 1)));
    assertEquals(
        "Early May bank holiday (VE day)",
        calendar.getBankHoliday(LocalDate.of(1995, 5, 8)).get().getName());
    // 1999: Christmas on a Saturday, then the millennium holiday on Friday 31 December.
    assertEquals(
        List.of(
            "1999-12-27 Christmas Day (substitute day)",
            "1999-12-28 Boxing Day (substitute day)",
            "1999-12-31 Millennium celebrations"),
        calendar.bankHolidays(1999).stream()
            .filter(h -> h.getDate().getMonthValue() == 12)
            .map(h -> h.getDate() + " " + h.getName())
            .collect(Collectors.toList()));
  }

  @Test
  void bankHolidays_everyYearFrom1978_haveEightBankHolidaysExceptOneOffYears() {
    Map<Integer, Integer> oneOffYears =
        Map.of(1981, 9, 1999, 9, 2002, 9, 2011, 9, 2012, 9, 2022, 10, 2023, 9);
    for (int year = 1978; year <= 2100; year++) {
      assertEquals(
          oneOffYears.getOrDefault(year, 8),
          calendar.bankHolidays(year).size(),
          "number of bank holidays in " + year);
    }
  }
}
