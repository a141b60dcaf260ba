package dev.yardstick.indicators.csv;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a CSV file cannot be read into a dataset or catalogue. It names the line (counted
 * from 1, the header being line 1 unless comments come before it) and the column at fault, and
 * the reader that throws it has loaded nothing.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class CsvReadException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The line the faulty record starts on, from 1. */
  private final long line;

  /** The faulty column's header name, or null for the record as a whole. */
  private final @Nullable String column;

  /** What is wrong, without line and column. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param line the physical line the faulty record starts on, from 1
   * @param column the name of the faulty column, or {@code null} if the fault is not in one
   *     column (a malformed record)
   * @param problem what is wrong, naming the offending text and the rule
   * @param cause the underlying exception, or {@code null}
   */
  public CsvReadException(
      long line, @Nullable String column, String problem, @Nullable Throwable cause) {
    super(
        "line " + line + (column == null ? "" : ", column " + column) + ": " + problem, cause);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /**
   * Returns the line the faulty record starts on.
   *
   * @return the line number, from 1
   */
  public long getLine() {
    return line;
  }

  /**
   * Returns the name of the faulty column.
   *
   * @return the column's header name, or empty when the fault is the record as a whole
   */
  public Optional<String> getColumn() {
    return Optional.ofNullable(column);
  }

  /**
   * Returns what is wrong, without the line and column.
   *
   * @return the problem
   */
  public String getProblem() {
    return problem;
  }
}
