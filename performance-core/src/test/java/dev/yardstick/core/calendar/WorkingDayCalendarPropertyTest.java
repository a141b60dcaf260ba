package dev.yardstick.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class WorkingDayCalendarPropertyTest {

  private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.englandAndWales();

  // 1 January 1978 to 31 December 2060: the rules' first date to well past today.
  private static final Gen<LocalDate> DATES =
      integers()
          .between(
              (int) LocalDate.of(1978, 1, 1).toEpochDay(),
              (int) LocalDate.of(2060, 12, 31).toEpochDay())
          .map(day -> LocalDate.ofEpochDay(day));

  private static final Gen<Integer> WORKING_DAYS = integers().between(0, 400);

  @Test
  void plusWorkingDays_thenCountingBack_givesN() {
    qt().withExamples(300)
        .forAll(DATES, WORKING_DAYS)
        .check((date, n) -> ENGLAND.countWorkingDays(date, ENGLAND.plusWorkingDays(date, n)) == n);
  }

  @Test
  void minusWorkingDays_thenCountingForward_givesN() {
    qt().withExamples(300)
        .forAll(DATES.map(d -> d.plusYears(2)), WORKING_DAYS)
        .check(
            (date, n) ->
                ENGLAND.countWorkingDays(
                        ENGLAND.minusWorkingDays(date, n),
                        date,
                        EndpointRule.INCLUDE_START_EXCLUDE_END)
                    == n);
  }

  @Test
  void plusWorkingDays_landsOnAWorkingDay() {
    qt().withExamples(300)
        .forAll(DATES, integers().between(1, 400))
        .check((date, n) -> ENGLAND.isWorkingDay(ENGLAND.plusWorkingDays(date, n)));
  }

  @Test
  void plusThenMinusWorkingDays_fromAWorkingDay_returnsTheDate() {
    qt().withExamples(300)
        .forAll(DATES.map(WorkingDayCalendarPropertyTest::nextOrSameWorkingDay), WORKING_DAYS)
        .check(
            (date, n) ->
                ENGLAND.minusWorkingDays(ENGLAND.plusWorkingDays(date, n), n).equals(date));
  }

  @Test
  void countWorkingDays_isMonotonicInTheEndDate() {
    qt().withExamples(300)
        .forAll(DATES, integers().between(0, 800), integers().between(0, 60))
        .check(
            (start, days, more) -> {
              LocalDate end = start.plusDays(days);
              for (EndpointRule rule : EndpointRule.values()) {
                int shorter = ENGLAND.countWorkingDays(start, end, rule);
                int longer = ENGLAND.countWorkingDays(start, end.plusDays(more), rule);
                if (longer < shorter || longer - shorter > more) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void countWorkingDays_equalsADayByDayCount() {
    qt().withExamples(200)
        .forAll(DATES, integers().between(0, 800))
        .check(
            (start, days) -> {
              LocalDate end = start.plusDays(days);
              int byDay = 0;
              for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                if (ENGLAND.isWorkingDay(d)) {
                  byDay++;
                }
              }
              return ENGLAND.countWorkingDays(start, end, EndpointRule.INCLUDE_BOTH) == byDay;
            });
  }

  @Test
  void countWorkingDays_endpointRulesDifferByTheEndsThatAreWorkingDays() {
    qt().withExamples(300)
        .forAll(DATES, integers().between(1, 800))
        .check(
            (start, days) -> {
              LocalDate end = start.plusDays(days);
              int both = ENGLAND.countWorkingDays(start, end, EndpointRule.INCLUDE_BOTH);
              int startIn = ENGLAND.isWorkingDay(start) ? 1 : 0;
              int endIn = ENGLAND.isWorkingDay(end) ? 1 : 0;
              return ENGLAND.countWorkingDays(start, end, EndpointRule.EXCLUDE_BOTH)
                      == both - startIn - endIn
                  && ENGLAND.countWorkingDays(start, end, EndpointRule.EXCLUDE_START_INCLUDE_END)
                      == both - startIn
                  && ENGLAND.countWorkingDays(start, end, EndpointRule.INCLUDE_START_EXCLUDE_END)
                      == both - endIn;
            });
  }

  @Test
  void everyYear_hasTheRulesHolidaysOnWeekdays() {
    qt().forAll(integers().between(1978, 3000))
        .check(
            year ->
                ENGLAND.bankHolidays(year).stream()
                    .allMatch(
                        h ->
                            h.getDate().getYear() == year
                                && !ENGLAND.isWorkingDay(h.getDate())
                                && h.getDate().getDayOfWeek().getValue() <= 5));
  }

  private static LocalDate nextOrSameWorkingDay(LocalDate date) {
    LocalDate d = date;
    while (!ENGLAND.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  @Test
  void nextOrSameWorkingDay_helperIsSound() {
    assertEquals(LocalDate.of(2023, 1, 3), nextOrSameWorkingDay(LocalDate.of(2022, 12, 31)));
  }
}
