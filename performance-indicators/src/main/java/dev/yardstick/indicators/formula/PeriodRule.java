package dev.yardstick.indicators.formula;

import dev.yardstick.core.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a record's dates place it in a reporting period: the analytics period boundary of a formula.
 *
 * <p>A record has either one date (an event: a referral, a review, a complaint) or a start and an
 * optional end (an episode: a period of care, a placement, a service). An end that is absent means
 * the record is still open. All dates are whole days and every comparison includes both ends of the
 * period, which runs from {@link ReportingPeriod#getStart()} to {@link ReportingPeriod#getEnd()}.
 *
 * <table>
 *   <caption>The rules for the period 1 April 2003 to 31 March 2004</caption>
 *   <tr><th>rule</th><th>in the period when</th><th>example</th></tr>
 *   <tr><td>{@link #EVENT_IN_PERIOD}</td><td>1 Apr 2003 &le; date &le; 31 Mar 2004</td>
 *       <td>referrals received in the year</td></tr>
 *   <tr><td>{@link #STARTED_IN_PERIOD}</td><td>1 Apr 2003 &le; start &le; 31 Mar 2004</td>
 *       <td>children starting to be looked after in the year</td></tr>
 *   <tr><td>{@link #ENDED_IN_PERIOD}</td><td>an end, with 1 Apr 2003 &le; end &le; 31 Mar 2004</td>
 *       <td>care leavers in the year</td></tr>
 *   <tr><td>{@link #OPEN_AT_PERIOD_END}</td><td>start &le; 31 Mar 2004 and (no end or end &gt;
 *       31 Mar 2004)</td><td>children looked after at 31 March</td></tr>
 *   <tr><td>{@link #OPEN_DURING_PERIOD}</td><td>start &le; 31 Mar 2004 and (no end or end &ge;
 *       1 Apr 2003)</td><td>clients receiving a service at any time in the year</td></tr>
 * </table>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>A record on the first or the last day of the period is in it, for every rule but one: a
 *       record that ends on the last day of the period is not open at the period end. This is the
 *       convention of the SSDA903 looked-after children return, where a child whose episode ceased
 *       on 31 March is counted among those who ceased to be looked after in the year, not among
 *       those looked after at 31 March.
 *   <li>An open record (no end) is open at the end of every period that starts on or after its
 *       start, and never {@link #ENDED_IN_PERIOD}.
 *   <li>{@link #EVENT_IN_PERIOD} and {@link #STARTED_IN_PERIOD} read only the first date.
 *   <li>An end before the start is bad input; a formula rejects the record before any rule is
 *       applied (see {@link BadRecordReason#END_BEFORE_START}).
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum PeriodRule {

  /** The record's one date (an event date) falls in the period, both ends included. */
  EVENT_IN_PERIOD(false),

  /**
   * The record is open at the end of the last day of the period: a snapshot, such as "looked after
   * at 31 March". It started on or before the period end and has no end or ends after it.
   */
  OPEN_AT_PERIOD_END(true),

  /**
   * The record is open on at least one day of the period: it started on or before the period end
   * and has no end or ends on or after the period start.
   */
  OPEN_DURING_PERIOD(true),

  /** The record's start date falls in the period, both ends included. */
  STARTED_IN_PERIOD(false),

  /** The record has an end date and it falls in the period, both ends included. */
  ENDED_IN_PERIOD(true);

  private final boolean usesEnd;

  PeriodRule(boolean usesEnd) {
    this.usesEnd = usesEnd;
  }

  /**
   * Tells whether the rule reads the record's end date as well as its first date.
   *
   * @return {@code true} for the rules about episodes with an end; {@code false} for {@link
   *     #EVENT_IN_PERIOD} and {@link #STARTED_IN_PERIOD}
   */
  public boolean usesEnd() {
    return usesEnd;
  }

  /**
   * Tells whether a record with one date (an event) is in the period under this rule.
   *
   * <p>For the episode rules the date is read as the start of a record that is still open.
   *
   * @param period the reporting period
   * @param date the event date
   * @return whether the record is in the period
   */
  public boolean test(ReportingPeriod period, LocalDate date) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(date, "date");
    return matches(date, null, period.getStart(), period.getEnd());
  }

  /**
   * Tells whether a record with a start and an optional end is in the period under this rule.
   *
   * @param period the reporting period
   * @param start the record's start (or event) date
   * @param end the record's end date; empty while the record is open
   * @return whether the record is in the period
   * @throws IllegalArgumentException if the end is before the start; the message names both dates
   */
  public boolean test(ReportingPeriod period, LocalDate start, Optional<LocalDate> end) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    LocalDate endDate = end.orElse(null);
    if (endDate != null && endDate.isBefore(start)) {
      throw new IllegalArgumentException("end " + endDate + " is before start " + start);
    }
    return matches(start, endDate, period.getStart(), period.getEnd());
  }

  /** The rule over plain dates; the caller has checked that the end is not before the start. */
  boolean matches(
      LocalDate start, @Nullable LocalDate end, LocalDate periodStart, LocalDate periodEnd) {
    return matches(dayKey(start), endKey(end), dayKey(periodStart), dayKey(periodEnd));
  }

  /**
   * The rule over {@linkplain #dayKey(LocalDate) day keys}, with an open end as {@link
   * #OPEN_END}; the caller has checked that the end is not before the start. The formula engine
   * calls this once a record and period, so it compares numbers, and with {@code &} rather than
   * {@code &&}, which lets the compiler test both sides without a branch the data would make hard
   * to predict.
   */
  boolean matches(long start, long end, long periodStart, long periodEnd) {
    switch (this) {
      case EVENT_IN_PERIOD:
      case STARTED_IN_PERIOD:
        return start >= periodStart & start <= periodEnd;
      case OPEN_AT_PERIOD_END:
        return start <= periodEnd & end > periodEnd;
      case OPEN_DURING_PERIOD:
        return start <= periodEnd & end >= periodStart;
      case ENDED_IN_PERIOD:
        return end >= periodStart & end <= periodEnd;
      default:
        throw new AssertionError(this);
    }
  }

  /** The day key of an open end: after every date. */
  static final long OPEN_END = Long.MAX_VALUE;

  /**
   * Returns a number that orders dates as the calendar does: {@code year * 512 + month * 32 +
   * day}. Cheaper to make than an epoch day, and one comparison of two keys replaces the three
   * field comparisons of {@link LocalDate#compareTo}. Exact over the whole range of {@link
   * LocalDate}.
   */
  static long dayKey(LocalDate date) {
    return ((long) date.getYear() << 9) | (date.getMonthValue() << 5) | date.getDayOfMonth();
  }

  /** Returns the day key of an end date, or {@link #OPEN_END} for an open end. */
  static long endKey(@Nullable LocalDate end) {
    return end == null ? OPEN_END : dayKey(end);
  }
}
