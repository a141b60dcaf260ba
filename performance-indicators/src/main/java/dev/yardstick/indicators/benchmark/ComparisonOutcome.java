package dev.yardstick.indicators.benchmark;

/**
 * The verdict of comparing an organisation's value with a benchmark (England, region, comparator
 * group average or a peer).
 *
 * <p>Fingertips' words (methods reference 4.5): better, similar ("same"), worse when the indicator
 * has a polarity; higher, similar, lower when it has none.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ComparisonOutcome {
  /** Significantly better than the benchmark, after polarity. */
  BETTER,
  /** Not significantly different from the benchmark. */
  SIMILAR,
  /** Significantly worse than the benchmark, after polarity. */
  WORSE,
  /** Significantly higher than the benchmark, for an indicator without a direction. */
  HIGHER,
  /** Significantly lower than the benchmark, for an indicator without a direction. */
  LOWER,
  /**
   * No comparison was possible: a zero or negative denominator or expected count (Fingertips'
   * "None").
   */
  NOT_COMPARED
}
