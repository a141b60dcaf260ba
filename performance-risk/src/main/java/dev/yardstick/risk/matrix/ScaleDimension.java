package dev.yardstick.risk.matrix;

/**
 * The two axes of a risk matrix.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ScaleDimension {
  /** How likely the risk event is to happen (ISO 31000 "likelihood"). */
  LIKELIHOOD,
  /** How severe the consequences would be if it happened. */
  IMPACT;

  /**
   * Returns the lower-case word used in messages, {@code likelihood} or {@code impact}.
   *
   * @return the word
   */
  public String word() {
    return this == LIKELIHOOD ? "likelihood" : "impact";
  }
}
