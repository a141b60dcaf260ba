package dev.yardstick.core.calendar;

/**
 * Whether the first and last dates of a span count when working days are counted between them.
 *
 * <p>A timescale such as "an assessment within 7 working days of referral" counts from the day
 * after the referral and includes the day the assessment is done: that is {@link
 * #EXCLUDE_START_INCLUDE_END}, the default of {@link WorkingDayCalendar#countWorkingDays(
 * java.time.LocalDate, java.time.LocalDate)}. The number of working days in a period, such as a
 * month, counts both ends: {@link #INCLUDE_BOTH}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum EndpointRule {

  /** Both the start and the end count, if they are working days. */
  INCLUDE_BOTH(true, true),

  /**
   * The start does not count and the end does, if it is a working day: the rule of timescales
   * counted from an event ("within 7 working days of referral"). The default.
   */
  EXCLUDE_START_INCLUDE_END(false, true),

  /** The start counts, if it is a working day, and the end does not. */
  INCLUDE_START_EXCLUDE_END(true, false),

  /** Neither end counts: only the working days strictly between the two dates. */
  EXCLUDE_BOTH(false, false);

  private final boolean startIncluded;
  private final boolean endIncluded;

  EndpointRule(boolean startIncluded, boolean endIncluded) {
    this.startIncluded = startIncluded;
    this.endIncluded = endIncluded;
  }

  /**
   * Tells whether the first date of the span counts.
   *
   * @return {@code true} if the start is counted when it is a working day
   */
  public boolean isStartIncluded() {
    return startIncluded;
  }

  /**
   * Tells whether the last date of the span counts.
   *
   * @return {@code true} if the end is counted when it is a working day
   */
  public boolean isEndIncluded() {
    return endIncluded;
  }
}
