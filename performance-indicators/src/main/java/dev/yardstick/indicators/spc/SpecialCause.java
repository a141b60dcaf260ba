package dev.yardstick.indicators.spc;

/**
 * The special-cause label of one point of an XmR chart, after NHSRplotthedots: one label per
 * point, the first that applies in the order outside the limits, trend, two of three, shift.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum SpecialCause {
  /** No rule applies: common-cause variation. */
  COMMON_CAUSE(0),
  /** Above the upper process limit. */
  ABOVE_UPPER_LIMIT(1),
  /** Below the lower process limit. */
  BELOW_LOWER_LIMIT(-1),
  /** Part of a run of strictly increasing points (7 by default). */
  TREND_INCREASING(1),
  /** Part of a run of strictly decreasing points (7 by default). */
  TREND_DECREASING(-1),
  /** Near the upper limit in a triggered two-of-three window above the mean. */
  TWO_OF_THREE_ABOVE(1),
  /** Near the lower limit in a triggered two-of-three window below the mean. */
  TWO_OF_THREE_BELOW(-1),
  /** Part of a run of points above the mean (7 by default). */
  SHIFT_ABOVE(1),
  /** Part of a run of points below the mean (7 by default). */
  SHIFT_BELOW(-1);

  private final int direction;

  SpecialCause(int direction) {
    this.direction = direction;
  }

  /**
   * Returns the direction of the signal: high or increasing is +1, low or decreasing is -1.
   *
   * @return +1, -1, or 0 for {@link #COMMON_CAUSE}
   */
  public int getDirection() {
    return direction;
  }
}
