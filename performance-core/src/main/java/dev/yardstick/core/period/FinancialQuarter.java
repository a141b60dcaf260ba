package dev.yardstick.core.period;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.InvalidObjectException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A quarter of a financial year: Q1 is April to June, Q2 July to September, Q3 October to December
 * and Q4 January to March of the following calendar year.
 *
 * <p>Quarterly performance reports to councillors and the quarterly statutory returns use these
 * quarters. The text form is the financial year, a space, {@code Q} and the quarter number: {@code
 * 2003-04 Q1} is April to June 2003, {@code 2003-04 Q4} is January to March 2004.
 *
 * <p>The natural order is chronological; see {@link ReportingPeriod} for the order across kinds of
 * period.
 *
 * <p>Implementation requirements: immutable, thread-safe and value-based; do not use {@code ==},
 * identity hash codes or synchronisation on instances.
 *
 * @since 0.1.0
 */
public final class FinancialQuarter implements ReportingPeriod {

  private static final long serialVersionUID = 1L;

  private static final Pattern FORM = Pattern.compile("(\\d{4}-\\d{2}) Q(\\d)");

  /** The financial year the quarter is part of. */
  private final FinancialYear year;

  /** The quarter of the year, 1 to 4; 1 is April to June. */
  private final int quarter;

  private FinancialQuarter(FinancialYear year, int quarter) {
    this.year = year;
    this.quarter = quarter;
  }

  /**
   * Checks a deserialised financial quarter as {@link #of(FinancialYear, int)} does, so that a
   * stream cannot make one that the factories would reject.
   *
   * @return the financial quarter, checked
   * @throws InvalidObjectException if the stream holds no year or a quarter outside 1 to 4
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      return of(year, quarter);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw Periods.invalidStream("financial quarter", e);
    }
  }

  /**
   * Obtains a quarter of a financial year.
   *
   * @param year the financial year, not null
   * @param quarter 1 to 4; 1 is April to June
   * @return the quarter, not null
   * @throws IllegalArgumentException if the quarter is outside 1 to 4
   */
  public static FinancialQuarter of(FinancialYear year, int quarter) {
    Objects.requireNonNull(year, "year");
    checkArgument(
        quarter >= 1 && quarter <= 4,
        "financial quarter %s Q%s: quarter must be 1 to 4",
        year,
        quarter);
    return new FinancialQuarter(year, quarter);
  }

  /**
   * Obtains a quarter of the financial year that starts in a calendar year.
   *
   * @param startYear the calendar year in which the financial year starts, 1 to 9998
   * @param quarter 1 to 4; 1 is April to June
   * @return the quarter, not null
   * @throws IllegalArgumentException if the year or quarter is out of range
   */
  public static FinancialQuarter of(int startYear, int quarter) {
    return of(FinancialYear.of(startYear), quarter);
  }

  /**
   * Obtains the quarter that a date falls in.
   *
   * @param date the date, from 1 April 0001 to 31 March 9999, not null
   * @return the financial quarter holding the date, not null; {@code 2003-04 Q4} for 15 February
   *     2004
   * @throws IllegalArgumentException if the date is outside the supported range
   */
  public static FinancialQuarter from(LocalDate date) {
    FinancialYear year = FinancialYear.from(date);
    return new FinancialQuarter(year, quarterOfMonth(date.getMonthValue()));
  }

