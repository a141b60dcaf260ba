package dev.yardstick.indicators.funnel;

/**
 * The kind of rate on a rate funnel plot (PHEindicatormethods {@code rate_type}).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum RateType {
  /** A crude rate, events per population: the default. */
  CRUDE,
  /**
   * A directly standardised rate: organisations with no events drop out, and those with fewer than
   * 10 events are counted in the average but not placed ({@link UnitStatus#NOT_APPLICABLE}).
   */
  DIRECTLY_STANDARDISED
}
