package dev.yardstick.indicators.benchmark;

/**
 * What a cross-section calculator does with organisations that have no value (not returned,
 * suppressed, or not applicable).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum MissingValuePolicy {
  /**
   * Leave them out of the group and count them in the result: the default, as Fingertips and
   * PHEindicatormethods leave out missing values ({@code N} is the number of non-missing values).
   */
  EXCLUDE_AND_COUNT,
  /** Refuse the whole cross-section with an {@link IllegalArgumentException} naming them. */
  REFUSE
}
