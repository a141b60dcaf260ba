package dev.yardstick.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.core.period.ReportingPeriod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.englandAndWales();

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void packageExample_sevenWorkingDaysOfReferral_skipsChristmasAndNewYear() {
    LocalDate referral = date(2022, 12, 23);
    assertEquals(date(2023, 1, 6), ENGLAND.plusWorkingDays(referral, 7));
    int taken = ENGLAND.countWorkingDays(referral, date(2023, 1, 5));
    assertEquals(6, taken);
    assertEquals(20, ENGLAND.countWorkingDays(ReportingMonth.of(2022, Month.DECEMBER)));
  }

  @Test
  void isWorkingDay_weekdaysWeekendsAndHolidays() {
    assertTrue(ENGLAND.isWorkingDay(date(2024, 5, 7))); // Tuesday after early May
    assertFalse(ENGLAND.isWorkingDay(date(2024, 5, 6))); // early May bank holiday
    assertFalse(ENGLAND.isWorkingDay(date(2024, 5, 4))); // Saturday
    assertFalse(ENGLAND.isWorkingDay(date(2024, 5, 5))); // Sunday
    assertTrue(WorkingDayCalendar.weekendsOnly().isWorkingDay(date(2024, 5, 6)));
  }

  @Test
  void isBankHoliday_substituteDayIsAHolidayAndTheWeekendDayItReplacesIsNot() {
    assertTrue(ENGLAND.isBankHoliday(date(2021, 12, 27)));
    assertFalse(ENGLAND.isBankHoliday(date(2021, 12, 25)));
    assertFalse(ENGLAND.isWorkingDay(date(2021, 12, 25)));
  }

  @Test
  void getBankHoliday_namesTheHolidayOrIsEmpty() {
    assertEquals(
        Optional.of(
            BankHoliday.of(
                date(2023, 5, 8), "Bank holiday for the coronation of King Charles III")),
        ENGLAND.getBankHoliday(date(2023, 5, 8)));
    assertEquals(Optional.empty(), ENGLAND.getBankHoliday(date(2023, 5, 9)));
  }

  @Test
  void bankHolidays_ofAPeriod_listsThoseInsideIt() {
    ReportingPeriod winter = ReportingPeriod.parse("2021-12-20/2022-01-10");
    assertEquals(
        List.of(date(2021, 12, 27), date(2021, 12, 28), date(2022, 1, 3)),
        ENGLAND.bankHolidays(winter).stream()
            .map(BankHoliday::getDate)
            .collect(Collectors.toList()));
    // 2023-24 holds two Good Fridays (7 April 2023, 29 March 2024) and the coronation.
    assertEquals(10, ENGLAND.bankHolidays(FinancialYear.of(2023)).size());
  }

  @Test
  void countWorkingDays_eachEndpointRule() {
    // Monday 3 June 2024 to Friday 7 June 2024: five working days.
    LocalDate monday = date(2024, 6, 3);
    LocalDate friday = date(2024, 6, 7);
    assertEquals(5, ENGLAND.countWorkingDays(monday, friday, EndpointRule.INCLUDE_BOTH));
    assertEquals(
        4, ENGLAND.countWorkingDays(monday, friday, EndpointRule.EXCLUDE_START_INCLUDE_END));
    assertEquals(
        4, ENGLAND.countWorkingDays(monday, friday, EndpointRule.INCLUDE_START_EXCLUDE_END));
    assertEquals(3, ENGLAND.countWorkingDays(monday, friday, EndpointRule.EXCLUDE_BOTH));
    assertEquals(4, ENGLAND.countWorkingDays(monday, friday));
  }

  @Test
  void countWorkingDays_sameDay_isOneOnlyWhenBothEndsCount() {
    LocalDate monday = date(2024, 6, 3);
    assertEquals(1, ENGLAND.countWorkingDays(monday, monday, EndpointRule.INCLUDE_BOTH));
    assertEquals(
        0, ENGLAND.countWorkingDays(monday, monday, EndpointRule.EXCLUDE_START_INCLUDE_END));
    assertEquals(0, ENGLAND.countWorkingDays(monday, monday, EndpointRule.EXCLUDE_BOTH));
  }

  @Test
  void countWorkingDays_ofFinancialYear2022_excludesWeekendsAndItsTenHolidays() {
    // Friday 1 April 2022 to Friday 31 March 2023: 52 weeks and a day, so 261 weekdays, less the
    // 10 bank holidays that fall on them: 15 and 18 April, 2 May, 2 and 3 June, 29 August,
    // 19 September, 26 and 27 December 2022, and 2 January 2023 (Good Friday 2023 is 7 April).
    assertEquals(251, ENGLAND.countWorkingDays(FinancialYear.of(2022)));
  }

  @Test
  void plusWorkingDays_fromAWeekend_countsFromTheNextWorkingDay() {
    LocalDate saturday = date(2024, 6, 1);
    assertEquals(date(2024, 6, 3), ENGLAND.plusWorkingDays(saturday, 1));
    assertEquals(saturday, ENGLAND.plusWorkingDays(saturday, 0));
    assertEquals(date(2024, 5, 31), ENGLAND.minusWorkingDays(saturday, 1));
    assertEquals(date(2024, 5, 31), ENGLAND.plusWorkingDays(saturday, -1));
    assertEquals(date(2024, 6, 3), ENGLAND.minusWorkingDays(saturday, -1));
  }

  @Test
  void plusWorkingDays_acrossEaster() {
    // Thursday 28 March 2024; Good Friday 29 March and Easter Monday 1 April.
    assertEquals(date(2024, 4, 2), ENGLAND.plusWorkingDays(date(2024, 3, 28), 1));
    assertEquals(date(2024, 3, 28), ENGLAND.minusWorkingDays(date(2024, 4, 2), 1));
  }

  @Test
  void withHoliday_addsAHolidayThatIsNotAWorkingDay() {
    LocalDate closure = date(2023, 12, 29);
    WorkingDayCalendar calendar = ENGLAND.withHoliday(closure, "Council closure day");
    assertFalse(calendar.isWorkingDay(closure));
    assertTrue(ENGLAND.isWorkingDay(closure), "the original calendar is unchanged");
    assertEquals(10, calendar.bankHolidays(2023).size()); // the usual eight, the coronation, this
    assertEquals("Council closure day", calendar.getBankHoliday(closure).get().getName());
  }

  @Test
  void withHoliday_onAWeekend_changesNoWorkingDay() {
    WorkingDayCalendar calendar = ENGLAND.withHoliday(date(2024, 6, 1), "Saturday fete");
    assertTrue(calendar.isBankHoliday(date(2024, 6, 1)));
    assertEquals(
        ENGLAND.countWorkingDays(date(2024, 5, 1), date(2024, 7, 1)),
        calendar.countWorkingDays(date(2024, 5, 1), date(2024, 7, 1)));
  }

  @Test
  void withoutHoliday_removesARuleHoliday() {
    WorkingDayCalendar calendar = ENGLAND.withoutHoliday(date(2030, 5, 6));
    assertTrue(calendar.isWorkingDay(date(2030, 5, 6)));
    assertEquals(7, calendar.bankHolidays(2030).size());
  }

  @Test
  void withHolidayAndWithout_normaliseSoEqualCalendarsBehaveAlike() {
    LocalDate easterMonday = date(2030, 4, 22);
    assertEquals(
        ENGLAND, ENGLAND.withoutHoliday(easterMonday).withHoliday(easterMonday, "Easter Monday"));
    assertEquals(
        ENGLAND, ENGLAND.withHoliday(date(2030, 6, 3), "Extra").withoutHoliday(date(2030, 6, 3)));
  }

  @Test
  void equals_andHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            WorkingDayCalendar.englandAndWales(), WorkingDayCalendar.englandAndWales())
        .addEqualityGroup(WorkingDayCalendar.weekendsOnly())
        .addEqualityGroup(
            ENGLAND.withHoliday(date(2030, 6, 3), "Extra"),
            ENGLAND.withHoliday(date(2030, 6, 3), "Extra"))
        .addEqualityGroup(ENGLAND.withHoliday(date(2030, 6, 3), "Other name"))
        .addEqualityGroup(ENGLAND.withoutHoliday(date(2030, 5, 6)))
        .addEqualityGroup(WorkingDayCalendar.weekendsOnly().withHoliday(date(2030, 6, 3), "Extra"))
        .testEquals();
  }

  @Test
  void serialisation_sharedCalendars_readBackAsTheSameInstances() {
    assertSame(ENGLAND, SerializableTester.reserialize(ENGLAND));
    assertSame(
        WorkingDayCalendar.weekendsOnly(),
        SerializableTester.reserialize(WorkingDayCalendar.weekendsOnly()));
  }

  @Test
  void serialisation_withAddedAndRemovedHolidays_isEqualAndCountsTheSameWorkingDays() {
    WorkingDayCalendar calendar =
        ENGLAND
            .withHoliday(date(2023, 12, 29), "Council closure day")
            .withoutHoliday(date(2023, 5, 8)) // the coronation
            .withHoliday(date(2023, 8, 28), "Renamed summer holiday");
    calendar.isWorkingDay(date(2023, 1, 3)); // fill the memory of computed years first

    WorkingDayCalendar back = SerializableTester.reserializeAndAssert(calendar);

    assertEquals(calendar.bankHolidays(2023), back.bankHolidays(2023));
    assertEquals(
        calendar.countWorkingDays(date(2023, 1, 1), date(2024, 12, 31)),
        back.countWorkingDays(date(2023, 1, 1), date(2024, 12, 31)));
    assertEquals(
        calendar.plusWorkingDays(date(2023, 12, 22), 3),
        back.plusWorkingDays(date(2023, 12, 22), 3));
    assertTrue(back.isWorkingDay(date(2023, 5, 8)));
  }

  @Test
  void deserialisation_blankHolidayName_isRejectedNamingTheDate() throws Exception {
    byte[] bytes = serialise(ENGLAND.withHoliday(date(2023, 12, 29), "Closure"));
    // the name is written as its UTF-8 bytes: make it seven spaces
    byte[] name = "Closure".getBytes(StandardCharsets.UTF_8);
    int at = indexOf(bytes, name);
    Arrays.fill(bytes, at, at + name.length, (byte) ' ');

    InvalidObjectException e =
        assertThrows(InvalidObjectException.class, () -> deserialise(bytes));

    assertEquals(
        "deserialised working-day calendar is invalid: holiday on 2023-12-29: name must not be"
            + " blank",
        e.getMessage());
  }

  private static byte[] serialise(Object object) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    return bytes.toByteArray();
  }

  private static Object deserialise(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  private static int indexOf(byte[] bytes, byte[] pattern) {
    outer:
    for (int i = 0; i <= bytes.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (bytes[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("pattern not in the stream");
  }

  @Test
  void toString_describesTheCalendar() {
    assertEquals(
        "WorkingDayCalendar[England and Wales, 1 added, 0 removed]",
        ENGLAND.withHoliday(date(2030, 6, 3), "Extra").toString());
    assertEquals(
        "WorkingDayCalendar[weekends only, 0 added, 0 removed]",
        WorkingDayCalendar.weekendsOnly().toString());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(LocalDate.class, date(2024, 6, 3));
    tester.setDefault(ReportingPeriod.class, FinancialYear.of(2024));
    tester.setDefault(String.class, "Extra");
    tester.testAllPublicStaticMethods(WorkingDayCalendar.class);
    tester.testAllPublicInstanceMethods(ENGLAND);
    tester.testAllPublicInstanceMethods(WorkingDayCalendar.weekendsOnly());
  }

  @Test
  void countWorkingDays_endBeforeStart_isRejectedNamingBothDates() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ENGLAND.countWorkingDays(date(2023, 5, 10), date(2023, 5, 1)));
    assertEquals(
        "working days from 2023-05-10 to 2023-05-01: end 2023-05-01 is before start 2023-05-10",
        e.getMessage());
  }

  @Test
  void englandAndWales_before1978_isRejectedNamingTheDate() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ENGLAND.isWorkingDay(date(1977, 6, 7)));
    assertEquals(
        "date 1977-06-07 is before 1978-01-01, the first date the England and Wales"
            + " bank-holiday rules of this calendar cover",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ENGLAND.bankHolidays(1977));
    assertThrows(
        IllegalArgumentException.class, () -> ENGLAND.minusWorkingDays(date(1978, 1, 3), 5));
    assertThrows(
        IllegalArgumentException.class,
        () -> ENGLAND.withHoliday(date(1977, 6, 7), "Silver Jubilee"));
    assertTrue(WorkingDayCalendar.weekendsOnly().isWorkingDay(date(1977, 6, 7)));
  }

  @Test
  void withHoliday_blankName_isRejectedNamingTheDate() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ENGLAND.withHoliday(date(2030, 6, 3), " "));
    assertEquals("holiday on 2030-06-03: name must not be blank", e.getMessage());
  }

  @Test
  void withoutHoliday_notAHoliday_isRejectedNamingTheDate() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ENGLAND.withoutHoliday(date(2030, 6, 4)));
    assertEquals(
        "date 2030-06-04 is not a holiday of this calendar, so cannot be removed", e.getMessage());
  }
}
