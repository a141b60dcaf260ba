package dev.yardstick.core.framework;

/**
 * What a {@link Target} asks of an indicator's value.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum TargetKind {
  /** The value should be at least the target value (for a higher-is-better indicator). */
  AT_LEAST,
  /** The value should be at most the target value (for a lower-is-better indicator). */
  AT_MOST,
  /** The value should lie within a closed range (for an indicator best within a range). */
  WITHIN_RANGE,
  /**
   * The value should fall by at least a percentage on its value in a baseline period: a target of
   * at most {@code baseline × (1 − percent / 100)}.
   */
  REDUCTION_ON_BASELINE,
  /**
   * The value should rise by at least a percentage on its value in a baseline period: a target of
   * at least {@code baseline × (1 + percent / 100)}.
   */
  INCREASE_ON_BASELINE;

  /**
   * Tells whether the kind is set relative to a baseline period.
   *
   * @return {@code true} for {@link #REDUCTION_ON_BASELINE} and {@link #INCREASE_ON_BASELINE}
   */
  public boolean isOnBaseline() {
    return this == REDUCTION_ON_BASELINE || this == INCREASE_ON_BASELINE;
  }
}
