package dev.yardstick.risk.performance;

/**
 * How much rides on an indicator, which sets the impact of missing its target.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum IndicatorWeight {
  /**
   * A key indicator whose miss caps a rating: in the 2002 to 2004 star ratings, failing a key
   * threshold limited the judgement whatever else was achieved (domain reference section 1).
   */
  RATING_CAPPING,
  /** A key indicator reported to members and the corporate plan. */
  KEY,
  /** Any other indicator with a target. */
  SUPPORTING
}
