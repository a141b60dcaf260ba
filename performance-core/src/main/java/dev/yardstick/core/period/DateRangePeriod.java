package dev.yardstick.core.period;

import java.io.InvalidObjectException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Any range of whole days, both ends included, such as the period of a project or the year to date:
 * {@code 2003-04-01/2003-06-15}.
 *
 * <p>Use it for periods that are not a financial year, quarter or month: a year to date, a rolling
 * twelve months, the 1 October to 31 December discharge window of a reablement indicator. The text
 * form is the ISO-8601 interval of two dates, start and end separated by a solidus; unlike an
 * ISO-8601 interval, the end date is included.
 *
 * <p>A date range has no {@linkplain #getFrequency() frequency}. It is a different period from a
 * financial year, quarter or month with the same dates: {@code equals} is false and it sorts after
 * them (see {@link ReportingPeriod}). Dates from 1 April 0001 to 31 March 9999 are supported.
 *
 * <p>Implementation requirements: immutable, thread-safe and value-based; do not use {@code ==},
 * identity hash codes or synchronisation on instances.
 *
 * @since 0.1.0
 */
public final class DateRangePeriod implements ReportingPeriod {

  private static final long serialVersionUID = 1L;

  /** The first day of the range, from 1 April 0001. */
  private final LocalDate start;

  /** The last day of the range, on or after the start, to 31 March 9999. */
  private final LocalDate end;

  private DateRangePeriod(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Checks a deserialised date range as {@link #of(LocalDate, LocalDate)} does, so that a stream
   * cannot make one that the factories would reject.
   *
   * @return the date range, checked
   * @throws InvalidObjectException if the stream holds a missing date, an end before the start or a
   *     date outside the supported range
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      return of(start, end);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw Periods.invalidStream("date range", e);
    }
  }

  /**
   * Obtains the range from one date to another, both included.
   *
   * @param start the first day, not null
   * @param end the last day, on or after the start, not null
   * @return the range, not null
   * @throws IllegalArgumentException if the end is before the start, or either date is outside 1
   *     April 0001 to 31 March 9999
   */
  public static DateRangePeriod of(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "date range " + start + "/" + end + ": end " + end + " is before start " + start);
    }
    Periods.checkSupported(start, "date range start");
    Periods.checkSupported(end, "date range end");
    return new DateRangePeriod(start, end);
  }

  /**
   * Parses the text form written by {@link #toString()}, such as {@code 2003-04-01/2003-06-15}.
   *
   * @param text two ISO-8601 dates ({@code yyyy-MM-dd}) separated by {@code /}, the end on or after
   *     the start, not null
   * @return the range, not null
   * @throws DateTimeParseException if the text is not two dates separated by {@code /}, either date
   *     is invalid (such as {@code 2003-02-30}), or the end is before the start
   */
  public static DateRangePeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
      throw Periods.notInForm("date range", text, "2003-04-01/2003-06-15");
    }
    LocalDate start;
    LocalDate end;
    try {
      start = LocalDate.parse(s.substring(0, slash));
      end = LocalDate.parse(s.substring(slash + 1));
    } catch (DateTimeParseException e) {
      throw Periods.parseFailure(
          "date range", text, "'" + e.getParsedString() + "' is not a valid ISO-8601 date", e);
    }
    if (end.isBefore(start)) {
      throw new DateTimeParseException(
          "date range '" + text + "': end " + end + " is before start " + start, text, slash + 1);
    }
    try {
      return of(start, end);
    } catch (IllegalArgumentException e) {
      throw Periods.parseFailure("date range", text, e.getMessage(), e);
    }
  }

  /**
   * Returns the first day of the range.
   *
   * @return the start date, inclusive, not null
   */
  @Override
  public LocalDate getStart() {
    return start;
  }

  /**
   * Returns the last day of the range.
   *
   * @return the end date, inclusive, not null
   */
  @Override
  public LocalDate getEnd() {
    return end;
  }

  /**
   * Returns empty: a date range is not one of the regular reporting periods.
   *
   * @return empty
   */
  @Override
  public Optional<Frequency> getFrequency() {
    return Optional.empty();
  }

  /**
   * Returns the number of days in the range, counting both ends.
   *
   * @return the number of days, at least 1
   */
  @Override
  public int lengthInDays() {
    return (int) (end.toEpochDay() - start.toEpochDay() + 1);
  }

  /**
   * Returns the range of the same length that ends the day before this one starts.
   *
   * @return the previous range, not null
   * @throws DateTimeException if it would start before 1 April 0001
   */
  @Override
  public DateRangePeriod previous() {
    return shiftedBy(-lengthInDays(), "previous");
  }

  /**
   * Returns the range of the same length that starts the day after this one ends.
   *
   * @return the next range, not null
   * @throws DateTimeException if it would end after 31 March 9999
   */
  @Override
  public DateRangePeriod next() {
    return shiftedBy(lengthInDays(), "next");
  }

  private DateRangePeriod shiftedBy(long days, String operation) {
    LocalDate newStart = start.plusDays(days);
    LocalDate newEnd = end.plusDays(days);
    if (newStart.isBefore(Periods.MIN_DATE) || newEnd.isAfter(Periods.MAX_DATE)) {
      throw new DateTimeException(
          "the "
              + operation
              + " range of "
              + this
              + " leaves the supported range "
              + Periods.MIN_DATE
              + " to "
              + Periods.MAX_DATE);
    }
    return new DateRangePeriod(newStart, newEnd);
  }

  /**
   * Returns the range with both dates moved back one calendar year.
   *
   * <h4>Edge cases</h4>
   *
   * <p>A date of 29 February becomes 28 February, as {@link LocalDate#minusYears(long)} does, so
   * the range can be a day shorter than this one.
   *
   * @return the range one year earlier, not null
   * @throws DateTimeException if it would start before 1 April 0001
   */
  @Override
  public DateRangePeriod samePeriodLastYear() {
    LocalDate newStart = start.minusYears(1);
    if (newStart.isBefore(Periods.MIN_DATE)) {
      throw new DateTimeException(
          "the same period last year of " + this + " starts before " + Periods.MIN_DATE);
    }
    return new DateRangePeriod(newStart, end.minusYears(1));
  }

  /**
   * Returns 1 April of the financial year that holds this range's end, to this range's end.
   *
   * <h4>Edge cases</h4>
   *
   * <p>A range that starts before that 1 April gives a shorter year to date; one that starts after
   * it gives a longer one.
   *
   * @return the year-to-date range, not null
   */
  @Override
  public DateRangePeriod yearToDate() {
    return new DateRangePeriod(FinancialYear.from(end).getStart(), end);
  }

  /**
   * Returns this range.
   *
   * @return this, not null
   */
  @Override
  public DateRangePeriod toDateRange() {
    return this;
  }

  /**
   * Tells whether another object is the same date range.
   *
   * @param obj the other object, may be null
   * @return {@code true} for a date range with the same start and end; a financial year, quarter or
   *     month is never equal to a date range
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof DateRangePeriod)) {
      return false;
    }
    DateRangePeriod other = (DateRangePeriod) obj;
    return start.equals(other.start) && end.equals(other.end);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /**
   * Returns the text form that {@link #parse(CharSequence)} accepts: start and end in ISO-8601,
   * separated by {@code /}, such as {@code 2003-04-01/2003-06-15}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
