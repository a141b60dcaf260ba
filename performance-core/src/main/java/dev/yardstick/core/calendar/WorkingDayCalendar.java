package dev.yardstick.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.yardstick.core.period.ReportingPeriod;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Which days are working days: every Monday to Friday that is not a bank holiday. Social-care
 * timescales are written in working days ("an assessment within 7 working days of referral"), and
 * this calendar counts them and adds them to dates.
 *
 * <h2>England and Wales</h2>
 *
 * <p>{@link #englandAndWales()} computes the bank holidays of England and Wales by rule for every
 * year from 1978, the first year of the early May bank holiday:
 *
 * <ul>
 *   <li>New Year's Day, 1 January;
 *   <li>Good Friday and Easter Monday, from the date of Easter Sunday (the anonymous Gregorian
 *       algorithm, as given by Meeus, <i>Astronomical Algorithms</i>, chapter 8);
 *   <li>the early May bank holiday, the first Monday of May;
 *   <li>the spring bank holiday, the last Monday of May;
 *   <li>the summer bank holiday, the last Monday of August;
 *   <li>Christmas Day, 25 December, and Boxing Day, 26 December.
 * </ul>
 *
 * <p>A holiday that falls on a Saturday or Sunday gives a substitute day, the next weekday that is
 * not already a holiday: New Year's Day on a Saturday or Sunday gives Monday 3 or 2 January;
 * Christmas on a Saturday gives Monday 27 and Boxing Day Tuesday 28 December; Christmas on a Sunday
 * gives Tuesday 27 December, Boxing Day being Monday 26.
 *
 * <p>The calendar also holds the changes made by royal proclamation: the royal wedding of 29 July
 * 1981; the early May holiday moved to 8 May for VE Day in 1995 and 2020; the millennium holiday of
 * 31 December 1999; the spring holiday moved to 4 June 2002 with the Golden Jubilee holiday on 3
 * June; the royal wedding of 29 April 2011; the spring holiday moved to 4 June 2012 with the
 * Diamond Jubilee holiday on 5 June; the spring holiday moved to 2 June 2022 with the Platinum
 * Jubilee holiday on 3 June; the state funeral of Queen Elizabeth II on 19 September 2022; and the
 * coronation of King Charles III on 8 May 2023. Changes announced after this release are not known
 * to it: add them with {@link #withHoliday(LocalDate, String)} and {@link
 * #withoutHoliday(LocalDate)}. The names of the holidays are those gov.uk uses.
 *
 * <h2>Other calendars</h2>
 *
 * <p>{@link #weekendsOnly()} has no bank holidays and covers every year; add the holidays of
 * Scotland, Northern Ireland or a council's own closure days to it, or to the England and Wales
 * calendar, with {@link #withHoliday(LocalDate, String)}.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>The England and Wales rules cover dates from 1 January 1978; a question about an earlier
 *       date throws {@link IllegalArgumentException} rather than answer by rules that were not then
 *       in force.
 *   <li>A holiday added on a Saturday or Sunday is listed as a bank holiday but changes no working
 *       day; an added holiday moves no substitute day.
 * </ul>
 *
 * <h2>Serialisation</h2>
 *
 * <p>A calendar is {@link Serializable}, so that a formula with a working-day timescale can be
 * shipped to the workers of a cluster engine. The serial form is what makes the calendar's value:
 * whether it has the England and Wales rules, and the holidays added to and removed from them. It
 * is read back through {@link #withHoliday(LocalDate, String)} and {@link
 * #withoutHoliday(LocalDate)}, so a stream cannot make a calendar those methods would reject; the
 * rules themselves are not written, so a calendar read by a later release has that release's
 * rules.
 *
 * <p>Implementation requirements: immutable and thread-safe. A calendar remembers the holidays of
 * the years it has been asked about; that memory is not part of its value and is not serialised.
 *
 * @since 0.1.0
 */
public final class WorkingDayCalendar implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final WorkingDayCalendar ENGLAND_AND_WALES =
      new WorkingDayCalendar(true, ImmutableSortedMap.of(), ImmutableSortedSet.of());

  private static final WorkingDayCalendar WEEKENDS_ONLY =
      new WorkingDayCalendar(false, ImmutableSortedMap.of(), ImmutableSortedSet.of());

  private static final LocalDate ENGLAND_AND_WALES_FIRST_DATE =
      LocalDate.of(EnglandAndWalesRules.FIRST_YEAR, 1, 1);

  // The value, written through SerialForm rather than as these fields.
  private final transient boolean englandAndWales;
  private final transient ImmutableSortedMap<LocalDate, String> added;
  private final transient ImmutableSortedSet<LocalDate> removed;
  private final transient ConcurrentMap<Integer, ImmutableSortedMap<LocalDate, String>> years =
      new ConcurrentHashMap<>();

  private WorkingDayCalendar(
      boolean englandAndWales,
      ImmutableSortedMap<LocalDate, String> added,
      ImmutableSortedSet<LocalDate> removed) {
    this.englandAndWales = englandAndWales;
    this.added = added;
    this.removed = removed;
  }

  /**
   * Returns the working days of England and Wales: weekdays other than the bank holidays, computed
   * by rule with the one-off changes listed in the class documentation.
   *
   * @return the calendar, not null
   */
  public static WorkingDayCalendar englandAndWales() {
    return ENGLAND_AND_WALES;
  }

  /**
   * Returns a calendar in which every Monday to Friday is a working day, for callers who add their
   * own holidays.
   *
   * @return the calendar, not null
   */
  public static WorkingDayCalendar weekendsOnly() {
    return WEEKENDS_ONLY;
  }

  /**
   * Returns a copy of this calendar with one more holiday, such as a newly proclaimed bank holiday
   * or a council's own closure day. If the date is already a holiday, its name is replaced.
   *
   * @param date the date of the holiday, not null
   * @param name the name of the holiday, not blank, not null
   * @return the new calendar, not null
   * @throws IllegalArgumentException if the name is blank, or the date is before 1978 in a calendar
   *     with the England and Wales rules
   */
  public WorkingDayCalendar withHoliday(LocalDate date, String name) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "holiday on %s: name must not be blank", date);
    checkCovered(date, "holiday");
    TreeSet<LocalDate> newRemoved = new TreeSet<>(removed);
    newRemoved.remove(date);
    TreeMap<LocalDate, String> newAdded = new TreeMap<>(added);
    if (name.equals(ruleHolidays(date.getYear()).get(date))) {
      newAdded.remove(date);
    } else {
      newAdded.put(date, name);
    }
    return new WorkingDayCalendar(
        englandAndWales,
        ImmutableSortedMap.copyOfSorted(newAdded),
        ImmutableSortedSet.copyOfSorted(newRemoved));
  }

  /**
   * Returns a copy of this calendar in which a date is no longer a holiday, for a holiday that was
   * moved or cancelled after this release.
   *
   * @param date a date that is a holiday of this calendar, not null
   * @return the new calendar, not null
   * @throws IllegalArgumentException if the date is not a holiday of this calendar, or is before
   *     1978 in a calendar with the England and Wales rules
   */
  public WorkingDayCalendar withoutHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkArgument(
        isBankHoliday(date),
        "date %s is not a holiday of this calendar, so cannot be removed",
        date);
    TreeMap<LocalDate, String> newAdded = new TreeMap<>(added);
    newAdded.remove(date);
    TreeSet<LocalDate> newRemoved = new TreeSet<>(removed);
    if (ruleHolidays(date.getYear()).containsKey(date)) {
      newRemoved.add(date);
    }
    return new WorkingDayCalendar(
        englandAndWales,
        ImmutableSortedMap.copyOfSorted(newAdded),
        ImmutableSortedSet.copyOfSorted(newRemoved));
  }

  /**
   * Tells whether a date is a working day: a Monday to Friday that is not a holiday.
   *
   * @param date the date, not null
   * @return {@code true} for a working day
   * @throws IllegalArgumentException if the date is before 1978 in a calendar with the England and
   *     Wales rules
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkCovered(date, "date");
    return !EnglandAndWalesRules.isWeekend(date) && !holidaysOf(date.getYear()).containsKey(date);
  }

  /**
   * Tells whether a date is a bank holiday (or another holiday added to this calendar). Substitute
   * days are bank holidays; the weekend day they replace is not.
   *
   * @param date the date, not null
   * @return {@code true} for a holiday
   * @throws IllegalArgumentException if the date is before 1978 in a calendar with the England and
   *     Wales rules
   */
  public boolean isBankHoliday(LocalDate date) {
    return getBankHoliday(date).isPresent();
  }

  /**
   * Returns the bank holiday on a date, with its name.
   *
   * @param date the date, not null
   * @return the holiday, or empty if the date is not a holiday
   * @throws IllegalArgumentException if the date is before 1978 in a calendar with the England and
   *     Wales rules
   */
  public Optional<BankHoliday> getBankHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkCovered(date, "date");
    String name = holidaysOf(date.getYear()).get(date);
    return name == null ? Optional.empty() : Optional.of(BankHoliday.of(date, name));
  }

  /**
   * Returns the bank holidays of a calendar year, in date order.
   *
   * @param year the calendar year
   * @return the holidays, an unmodifiable list, not null; eight in a usual England and Wales year
   * @throws IllegalArgumentException if the year is before 1978 in a calendar with the England and
   *     Wales rules
   */
  public List<BankHoliday> bankHolidays(int year) {
    checkCovered(LocalDate.of(year, 12, 31), "year " + year + ", whose last day");
    return toList(holidaysOf(year));
  }

  /**
   * Returns the bank holidays that fall in a reporting period, in date order.
   *
   * @param period the period, not null
   * @return the holidays from the period's start to its end, an unmodifiable list, not null
   * @throws IllegalArgumentException if the period starts before 1978 in a calendar with the
   *     England and Wales rules
   */
  public List<BankHoliday> bankHolidays(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    checkCovered(period.getStart(), "period " + period + " start");
    ImmutableList.Builder<BankHoliday> holidays = ImmutableList.builder();
    for (int year = period.getStart().getYear(); year <= period.getEnd().getYear(); year++) {
      holidays.addAll(
          toList(holidaysOf(year).subMap(period.getStart(), true, period.getEnd(), true)));
    }
    return holidays.build();
  }

  /**
   * Counts the working days from one date to another, not counting the start and counting the end:
   * {@link EndpointRule#EXCLUDE_START_INCLUDE_END}, the rule of timescales counted from an event.
   *
   * @param start the first date, such as the date of a referral, not null
   * @param end the last date, on or after the start, not null
   * @return the number of working days after the start up to and including the end, at least 0
   * @throws IllegalArgumentException if the end is before the start, or a date is before 1978 in a
   *     calendar with the England and Wales rules
   */
  public int countWorkingDays(LocalDate start, LocalDate end) {
    return countWorkingDays(start, end, EndpointRule.EXCLUDE_START_INCLUDE_END);
  }

  /**
   * Counts the working days from one date to another, each end counting as the rule says.
   *
   * <p>With {@link EndpointRule#EXCLUDE_START_INCLUDE_END}, counting from a date to {@link
   * #plusWorkingDays(LocalDate, int) plusWorkingDays(date, n)} gives {@code n}.
   *
   * @param start the first date, not null
   * @param end the last date, on or after the start, not null
   * @param rule whether the start and the end count, not null
   * @return the number of working days, at least 0; 0 if the start equals the end and the rule
   *     excludes either end
   * @throws IllegalArgumentException if the end is before the start, or a date is before 1978 in a
   *     calendar with the England and Wales rules
   */
  public int countWorkingDays(LocalDate start, LocalDate end, EndpointRule rule) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(rule, "rule");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "working days from "
              + start
              + " to "
              + end
              + ": end "
              + end
              + " is before start "
              + start);
    }
    checkCovered(start, "start");
    LocalDate from = rule.isStartIncluded() ? start : start.plusDays(1);
    LocalDate to = rule.isEndIncluded() ? end : end.minusDays(1);
    if (to.isBefore(from)) {
      return 0;
    }
    return countInclusive(from, to);
  }

  /**
   * Counts the working days in a reporting period, both ends included.
   *
   * @param period the period, such as a month, not null
   * @return the number of working days in the period, at least 0
   * @throws IllegalArgumentException if the period starts before 1978 in a calendar with the
   *     England and Wales rules
   */
  public int countWorkingDays(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return countWorkingDays(period.getStart(), period.getEnd(), EndpointRule.INCLUDE_BOTH);
  }

  /**
   * Returns the date a number of working days after a date: the last day of a timescale such as
   * "within 7 working days of referral".
   *
   * <p>The date itself never counts, whether or not it is a working day: one working day after a
   * Friday, a Saturday or a Sunday is the following Monday, if that is a working day. So the result
   * for {@code n >= 1} is always a working day, and {@link #countWorkingDays(LocalDate, LocalDate)
   * countWorkingDays(date, result)} is {@code n}. A negative {@code n} goes back, as {@link
   * #minusWorkingDays(LocalDate, int) minusWorkingDays(date, -n)}.
   *
   * @param date the date to count from, not null
   * @param workingDays the number of working days to add; 0 returns the date unchanged
   * @return the date, not null
   * @throws IllegalArgumentException if a date before 1978 is reached in a calendar with the
   *     England and Wales rules
   * @throws java.time.DateTimeException if the result would be outside the range of {@link
   *     LocalDate}
   */
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    Objects.requireNonNull(date, "date");
    checkCovered(date, "date");
    return shift(date, workingDays);
  }

  /**
   * Returns the date a number of working days before a date: the latest day on which something must
   * happen to be a given number of working days ahead of the date.
   *
   * <p>The date itself never counts; the result for {@code n >= 1} is a working day, and {@link
   * #countWorkingDays(LocalDate, LocalDate, EndpointRule) countWorkingDays(result, date,
   * INCLUDE_START_EXCLUDE_END)} is {@code n}. A negative {@code n} goes forward.
   *
   * @param date the date to count back from, not null
   * @param workingDays the number of working days to go back; 0 returns the date unchanged
   * @return the date, not null
   * @throws IllegalArgumentException if a date before 1978 is reached in a calendar with the
   *     England and Wales rules
   * @throws java.time.DateTimeException if the result would be outside the range of {@link
   *     LocalDate}
   */
  public LocalDate minusWorkingDays(LocalDate date, int workingDays) {
    Objects.requireNonNull(date, "date");
    checkCovered(date, "date");
    return shift(date, -(long) workingDays);
  }

  private LocalDate shift(LocalDate date, long workingDays) {
    long step = workingDays >= 0 ? 1 : -1;
    long remaining = Math.abs(workingDays);
    LocalDate current = date;
    while (remaining > 0) {
      current = current.plusDays(step);
      if (!EnglandAndWalesRules.isWeekend(current)
          && !holidaysOf(current.getYear()).containsKey(current)) {
        remaining--;
      }
    }
    return current;
  }

  private int countInclusive(LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    long weeks = days / 7;
    long count = weeks * 5;
    for (LocalDate d = from.plusDays(weeks * 7); !d.isAfter(to); d = d.plusDays(1)) {
      if (!EnglandAndWalesRules.isWeekend(d)) {
        count++;
      }
    }
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      for (LocalDate holiday : holidaysOf(year).subMap(from, true, to, true).keySet()) {
        if (!EnglandAndWalesRules.isWeekend(holiday)) {
          count--;
        }
      }
    }
    return Math.toIntExact(count);
  }

  private void checkCovered(LocalDate date, String what) {
    if (englandAndWales && date.isBefore(ENGLAND_AND_WALES_FIRST_DATE)) {
      throw new IllegalArgumentException(
          what
              + " "
              + date
              + " is before "
              + ENGLAND_AND_WALES_FIRST_DATE
              + ", the first date the England and Wales bank-holiday rules of this calendar cover");
    }
  }

  private ImmutableSortedMap<LocalDate, String> ruleHolidays(int year) {
    return englandAndWales ? EnglandAndWalesRules.holidays(year) : ImmutableSortedMap.of();
  }

  private ImmutableSortedMap<LocalDate, String> holidaysOf(int year) {
    return years.computeIfAbsent(year, this::computeHolidays);
  }

  private ImmutableSortedMap<LocalDate, String> computeHolidays(int year) {
    checkCovered(LocalDate.of(year, 12, 31), "year " + year + ", whose last day");
    TreeMap<LocalDate, String> holidays = new TreeMap<>(ruleHolidays(year));
    holidays.keySet().removeAll(removed);
    holidays.putAll(added.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true));
    return ImmutableSortedMap.copyOfSorted(holidays);
  }

  private static List<BankHoliday> toList(Map<LocalDate, String> holidays) {
    ImmutableList.Builder<BankHoliday> list =
        ImmutableList.builderWithExpectedSize(holidays.size());
    holidays.forEach((date, name) -> list.add(BankHoliday.of(date, name)));
    return list.build();
  }

  /**
   * Replaces the calendar by its serial form when it is serialised.
   *
   * @return the serial form: the rules, and the holidays added and removed
   */
  private Object writeReplace() {
    return new SerialForm(englandAndWales, new TreeMap<>(added), new TreeSet<>(removed));
  }

  /**
   * Refuses to read a calendar other than through its serial form.
   *
   * @param in the stream
   * @throws InvalidObjectException always: a stream with a calendar's own fields was not written
   *     by this class
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a working-day calendar is read through its serial form");
  }

  /** The serial form of a calendar: its value, without the memory of computed years. */
  private static final class SerialForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean englandAndWales;
    private final TreeMap<LocalDate, String> added;
    private final TreeSet<LocalDate> removed;

    SerialForm(
        boolean englandAndWales, TreeMap<LocalDate, String> added, TreeSet<LocalDate> removed) {
      this.englandAndWales = englandAndWales;
      this.added = added;
      this.removed = removed;
    }

    /** Rebuilds the calendar through its public methods, which check every holiday. */
    private Object readResolve() throws InvalidObjectException {
      try {
        WorkingDayCalendar calendar = englandAndWales ? ENGLAND_AND_WALES : WEEKENDS_ONLY;
        for (LocalDate date : removed) {
          calendar = calendar.withoutHoliday(date);
        }
        for (Map.Entry<LocalDate, String> holiday : added.entrySet()) {
          calendar = calendar.withHoliday(holiday.getKey(), holiday.getValue());
        }
        return calendar;
      } catch (IllegalArgumentException | NullPointerException e) {
        InvalidObjectException invalid =
            new InvalidObjectException(
                "deserialised working-day calendar is invalid: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }

  /**
   * Tells whether another object is a calendar with the same working days and holiday names.
   *
   * @param obj the other object, may be null
   * @return {@code true} for a calendar with the same rules, added holidays and removed holidays
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof WorkingDayCalendar)) {
      return false;
    }
    WorkingDayCalendar other = (WorkingDayCalendar) obj;
    return englandAndWales == other.englandAndWales
        && added.equals(other.added)
        && removed.equals(other.removed);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(englandAndWales, added, removed);
  }

  /**
   * Returns a description of the calendar, such as {@code WorkingDayCalendar[England and Wales, 1
   * added, 0 removed]}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "WorkingDayCalendar["
        + (englandAndWales ? "England and Wales" : "weekends only")
        + ", "
        + added.size()
        + " added, "
        + removed.size()
        + " removed]";
  }
}
