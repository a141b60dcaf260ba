package dev.yardstick.indicators.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.calendar.WorkingDayCalendar;
import dev.yardstick.core.period.FinancialYear;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Period rules, age bands and timescales on their own. */
class RulesTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2003-04");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Optional<LocalDate> end(String iso) {
    return Optional.of(d(iso));
  }

  @Test
  void periodRules_boundaryDays() {
    assertTrue(PeriodRule.EVENT_IN_PERIOD.test(YEAR, d("2003-04-01")));
    assertTrue(PeriodRule.EVENT_IN_PERIOD.test(YEAR, d("2004-03-31")));
    assertFalse(PeriodRule.EVENT_IN_PERIOD.test(YEAR, d("2003-03-31")));
    assertFalse(PeriodRule.EVENT_IN_PERIOD.test(YEAR, d("2004-04-01")));

    assertTrue(PeriodRule.OPEN_AT_PERIOD_END.test(YEAR, d("2004-03-31"), Optional.empty()));
    assertFalse(PeriodRule.OPEN_AT_PERIOD_END.test(YEAR, d("2003-01-01"), end("2004-03-31")));
    assertTrue(PeriodRule.OPEN_AT_PERIOD_END.test(YEAR, d("2003-01-01"), end("2004-04-01")));
    assertFalse(PeriodRule.OPEN_AT_PERIOD_END.test(YEAR, d("2004-04-01"), Optional.empty()));

    assertTrue(PeriodRule.OPEN_DURING_PERIOD.test(YEAR, d("2002-01-01"), end("2003-04-01")));
    assertFalse(PeriodRule.OPEN_DURING_PERIOD.test(YEAR, d("2002-01-01"), end("2003-03-31")));
    assertTrue(PeriodRule.OPEN_DURING_PERIOD.test(YEAR, d("2004-03-31"), Optional.empty()));
    assertTrue(PeriodRule.OPEN_DURING_PERIOD.test(YEAR, d("2002-01-01"), Optional.empty()));

    assertTrue(PeriodRule.STARTED_IN_PERIOD.test(YEAR, d("2003-04-01"), end("2005-01-01")));
    assertFalse(PeriodRule.STARTED_IN_PERIOD.test(YEAR, d("2003-03-31"), end("2003-05-01")));

    assertTrue(PeriodRule.ENDED_IN_PERIOD.test(YEAR, d("2001-01-01"), end("2004-03-31")));
    assertFalse(PeriodRule.ENDED_IN_PERIOD.test(YEAR, d("2003-05-01"), Optional.empty()));
    assertFalse(PeriodRule.ENDED_IN_PERIOD.test(YEAR, d("2003-05-01"), end("2004-04-01")));
  }

  @Test
  void periodRule_endBeforeStart_isRejectedNamingBoth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PeriodRule.OPEN_DURING_PERIOD.test(YEAR, d("2003-05-02"), end("2003-05-01")));

    assertEquals("end 2003-05-01 is before start 2003-05-02", e.getMessage());
  }

  @Test
  void ageOn_birthdayOnTheReferenceDate_countsTheBirthday() {
    assertEquals(65, AgeBand.ageOn(d("1939-03-31"), d("2004-03-31")));
    assertEquals(64, AgeBand.ageOn(d("1939-04-01"), d("2004-03-31")));
    // born on 29 February: 18 on 1 March in a year that is not a leap year
    assertEquals(17, AgeBand.ageOn(d("1988-02-29"), d("2006-02-28")));
    assertEquals(18, AgeBand.ageOn(d("1988-02-29"), d("2006-03-01")));
    assertEquals(-1, AgeBand.ageOn(d("2004-04-01"), d("2004-03-31")));
    assertEquals(0, AgeBand.ageOn(d("2004-03-31"), d("2004-03-31")));
  }

  @Test
  void ageBand_parseToStringAndContains() {
    AgeBand working = AgeBand.parse("18-64");
    AgeBand older = AgeBand.parse("65+");

    assertEquals(AgeBand.of(18, 64), working);
    assertEquals(AgeBand.atLeast(65), older);
    assertEquals("18-64", working.toString());
    assertEquals("65+", older.toString());
    assertEquals(OptionalInt.of(64), working.getMax());
    assertEquals(OptionalInt.empty(), older.getMax());
    assertEquals(18, working.getMin());
    assertTrue(working.contains(18) && working.contains(64) && !working.contains(65));
    assertTrue(older.contains(65) && older.contains(120) && !older.contains(64));
    assertTrue(working.compareTo(older) < 0);
    assertTrue(AgeBand.atLeast(18).compareTo(working) > 0);
    assertFalse(working.overlaps(older));
    assertTrue(AgeBand.atLeast(60).overlaps(working));
  }

  @Test
  void ageBand_badText_isRejectedQuotingIt() {
    assertEquals(
        "age band 'old' is not of the form 18-64 or 65+",
        assertThrows(IllegalArgumentException.class, () -> AgeBand.parse("old")).getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> AgeBand.parse("64-18"))
            .getMessage()
            .startsWith("age band '64-18' is not a valid band: age band upper age 18"));
    assertEquals(
        "age band lower age -1 is not in 0..150",
        assertThrows(IllegalArgumentException.class, () -> AgeBand.atLeast(-1)).getMessage());
  }

  @Test
  void ageBand_equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(AgeBand.of(18, 64), AgeBand.parse("18-64"))
        .addEqualityGroup(AgeBand.atLeast(65))
        .addEqualityGroup(AgeBand.of(65, 150))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(AgeBand.class);
    new NullPointerTester().testAllPublicInstanceMethods(AgeBand.atLeast(65));
  }

  @Test
  void timescale_workingDaysOverBankHolidayWeekend() {
    Timescale sevenWorkingDays = Timescale.workingDays(7, WorkingDayCalendar.englandAndWales());

    // Thursday 10 April 2003; Good Friday 18 and Easter Monday 21 April do not count
    assertEquals(d("2003-04-23"), sevenWorkingDays.deadline(d("2003-04-10")));
    assertTrue(sevenWorkingDays.isMet(d("2003-04-10"), end("2003-04-23")));
    assertFalse(sevenWorkingDays.isMet(d("2003-04-10"), end("2003-04-24")));
    assertFalse(sevenWorkingDays.isMet(d("2003-04-10"), Optional.empty()));
    assertEquals("within 7 working days", sevenWorkingDays.toString());
  }

  @Test
  void timescale_daysAndMonths() {
    assertTrue(Timescale.days(28).isMet(d("2003-04-01"), end("2003-04-29")));
    assertFalse(Timescale.days(28).isMet(d("2003-04-01"), end("2003-04-30")));
    assertTrue(Timescale.days(0).isMet(d("2003-04-01"), end("2003-04-01")));
    assertEquals(d("2005-02-28"), Timescale.months(12).deadline(d("2004-02-29")));
    assertTrue(Timescale.months(12).isMet(d("2003-04-15"), end("2004-04-15")));
    assertFalse(Timescale.months(12).isMet(d("2003-04-15"), end("2004-04-16")));
    assertEquals("within 12 months", Timescale.months(12).toString());
    assertEquals("within 28 days", Timescale.days(28).toString());
    assertEquals(28, Timescale.days(28).getAmount());
    assertTrue(Timescale.days(28).getCalendar().isEmpty());
  }

  @Test
  void timescale_badInput_isRejectedNamingIt() {
    assertEquals(
        "timescale of -1 days is negative",
        assertThrows(IllegalArgumentException.class, () -> Timescale.days(-1)).getMessage());
    assertEquals(
        "clock stop 2003-04-01 is before clock start 2003-04-02",
        assertThrows(
                IllegalArgumentException.class,
                () -> Timescale.days(1).isMet(d("2003-04-02"), end("2003-04-01")))
            .getMessage());
  }

  @Test
  void timescale_equalsAndNulls() {
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    new EqualsTester()
        .addEqualityGroup(Timescale.days(28), Timescale.days(28))
        .addEqualityGroup(Timescale.months(28))
        .addEqualityGroup(Timescale.workingDays(28, calendar), Timescale.workingDays(28, calendar))
        .addEqualityGroup(Timescale.workingDays(28, WorkingDayCalendar.weekendsOnly()))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Timescale.class);
    new NullPointerTester().testAllPublicInstanceMethods(Timescale.days(1));
  }

  @Test
  void populationTable_lookupUsesTheShortestContainingEntry() {
    PopulationTable table =
        PopulationTable.builder()
            .add(YEAR, 2_000)
            .add(YEAR.getQuarters().get(0), 1_990)
            .add(YEAR, "North", 700)
            .build();

    assertEquals(1_990, table.lookup(YEAR.getMonths().get(0)).orElseThrow());
    assertEquals(2_000, table.lookup(YEAR.getMonths().get(5)).orElseThrow());
    assertEquals(700, table.lookup(YEAR.getMonths().get(5), "North").orElseThrow());
    assertTrue(table.lookup(YEAR, "South").isEmpty());
    assertTrue(table.lookup(FinancialYear.parse("2004-05")).isEmpty());
    assertEquals("PopulationTable[2003-04=2000, 2003-04 Q1=1990, 2003-04 North=700]", table.toString());
    assertEquals(
        "population for 2003-04 is given twice (2000 and 2100)",
        assertThrows(IllegalArgumentException.class, () -> PopulationTable.builder().add(YEAR, 2_000).add(YEAR, 2_100))
            .getMessage());
    new EqualsTester()
        .addEqualityGroup(table, PopulationTable.builder().add(YEAR, 2_000).add(YEAR.getQuarters().get(0), 1_990).add(YEAR, "North", 700).build())
        .addEqualityGroup(PopulationTable.builder().add(YEAR, 2_000).build())
        .testEquals();
  }
}
