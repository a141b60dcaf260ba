package dev.yardstick.indicators.formula;

/**
 * Why a record could not be evaluated by a formula.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum BadRecordReason {

  /** A date that a period rule, a timescale or an age needs is absent (the accessor gave null). */
  MISSING_DATE,

  /** An end date (or a clock stop) is before its start date (or clock start). */
  END_BEFORE_START,

  /** The birth date is after the date the age is taken at, which would give a negative age. */
  NEGATIVE_AGE,

  /** A counting key, a de-duplication key or a disaggregation key is absent. */
  MISSING_KEY
}
