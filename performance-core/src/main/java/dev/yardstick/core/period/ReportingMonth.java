package dev.yardstick.core.period;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.InvalidObjectException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A calendar month that performance is reported for, such as {@code May 2003}, which knows the
 * financial year and quarter it belongs to.
 *
 * <p>Monthly management information (referrals, assessments started, people receiving services) is
 * reported by calendar month; April is month 1 of the financial year and March month 12.
 *
 * <h2>Text form</h2>
 *
 * <p>{@link #toString()} writes the English month name and the four-digit year, {@code May 2003},
 * as official statistics label months. The ISO year-month form {@code 2003-05} cannot be the text
 * form of a month, because {@code 2003-04} is the financial year 2003-04; {@link
 * #parse(CharSequence)} accepts it all the same, so that data holding ISO months can be read, but
 * {@link ReportingPeriod#parse(CharSequence)} reads {@code 2003-04} as a financial year.
 *
 * <p>Months from April 0001 to March 9999 are supported. The natural order is chronological; see
 * {@link ReportingPeriod} for the order across kinds of period.
 *
 * <p>Implementation requirements: immutable, thread-safe and value-based; do not use {@code ==},
 * identity hash codes or synchronisation on instances.
 *
 * @since 0.1.0
 */
public final class ReportingMonth implements ReportingPeriod {

  private static final long serialVersionUID = 1L;

  private static final Pattern NAMED = Pattern.compile("([A-Z][a-z]+) (\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})");

  /** The calendar month, from April 0001 to March 9999. */
  private final YearMonth yearMonth;

  private ReportingMonth(YearMonth yearMonth) {
    this.yearMonth = yearMonth;
  }

  /**
   * Checks a deserialised month as {@link #of(YearMonth)} does, so that a stream cannot make one
   * that the factories would reject.
   *
   * @return the month, checked
   * @throws InvalidObjectException if the stream holds no month or a month outside the supported
   *     range
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      return of(yearMonth);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw Periods.invalidStream("month", e);
    }
  }

  /**
   * Obtains a month from its calendar year and month.
   *
   * @param year the calendar year
   * @param month the month, not null
   * @return the month, not null
   * @throws IllegalArgumentException if the month is outside April 0001 to March 9999
   */
  public static ReportingMonth of(int year, Month month) {
    Objects.requireNonNull(month, "month");
    checkArgument(
        year >= Periods.MIN_START_YEAR && year <= Periods.MAX_START_YEAR + 1,
        "reporting month %s %s is outside the supported range April 0001 to March 9999",
        name(month),
        year);
    return from(LocalDate.of(year, month, 1));
  }

  /**
   * Obtains a month from its calendar year and month number.
   *
   * @param year the calendar year
   * @param month the month number, 1 (January) to 12 (December)
   * @return the month, not null
   * @throws IllegalArgumentException if the month number is not 1 to 12, or the month is outside
   *     April 0001 to March 9999
   */
  public static ReportingMonth of(int year, int month) {
    checkArgument(
        month >= 1 && month <= 12, "reporting month %s-%s: month must be 1 to 12", year, month);
    return of(year, Month.of(month));
  }

  /**
   * Obtains a month from a {@link YearMonth}.
   *
   * @param yearMonth the year and month, not null
   * @return the month, not null
   * @throws IllegalArgumentException if the month is outside April 0001 to March 9999
   */
  public static ReportingMonth of(YearMonth yearMonth) {
    Objects.requireNonNull(yearMonth, "yearMonth");
    return of(yearMonth.getYear(), yearMonth.getMonth());
  }

  /**
   * Obtains the month that a date falls in.
   *
   * @param date the date, from 1 April 0001 to 31 March 9999, not null
   * @return the month holding the date, not null
   * @throws IllegalArgumentException if the date is outside the supported range
   */
  public static ReportingMonth from(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Periods.checkSupported(date, "reporting month date");
    return new ReportingMonth(YearMonth.from(date));
  }

  /**
   * Parses the text form written by {@link #toString()}, such as {@code May 2003}, or the ISO
   * year-month form {@code 2003-05}.
   *
   * @param text an English month name with a capital first letter, a space and a four-digit year;
   *     or a four-digit year, a hyphen and a two-digit month; not null
   * @return the month, not null
   * @throws DateTimeParseException if the text is in neither form, names no month (as {@code
   *     2003-13} or {@code Mai 2003}), or is outside the supported range
   */
  public static ReportingMonth parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher named = NAMED.matcher(text);
    if (named.matches()) {
      Month month = monthNamed(named.group(1));
      if (month == null) {
        throw new DateTimeParseException(
            "reporting month '" + text + "': '" + named.group(1) + "' is not an English month name",
            text,
            0);
      }
      return ofParsed(text, Integer.parseInt(named.group(2)), month.getValue());
    }
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return ofParsed(text, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
    }
    throw Periods.notInForm("reporting month", text, "May 2003 (or 2003-05)");
  }

  private static ReportingMonth ofParsed(CharSequence text, int year, int month) {
    if (month < 1 || month > 12) {
      throw new DateTimeParseException(
          "reporting month '" + text + "': month must be 1 to 12", text, 5);
    }
    try {
      return of(year, month);
    } catch (IllegalArgumentException e) {
      throw Periods.parseFailure("reporting month", text, e.getMessage(), e);
    }
  }

  private static @Nullable Month monthNamed(String name) {
    for (Month month : Month.values()) {
      if (name(month).equals(name)) {
        return month;
      }
    }
    return null;
  }

  private static String name(Month month) {
    String upper = month.name();
    return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the calendar year and month.
   *
   * @return the year-month, not null
   */
  public YearMonth getYearMonth() {
    return yearMonth;
  }

  /**
   * Returns the calendar year.
   *
   * @return the year, 2004 for {@code January 2004}
   */
  public int getYear() {
    return yearMonth.getYear();
  }

  /**
   * Returns the calendar month.
   *
   * @return the month, not null
   */
  public Month getMonth() {
    return yearMonth.getMonth();
  }

  /**
   * Returns the position of this month in its financial year.
   *
   * @return 1 for April to 12 for March
   */
  public int getMonthOfFinancialYear() {
    return (yearMonth.getMonthValue() + 8) % 12 + 1;
  }

  /**
   * Returns the financial year this month belongs to.
   *
   * @return the financial year, not null; {@code 2003-04} for {@code January 2004}
   */
  public FinancialYear getFinancialYear() {
    return FinancialYear.from(getStart());
  }

  /**
   * Returns the financial quarter this month belongs to.
   *
   * @return the quarter, not null; {@code 2003-04 Q4} for {@code January 2004}
   */
  public FinancialQuarter getFinancialQuarter() {
    return FinancialQuarter.from(getStart());
  }

  /**
   * Returns the first day of the month.
   *
   * @return the start date, not null
   */
  @Override
  public LocalDate getStart() {
    return yearMonth.atDay(1);
  }

  /**
   * Returns the last day of the month.
   *
   * @return the end date, not null
   */
  @Override
  public LocalDate getEnd() {
    return yearMonth.atEndOfMonth();
  }

  /**
   * Returns {@link Frequency#MONTHLY}.
   *
   * @return monthly, not empty
   */
  @Override
  public Optional<Frequency> getFrequency() {
    return Optional.of(Frequency.MONTHLY);
  }

  /**
   * Returns the number of days in the month.
   *
   * @return 28 to 31
   */
  @Override
  public int lengthInDays() {
    return yearMonth.lengthOfMonth();
  }

  /**
   * Returns the month a number of months later, or earlier for a negative number.
   *
   * @param months the number of months to add, may be negative
   * @return the month, not null
   * @throws java.time.DateTimeException if the result is outside the supported range
   */
  public ReportingMonth plusMonths(long months) {
    long maxMonths = 12L * (Periods.MAX_START_YEAR + 1);
    if (months > maxMonths || months < -maxMonths) {
      throw Periods.outOfRange(this, "plus months", months);
    }
    return checked(yearMonth.plusMonths(months), "plus months", months);
  }

  /**
   * Returns the month a number of months earlier, or later for a negative number.
   *
   * @param months the number of months to subtract, may be negative
   * @return the month, not null
   * @throws java.time.DateTimeException if the result is outside the supported range
   */
  public ReportingMonth minusMonths(long months) {
    if (months == Long.MIN_VALUE) {
      throw Periods.outOfRange(this, "minus months", months);
    }
    return plusMonths(-months);
  }

  /**
   * Returns the same calendar month a number of years later, or earlier for a negative number.
   *
   * @param years the number of years to add, may be negative
   * @return the month, not null
   * @throws java.time.DateTimeException if the result is outside the supported range
   */
  public ReportingMonth plusYears(long years) {
    if (years > Periods.MAX_START_YEAR || years < -Periods.MAX_START_YEAR) {
      throw Periods.outOfRange(this, "plus years", years);
    }
    return checked(yearMonth.plusYears(years), "plus years", years);
  }

  /**
   * Returns the same calendar month a number of years earlier, or later for a negative number.
   *
   * @param years the number of years to subtract, may be negative
   * @return the month, not null
   * @throws java.time.DateTimeException if the result is outside the supported range
   */
  public ReportingMonth minusYears(long years) {
    if (years == Long.MIN_VALUE) {
      throw Periods.outOfRange(this, "minus years", years);
    }
    return plusYears(-years);
  }

  private ReportingMonth checked(YearMonth result, String operation, long amount) {
    LocalDate start = result.atDay(1);
    if (start.isBefore(Periods.MIN_DATE) || start.isAfter(Periods.MAX_DATE)) {
      throw Periods.outOfRange(this, operation, amount);
    }
    return new ReportingMonth(result);
  }

  /**
   * Returns the month before.
   *
   * @return the previous month, not null
   * @throws java.time.DateTimeException if this is {@code April 0001}
   */
  @Override
  public ReportingMonth previous() {
    return plusMonths(-1);
  }

  /**
   * Returns the month after.
   *
   * @return the next month, not null
   * @throws java.time.DateTimeException if this is {@code March 9999}
   */
  @Override
  public ReportingMonth next() {
    return plusMonths(1);
  }

  /**
   * Returns the same month of the previous year.
   *
   * @return the month twelve months earlier, not null
   * @throws java.time.DateTimeException if the result is before April 0001
   */
  @Override
  public ReportingMonth samePeriodLastYear() {
    return minusYears(1);
  }

  /**
   * Returns 1 April of this month's financial year to the end of this month.
   *
   * @return the year-to-date range, not null; for March the whole financial year
   */
  @Override
  public DateRangePeriod yearToDate() {
    return DateRangePeriod.of(getFinancialYear().getStart(), getEnd());
  }

  /**
   * Returns the dates of the month as a plain date range.
   *
   * @return a date range with the same start and end, not null
   */
  @Override
  public DateRangePeriod toDateRange() {
    return DateRangePeriod.of(getStart(), getEnd());
  }

  /**
   * Tells whether another object is the same month.
   *
   * @param obj the other object, may be null
   * @return {@code true} for a reporting month with the same year and month
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ReportingMonth && ((ReportingMonth) obj).yearMonth.equals(yearMonth);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return yearMonth.hashCode();
  }

  /**
   * Returns the text form that {@link #parse(CharSequence)} and {@link
   * ReportingPeriod#parse(CharSequence)} accept: the English month name and the four-digit year,
   * such as {@code May 2003}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return name(yearMonth.getMonth()) + " " + String.format(Locale.ROOT, "%04d", getYear());
  }
}
