package dev.yardstick.core.measure;

import java.util.Objects;

/**
 * Thrown when two figures that must be in the same {@link Unit} are not: an actual in percent
 * against a target given as a rate per 1,000, say, or a rate per 1,000 against a rate per 100,000.
 * Such figures are not comparable, and no conversion is attempted.
 *
 * <p>The exception carries the two units and what was being compared, so that a caller can report
 * the mismatch without parsing the message. The message names both units and the subject, for
 * example {@code "unit mismatch for indicator A1 in 2003-04: target is in percentage but the actual
 * is in rate per 1000"}.
 *
 * <p>Implementation requirements: immutable once thrown.
 */
public class UnitMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The unit that was required; units are immutable. */
  @SuppressWarnings("serial")
  private final Unit expected;

  /** The unit that was found. */
  @SuppressWarnings("serial")
  private final Unit actual;

  /** What was being compared. */
  private final String subject;

  /**
   * Creates the exception.
   *
   * @param subject what was being compared, such as {@code "indicator A1 in 2003-04"}; no personal
   *     data
   * @param expected the unit that was required (the target's, say)
   * @param actual the unit that was found (the actual figure's)
   * @throws IllegalArgumentException if the two units are equal, which is no mismatch
   */
  public UnitMismatchException(String subject, Unit expected, Unit actual) {
    super(message(subject, expected, actual));
    this.subject = subject;
    this.expected = expected;
    this.actual = actual;
  }

  private static String message(String subject, Unit expected, Unit actual) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    if (expected.equals(actual)) {
      throw new IllegalArgumentException(
          "units " + expected + " and " + actual + " for " + subject + " are not a mismatch");
    }
    return "unit mismatch for " + subject + ": expected " + expected + " but found " + actual;
  }

  /**
   * Checks that two units are equal.
   *
   * @param subject what is being compared, for the message
   * @param expected the unit that is required
   * @param actual the unit that was found
   * @throws UnitMismatchException if the units differ
   */
  public static void check(String subject, Unit expected, Unit actual) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    if (!expected.equals(actual)) {
      throw new UnitMismatchException(subject, expected, actual);
    }
  }

  /**
   * Returns the unit that was required.
   *
   * @return the expected unit
   */
  public Unit getExpected() {
    return expected;
  }

  /**
   * Returns the unit that was found.
   *
   * @return the actual unit
   */
  public Unit getActual() {
    return actual;
  }

  /**
   * Returns what was being compared.
   *
   * @return the subject, such as {@code "indicator A1 in 2003-04"}
   */
  public String getSubject() {
    return subject;
  }
}
