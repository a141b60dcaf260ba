package dev.yardstick.indicators;

/**
 * How far an indicator value can be relied on, and whether there is a value at all.
 *
 * <p>A value is published {@link #PROVISIONAL} and later made {@link #FINAL}; a council may
 * {@link #ESTIMATED estimate} a figure it cannot count; small numbers are {@link #SUPPRESSED}
 * so that people cannot be identified; and a figure that was not returned is {@link #MISSING},
 * with a reason. Only the first three carry a value: a suppressed or missing value is a state,
 * never a zero (design decision 7).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ValueQuality {
  /** The final, validated figure. */
  FINAL,
  /** A figure published before validation, which may still change. */
  PROVISIONAL,
  /** A figure estimated rather than counted. */
  ESTIMATED,
  /** A figure withheld because its small numbers could identify people; it carries no value. */
  SUPPRESSED,
  /** No figure: not returned, not applicable or not computable; the reason is required. */
  MISSING;

  /**
   * Tells whether a value of this quality carries a figure.
   *
   * @return {@code true} for {@link #FINAL}, {@link #PROVISIONAL} and {@link #ESTIMATED}
   */
  public boolean hasValue() {
    return this == FINAL || this == PROVISIONAL || this == ESTIMATED;
  }

  /**
   * Returns the quality of a figure computed from figures of two qualities, such as a year rolled
   * up from its months: {@link #ESTIMATED} if either is estimated, otherwise {@link #PROVISIONAL}
   * if either is provisional, otherwise {@link #FINAL}.
   *
   * @param other the other quality, which must carry a value
   * @return the combined quality
   * @throws IllegalArgumentException if either quality carries no value
   */
  public ValueQuality combine(ValueQuality other) {
    if (!hasValue() || !other.hasValue()) {
      throw new IllegalArgumentException(
          "quality " + this + " cannot be combined with " + other + ": both must carry a value");
    }
    if (this == ESTIMATED || other == ESTIMATED) {
      return ESTIMATED;
    }
    if (this == PROVISIONAL || other == PROVISIONAL) {
      return PROVISIONAL;
    }
    return FINAL;
  }
}
