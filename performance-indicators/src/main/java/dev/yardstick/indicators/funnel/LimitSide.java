package dev.yardstick.indicators.funnel;

/**
 * Which side of the funnel a limit curve is.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum LimitSide {
  /** The lower limit. */
  LOWER,
  /** The upper limit. */
  UPPER
}
