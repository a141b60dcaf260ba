package dev.yardstick.indicators.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * The CSV conventions shared by the dataset and catalogue formats: RFC 4180 with a header row,
 * formula-injection neutralising of text cells, and record reading that knows its line numbers.
 */
final class CsvText {

  /** RFC 4180 (comma, double quotes, CRLF) with a header row. */
  static final CSVFormat WRITE_FORMAT = CSVFormat.RFC4180.builder().get();

  private static final String TRIGGERS = "=+-@\t\r'";

  private CsvText() {}

  /**
   * Neutralises a text cell for spreadsheets: a cell starting with {@code =}, {@code +}, {@code
   * -}, {@code @}, tab or carriage return would be run as a formula by a spreadsheet, so it is
   * written with a leading apostrophe. A cell that already starts with an apostrophe gets a second
   * one, so that {@link #unprotect} restores every text exactly.
   */
  static String protect(String text) {
    return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** Undoes {@link #protect}: removes one leading apostrophe. */
  static String unprotect(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  /** A record and the line it starts on. */
  static final class Row {
    final CSVRecord record;
    final long line;
    final Map<String, Integer> columns;

    Row(CSVRecord record, long line, Map<String, Integer> columns) {
      this.record = record;
      this.line = line;
      this.columns = columns;
    }

    /** Returns the cell of a column, or {@code null} when it is empty. */
    @Nullable String get(String column) {
      String cell = record.get(columns.get(column));
      return cell.isEmpty() ? null : cell;
    }

    /** Returns the cell of a column, which must not be empty. */
    String require(String column) {
      String cell = get(column);
      if (cell == null) {
        throw fail(column, "is empty; a value is required", null);
      }
      return cell;
    }

    /** Parses the cell of a column, turning a parse failure into a located error. */
    <T> @Nullable T parse(String column, String what, Function<String, T> parser) {
      String cell = get(column);
      if (cell == null) {
        return null;
      }
      try {
        return parser.apply(cell);
      } catch (RuntimeException e) {
        throw fail(column, "'" + cell + "' is not " + what + ": " + e.getMessage(), e);
      }
    }

    CsvReadException fail(@Nullable String column, String problem, @Nullable Throwable cause) {
      return new CsvReadException(line, column, problem, cause);
    }
  }

  /**
   * Reads every record of a CSV text with a header row that has exactly the expected columns, in
   * any order. Blank lines are skipped; with {@code comments}, lines starting with {@code #}
   * before or between records are comments.
   */
  static List<Row> readAll(Reader in, List<String> expected, boolean comments) throws IOException {
    CSVFormat.Builder format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL);
    if (comments) {
      format.setCommentMarker('#');
    }
    List<Row> rows = new ArrayList<>();
    CSVParser parser;
    try {
      parser = CSVParser.parse(in, format.get());
    } catch (UncheckedIOException | IllegalArgumentException e) {
      throw new CsvReadException(1, null, "the header row cannot be read: " + e.getMessage(), e);
    }
    try (parser) {
      long headerLine = parser.getCurrentLineNumber();
      List<String> names = parser.getHeaderNames();
      Set<String> seen = new HashSet<>();
      for (String name : names) {
        if (!seen.add(name)) {
          throw new CsvReadException(headerLine, name, "the header repeats column '" + name + "'", null);
        }
        if (!expected.contains(name)) {
          throw new CsvReadException(
              headerLine, name, "the header has unknown column '" + name + "'; expected "
                  + expected, null);
        }
      }
      for (String name : expected) {
        if (!seen.contains(name)) {
          throw new CsvReadException(
              headerLine, name, "the header lacks column '" + name + "'", null);
        }
      }
      Map<String, Integer> columns = parser.getHeaderMap();
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new CsvReadException(line, null, "malformed CSV: " + e.getMessage(), e);
        }
        if (record.size() == 0 || (record.size() == 1 && record.get(0).isEmpty())) {
          continue;
        }
        if (record.size() != names.size()) {
          throw new CsvReadException(
              line, null, "the record has " + record.size() + " fields; the header has "
                  + names.size(), null);
        }
        rows.add(new Row(record, line, columns));
      }
    }
    return rows;
  }
}
