package dev.yardstick.core.status;

/**
 * The red, amber or green verdict on a figure against its target, or the explicit reason there is
 * none.
 *
 * <p>Councils colour figures green when on target, amber when off target but within the agreed
 * tolerance, and red when beyond it (domain reference section 5.1). Yardstick keeps the colours
 * apart from four explicit non-colours: <b>no target is a state, never a colour</b>, and a missing,
 * suppressed or unrated figure is never shown as red, amber or green, nor counted among them.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum RagStatus {

  /** Worse than target beyond the tolerance: needs corrective action. */
  RED,

  /** Off target but within the agreed tolerance (or, under some local rules, improving). */
  AMBER,

  /** On or better than target. */
  GREEN,

  /** The figure has no target for the period, so it cannot be judged against one; not a colour. */
  NO_TARGET,

  /** There is no figure: the value is missing or its denominator is zero; not a colour. */
  NO_DATA,

  /**
   * The figure is withheld because it rests on numbers small enough to identify people; not a
   * colour.
   */
  SUPPRESSED,

  /**
   * The figure is not judged, for example a context indicator with no polarity, or one whose
   * definition changed in the period; not a colour.
   */
  NOT_RATED;

  /**
   * Tells whether this is one of the three colours.
   *
   * @return {@code true} for {@link #RED}, {@link #AMBER} and {@link #GREEN}; {@code false} for the
   *     non-colours
   */
  public boolean isColour() {
    return this == RED || this == AMBER || this == GREEN;
  }
}
