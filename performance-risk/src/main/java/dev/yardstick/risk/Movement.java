package dev.yardstick.risk;

/**
 * How a risk's residual score moved since its previous assessment.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum Movement {
  /** The residual score rose: the risk got worse. */
  UP,
  /** The residual score fell: the risk got better. */
  DOWN,
  /** The residual score is unchanged. */
  SAME
}
