package dev.yardstick.indicators.formula;

import java.util.Objects;

/**
 * Thrown by a formula under {@link BadRecordPolicy#FAIL} when a record cannot be evaluated.
 *
 * <p>The message names the record's position, the field (by its role in the formula, such as
 * "population start date") and the rule broken; it never quotes the record's values, which may be
 * personal data. For example: {@code "record 17: population start date is missing (rule
 * OPEN_AT_PERIOD_END needs it)"}.
 *
 * <p>The position counts records from 1 in the order they reached one tally: for an {@link
 * Iterable} or a sequential stream it is the position in the input; in a parallel stream it is
 * the position within the part of the stream that one thread evaluated.
 *
 * @since 0.1.0
 */
public final class BadRecordException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The position of the record, counting from 1. */
  private final long position;

  /** The field, named by its role in the formula. */
  private final String field;

  /** The rule broken. */
  private final BadRecordReason reason;

  /**
   * Creates the exception.
   *
   * @param position the position of the record, counting from 1
   * @param field the field, named by its role in the formula, such as "population start date"
   * @param reason the rule broken
   * @param detail the rest of the message, without personal data
   */
  public BadRecordException(long position, String field, BadRecordReason reason, String detail) {
    super("record " + position + ": " + field + " " + Objects.requireNonNull(detail, "detail"));
    this.position = position;
    this.field = Objects.requireNonNull(field, "field");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the position of the bad record, counting from 1.
   *
   * @return the position
   */
  public long getPosition() {
    return position;
  }

  /**
   * Returns the field, named by its role in the formula.
   *
   * @return the field, such as "numerator clock stop"
   */
  public String getField() {
    return field;
  }

  /**
   * Returns the rule the record broke.
   *
   * @return the reason
   */
  public BadRecordReason getReason() {
    return reason;
  }
}
