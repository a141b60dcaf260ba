package dev.yardstick.indicators.funnel;

/**
 * The kind of statistic a funnel plot shows.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum FunnelKind {
  /** A proportion {@code numerator / denominator}, from 0 to 1. */
  PROPORTION,
  /** An indirectly standardised ratio {@code observed / expected}; target 1. */
  RATIO,
  /** A rate {@code events / denominator * multiplier}. */
  RATE
}
