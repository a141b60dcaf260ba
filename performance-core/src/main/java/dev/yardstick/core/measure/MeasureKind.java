package dev.yardstick.core.measure;

/**
 * What an indicator's figure measures, which decides how figures for short periods roll up into a
 * figure for a longer one (months into a quarter, quarters into a year to date).
 *
 * <p>Getting this wrong is the classic reporting error: averaging twelve monthly percentages gives
 * each month the same weight whatever its denominator, and adding twelve month-end snapshots counts
 * the same children twelve times. Each constant says how it aggregates over time.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum MeasureKind {

  /**
   * A count of events in a period: referrals received, assessments completed, admissions to care
   * homes. Flows add up over time: the count for a year is the sum of the counts of its months.
   */
  FLOW_COUNT,

  /**
   * A stock on a date: children looked after at 31 March, people receiving a service on a census
   * day. Snapshots do not add up; the figure for a longer period is the latest snapshot inside it
   * (the quarter's figure is its last month-end's).
   */
  SNAPSHOT,

  /**
   * A ratio, percentage or rate: a numerator over a denominator, times a multiplier. PAF A1 (the
   * percentage of looked-after children with three or more placements) and ASCOF 2A (admissions per
   * 100,000) are ratios. A ratio over a longer period is recomputed from the summed numerators and
   * summed denominators of its parts (see {@link Ratio#plus(Ratio)}); ratios are never averaged.
   */
  RATIO,

  /**
   * An arithmetic mean of case-level values, such as the mean weekly unit cost. Means cannot be
   * rolled up from the period means alone: the underlying sum and count (or the case records) are
   * needed.
   */
  MEAN,

  /**
   * A median of case-level values, such as the median days to complete an assessment. Medians
   * cannot be rolled up from period medians at all: the case-level values are needed.
   */
  MEDIAN,

  /**
   * A duration or timeliness figure expressed as a time, such as the average days from referral to
   * core assessment. Durations cannot be rolled up without the underlying case-level data.
   */
  DURATION;

  /**
   * Tells whether figures of this kind can be rolled up over time from the stored per-period
   * figures alone: values for flows and snapshots, numerators and denominators for ratios.
   *
   * @return {@code true} for {@link #FLOW_COUNT}, {@link #SNAPSHOT} and {@link #RATIO}; {@code
   *     false} for {@link #MEAN}, {@link #MEDIAN} and {@link #DURATION}, which need the underlying
   *     data
   */
  public boolean canRollUp() {
    return this == FLOW_COUNT || this == SNAPSHOT || this == RATIO;
  }
}
