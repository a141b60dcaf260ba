package dev.yardstick.indicators.csv;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.validation.ValidationIssue;
import dev.yardstick.core.validation.ValidationReport;
import dev.yardstick.indicators.IndicatorCatalogue;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.dataset.DuplicatePolicy;
import dev.yardstick.indicators.dataset.DuplicateValueException;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link IndicatorDataset}s as CSV.
 *
 * <h2>Format</h2>
 *
 * <p>UTF-8 text (the caller opens the reader or writer with that charset), RFC 4180: fields
 * separated by commas, a field holding a comma, a double quote or a line break enclosed in double
 * quotes with inner quotes doubled, records ended by CRLF (LF is read too). The first line is a
 * header naming these nine columns, in any order:
 *
 * <table>
 *   <caption>Dataset CSV columns</caption>
 *   <tr><th>column</th><th>content</th><th>example</th></tr>
 *   <tr><td>{@code indicator}</td><td>indicator code or alias, required</td><td>{@code A1}</td></tr>
 *   <tr><td>{@code organisation}</td><td>organisation identifier, required</td>
 *       <td>{@code E06000001}</td></tr>
 *   <tr><td>{@code period}</td><td>reporting period, required</td>
 *       <td>{@code 2003-04}, {@code 2003-04 Q1}, {@code May 2003}</td></tr>
 *   <tr><td>{@code value}</td><td>plain decimal; empty when suppressed or missing</td>
 *       <td>{@code 12.5}</td></tr>
 *   <tr><td>{@code numerator}</td><td>whole number, with the denominator or not at all</td>
 *       <td>{@code 25}</td></tr>
 *   <tr><td>{@code denominator}</td><td>whole number</td><td>{@code 200}</td></tr>
 *   <tr><td>{@code quality}</td><td>{@link ValueQuality} name; empty means {@code FINAL}</td>
 *       <td>{@code PROVISIONAL}</td></tr>
 *   <tr><td>{@code quality_reason}</td><td>text, required when {@code MISSING}</td>
 *       <td>{@code return not received}</td></tr>
 *   <tr><td>{@code commentary}</td><td>text</td><td>{@code new placements team}</td></tr>
 * </table>
 *
 * <p>Text cells ({@code quality_reason}, {@code commentary}) that begin with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return are written with a leading apostrophe, so
 * that a spreadsheet shows them as text instead of running them as a formula (the OWASP advice on
 * CSV injection); a text that itself begins with an apostrophe gets a second one. Reading removes
 * one leading apostrophe from a text cell, so reading what was written gives the same dataset.
 *
 * <h2>Reading</h2>
 *
 * <p>Every row is checked against the catalogue: the indicator must have a definition in force on
 * the last day of the row's period (an alias is read as the indicator's code), and the value must
 * pass {@link IndicatorDefinition#validate(IndicatorValue)} (a numerator above the denominator of
 * a percentage, a value that disagrees with its numerator and denominator). The first problem
 * stops the read with a {@link CsvReadException} naming the line and column, and nothing is
 * loaded. Duplicate keys follow the {@link DuplicatePolicy} (by default an error naming both
 * lines).
 *
 * <pre>{@code
 * try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
 *   IndicatorDataset dataset = DatasetCsv.read(in, ShippedCatalogues.paf());
 * }
 * try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
 *   DatasetCsv.write(dataset, out);
 * }
 * }</pre>
 *
 * <p>Implementation requirements: stateless and thread-safe.
 */
public final class DatasetCsv {

  /** The header of the format, in the order they are written. */
  public static final List<String> COLUMNS =
      List.of(
          "indicator",
          "organisation",
          "period",
          "value",
          "numerator",
          "denominator",
          "quality",
          "quality_reason",
          "commentary");

  private static final Logger LOG = LoggerFactory.getLogger(DatasetCsv.class);

  private DatasetCsv() {}

  /**
   * Reads a dataset, refusing duplicate keys.
   *
   * @param in the CSV text; not closed
   * @param catalogue the definitions the rows are checked against
   * @return the dataset
   * @throws CsvReadException on the first faulty row, naming line and column
   * @throws IOException if the reader fails
   */
  public static IndicatorDataset read(Reader in, IndicatorCatalogue catalogue) throws IOException {
    return read(in, catalogue, DuplicatePolicy.ERROR);
  }

