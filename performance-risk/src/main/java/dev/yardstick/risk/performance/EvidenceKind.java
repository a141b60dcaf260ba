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
   * miss is computed under Student's t distribution on the forecast's degrees of freedom, or the
   * normal distribution where it has none.
   */
  FORECAST,
  /** The SPC assurance icon of an XmR chart against the target. */
  SPC_ASSURANCE
}
