package dev.yardstick.indicators.benchmark;

/**
 * What PAF-style banding does with a group code that the banding scheme has no thresholds for.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum UnknownGroupPolicy {
  /** Use the scheme's thresholds for all councils (the default). */
  USE_DEFAULT_THRESHOLDS,
  /** Refuse with an {@link IllegalArgumentException} naming the group and the scheme. */
  REFUSE
}
