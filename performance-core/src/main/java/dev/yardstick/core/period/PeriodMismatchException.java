package dev.yardstick.core.period;

import java.util.Objects;

/**
 * Thrown when two figures that must be for the same {@link ReportingPeriod} are not: an actual for
 * 2003-04 Q2 judged against the target for 2003-04 Q3, say, or a year-to-date actual to September
 * against a profile point for August.
 *
 * <p>The exception carries the two periods and what was being compared, so that a caller can report
 * the mismatch without parsing the message. The message names both periods and the subject, for
 * example {@code "period mismatch for indicator A1: expected 2003-04 Q3 but found 2003-04 Q2"}.
 *
 * <p>Implementation requirements: immutable once thrown.
 */
public class PeriodMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The period that was required; periods are immutable and serializable in practice. */
  @SuppressWarnings("serial")
  private final ReportingPeriod expected;

  /** The period that was found. */
  @SuppressWarnings("serial")
  private final ReportingPeriod actual;

  /** What was being compared. */
  private final String subject;

  /**
   * Creates the exception.
   *
   * @param subject what was being compared, such as {@code "indicator A1"}; no personal data
   * @param expected the period that was required (the target's, say)
   * @param actual the period that was found (the actual figure's)
   * @throws IllegalArgumentException if the two periods are equal, which is no mismatch
   */
  public PeriodMismatchException(String subject, ReportingPeriod expected, ReportingPeriod actual) {
    super(message(subject, expected, actual));
    this.subject = subject;
    this.expected = expected;
    this.actual = actual;
  }

  private static String message(String subject, ReportingPeriod expected, ReportingPeriod actual) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    if (expected.equals(actual)) {
      throw new IllegalArgumentException(
          "periods " + expected + " and " + actual + " for " + subject + " are not a mismatch");
    }
    return "period mismatch for " + subject + ": expected " + expected + " but found " + actual;
  }

  /**
   * Checks that two periods are equal.
   *
   * @param subject what is being compared, for the message
   * @param expected the period that is required
   * @param actual the period that was found
   * @throws PeriodMismatchException if the periods differ
   */
  public static void check(String subject, ReportingPeriod expected, ReportingPeriod actual) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    if (!expected.equals(actual)) {
      throw new PeriodMismatchException(subject, expected, actual);
    }
  }

  /**
   * Returns the period that was required.
   *
   * @return the expected period
   */
  public ReportingPeriod getExpected() {
    return expected;
  }

  /**
   * Returns the period that was found.
   *
   * @return the actual period
   */
  public ReportingPeriod getActual() {
    return actual;
  }

  /**
   * Returns what was being compared.
   *
   * @return the subject, such as {@code "indicator A1"}
   */
  public String getSubject() {
    return subject;
  }
}
