package dev.yardstick.indicators.variance;

/**
 * Which colour a figure exactly on its target takes: the inclusive edge between the green and the
 * amber band.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum TargetEdge {
  /**
   * A figure exactly on target is green: "on or above target" (Reigate and Banstead, domain
   * reference section 5.1). The default.
   */
  GREEN,
  /**
   * A figure exactly on target is amber, and only a figure better than target is green: "exceeds
   * target" (Kent, domain reference section 5.1).
   */
  AMBER
}
