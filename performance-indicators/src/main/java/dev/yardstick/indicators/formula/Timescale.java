package dev.yardstick.indicators.formula;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.calendar.WorkingDayCalendar;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A timescale that a clock must stop within: "within 28 days", "within 7 working days", "within
 * 12 months".
 *
 * <p>The clock starts on one date (a referral, a discharge, a complaint received, a last review)
 * and stops on another (an assessment completed, a response sent, the next review). The timescale
 * is met when the clock stops on or before the {@linkplain #deadline(LocalDate) deadline}: the
 * start plus the calendar days, the working days or the months. The start day itself is day 0, so
 * "within 28 days of referral" is met by an assessment completed 28 days after the referral, and
 * "within 10 working days" by a response on the tenth working day after the complaint, counted
 * by {@link WorkingDayCalendar#plusWorkingDays(LocalDate, int)}: weekends and England and Wales
 * bank holidays do not count, so a timescale ending over a bank holiday weekend runs on to the
 * next working day.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>A clock that has not stopped (no stop date) has not met the timescale.
 *   <li>A stop on the start day meets any timescale.
 *   <li>Months are calendar months from the start date, the end of a shorter month standing in
 *       for a missing day: 12 months from 29 February 2004 is 28 February 2005.
 *   <li>A stop before the start is bad input: a formula rejects the record (see {@link
 *       BadRecordReason#END_BEFORE_START}) and {@link #isMet(LocalDate, Optional)} throws.
 * </ul>
 *
 * <p>A timescale is {@link Serializable}, with its calendar, so that a formula with a timescale
 * can be shipped to the workers of a cluster engine.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Timescale implements Serializable {

  private static final long serialVersionUID = 1L;

  private enum Kind {
    DAYS,
    WORKING_DAYS,
    MONTHS
  }

  /** Whether the timescale is in days, working days or months. */
  private final Kind kind;

  /** The number of days, working days or months, at least 0. */
  private final int amount;

  /** The calendar of a timescale in working days; null for the others. */
  private final @Nullable WorkingDayCalendar calendar;

  private Timescale(Kind kind, int amount, @Nullable WorkingDayCalendar calendar) {
    this.kind = kind;
    this.amount = amount;
    this.calendar = calendar;
  }

  /**
   * Checks a deserialised timescale by the rules of the factories, so that a stream cannot make one
   * that they would reject.
   *
   * @return the timescale, checked
   * @throws InvalidObjectException if the stream holds a negative amount, a working-day timescale
   *     without a calendar, or a calendar on a timescale in days or months
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      Objects.requireNonNull(kind, "kind");
      if (kind == Kind.WORKING_DAYS) {
        return workingDays(amount, Objects.requireNonNull(calendar, "calendar"));
      }
      checkArgument(calendar == null, "a timescale in %s has no working-day calendar", kind);
      return kind == Kind.DAYS ? days(amount) : months(amount);
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("deserialised timescale is invalid: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  /**
   * Returns a timescale in calendar days, such as 28 for "completed within 28 days of referral".
   *
   * @param days the number of days after the start, at least 0
   * @return the timescale
   * @throws IllegalArgumentException if the number is negative; the message names it
   */
  public static Timescale days(int days) {
    checkArgument(days >= 0, "timescale of %s days is negative", days);
    return new Timescale(Kind.DAYS, days, null);
  }

  /**
   * Returns a timescale in working days of a calendar, such as 7 for "within 7 working days".
   *
   * @param workingDays the number of working days after the start, at least 0
   * @param calendar the working-day calendar, normally {@link WorkingDayCalendar#englandAndWales()}
   * @return the timescale
   * @throws IllegalArgumentException if the number is negative; the message names it
   */
  public static Timescale workingDays(int workingDays, WorkingDayCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    checkArgument(workingDays >= 0, "timescale of %s working days is negative", workingDays);
    return new Timescale(Kind.WORKING_DAYS, workingDays, calendar);
  }

  /**
   * Returns a timescale in calendar months, such as 12 for "reviewed within 12 months".
   *
   * @param months the number of months after the start, at least 0
   * @return the timescale
   * @throws IllegalArgumentException if the number is negative; the message names it
   */
  public static Timescale months(int months) {
    checkArgument(months >= 0, "timescale of %s months is negative", months);
    return new Timescale(Kind.MONTHS, months, null);
  }

  /**
   * Returns the last day on which the clock may stop for the timescale to be met.
   *
   * @param clockStart the day the clock starts
   * @return the deadline, on or after the start
   * @throws IllegalArgumentException for a working-day timescale, if the calendar does not cover
   *     the date
   */
  public LocalDate deadline(LocalDate clockStart) {
    Objects.requireNonNull(clockStart, "clockStart");
    switch (kind) {
      case DAYS:
        return clockStart.plusDays(amount);
      case WORKING_DAYS:
        return Objects.requireNonNull(calendar).plusWorkingDays(clockStart, amount);
      case MONTHS:
        return clockStart.plusMonths(amount);
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * Tells whether a clock that started on one day and stopped (or not yet) met the timescale.
   *
   * @param clockStart the day the clock started
   * @param clockStop the day it stopped; empty while it runs
   * @return whether the clock stopped on or before the {@linkplain #deadline(LocalDate) deadline}
   * @throws IllegalArgumentException if the stop is before the start; the message names both
   */
  public boolean isMet(LocalDate clockStart, Optional<LocalDate> clockStop) {
    Objects.requireNonNull(clockStart, "clockStart");
    Objects.requireNonNull(clockStop, "clockStop");
    LocalDate stop = clockStop.orElse(null);
    if (stop != null && stop.isBefore(clockStart)) {
      throw new IllegalArgumentException(
          "clock stop " + stop + " is before clock start " + clockStart);
    }
    return stop != null && isMet(clockStart, stop);
  }

  /**
   * Tells whether this timescale counts calendar days: its test is then plain arithmetic on the
   * dates, which cannot throw, so the formula engine may check it before the rest of a record.
   */
  boolean isInDays() {
    return kind == Kind.DAYS;
  }

  /** The test on dates the caller has checked (the stop is not before the start). */
  boolean isMet(LocalDate clockStart, LocalDate clockStop) {
    if (kind == Kind.DAYS) {
      return clockStop.toEpochDay() - clockStart.toEpochDay() <= amount;
    }
    return !clockStop.isAfter(deadline(clockStart));
  }

  /**
   * Returns the number of days, working days or months.
   *
   * @return the amount, at least 0
   */
  public int getAmount() {
    return amount;
  }

  /**
   * Returns the working-day calendar of a working-day timescale.
   *
   * @return the calendar; empty for a timescale in calendar days or months
   */
  public Optional<WorkingDayCalendar> getCalendar() {
    return Optional.ofNullable(calendar);
  }

  /**
   * Tells whether another object is the same timescale.
   *
   * @param obj another object
   * @return whether it has the same unit, amount and calendar
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Timescale)) {
      return false;
    }
    Timescale other = (Timescale) obj;
    return kind == other.kind && amount == other.amount && Objects.equals(calendar, other.calendar);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, amount, calendar);
  }

  /**
   * Returns the timescale in words, such as {@code within 7 working days}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    switch (kind) {
      case DAYS:
        return "within " + amount + " days";
      case WORKING_DAYS:
        return "within " + amount + " working days";
      case MONTHS:
        return "within " + amount + " months";
      default:
        throw new AssertionError(kind);
    }
  }
}
