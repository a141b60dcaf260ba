package dev.yardstick.indicators.spc;

/**
 * The "Making Data Count" variation icon: the point type of the latest point, with its side.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum VariationIcon {
  /** Common-cause variation (grey). */
  COMMON_CAUSE,
  /** Improvement: special cause high, higher is better (blue, up). */
  IMPROVEMENT_HIGH,
  /** Improvement: special cause low, lower is better (blue, down). */
  IMPROVEMENT_LOW,
  /** Concern: special cause high, lower is better (orange, up). */
  CONCERN_HIGH,
  /** Concern: special cause low, higher is better (orange, down). */
  CONCERN_LOW,
  /** Special cause high with no better direction (purple, up). */
  NEUTRAL_HIGH,
  /** Special cause low with no better direction (purple, down). */
  NEUTRAL_LOW
}
