package dev.yardstick.indicators.spc;

/**
 * The "Making Data Count" assurance icon: will the process meet its target?
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum AssuranceIcon {
  /** The target lies outside the limits on the worse side: the process will consistently meet it. */
  CONSISTENTLY_PASSING,
  /** The target lies outside the limits on the better side: it will consistently be missed. */
  CONSISTENTLY_FAILING,
  /** The target lies between the limits (or on one): sometimes met, sometimes missed. */
  HIT_AND_MISS
}