  /**
   * Parses the text form written by {@link #toString()}, such as {@code 2003-04 Q1}.
   *
   * @param text a financial year, a space, {@code Q} and a digit 1 to 4, not null
   * @return the quarter, not null
   * @throws DateTimeParseException if the text is not in that form, the financial year is not valid
   *     or the quarter is not 1 to 4
   */
  public static FinancialQuarter parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw Periods.notInForm("financial quarter", text, "2003-04 Q1");
    }
    FinancialYear year;
    try {
      year = FinancialYear.parse(m.group(1));
    } catch (DateTimeParseException e) {
      throw Periods.parseFailure("financial quarter", text, e.getMessage(), e);
    }
    int quarter = Integer.parseInt(m.group(2));
    if (quarter < 1 || quarter > 4) {
      throw new DateTimeParseException(
          "financial quarter '" + text + "': quarter must be 1 to 4", text, m.start(2));
    }
    return new FinancialQuarter(year, quarter);
  }

  /** Returns the quarter (1 = April to June) of a month number (1 = January). */
  static int quarterOfMonth(int monthValue) {
    return ((monthValue + 8) % 12) / 3 + 1;
  }

  /**
   * Returns the financial year this quarter belongs to.
   *
   * @return the financial year, not null
   */
  public FinancialYear getFinancialYear() {
    return year;
  }

  /**
   * Returns the number of the quarter within its financial year.
   *
   * @return 1 to 4; 1 is April to June
   */
  public int getQuarter() {
    return quarter;
  }

  /**
   * Returns the first day of the quarter: 1 April, 1 July, 1 October or 1 January.
   *
   * @return the start date, not null
   */
  @Override
  public LocalDate getStart() {
    return year.getStart().plusMonths(3L * (quarter - 1));
  }

  /**
   * Returns the last day of the quarter: 30 June, 30 September, 31 December or 31 March.
   *
   * @return the end date, not null
   */
  @Override
  public LocalDate getEnd() {
    return getStart().plusMonths(3).minusDays(1);
  }

  /**
   * Returns {@link Frequency#QUARTERLY}.
   *
   * @return quarterly, not empty
   */
  @Override
  public Optional<Frequency> getFrequency() {
    return Optional.of(Frequency.QUARTERLY);
  }

  /**
   * Returns the number of days in the quarter.
   *
   * @return 91 or 92, or 90 or 91 for Q4 (January to March) in a common or a leap year
   */
  @Override
  public int lengthInDays() {
    return (int) (getEnd().toEpochDay() - getStart().toEpochDay() + 1);
  }

  /**
   * Returns the three months of the quarter in order.
   *
   * @return the months, an unmodifiable list, not null
   */
  public List<ReportingMonth> getMonths() {
    ReportingMonth first = ReportingMonth.from(getStart());
    return ImmutableList.of(first, first.plusMonths(1), first.plusMonths(2));
  }

  /**
   * Returns the quarter a number of quarters later, or earlier for a negative number, crossing
   * financial years as needed: {@code 2003-04 Q4} plus one is {@code 2004-05 Q1}.
   *
   * @param quarters the number of quarters to add, may be negative
   * @return the quarter, not null
   * @throws java.time.DateTimeException if the result is outside the supported range
   */
  public FinancialQuarter plusQuarters(long quarters) {
    long maxQuarters = 4L * (Periods.MAX_START_YEAR + 1);
    if (quarters > maxQuarters || quarters < -maxQuarters) {
      throw Periods.outOfRange(this, "plus quarters", quarters);
    }
    long index = year.getStartYear() * 4L + (quarter - 1) + quarters;
    long newStartYear = Math.floorDiv(index, 4L);
    if (newStartYear < Periods.MIN_START_YEAR || newStartYear > Periods.MAX_START_YEAR) {
      throw Periods.outOfRange(this, "plus quarters", quarters);
    }
    return new FinancialQuarter(
        FinancialYear.of((int) newStartYear), (int) Math.floorMod(index, 4L) + 1);
  }

  /**
   * Returns the quarter a number of quarters earlier, or later for a negative number.
   *
   * @param quarters the number of quarters to subtract, may be negative
   * @return the quarter, not null
   * @throws java.time.DateTimeException if the result is outside the supported range
   */
  public FinancialQuarter minusQuarters(long quarters) {
    if (quarters == Long.MIN_VALUE) {
      throw Periods.outOfRange(this, "minus quarters", quarters);
    }
    return plusQuarters(-quarters);
  }

  /**
   * Returns the same quarter a number of financial years later, or earlier for a negative number.
   *
   * @param years the number of years to add, may be negative
   * @return the quarter, not null
   * @throws java.time.DateTimeException if the result is outside the supported range
   */
  public FinancialQuarter plusYears(long years) {
    return new FinancialQuarter(year.plusYears(years), quarter);
  }

  /**
   * Returns the same quarter a number of financial years earlier, or later for a negative number.
   *
   * @param years the number of years to subtract, may be negative
   * @return the quarter, not null
   * @throws java.time.DateTimeException if the result is outside the supported range
   */
  public FinancialQuarter minusYears(long years) {
    return new FinancialQuarter(year.minusYears(years), quarter);
  }

  /**
   * Returns the quarter before: Q4 of the previous year before Q1.
   *
   * @return the previous quarter, not null
   * @throws java.time.DateTimeException if this is {@code 0001-02 Q1}
   */
  @Override
  public FinancialQuarter previous() {
    return plusQuarters(-1);
  }

  /**
   * Returns the quarter after: Q1 of the next year after Q4.
   *
   * @return the next quarter, not null
   * @throws java.time.DateTimeException if this is {@code 9998-99 Q4}
   */
  @Override
  public FinancialQuarter next() {
    return plusQuarters(1);
  }

  /**
   * Returns the same quarter of the previous financial year, as quarterly reports compare
   * ("long-term" direction of travel).
   *
   * @return the quarter one year earlier, not null
   * @throws java.time.DateTimeException if this quarter is in {@code 0001-02}
   */
  @Override
  public FinancialQuarter samePeriodLastYear() {
    return minusYears(1);
  }

  /**
   * Returns 1 April of this quarter's financial year to the end of this quarter.
   *
   * @return the year-to-date range, not null; for Q4 the whole financial year
   */
  @Override
  public DateRangePeriod yearToDate() {
    return DateRangePeriod.of(year.getStart(), getEnd());
  }

  /**
   * Returns the dates of the quarter as a plain date range.
   *
   * @return a date range with the same start and end, not null
   */
  @Override
  public DateRangePeriod toDateRange() {
    return DateRangePeriod.of(getStart(), getEnd());
  }

  /**
   * Tells whether another object is the same quarter.
   *
   * @param obj the other object, may be null
   * @return {@code true} for a quarter of the same financial year with the same number
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof FinancialQuarter)) {
      return false;
    }
    FinancialQuarter other = (FinancialQuarter) obj;
    return quarter == other.quarter && year.equals(other.year);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return year.hashCode() * 31 + quarter;
  }

  /**
   * Returns the text form that {@link #parse(CharSequence)} accepts, such as {@code 2003-04 Q1}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return year + " Q" + quarter;
  }
}
