package dev.yardstick.indicators.funnel;

/**
 * Where an organisation's value lies against one pair of funnel limits.
 *
 * <p>A value on a limit is inside, as in FunnelPlotR and PHE (which flags only values strictly
 * outside).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum LimitPosition {
  /** Strictly below the lower limit. */
  BELOW_LOWER,
  /** On or between the limits. */
  INSIDE,
  /** Strictly above the upper limit. */
  ABOVE_UPPER
}
