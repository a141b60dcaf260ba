package dev.yardstick.indicators.variance;

/**
 * Whether figures are rounded by the indicator's rounding policy before they are compared with a
 * target and coloured.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ClassificationRounding {
  /**
   * Round the figure and the target bounds by the indicator's rounding policy first, so that the
   * colour never disagrees with the figure printed beside it (design decision 1): 14.96 printed as
   * 15.0 against a target of at most 15.0 is on target. The default.
   */
  ROUND_FIRST,
  /**
   * Compare the exact, unrounded figure: 14.96 is below 15, and 15.04 (printed as 15.0) is above
   * it. For those whose published rules say so; the printed figure may then disagree with the
   * colour.
   */
  EXACT
}
