package dev.yardstick.indicators.variance;

import dev.yardstick.core.status.DirectionOfTravel;

/**
 * How a RAG policy combines the colour with the direction of travel (domain reference section 5.1:
 * Havering 2013-15 colours a figure beyond tolerance amber when it "improved or maintained" against
 * the same period last year, and red only when it did not).
 *
 * <p>The rule only ever lifts a red figure to amber; it never lowers a colour, and a figure with no
 * direction of travel (none given, or {@link DirectionOfTravel#NOT_COMPARABLE}) keeps its colour.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum DirectionRule {
  /** The colour depends on the figure and the target only. The default. */
  IGNORED,
  /** A red figure that is {@link DirectionOfTravel#IMPROVING} is amber. */
  AMBER_IF_IMPROVING,
  /**
   * A red figure that is {@link DirectionOfTravel#IMPROVING} or shows {@link
   * DirectionOfTravel#NO_SIGNIFICANT_CHANGE} ("improved or maintained", Havering) is amber.
   */
  AMBER_IF_IMPROVING_OR_MAINTAINED;

  /**
   * Tells whether a red figure with this direction of travel is lifted to amber.
   *
   * @param direction the figure's direction of travel
   * @return {@code true} if the rule lifts it
   */
  public boolean liftsRed(DirectionOfTravel direction) {
    switch (this) {
      case AMBER_IF_IMPROVING:
        return direction == DirectionOfTravel.IMPROVING;
      case AMBER_IF_IMPROVING_OR_MAINTAINED:
        return direction == DirectionOfTravel.IMPROVING
            || direction == DirectionOfTravel.NO_SIGNIFICANT_CHANGE;
      default:
        return false;
    }
  }
}
