package dev.yardstick.indicators.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The five bands ("blobs") of the Performance Assessment Framework, from 1, investigate urgently,
 * to 5, very good (domain reference 2.2; Department of Health PAF guidance 2002-03).
 *
 * <p>Councils showed them as traffic lights: red, orange, yellow, light green and dark green.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum PafBand {
  /** Band 1, "investigate urgently" (red). */
  INVESTIGATE_URGENTLY(1, "Investigate urgently"),
  /** Band 2, "ask questions" (orange). */
  ASK_QUESTIONS(2, "Ask questions"),
  /** Band 3, "acceptable" (yellow). */
  ACCEPTABLE(3, "Acceptable"),
  /** Band 4, "good" (light green). */
  GOOD(4, "Good"),
  /** Band 5, "very good" (dark green). */
  VERY_GOOD(5, "Very good");

  private final int number;
  private final String label;

  PafBand(int number, String label) {
    this.number = number;
    this.label = label;
  }

  /**
   * Returns the band's number, 1 (investigate urgently) to 5 (very good).
   *
   * @return the number
   */
  public int getNumber() {
    return number;
  }

  /**
   * Returns the band's published label, such as "Ask questions".
   *
   * @return the label
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns the band with a number.
   *
   * @param number 1 to 5
   * @return the band
   * @throws IllegalArgumentException if the number is not 1 to 5
   */
  public static PafBand of(int number) {
    checkArgument(number >= 1 && number <= 5, "PAF band number %s is not 1 to 5", number);
    return values()[number - 1];
  }
}
