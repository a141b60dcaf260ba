package dev.yardstick.core.period;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of whole days that performance is reported for: a financial year, a quarter or a month of
 * the English local-government calendar, or any other range of dates.
 *
 * <p>The family is closed. Its members and their text forms, which {@link #parse(CharSequence)}
 * tells apart, are:
 *
 * <ul>
 *   <li>{@link FinancialYear}, 1 April to 31 March: {@code 2003-04};
 *   <li>{@link FinancialQuarter}, Q1 being April to June: {@code 2003-04 Q1};
 *   <li>{@link ReportingMonth}, a calendar month: {@code May 2003};
 *   <li>{@link DateRangePeriod}, any inclusive range of dates: {@code 2003-04-01/2003-06-15}.
 * </ul>
 *
 * <p>Every period has an inclusive {@linkplain #getStart() start} and {@linkplain #getEnd() end}.
 * The first three are the regular periods that indicators are reported at and have a {@linkplain
 * #getFrequency() frequency}; a date range has none.
 *
 * <h2>Order</h2>
 *
 * <p>Periods are ordered by start date, then by end date with the longer period first, then by kind
 * in the order year, quarter, month, date range. Within one kind this is plain chronological order.
 * Across kinds it is outline order: {@code 2003-04}, {@code 2003-04 Q1}, {@code April 2003}, {@code
 * May 2003}, {@code June 2003}, {@code 2003-04 Q2}, and so on, a period coming just before the
 * periods it contains. The order is consistent with {@code equals}: a date range with the same
 * dates as a quarter is a different period, and sorts after it.
 *
 * <h2>Supported range</h2>
 *
 * <p>Every period lies within the financial years {@code 0001-02} to {@code 9998-99}, that is from
 * 1 April 0001 to 31 March 9999, so that a year is always written with four digits. A factory given
 * a date or year outside it throws {@link IllegalArgumentException}; arithmetic that would leave it
 * throws {@link java.time.DateTimeException}, as {@code java.time} does.
 *
 * <h2>Serialisation</h2>
 *
 * <p>Every period is {@link Serializable}, so that a formula or a calculator that holds periods
 * can be shipped to the workers of a cluster engine. The serial form is the period's fields (a
 * year, a quarter, a {@link java.time.YearMonth}, two dates), checked on reading by the same rules
 * as the factories. For storage and exchange prefer the text form.
 *
 * <p>Implementation requirements: every implementation is immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
public sealed interface ReportingPeriod extends Comparable<ReportingPeriod>, Serializable
    permits FinancialYear, FinancialQuarter, ReportingMonth, DateRangePeriod {

  /**
   * Parses the text form of any reporting period, as written by {@code toString()}.
   *
   * <p>The form decides the kind: {@code 2003-04} is a financial year, {@code 2003-04 Q1} a
   * financial quarter, {@code May 2003} a month and {@code 2003-04-01/2003-06-15} a date range.
   * Because {@code 2003-04} is a financial year here, the ISO year-month form of a month is not
   * accepted by this method; {@link ReportingMonth#parse(CharSequence)} accepts it.
   *
   * @param text the text form, not null
   * @return the period, not null
   * @throws DateTimeParseException if the text is in none of the forms, or names a period that does
   *     not exist (such as {@code 2003-04 Q5}); the message names the text and the rule broken
   */
  static ReportingPeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (s.indexOf('/') >= 0) {
      return DateRangePeriod.parse(s);
    }
    if (s.indexOf('Q') >= 0) {
      return FinancialQuarter.parse(s);
    }
    if (!s.isEmpty() && Character.isLetter(s.charAt(0))) {
      return ReportingMonth.parse(s);
    }
    if (FinancialYear.looksLikeFinancialYear(s)) {
      return FinancialYear.parse(s);
    }
    throw new DateTimeParseException(
        "reporting period '"
            + s
            + "' is not a financial year (2003-04), a quarter (2003-04 Q1), a month (May 2003)"
            + " or a date range (2003-04-01/2003-06-15)",
        s,
        0);
  }

  /**
   * Returns the first day of the period.
   *
   * @return the start date, inclusive, not null
   */
  LocalDate getStart();

  /**
   * Returns the last day of the period.
   *
   * @return the end date, inclusive, not null
   */
  LocalDate getEnd();

  /**
   * Returns the frequency whose periods this period is one of.
   *
   * @return {@link Frequency#ANNUAL}, {@link Frequency#QUARTERLY} or {@link Frequency#MONTHLY} for
   *     a year, quarter or month; empty for a {@link DateRangePeriod}, which is not a regular
   *     period
   */
  Optional<Frequency> getFrequency();

  /**
   * Returns the number of days in the period, counting both ends.
   *
   * @return the number of days, at least 1
   */
  int lengthInDays();

  /**
   * Tells whether a date falls in this period, ends included.
   *
   * @param date the date, not null
   * @return {@code true} if the date is on or after the start and on or before the end
   */
  default boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getStart()) && !date.isAfter(getEnd());
  }

  /**
   * Tells whether another period lies wholly within this one. A period contains itself.
   *
   * @param other the other period, not null
   * @return {@code true} if the other period's start and end both fall in this period
   */
  default boolean contains(ReportingPeriod other) {
    Objects.requireNonNull(other, "other");
    return contains(other.getStart()) && contains(other.getEnd());
  }

  /**
   * Tells whether this period and another share at least one day.
   *
   * @param other the other period, not null
   * @return {@code true} if the periods have a day in common
   */
  default boolean overlaps(ReportingPeriod other) {
    Objects.requireNonNull(other, "other");
    return !other.getEnd().isBefore(getStart()) && !other.getStart().isAfter(getEnd());
  }

  /**
   * Returns the period of the same kind just before this one, ending the day before this one
   * starts: the previous year, quarter or month, or for a date range the range of the same length.
   *
   * @return the previous period, not null
   * @throws java.time.DateTimeException if it would start before the supported range
   */
  ReportingPeriod previous();

  /**
   * Returns the period of the same kind just after this one, starting the day after this one ends:
   * the next year, quarter or month, or for a date range the range of the same length.
   *
   * @return the next period, not null
   * @throws java.time.DateTimeException if it would end after the supported range
   */
  ReportingPeriod next();

  /**
   * Returns the same period one year earlier, the comparison that removes seasonal effects.
   *
   * @return the same period last year, not null
   * @throws java.time.DateTimeException if it would start before the supported range
   */
  ReportingPeriod samePeriodLastYear();

  /**
   * Returns the financial year to date at the end of this period: from 1 April of the financial
   * year that holds this period's end, to this period's end.
   *
   * <h4>Edge cases</h4>
   *
   * <p>For a financial year it is the whole year; for Q1 or April it equals the period. For a date
   * range that starts before 1 April of its end's financial year, it starts on that 1 April and so
   * is shorter than the range.
   *
   * @return the year-to-date range, not null
   */
  DateRangePeriod yearToDate();

  /**
   * Returns the dates of this period as a plain date range.
   *
   * @return a date range with the same start and end, not null
   */
  DateRangePeriod toDateRange();

  /**
   * Compares periods in the order described in the type's documentation: by start, then longer
   * first, then by kind (year, quarter, month, date range).
   *
   * @param other the other period, not null
   * @return negative, zero or positive as this period sorts before, with or after the other
   */
  @Override
  default int compareTo(ReportingPeriod other) {
    Objects.requireNonNull(other, "other");
    int byStart = getStart().compareTo(other.getStart());
    if (byStart != 0) {
      return byStart;
    }
    int byEnd = other.getEnd().compareTo(getEnd());
    if (byEnd != 0) {
      return byEnd;
    }
    return Integer.compare(Periods.kindRank(this), Periods.kindRank(other));
  }
}
