package dev.yardstick.risk.performance;

/**
 * Which evidence a performance risk's likelihood was derived from.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum EvidenceKind {
  /** A probability of missing the year-end target, stated by the caller. */
  PROBABILITY,
  /**
   * A year-end forecast with its standard error, the target and the polarity: the probability of a
   * miss is computed under a normal distribution of the forecast.
   */
  FORECAST,
  /** The SPC assurance icon. */
  SPC_ASSURANCE
}
