package dev.yardstick.indicators.trend;

import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.status.DirectionOfTravel;
import java.util.Objects;
import java.util.Optional;

/**
 * The statistical verdict of a trend test, before polarity is applied: the values are going up,
 * going down, or show no significant change.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum TrendDirection {
  /** A significant upward trend. */
  INCREASING,
  /** A significant downward trend. */
  DECREASING,
  /** No significant trend at the chosen confidence level. */
  NO_SIGNIFICANT_CHANGE;

  /**
   * Returns the opposite direction: what the same test says when time runs backwards.
   *
   * @return {@link #DECREASING} for {@link #INCREASING} and the reverse; no change stays
   */
  public TrendDirection reverse() {
    switch (this) {
      case INCREASING:
        return DECREASING;
      case DECREASING:
        return INCREASING;
      default:
        return this;
    }
  }

  /**
   * Reads this direction through the indicator's polarity, as Fingertips labels "increasing and
   * getting better".
   *
   * <h4>Edge cases</h4>
   *
   * A polarity of {@link Polarity.Kind#NONE} (a context indicator) or {@link
   * Polarity.Kind#WITHIN_RANGE} (where a rise is good below the range and bad above it) gives no
   * verdict: empty.
   *
   * @param polarity the indicator's polarity
   * @return improving, worsening or no significant change; empty when the polarity gives no
   *     better or worse for a slope
   */
  public Optional<DirectionOfTravel> toDirectionOfTravel(Polarity polarity) {
    Objects.requireNonNull(polarity, "polarity");
    if (this == NO_SIGNIFICANT_CHANGE) {
      return polarity.getKind() == Polarity.Kind.HIGHER_IS_BETTER
              || polarity.getKind() == Polarity.Kind.LOWER_IS_BETTER
          ? Optional.of(DirectionOfTravel.NO_SIGNIFICANT_CHANGE)
          : Optional.empty();
    }
    switch (polarity.getKind()) {
      case HIGHER_IS_BETTER:
        return Optional.of(
            this == INCREASING ? DirectionOfTravel.IMPROVING : DirectionOfTravel.WORSENING);
      case LOWER_IS_BETTER:
        return Optional.of(
            this == DECREASING ? DirectionOfTravel.IMPROVING : DirectionOfTravel.WORSENING);
      default:
        return Optional.empty();
    }
  }
}
