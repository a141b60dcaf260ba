package dev.yardstick.core.period;

import java.io.InvalidObjectException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Shared limits, checks and messages of the period types. Not API. */
final class Periods {

  /** The first calendar year of the first supported financial year, {@code 0001-02}. */
  static final int MIN_START_YEAR = 1;

  /** The first calendar year of the last supported financial year, {@code 9998-99}. */
  static final int MAX_START_YEAR = 9998;

  /** The first supported date, 1 April 0001. */
  static final LocalDate MIN_DATE = LocalDate.of(MIN_START_YEAR, 4, 1);

  /** The last supported date, 31 March 9999. */
  static final LocalDate MAX_DATE = LocalDate.of(MAX_START_YEAR + 1, 3, 31);

  private Periods() {}

  /** Returns the position of a period's kind in the cross-kind order. */
  static int kindRank(ReportingPeriod period) {
    if (period instanceof FinancialYear) {
      return 0;
    }
    if (period instanceof FinancialQuarter) {
      return 1;
    }
    if (period instanceof ReportingMonth) {
      return 2;
    }
    return 3;
  }

  /** Throws an IllegalArgumentException unless the date is in the supported range. */
  static LocalDate checkSupported(LocalDate date, String what) {
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw new IllegalArgumentException(
          what
              + " "
              + date
              + " is outside the supported range "
              + MIN_DATE
              + " to "
              + MAX_DATE
              + " (financial years 0001-02 to 9998-99)");
    }
    return date;
  }

  /** Throws a DateTimeException for arithmetic that leaves the supported range. */
  static DateTimeException outOfRange(ReportingPeriod period, String operation, long amount) {
    return new DateTimeException(
        period
            + " "
            + operation
            + " "
            + amount
            + " leaves the supported range, financial years 0001-02 to 9998-99");
  }

  /** Wraps a range or consistency failure found while parsing into a parse exception. */
  static DateTimeParseException parseFailure(
      String kind, CharSequence text, String rule, RuntimeException cause) {
    return new DateTimeParseException(kind + " '" + text + "': " + rule, text, 0, cause);
  }

  /** An exception for a deserialised period that the factories would reject. */
  static InvalidObjectException invalidStream(String kind, RuntimeException cause) {
    InvalidObjectException e =
        new InvalidObjectException("deserialised " + kind + " is invalid: " + cause.getMessage());
    e.initCause(cause);
    return e;
  }

  /** A parse exception for text that is not in a type's form at all. */
  static DateTimeParseException notInForm(String kind, CharSequence text, String form) {
    return new DateTimeParseException(kind + " '" + text + "' is not in the form " + form, text, 0);
  }
}
