package dev.yardstick.indicators.dataset;

/**
 * The outcome of a roll-up: whether it gave a figure, and if not, why not.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum RollUpStatus {
  /** Every part had a value; the figure covers the whole period. */
  COMPLETE(true),
  /** Some parts had no value and the figure was made from the others ({@link MissingParts#USE_AVAILABLE}). */
  PARTIAL(true),
  /** Some parts had no value and no figure was made ({@link MissingParts#NOT_CALCULATED}). */
  INCOMPLETE(false),
  /** No part had a value. */
  NO_DATA(false),
  /**
   * The measure kind does not roll up: a mean, a median or a duration cannot be made from the
   * figures of its parts.
   */
  NOT_AGGREGATABLE(false),
  /**
   * A ratio part was given without its numerator and denominator, and ratios are recomputed from
   * summed numerators and denominators, never averaged.
   */
  NOT_RECOMPUTABLE(false);

  private final boolean hasValue;

  RollUpStatus(boolean hasValue) {
    this.hasValue = hasValue;
  }

  /**
   * Tells whether a result of this status carries a figure.
   *
   * @return {@code true} for {@link #COMPLETE} and {@link #PARTIAL}
   */
  public boolean hasValue() {
    return hasValue;
  }
}
