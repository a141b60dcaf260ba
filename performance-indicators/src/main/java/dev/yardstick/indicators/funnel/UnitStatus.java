package dev.yardstick.indicators.funnel;

/**
 * Whether an organisation took part in a funnel plot.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum UnitStatus {
  /** Placed on the funnel and counted in the average. */
  INCLUDED,
  /**
   * Left out: a zero denominator or expected count (PHE refuses such rows; Fingertips makes no
   * comparison), or no events for a directly standardised rate.
   */
  EXCLUDED,
  /**
   * Counted in the average but not placed: a directly standardised rate with fewer than 10 events
   * (PHE: "not applicable for events less than 10 for dsrs").
   */
  NOT_APPLICABLE
}
