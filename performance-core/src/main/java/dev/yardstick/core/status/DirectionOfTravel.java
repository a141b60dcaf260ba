package dev.yardstick.core.status;

/**
 * Whether a figure got better or worse since a comparison period, judged with the indicator's
 * polarity: the up, level or down arrow of a council performance report.
 *
 * <p>Direction of travel is compared both short term (against the previous quarter) and long term
 * (against the same quarter of the previous year), and "better" always follows the indicator's
 * polarity, so a fall in PAF A1 (placement moves, lower is better) is {@link #IMPROVING} (domain
 * reference section 5.1).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum DirectionOfTravel {

  /** Better than the comparison period, by the indicator's polarity. */
  IMPROVING,

  /** No change, or a change too small to count under the rule in use. */
  NO_SIGNIFICANT_CHANGE,

  /** Worse than the comparison period, by the indicator's polarity. */
  WORSENING,

  /**
   * No comparison is possible: a figure is missing or suppressed, the definition changed between
   * the periods, or the indicator has no polarity.
   */
  NOT_COMPARABLE;

  /**
   * Returns the direction under the opposite polarity: {@link #IMPROVING} and {@link #WORSENING}
   * are swapped and the others are unchanged. Flipping an indicator's polarity flips its direction
   * of travel.
   *
   * @return the flipped direction
   */
  public DirectionOfTravel flip() {
    switch (this) {
      case IMPROVING:
        return WORSENING;
      case WORSENING:
        return IMPROVING;
      default:
        return this;
    }
  }
}
