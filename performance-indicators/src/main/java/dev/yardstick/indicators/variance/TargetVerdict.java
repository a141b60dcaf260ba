package dev.yardstick.indicators.variance;

/**
 * Where a figure stands against its target, judged by the target's kind and the indicator's
 * polarity: better than, on, or worse than target.
 *
 * <p>For an at-least target (or an increase on a baseline) a higher figure is better; for an
 * at-most target (or a reduction) a lower one; for a within-range target every figure inside the
 * range is {@link #ON_TARGET} and every figure outside it {@link #WORSE_THAN_TARGET}. The figure
 * and the target are compared as printed, after the indicator's rounding (see {@link
 * ClassificationRounding}).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum TargetVerdict {
  /** Better than the target: above an at-least target, below an at-most target. */
  BETTER_THAN_TARGET,
  /** Exactly on a one-sided target, or anywhere inside a range target. */
  ON_TARGET,
  /** Worse than the target: below an at-least target, above an at-most one, outside a range. */
  WORSE_THAN_TARGET;

  /**
   * Tells whether the figure meets the target.
   *
   * @return {@code true} for {@link #BETTER_THAN_TARGET} and {@link #ON_TARGET}
   */
  public boolean meetsTarget() {
    return this != WORSE_THAN_TARGET;
  }

  /**
   * Returns the verdict under the opposite polarity with the same figures: better and worse are
   * swapped and on target is unchanged.
   *
   * @return the flipped verdict
   */
  public TargetVerdict flip() {
    switch (this) {
      case BETTER_THAN_TARGET:
        return WORSE_THAN_TARGET;
      case WORSE_THAN_TARGET:
        return BETTER_THAN_TARGET;
      default:
        return this;
    }
  }
}
