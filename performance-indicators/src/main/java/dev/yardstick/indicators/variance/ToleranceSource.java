package dev.yardstick.indicators.variance;

/**
 * Where a RAG policy takes the tolerance from when a target carries its own.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ToleranceSource {
  /**
   * The target's own tolerance if it has one ("tolerance set per indicator", Reigate and Banstead),
   * otherwise the policy's. The default.
   */
  TARGET_FIRST,
  /** Always the policy's tolerance, whatever the target says (one corporate rule for all). */
  POLICY_ONLY
}
