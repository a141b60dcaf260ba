package dev.yardstick.indicators.interval;

/**
 * How a confidence interval for a count, rate or indirectly standardised ratio is computed.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum CountIntervalMethod {
  /**
   * Exact Poisson limits below 10 events and Byar's method from 10 events: the rule of PHE/OHID
   * (PHEindicatormethods {@code phe_rate} and {@code calculate_ISRatio}, methods reference 4.4).
   * The default.
   */
  EXACT_BELOW_TEN_BYAR_FROM_TEN,
  /** Exact Poisson limits at every count ({@link IntervalMethod#EXACT_POISSON}). */
  EXACT,
  /**
   * Byar's method at every count ({@link IntervalMethod#BYAR}); where Byar's lower bound is not
   * defined (no events) or negative (one event at 99.8%) the exact lower bound is used, as methods
   * reference 3.5 advises.
   */
  BYAR
}
