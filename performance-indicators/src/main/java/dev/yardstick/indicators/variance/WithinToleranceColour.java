package dev.yardstick.indicators.variance;

import dev.yardstick.core.status.RagStatus;

/**
 * The colour of a figure that misses its target but lies within the tolerance.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum WithinToleranceColour {
  /** Within tolerance is amber: the usual convention (Reigate and Banstead). The default. */
  AMBER,
  /**
   * Within tolerance is green, as in Havering's 2013-15 reports ("on target or within 10% of it"),
   * where amber is kept for figures beyond tolerance that are improving.
   */
  GREEN;

  /**
   * Returns the status this colour stands for.
   *
   * @return {@link RagStatus#AMBER} or {@link RagStatus#GREEN}
   */
  public RagStatus toStatus() {
    return this == AMBER ? RagStatus.AMBER : RagStatus.GREEN;
  }
}
