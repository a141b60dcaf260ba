package dev.yardstick.indicators.formula;

/**
 * What a formula does with a record that cannot be evaluated: a date missing where a rule needs
 * it, an end before a start, a birth date after the date age is taken at, a missing key.
 *
 * <p>Either way the indicator is never silently wrong: a skipped record is counted by reason in
 * {@link FormulaResult#getSkippedRecords()}, and a failure names the record's position and the
 * field, never the record's content.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum BadRecordPolicy {

  /**
   * Leave the record out of every period and count it under its {@link BadRecordReason}. The
   * default, because one bad record in a million should not stop a monthly report; check the
   * skipped counts before publishing.
   */
  SKIP,

  /** Stop with a {@link BadRecordException} at the first bad record. */
  FAIL
}