  /**
   * Reads a dataset.
   *
   * @param in the CSV text; not closed
   * @param catalogue the definitions the rows are checked against
   * @param duplicates what to do with two rows of the same indicator, organisation and period
   * @return the dataset
   * @throws CsvReadException on the first faulty row, naming line and column
   * @throws IOException if the reader fails
   */
  public static IndicatorDataset read(
      Reader in, IndicatorCatalogue catalogue, DuplicatePolicy duplicates) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(duplicates, "duplicates");
    List<CsvText.Row> rows = CsvText.readAll(in, COLUMNS, false);
    IndicatorDataset.Builder builder = IndicatorDataset.builder().duplicatePolicy(duplicates);
    long[] lines = new long[rows.size()];
    for (CsvText.Row row : rows) {
      lines[builder.size()] = row.line;
      builder.add(toValue(row, catalogue));
    }
    try {
      IndicatorDataset dataset = builder.build();
      LOG.debug("read {} indicator values from {} CSV rows", dataset.size(), rows.size());
      return dataset;
    } catch (DuplicateValueException e) {
      long first = lines[(int) e.getFirstPosition()];
      long second = lines[(int) e.getSecondPosition()];
      throw new CsvReadException(
          second,
          "indicator",
          "duplicate row: indicator " + e.getIndicator() + ", organisation " + e.getOrganisation()
              + ", period " + e.getPeriod() + " is already given on line " + first,
          e);
    }
  }

  private static IndicatorValue toValue(CsvText.Row row, IndicatorCatalogue catalogue) {
    row.require("indicator");
    row.require("organisation");
    row.require("period");
    IndicatorCode code =
        Objects.requireNonNull(row.parse("indicator", "an indicator code", IndicatorCode::of));
    OrganisationId organisation =
        Objects.requireNonNull(
            row.parse("organisation", "an organisation identifier", OrganisationId::parse));
    ReportingPeriod period =
        Objects.requireNonNull(
            row.parse("period", "a reporting period (2003-04, 2003-04 Q1, May 2003 or a date"
                + " range)", ReportingPeriod::parse));
    Optional<IndicatorDefinition> found = catalogue.find(code, period);
    if (found.isEmpty()) {
      throw row.fail(
          "indicator",
          "unknown indicator '" + code + "': the catalogue has no definition of it in force on "
              + period.getEnd() + ", the last day of period " + period,
          null);
    }
    IndicatorDefinition definition = found.get();
    BigDecimal value = row.parse("value", "a decimal number", DatasetCsv::parseDecimal);
    Long numerator = row.parse("numerator", "a whole number", Long::valueOf);
    Long denominator = row.parse("denominator", "a whole number", Long::valueOf);
    ValueQuality quality =
        Optional.ofNullable(
                row.parse(
                    "quality",
                    "a quality (one of " + Arrays.toString(ValueQuality.values()) + ")",
                    q -> ValueQuality.valueOf(q.strip().toUpperCase(Locale.ROOT))))
            .orElse(ValueQuality.FINAL);
    String reason = text(row.get("quality_reason"));
    String commentary = text(row.get("commentary"));
    if (quality.hasValue() && value == null) {
      throw row.fail("value", "is empty; quality " + quality + " needs a value", null);
    }
    if (!quality.hasValue() && value != null) {
      throw row.fail("value", "must be empty for quality " + quality, null);
    }
    if ((numerator == null) != (denominator == null)) {
      throw row.fail(
          numerator == null ? "numerator" : "denominator",
          "is empty; numerator and denominator are given together or not at all",
          null);
    }
    if (quality == ValueQuality.MISSING && reason == null) {
      throw row.fail("quality_reason", "is empty; a MISSING value needs a reason", null);
    }
    IndicatorValue.Builder builder =
        IndicatorValue.builder()
            .indicator(definition.getCode())
            .organisation(organisation)
            .period(period)
            .quality(quality);
    if (value != null) {
      builder.value(value);
    }
    if (numerator != null && denominator != null) {
      if (numerator < 0 || denominator < 0) {
        throw row.fail(
            numerator < 0 ? "numerator" : "denominator", "must not be negative", null);
      }
      builder.numerator(numerator).denominator(denominator);
    }
    if (reason != null) {
      builder.qualityReason(reason);
    }
    if (commentary != null) {
      builder.commentary(commentary);
    }
    IndicatorValue result;
    try {
      result = builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw row.fail(numerator != null ? "denominator" : "value", e.getMessage(), e);
    }
    ValidationReport report = definition.validate(result);
    if (!report.isValid()) {
      ValidationIssue issue = report.getErrors().get(0);
      throw row.fail(columnOf(issue.getCode()), issue.getMessage(), null);
    }
    return result;
  }

  private static String columnOf(String issueCode) {
    switch (issueCode) {
      case "VALUE_NUMERATOR_ABOVE_DENOMINATOR":
      case "VALUE_RATIO_NOT_ALLOWED":
        return "numerator";
      case "VALUE_INDICATOR_MISMATCH":
        return "indicator";
      case "VALUE_OUTSIDE_EFFECTIVE_DATES":
        return "period";
      default:
        return "value";
    }
  }

  private static BigDecimal parseDecimal(String text) {
    return new BigDecimal(text.strip());
  }

  private static @Nullable String text(@Nullable String cell) {
    if (cell == null) {
      return null;
    }
    String text = CsvText.unprotect(cell);
    return text.isEmpty() ? null : text;
  }

  /**
   * Writes a dataset, header first, values in key order.
   *
   * @param dataset the dataset
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(IndicatorDataset dataset, Appendable out) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(out, "out");
    CSVPrinter printer = new CSVPrinter(out, CsvText.WRITE_FORMAT);
    printer.printRecord(COLUMNS);
    for (IndicatorValue v : dataset) {
      printer.printRecord(
          v.getIndicator().toString(),
          v.getOrganisation().toString(),
          v.getPeriod().toString(),
          v.getValue().map(BigDecimal::toPlainString).orElse(""),
          v.getNumerator().isPresent() ? Long.toString(v.getNumerator().getAsLong()) : "",
          v.getDenominator().isPresent() ? Long.toString(v.getDenominator().getAsLong()) : "",
          v.getQuality().name(),
          v.getQualityReason().map(CsvText::protect).orElse(""),
          v.getCommentary().map(CsvText::protect).orElse(""));
    }
    printer.flush();
  }
}
