package dev.yardstick.core.period;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How often an indicator is reported: once a financial year, once a quarter or once a month.
 *
 * <p>Each frequency has its kind of {@link ReportingPeriod}, and the periods of a frequency tile
 * the financial calendar without gaps or overlaps, so that {@link #periodOf(LocalDate)} names the
 * one period of that frequency that holds a date. A {@link DateRangePeriod} has no frequency.
 *
 * <p>The constants are in order from the longest period to the shortest.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Frequency {

  /**
   * Once a financial year, 1 April to 31 March: the statutory returns and the national indicator
   * sets (the Performance Assessment Framework, ASCOF) are annual. Periods are {@link
   * FinancialYear}s.
   */
  ANNUAL(1),

  /**
   * Once a quarter of the financial year, Q1 being April to June: the usual rhythm of performance
   * reports to councillors and of some national returns. Periods are {@link FinancialQuarter}s.
   */
  QUARTERLY(4),

  /**
   * Once a calendar month: management information such as referrals and assessments completed.
   * Periods are {@link ReportingMonth}s.
   */
  MONTHLY(12);

  private final int periodsPerYear;

  Frequency(int periodsPerYear) {
    this.periodsPerYear = periodsPerYear;
  }

  /**
   * Returns how many periods of this frequency make up a financial year.
   *
   * @return 1, 4 or 12
   */
  public int getPeriodsPerYear() {
    return periodsPerYear;
  }

  /**
   * Returns the period of this frequency that holds a date.
   *
   * @param date the date, from 1 April 0001 to 31 March 9999, not null
   * @return the financial year, quarter or month holding the date, not null
   * @throws IllegalArgumentException if the date is outside the supported range
   */
  public ReportingPeriod periodOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    switch (this) {
      case ANNUAL:
        return FinancialYear.from(date);
      case QUARTERLY:
        return FinancialQuarter.from(date);
      default:
        return ReportingMonth.from(date);
    }
  }

  /**
   * Returns the periods of this frequency in a financial year, in order. They are contiguous and
   * cover the year exactly.
   *
   * @param year the financial year, not null
   * @return the year itself, its four quarters or its twelve months, an unmodifiable list, not null
   */
  public List<ReportingPeriod> periodsOf(FinancialYear year) {
    Objects.requireNonNull(year, "year");
    switch (this) {
      case ANNUAL:
        return ImmutableList.of(year);
      case QUARTERLY:
        return ImmutableList.copyOf(year.getQuarters());
      default:
        return ImmutableList.copyOf(year.getMonths());
    }
  }

  /**
   * Tells whether a period is one of this frequency's periods.
   *
   * @param period the period, not null
   * @return {@code true} if the period's {@linkplain ReportingPeriod#getFrequency() frequency} is
   *     this one; always {@code false} for a date range
   */
  public boolean isFrequencyOf(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return period.getFrequency().filter(f -> f == this).isPresent();
  }
}
