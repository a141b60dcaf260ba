package dev.yardstick.examples.report;

import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.assessment.ScorecardRow;
import dev.yardstick.indicators.variance.ExceptionEntry;
import dev.yardstick.indicators.variance.ExceptionReason;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The scorecard and the exception list as CSV, for people who live in spreadsheets: RFC 4180 with a
 * header row, UTF-8, and every text cell neutralised against formula injection (OWASP, "CSV
 * Injection"): a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return, which a spreadsheet would run as a formula, is written with a leading
 * apostrophe, as Yardstick's own dataset CSV does. Figures are written as plain numbers, unquoted
 * and unprotected, so that a spreadsheet reads them as numbers.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 */
final class ReportCsv {

  private static final String TRIGGERS = "=+-@\t\r";

  private ReportCsv() {}

  /** Neutralises a text cell: a leading apostrophe before a formula trigger. */
  static String protect(String text) {
    return !text.isEmpty() && (TRIGGERS.indexOf(text.charAt(0)) >= 0 || text.charAt(0) == '\'')
        ? "'" + text
        : text;
  }

  static void scorecard(ReportFigures f, Appendable out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
    csv.printRecord(
        "code",
        "indicator",
        "domain",
        "period",
        "value",
        "unit",
        "target",
        "rag",
        "direction_of_travel",
        "spc_variation",
        "band",
        "rank",
        "group_size",
        "commentary");
    for (ScorecardRow row : f.scorecard.getRows()) {
      csv.printRecord(
          protect(row.getIndicator().toString()),
          protect(row.getTitle()),
          protect(row.getDomain().map(d -> d.getCode() + " " + d.getTitle()).orElse("")),
          f.year.toString(),
          row.getValue().map(v -> v.toPlainString()).orElse(""),
          protect(row.getUnit().toString()),
          row.getTarget().map(v -> v.toPlainString()).orElse(""),
          ReportPage.ragWords(row.getRag()),
          ReportPage.directionWords(row.getDirectionOfTravel()),
          row.getVariationIcon().map(Enum::name).orElse(""),
          row.getBand().map(b -> Integer.toString(b.getNumber())).orElse(""),
          ReportFigures.isRanked(row) ? ReportFigures.rank(row.getRank().getAsDouble()) : "",
          row.getGroupSize().isPresent() ? Integer.toString(row.getGroupSize().getAsInt()) : "",
          protect(row.getCommentary().orElse("")));
    }
    csv.flush();
  }

  static void exceptions(ReportFigures f, Appendable out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
    csv.printRecord(
        "code",
        "indicator",
        "period",
        "reasons",
        "value",
        "shortfall_percent_of_target",
        "explanation");
    for (ExceptionEntry e : f.exceptions.getEntries()) {
      IndicatorDefinition definition = f.definitions.get(e.getIndicator());
      csv.printRecord(
          protect(e.getIndicator().toString()),
          protect(definition.getTitle()),
          f.year.toString(),
          e.getReasons().stream().map(ExceptionReason::name).collect(Collectors.joining(";")),
          e.getVariance().getFigure().getValue().map(v -> v.toPlainString()).orElse(""),
          e.getShortfall().map(v -> v.setScale(1, RoundingMode.HALF_UP).toPlainString()).orElse(""),
          protect(e.explain()));
    }
    csv.flush();
  }
}
