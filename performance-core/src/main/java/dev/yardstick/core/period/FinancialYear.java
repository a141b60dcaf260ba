package dev.yardstick.core.period;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.InvalidObjectException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A financial year of English local government: 1 April to 31 March, such as {@code 2003-04}, the
 * year from 1 April 2003 to 31 March 2004.
 *
 * <p>Councils budget, set targets and report statutory returns by financial year, and the national
 * indicator sets (the Performance Assessment Framework, ASCOF) are published for them. The year has
 * four {@linkplain #getQuarters() quarters}, Q1 being April to June, and twelve {@linkplain
 * #getMonths() months}, April first.
 *
 * <p>The text form is the first calendar year in four digits, a hyphen and the last two digits of
 * the second year: {@code 2003-04}, {@code 1999-00} (the century rolls over), {@code 2009-10}.
 *
 * <p>Financial years from {@code 0001-02} to {@code 9998-99} are supported. The natural order is
 * chronological; see {@link ReportingPeriod} for the order across kinds of period.
 *
 * <p>Implementation requirements: immutable, thread-safe and value-based; do not use {@code ==},
 * identity hash codes or synchronisation on instances.
 *
 * @since 0.1.0
 */
public final class FinancialYear implements ReportingPeriod {

  private static final long serialVersionUID = 1L;

  private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})");

  /** The calendar year in which the financial year starts, 1 to 9998. */
  private final int startYear;

  private FinancialYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * Checks a deserialised financial year as {@link #of(int)} does, so that a stream cannot make one
   * that the factories would reject.
   *
   * @return the financial year, checked
   * @throws InvalidObjectException if the stream holds a year outside the supported range
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      return of(startYear);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw Periods.invalidStream("financial year", e);
    }
  }

  /**
   * Obtains the financial year that starts on 1 April of a calendar year.
   *
   * @param startYear the calendar year in which the financial year starts, 1 to 9998; {@code 2003}
   *     for {@code 2003-04}
   * @return the financial year, not null
   * @throws IllegalArgumentException if the year is outside 1 to 9998
   */
  public static FinancialYear of(int startYear) {
    checkArgument(
        startYear >= Periods.MIN_START_YEAR && startYear <= Periods.MAX_START_YEAR,
        "financial year start year %s is outside the supported range %s to %s",
        startYear,
        Periods.MIN_START_YEAR,
        Periods.MAX_START_YEAR);
    return new FinancialYear(startYear);
  }

  /**
   * Obtains the financial year that a date falls in: dates from 1 January to 31 March belong to the
   * year that started the previous April.
   *
   * @param date the date, from 1 April 0001 to 31 March 9999, not null
   * @return the financial year holding the date, not null; {@code 2003-04} for 31 March 2004
   * @throws IllegalArgumentException if the date is outside the supported range
   */
  public static FinancialYear from(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Periods.checkSupported(date, "date");
    return new FinancialYear(startYearOf(date));
  }

  /**
   * Parses the text form written by {@link #toString()}, such as {@code 2003-04} or {@code
   * 1999-00}.
   *
   * @param text four digits, a hyphen and the last two digits of the next year, not null
   * @return the financial year, not null
   * @throws DateTimeParseException if the text is not in that form, if the second year is not the
   *     year after the first (as in {@code 2003-05}), or if the year is outside the supported range
   */
  public static FinancialYear parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw Periods.notInForm("financial year", text, "2003-04");
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    int expected = (first + 1) % 100;
    if (second != expected) {
      throw new DateTimeParseException(
          "financial year '"
              + text
              + "': the second year must be "
              + String.format(Locale.ROOT, "%02d", expected)
              + ", the year after "
              + String.format(Locale.ROOT, "%04d", first),
          text,
          5);
    }
    try {
      return of(first);
    } catch (IllegalArgumentException e) {
      throw Periods.parseFailure("financial year", text, e.getMessage(), e);
    }
  }

  /** Tells whether text has the shape of a financial year, used to route a general parse. */
  static boolean looksLikeFinancialYear(String text) {
    return FORM.matcher(text).matches();
  }

  /** Returns the calendar year in which the financial year holding a date started. */
  static int startYearOf(LocalDate date) {
    return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
  }

  /**
   * Returns the calendar year in which this financial year starts.
   *
   * @return the first year, 2003 for {@code 2003-04}
   */
  public int getStartYear() {
    return startYear;
  }

  /**
   * Returns the calendar year in which this financial year ends.
   *
   * @return the second year, 2004 for {@code 2003-04}
   */
  public int getEndYear() {
    return startYear + 1;
  }

  /**
   * Returns 1 April of the first year.
   *
   * @return the start date, not null
   */
  @Override
  public LocalDate getStart() {
    return LocalDate.of(startYear, 4, 1);
  }

  /**
   * Returns 31 March of the second year.
   *
   * @return the end date, not null
   */
  @Override
  public LocalDate getEnd() {
    return LocalDate.of(startYear + 1, 3, 31);
  }

  /**
   * Returns {@link Frequency#ANNUAL}.
   *
   * @return annual, not empty
   */
  @Override
  public Optional<Frequency> getFrequency() {
    return Optional.of(Frequency.ANNUAL);
  }

  /**
   * Returns the number of days in the year: 366 when the February it holds has 29 days.
   *
   * @return 365 or 366
   */
  @Override
  public int lengthInDays() {
    return LocalDate.of(startYear + 1, 1, 1).isLeapYear() ? 366 : 365;
  }

  /**
   * Returns one of the four quarters of this year.
   *
   * @param quarter 1 to 4; 1 is April to June
   * @return the quarter, not null
   * @throws IllegalArgumentException if the quarter is outside 1 to 4
   */
  public FinancialQuarter atQuarter(int quarter) {
    return FinancialQuarter.of(this, quarter);
  }

  /**
   * Returns the month of this year with the given name: April to December in the first calendar
   * year, January to March in the second.
   *
   * @param month the month, not null
   * @return the month of this financial year, not null; {@code January 2004} for {@code 2003-04}
   */
  public ReportingMonth atMonth(Month month) {
    Objects.requireNonNull(month, "month");
    return ReportingMonth.of(month.getValue() >= 4 ? startYear : startYear + 1, month);
  }

  /**
   * Returns the four quarters of this year in order. They are contiguous and together cover the
   * year exactly.
   *
   * @return Q1 to Q4, an unmodifiable list, not null
   */
  public List<FinancialQuarter> getQuarters() {
    ImmutableList.Builder<FinancialQuarter> quarters = ImmutableList.builderWithExpectedSize(4);
    for (int q = 1; q <= 4; q++) {
      quarters.add(FinancialQuarter.of(this, q));
    }
    return quarters.build();
  }

  /**
   * Returns the twelve months of this year in order, April to March. They are contiguous and
   * together cover the year exactly.
   *
   * @return April of the first year to March of the second, an unmodifiable list, not null
   */
  public List<ReportingMonth> getMonths() {
    ImmutableList.Builder<ReportingMonth> months = ImmutableList.builderWithExpectedSize(12);
    ReportingMonth month = ReportingMonth.of(startYear, Month.APRIL);
    for (int i = 0; i < 12; i++) {
      months.add(month);
      if (i < 11) {
        month = month.next();
      }
    }
    return months.build();
  }

  /**
   * Returns the financial year a number of years later, or earlier for a negative number.
   *
   * @param years the number of years to add, may be negative
   * @return the financial year, not null
   * @throws java.time.DateTimeException if the result is outside the supported range
   */
  public FinancialYear plusYears(long years) {
    long target = startYear + years;
    if (years > Periods.MAX_START_YEAR
        || years < -Periods.MAX_START_YEAR
        || target < Periods.MIN_START_YEAR
        || target > Periods.MAX_START_YEAR) {
      throw Periods.outOfRange(this, "plus years", years);
    }
    return new FinancialYear((int) target);
  }

  /**
   * Returns the financial year a number of years earlier, or later for a negative number.
   *
   * @param years the number of years to subtract, may be negative
   * @return the financial year, not null
   * @throws java.time.DateTimeException if the result is outside the supported range
   */
  public FinancialYear minusYears(long years) {
    if (years == Long.MIN_VALUE) {
      throw Periods.outOfRange(this, "minus years", years);
    }
    return plusYears(-years);
  }

  /**
   * Returns the year before.
   *
   * @return the previous financial year, not null
   * @throws java.time.DateTimeException if this is {@code 0001-02}
   */
  @Override
  public FinancialYear previous() {
    return plusYears(-1);
  }

  /**
   * Returns the year after.
   *
   * @return the next financial year, not null
   * @throws java.time.DateTimeException if this is {@code 9998-99}
   */
  @Override
  public FinancialYear next() {
    return plusYears(1);
  }

  /**
   * Returns the year before, which for a whole year is also the same period last year.
   *
   * @return the previous financial year, not null
   * @throws java.time.DateTimeException if this is {@code 0001-02}
   */
  @Override
  public FinancialYear samePeriodLastYear() {
    return previous();
  }

  /**
   * Returns the whole year as a date range.
   *
   * @return 1 April to 31 March, not null
   */
  @Override
  public DateRangePeriod yearToDate() {
    return toDateRange();
  }

  /**
   * Returns the whole year as a date range.
   *
   * @return 1 April to 31 March, not null
   */
  @Override
  public DateRangePeriod toDateRange() {
    return DateRangePeriod.of(getStart(), getEnd());
  }

  /**
   * Tells whether another object is the same financial year.
   *
   * @param obj the other object, may be null
   * @return {@code true} for a financial year with the same start year
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof FinancialYear && ((FinancialYear) obj).startYear == startYear;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Integer.hashCode(startYear);
  }

  /**
   * Returns the text form that {@link #parse(CharSequence)} accepts, such as {@code 2003-04}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%04d-%02d", startYear, (startYear + 1) % 100);
  }
}
