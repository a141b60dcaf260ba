package dev.yardstick.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.calendar.BankHoliday;
import dev.yardstick.core.calendar.WorkingDayCalendar;
import dev.yardstick.core.period.DateRangePeriod;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.testkit.Generator;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Generators of reporting periods and of dates, with the dates that break period arithmetic mixed
 * in on purpose: the first and last day of a month, a quarter or a financial year and the day
 * either side of it, England and Wales bank holidays (and the substitute days after a weekend), and
 * 29 February.
 *
 * <p>Around a period given to {@link #datesAround(ReportingPeriod)}, a third of the boundary dates
 * are the period's own first or last day or the day either side, even for a date range that does
 * not start on the first of a month. Bank holidays are drawn only in years from 1978, the first the
 * England and Wales calendar knows.
 *
 * <p>Financial years run from {@value #FIRST_START_YEAR}-{@code 99} to {@value
 * #LAST_START_YEAR}-{@code 31} unless a range is given: they cover the Performance Assessment
 * Framework years and today's returns, and lie inside the years for which {@link
 * WorkingDayCalendar#englandAndWales()} knows the bank holidays.
 *
 * <h2>Edge-case rates</h2>
 *
 * <p>{@link #dates()} and {@link #datesAround(ReportingPeriod)} draw a date:
 *
 * <ul>
 *   <li>with probability {@value #BOUNDARY_RATE}, on a period boundary: the first or last day of a
 *       month (which includes every quarter and financial-year boundary) or the day before or after
 *       it, the boundaries of a financial year being drawn as often as those of a month;
 *   <li>with probability {@value #BANK_HOLIDAY_RATE}, on an England and Wales bank holiday;
 *   <li>with probability {@value #LEAP_DAY_RATE}, on 29 February of a leap year (for {@code
 *       datesAround}, when the window holds one; otherwise a uniform date);
 *   <li>otherwise uniformly, which adds a few more of each by chance.
 * </ul>
 *
 * <p>Period generators draw the first and the last supported year (or the years of the range), and,
 * for years, quarters and months, a period that holds 29 February, with probability {@value
 * #EDGE_PERIOD_RATE}.
 *
 * <pre>{@code
 * Generator<LocalDate> dates = PeriodGenerators.datesAround(FinancialYear.parse("2003-04"));
 * LocalDate date = dates.sample(42L, 0);   // the same date every run for seed 42
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe; the generators are stateless.
 *
 * @since 0.1.0
 */
public final class PeriodGenerators {

  /** The first calendar year of the first financial year drawn by default: 1998-99. */
  public static final int FIRST_START_YEAR = 1998;

  /** The first calendar year of the last financial year drawn by default: 2030-31. */
  public static final int LAST_START_YEAR = 2030;

  /** The probability that a generated date lies on or next to a period boundary. */
  public static final double BOUNDARY_RATE = 0.3;

  /** The probability that a generated date is an England and Wales bank holiday. */
  public static final double BANK_HOLIDAY_RATE = 0.1;

  /** The probability that a generated date is 29 February. */
  public static final double LEAP_DAY_RATE = 0.05;

  /**
   * The probability that a generated period is an edge case: first, last or holding 29 February.
   */
  public static final double EDGE_PERIOD_RATE = 0.2;

  /** How far outside the period {@link #datesAround(ReportingPeriod)} may go, in days. */
  public static final int MARGIN_DAYS = 92;

  /** The first year whose bank holidays the England and Wales calendar knows. */
  private static final int FIRST_BANK_HOLIDAY_YEAR = 1978;

  private static final WorkingDayCalendar ENGLAND_AND_WALES = WorkingDayCalendar.englandAndWales();

  private PeriodGenerators() {}

  /**
   * Returns a generator of financial years from 1998-99 to 2030-31.
   *
   * @return the generator
   */
  public static Generator<FinancialYear> financialYears() {
    return financialYears(FIRST_START_YEAR, LAST_START_YEAR);
  }

  /**
   * Returns a generator of financial years in a range, uniformly, with the first, the last and a
   * year holding 29 February drawn at the edge-case rate.
   *
   * @param firstStartYear the first calendar year of the first financial year, such as 2002 for
   *     2002-03
   * @param lastStartYear the first calendar year of the last financial year
   * @return the generator
   * @throws IllegalArgumentException if the range is empty or the years are not supported by {@link
   *     FinancialYear}
   */
  public static Generator<FinancialYear> financialYears(int firstStartYear, int lastStartYear) {
    checkArgument(
        firstStartYear <= lastStartYear,
        "financial years %s to %s are an empty range",
        firstStartYear,
        lastStartYear);
    FinancialYear.of(firstStartYear);
    FinancialYear.of(lastStartYear);
    return (random, size) -> {
      if (random.nextDouble() >= EDGE_PERIOD_RATE) {
        return FinancialYear.of(between(random, firstStartYear, lastStartYear));
      }
      switch (random.nextInt(3)) {
        case 0:
          return FinancialYear.of(firstStartYear);
        case 1:
          return FinancialYear.of(lastStartYear);
        default:
          return FinancialYear.of(leapStartYear(random, firstStartYear, lastStartYear));
      }
    };
  }

  /**
   * Returns a generator of financial quarters of the default years; the edge cases are the first
   * and last quarter of the range and the fourth quarter of a year holding 29 February.
   *
   * @return the generator
   */
  public static Generator<FinancialQuarter> financialQuarters() {
    return (random, size) -> {
      if (random.nextDouble() >= EDGE_PERIOD_RATE) {
        return FinancialQuarter.of(
            between(random, FIRST_START_YEAR, LAST_START_YEAR), between(random, 1, 4));
      }
      switch (random.nextInt(3)) {
        case 0:
          return FinancialQuarter.of(FIRST_START_YEAR, 1);
        case 1:
          return FinancialQuarter.of(LAST_START_YEAR, 4);
        default:
          return FinancialQuarter.of(leapStartYear(random, FIRST_START_YEAR, LAST_START_YEAR), 4);
      }
    };
  }

  /**
   * Returns a generator of reporting months of the default years; the edge cases are the first and
   * last month of the range, a February of a leap year, and March and April (the turn of the
   * financial year).
   *
   * @return the generator
   */
  public static Generator<ReportingMonth> reportingMonths() {
    return (random, size) -> {
      if (random.nextDouble() >= EDGE_PERIOD_RATE) {
        return ReportingMonth.from(uniformDate(random, yearStart(FIRST_START_YEAR), lastDay()));
      }
      switch (random.nextInt(4)) {
        case 0:
          return ReportingMonth.of(FIRST_START_YEAR, Month.APRIL);
        case 1:
          return ReportingMonth.of(LAST_START_YEAR + 1, Month.MARCH);
        case 2:
          return ReportingMonth.of(
              leapStartYear(random, FIRST_START_YEAR, LAST_START_YEAR) + 1, Month.FEBRUARY);
        default:
          int year = between(random, FIRST_START_YEAR, LAST_START_YEAR);
          return random.nextBoolean()
              ? ReportingMonth.of(year, Month.APRIL)
              : ReportingMonth.of(year + 1, Month.MARCH);
      }
    };
  }

  /**
   * Returns a generator of date ranges that start on a date of {@link #dates()} and last from 1 to
   * 400 days; a single day is drawn at the edge-case rate.
   *
   * @return the generator
   */
  public static Generator<DateRangePeriod> dateRanges() {
    Generator<LocalDate> starts = dates();
    return (random, size) -> {
      LocalDate start = starts.generate(random, size);
      int days = random.nextDouble() < EDGE_PERIOD_RATE ? 0 : random.nextInt(400);
      LocalDate end = start.plusDays(days);
      return DateRangePeriod.of(start, end.isAfter(lastDay()) ? lastDay() : end);
    };
  }

  /**
   * Returns a generator of reporting periods of every kind: a financial year, quarter, month or
   * date range, each a quarter of the time.
   *
   * @return the generator
   */
  public static Generator<ReportingPeriod> reportingPeriods() {
    List<Generator<? extends ReportingPeriod>> kinds =
        List.of(financialYears(), financialQuarters(), reportingMonths(), dateRanges());
    return (random, size) -> kinds.get(random.nextInt(kinds.size())).generate(random, size);
  }

  /**
   * Returns a generator of dates in the default financial years, with boundaries, bank holidays and
   * leap days at the rates stated in the class description.
   *
   * @return the generator
   */
  public static Generator<LocalDate> dates() {
    return window(yearStart(FIRST_START_YEAR), lastDay(), null);
  }

  /**
   * Returns a generator of dates in and around a period: from {@value #MARGIN_DAYS} days before its
   * start to {@value #MARGIN_DAYS} days after its end, with the boundaries of the period and of
   * every month in that window, bank holidays and leap days at the rates stated in the class
   * description.
   *
   * @param period the period, such as the financial year a formula is evaluated for
   * @return the generator
   */
  public static Generator<LocalDate> datesAround(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return window(
        period.getStart().minusDays(MARGIN_DAYS), period.getEnd().plusDays(MARGIN_DAYS), period);
  }

  /**
   * Returns a generator of dates in a window, from first to last inclusive, with the rates of the
   * class description; the generated dates never leave the window.
   *
   * @param first the first day of the window
   * @param last the last day of the window
   * @return the generator
   * @throws IllegalArgumentException if the last day is before the first
   */
  public static Generator<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    checkArgument(!last.isBefore(first), "date window %s to %s is empty", first, last);
    return window(first, last, null);
  }

  /**
   * Tells whether a date is on or next to a period boundary: the first or last day of a month.
   * Every quarter and financial-year boundary is a month boundary, and the day before the first of
   * a month is the last of the one before.
   *
   * @param date the date
   * @return {@code true} for the first and last day of every month
   */
  public static boolean isBoundary(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.getDayOfMonth() == 1 || date.getDayOfMonth() == date.lengthOfMonth();
  }

  private static Generator<LocalDate> window(
      LocalDate first, LocalDate last, @Nullable ReportingPeriod period) {
    return (random, size) -> {
      double draw = random.nextDouble();
      if (draw < BOUNDARY_RATE) {
        LocalDate near = uniformDate(random, first, last);
        return clamp(boundaryNear(random, near, period), first, last);
      }
      if (draw < BOUNDARY_RATE + BANK_HOLIDAY_RATE) {
        LocalDate holiday = bankHolidayNear(random, uniformDate(random, first, last), first, last);
        if (holiday != null) {
          return holiday;
        }
      } else if (draw < BOUNDARY_RATE + BANK_HOLIDAY_RATE + LEAP_DAY_RATE) {
        LocalDate leapDay = leapDayIn(random, first, last);
        if (leapDay != null) {
          return leapDay;
        }
      }
      return uniformDate(random, first, last);
    };
  }

  /**
   * A boundary of the month of a date, or a third of the time of the given period (or, without one,
   * of the financial year of the date).
   */
  private static LocalDate boundaryNear(
      RandomGenerator random, LocalDate date, @Nullable ReportingPeriod period) {
    LocalDate start;
    LocalDate end;
    if (random.nextInt(3) == 0) {
      ReportingPeriod around = period != null ? period : FinancialYear.from(date);
      start = around.getStart();
      end = around.getEnd();
    } else {
      start = date.withDayOfMonth(1);
      end = date.withDayOfMonth(date.lengthOfMonth());
    }
    switch (random.nextInt(4)) {
      case 0:
        return start;
      case 1:
        return end;
      case 2:
        return start.minusDays(1);
      default:
        return end.plusDays(1);
    }
  }

  /** A bank holiday of the year of a date inside the window, or null if the year has none there. */
  private static @Nullable LocalDate bankHolidayNear(
      RandomGenerator random, LocalDate date, LocalDate first, LocalDate last) {
    if (date.getYear() < FIRST_BANK_HOLIDAY_YEAR) {
      return null;
    }
    List<BankHoliday> holidays = ENGLAND_AND_WALES.bankHolidays(date.getYear());
    int from = random.nextInt(holidays.size());
    for (int i = 0; i < holidays.size(); i++) {
      LocalDate holiday = holidays.get((from + i) % holidays.size()).getDate();
      if (!holiday.isBefore(first) && !holiday.isAfter(last)) {
        return holiday;
      }
    }
    return null;
  }

  /** A 29 February inside the window, or null if there is none. */
  private static @Nullable LocalDate leapDayIn(
      RandomGenerator random, LocalDate first, LocalDate last) {
    int count = 0;
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      if (Year.isLeap(year) && inWindow(LocalDate.of(year, 2, 29), first, last)) {
        count++;
      }
    }
    if (count == 0) {
      return null;
    }
    int pick = random.nextInt(count);
    for (int year = first.getYear(); ; year++) {
      if (Year.isLeap(year) && inWindow(LocalDate.of(year, 2, 29), first, last) && pick-- == 0) {
        return LocalDate.of(year, 2, 29);
      }
    }
  }

  private static boolean inWindow(LocalDate date, LocalDate first, LocalDate last) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  private static LocalDate clamp(LocalDate date, LocalDate first, LocalDate last) {
    return date.isBefore(first) ? first : date.isAfter(last) ? last : date;
  }

  static LocalDate uniformDate(RandomGenerator random, LocalDate first, LocalDate last) {
    return LocalDate.ofEpochDay(random.nextLong(first.toEpochDay(), last.toEpochDay() + 1));
  }

  static int between(RandomGenerator random, int min, int max) {
    return (int) random.nextLong(min, (long) max + 1);
  }

  /** A start year in the range whose financial year holds 29 February; any year if none does. */
  private static int leapStartYear(RandomGenerator random, int first, int last) {
    int start = between(random, first, last);
    for (int i = 0; i <= last - first; i++) {
      int year = first + (start - first + i) % (last - first + 1);
      if (Year.isLeap(year + 1)) {
        return year;
      }
    }
    return start;
  }

  private static LocalDate yearStart(int startYear) {
    return LocalDate.of(startYear, 4, 1);
  }

  private static LocalDate lastDay() {
    return LocalDate.of(LAST_START_YEAR + 1, 3, 31);
  }
}
