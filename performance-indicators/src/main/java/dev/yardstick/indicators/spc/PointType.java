package dev.yardstick.indicators.spc;

/**
 * What a point's special cause means for the indicator: the NHSRplotthedots point type, the
 * signal's direction read through the polarity.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum PointType {
  /** Common-cause variation. */
  COMMON_CAUSE,
  /** A special cause in the better direction. */
  SPECIAL_CAUSE_IMPROVEMENT,
  /** A special cause in the worse direction. */
  SPECIAL_CAUSE_CONCERN,
  /** A high special cause of an indicator with no better direction. */
  SPECIAL_CAUSE_NEUTRAL_HIGH,
  /** A low special cause of an indicator with no better direction. */
  SPECIAL_CAUSE_NEUTRAL_LOW
}
