package dev.yardstick.core.calendar;

import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bank holidays of England and Wales, computed by rule for any year from 1978, with the one-off
 * changes made by royal proclamation since then. Not API.
 *
 * <p>The rules: New Year's Day (from 1974), Good Friday and Easter Monday, the early May bank
 * holiday on the first Monday of May (from 1978), the spring bank holiday on the last Monday of
 * May, the summer bank holiday on the last Monday of August, Christmas Day and Boxing Day (Banking
 * and Financial Dealings Act 1971, schedule 1, and the proclamations made each year under it). A
 * holiday that falls on a Saturday or Sunday is replaced by a substitute day: the next weekday that
 * is not already a holiday, so Christmas on a Saturday gives Monday 27 and Boxing Day Tuesday 28
 * December.
 */
final class EnglandAndWalesRules {

  /** The first year the current set of rules covers: the early May holiday began in 1978. */
  static final int FIRST_YEAR = 1978;

  static final String NEW_YEARS_DAY = "New Year's Day";
  static final String GOOD_FRIDAY = "Good Friday";
  static final String EASTER_MONDAY = "Easter Monday";
  static final String EARLY_MAY = "Early May bank holiday";
  static final String SPRING = "Spring bank holiday";
  static final String SUMMER = "Summer bank holiday";
  static final String CHRISTMAS_DAY = "Christmas Day";
  static final String BOXING_DAY = "Boxing Day";
  static final String SUBSTITUTE = " (substitute day)";

  /** Rule dates that a proclamation took away (each moved to a date in {@link #ADDED}). */
  private static final ImmutableSet<LocalDate> REMOVED =
      ImmutableSet.of(
          LocalDate.of(1995, 5, 1), // early May moved to VE Day, 8 May
          LocalDate.of(2002, 5, 27), // spring moved to 4 June for the Golden Jubilee
          LocalDate.of(2012, 5, 28), // spring moved to 4 June for the Diamond Jubilee
          LocalDate.of(2020, 5, 4), // early May moved to VE Day, 8 May
          LocalDate.of(2022, 5, 30)); // spring moved to 2 June for the Platinum Jubilee

  /** Holidays that a proclamation added: moved rule holidays and one-off holidays. */
  private static final ImmutableMap<LocalDate, String> ADDED =
      ImmutableMap.<LocalDate, String>builder()
          .put(LocalDate.of(1981, 7, 29), "Royal wedding")
          .put(LocalDate.of(1995, 5, 8), EARLY_MAY + " (VE day)")
          .put(LocalDate.of(1999, 12, 31), "Millennium celebrations")
          .put(LocalDate.of(2002, 6, 3), "Golden Jubilee bank holiday")
          .put(LocalDate.of(2002, 6, 4), SPRING)
          .put(LocalDate.of(2011, 4, 29), "Royal wedding")
          .put(LocalDate.of(2012, 6, 4), SPRING)
          .put(LocalDate.of(2012, 6, 5), "Diamond Jubilee bank holiday")
          .put(LocalDate.of(2020, 5, 8), EARLY_MAY + " (VE day)")
          .put(LocalDate.of(2022, 6, 2), SPRING)
          .put(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday")
          .put(
              LocalDate.of(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II")
          .put(LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III")
          .buildOrThrow();

  private EnglandAndWalesRules() {}

  /**
   * Returns the date of Easter Sunday in the Gregorian calendar, by the anonymous Gregorian
   * algorithm (Meeus, Astronomical Algorithms, 2nd ed., 1998, chapter 8).
   */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** Returns the bank holidays of a year from {@link #FIRST_YEAR}, by date, with their names. */
  static ImmutableSortedMap<LocalDate, String> holidays(int year) {
    LocalDate easter = easterSunday(year);
    Map<LocalDate, String> byRule = new TreeMap<>();
    byRule.put(LocalDate.of(year, 1, 1), NEW_YEARS_DAY);
    byRule.put(easter.minusDays(2), GOOD_FRIDAY);
    byRule.put(easter.plusDays(1), EASTER_MONDAY);
    byRule.put(LocalDate.of(year, 5, 1).with(firstInMonth(DayOfWeek.MONDAY)), EARLY_MAY);
    byRule.put(LocalDate.of(year, 5, 1).with(lastInMonth(DayOfWeek.MONDAY)), SPRING);
    byRule.put(LocalDate.of(year, 8, 1).with(lastInMonth(DayOfWeek.MONDAY)), SUMMER);
    byRule.put(LocalDate.of(year, 12, 25), CHRISTMAS_DAY);
    byRule.put(LocalDate.of(year, 12, 26), BOXING_DAY);

    TreeMap<LocalDate, String> observed = new TreeMap<>();
    List<Map.Entry<LocalDate, String>> onWeekends = new ArrayList<>();
    for (Map.Entry<LocalDate, String> holiday : byRule.entrySet()) {
      if (isWeekend(holiday.getKey())) {
        onWeekends.add(holiday);
      } else {
        observed.put(holiday.getKey(), holiday.getValue());
      }
    }
    for (Map.Entry<LocalDate, String> holiday : onWeekends) {
      LocalDate substitute = holiday.getKey().plusDays(1);
      while (isWeekend(substitute) || observed.containsKey(substitute)) {
        substitute = substitute.plusDays(1);
      }
      observed.put(substitute, holiday.getValue() + SUBSTITUTE);
    }

    for (LocalDate removed : REMOVED) {
      if (removed.getYear() == year && observed.remove(removed) == null) {
        throw new IllegalStateException(
            "one-off removal " + removed + " is not a bank holiday by rule");
      }
    }
    ADDED.forEach(
        (date, name) -> {
          if (date.getYear() == year) {
            observed.put(date, name);
          }
        });
    return ImmutableSortedMap.copyOfSorted(observed);
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
