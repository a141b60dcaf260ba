package dev.yardstick.indicators.csv;

import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ServiceArea;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.validation.ValidationReport;
import dev.yardstick.indicators.DefinitionAttribute;
import dev.yardstick.indicators.IndicatorCatalogue;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.benchmark.BandCode;
import dev.yardstick.indicators.benchmark.BandThresholds;
import dev.yardstick.indicators.benchmark.BandingScheme;
import dev.yardstick.indicators.benchmark.CutPointRule;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@link IndicatorCatalogue}s as CSV: the format of the catalogues that ship
 * with Yardstick ({@link ShippedCatalogues}) and of a council's own.
 *
 * <h2>Format</h2>
 *
 * <p>UTF-8, RFC 4180 quoting, one row per definition version, a header row naming these columns
 * in any order. Lines starting with {@code #} before the header or between rows are comments.
 * Empty cells are absent values.
 *
 * <table>
 *   <caption>Catalogue CSV columns</caption>
 *   <tr><th>column</th><th>content</th><th>example</th></tr>
 *   <tr><td>{@code code}</td><td>indicator code, required</td><td>{@code A1}</td></tr>
 *   <tr><td>{@code aliases}</td><td>other codes, separated by {@code ;}</td>
 *       <td>{@code BVPI 49;NI 62}</td></tr>
 *   <tr><td>{@code unconfirmed}</td><td>{@link DefinitionAttribute} names the sources do not
 *       confirm, separated by {@code ;}</td><td>{@code CODE;POLARITY}</td></tr>
 *   <tr><td>{@code effective_from}</td><td>ISO date, required</td><td>{@code 2002-04-01}</td></tr>
 *   <tr><td>{@code effective_to}</td><td>ISO date, inclusive; empty while in force</td>
 *       <td>{@code 2005-03-31}</td></tr>
 *   <tr><td>{@code title}</td><td>short title, required</td><td></td></tr>
 *   <tr><td>{@code description}</td><td>full wording</td><td></td></tr>
 *   <tr><td>{@code unit}</td><td>{@link Unit#parse} form, required</td>
 *       <td>{@code percentage}, {@code rate per 1000}, {@code pounds}</td></tr>
 *   <tr><td>{@code polarity}</td><td>{@link Polarity#parse} form, required</td>
 *       <td>{@code LOWER_IS_BETTER}, {@code WITHIN_RANGE[10,15]}</td></tr>
 *   <tr><td>{@code measure_kind}</td><td>{@link MeasureKind} name, required</td>
 *       <td>{@code RATIO}</td></tr>
 *   <tr><td>{@code domain_framework}, {@code domain_code}, {@code domain_title}</td>
 *       <td>the domain, all three or none</td><td>{@code PAF}, {@code A}, ...</td></tr>
 *   <tr><td>{@code service_area}</td><td>{@link ServiceArea} name</td>
 *       <td>{@code OLDER_PEOPLE}</td></tr>
 *   <tr><td>{@code frequency}</td><td>{@link Frequency} name, required</td>
 *       <td>{@code ANNUAL}</td></tr>
 *   <tr><td>{@code rounding}</td><td>{@link RoundingPolicy#parse} form, required</td>
 *       <td>{@code 1dp HALF_UP}</td></tr>
 *   <tr><td>{@code numerator}, {@code denominator}</td><td>what each counts</td><td></td></tr>
 *   <tr><td>{@code data_source}</td><td>the return or collection</td><td></td></tr>
 *   <tr><td>{@code key_indicator}, {@code paf}, {@code best_value}</td>
 *       <td>{@code true} or {@code false}; empty is false</td><td></td></tr>
 *   <tr><td>{@code notes}</td><td>caveats and history</td><td></td></tr>
 *   <tr><td>{@code sources}</td><td>addresses of the sources, separated by {@code "; "}</td>
 *       <td></td></tr>
 *   <tr><td>{@code bandings}</td><td>banding schemes, one per line (see below)</td>
 *       <td></td></tr>
 * </table>
 *
 * <p>A banding scheme is written on one line of the {@code bandings} cell as fields separated by
 * {@code "; "}: version, effective from, effective to (empty while in force), rounding, {@link
 * CutPointRule} name, the thresholds, then any group thresholds as {@code group=thresholds}.
 * Thresholds are the bands from the lowest values up with the cut points between them, separated
 * by spaces: {@code 5 10 4 13 3 16 2 20 1} is band 5 up to 10, band 4 up to 13, and so on (PAF A1,
 * lower is better); a two-sided banding reads {@code 2L 5 3L 8 4L 10 5 15 4H 18 3H 24 2H}. A
 * version or group name must not contain {@code ;}, {@code =} or a line break.
 *
 * <p>Text cells are neutralised against formula injection on writing and restored on reading,
 * as in {@link DatasetCsv}. A faulty row, or a row whose definition clashes with an earlier one
 * (overlapping versions, an ambiguous alias), stops the read with a {@link CsvReadException}
 * naming its line and column, and nothing is loaded.
 *
 * <pre>{@code
 * IndicatorCatalogue local;
 * try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
 *   local = CatalogueCsv.read(in);
 * }
 * }</pre>
 *
 * <p>Implementation requirements: stateless and thread-safe.
 */
public final class CatalogueCsv {

  /** The header of the format, in the order they are written. */
  public static final List<String> COLUMNS =
      List.of(
          "code",
          "aliases",
          "unconfirmed",
          "effective_from",
          "effective_to",
          "title",
          "description",
          "unit",
          "polarity",
          "measure_kind",
          "domain_framework",
          "domain_code",
          "domain_title",
          "service_area",
          "frequency",
          "rounding",
          "numerator",
          "denominator",
          "data_source",
          "key_indicator",
          "paf",
          "best_value",
          "notes",
          "sources",
          "bandings");

  private static final String SOURCE_SEPARATOR = "; ";

  private CatalogueCsv() {}

  /**
   * Reads a catalogue.
   *
   * @param in the CSV text; not closed
   * @return the catalogue
   * @throws CsvReadException on the first faulty row, naming line and column
   * @throws IOException if the reader fails
   */
  public static IndicatorCatalogue read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    List<IndicatorDefinition> definitions = new ArrayList<>();
    for (CsvText.Row row : CsvText.readAll(in, COLUMNS, true)) {
      IndicatorDefinition definition = toDefinition(row);
      definitions.add(definition);
      ValidationReport report = IndicatorCatalogue.validate(definitions);
      if (!report.isValid()) {
        throw row.fail(
            "effective_from",
            "definition " + definition + " clashes with an earlier row: "
                + report.getErrors().get(0).getMessage(),
            null);
      }
    }
    return IndicatorCatalogue.of(definitions);
  }

  private static IndicatorDefinition toDefinition(CsvText.Row row) {
    for (String required :
        List.of("code", "effective_from", "title", "unit", "polarity", "measure_kind",
            "frequency", "rounding")) {
      row.require(required);
    }
    IndicatorDefinition.Builder b = IndicatorDefinition.builder();
    b.code(Objects.requireNonNull(row.parse("code", "an indicator code", IndicatorCode::of)));
    List<IndicatorCode> aliases =
        row.parse("aliases", "a list of indicator codes", t -> split(t, ";", IndicatorCode::of));
    if (aliases != null) {
      b.addAllAliases(aliases);
    }
    List<DefinitionAttribute> unconfirmed =
        row.parse(
            "unconfirmed",
            "a list of definition attributes",
            t -> split(t, ";", a -> DefinitionAttribute.valueOf(a.toUpperCase(Locale.ROOT))));
    if (unconfirmed != null) {
      b.addAllUnconfirmed(unconfirmed);
    }
    b.effectiveFrom(
        Objects.requireNonNull(row.parse("effective_from", "an ISO date", LocalDate::parse)));
    LocalDate to = row.parse("effective_to", "an ISO date", LocalDate::parse);
    if (to != null) {
      b.effectiveTo(to);
    }
    b.title(CsvText.unprotect(row.require("title")));
    text(row, "description").ifPresent(b::description);
    b.unit(Objects.requireNonNull(row.parse("unit", "a unit", Unit::parse)));
    b.polarity(Objects.requireNonNull(row.parse("polarity", "a polarity", Polarity::parse)));
    b.measureKind(
        Objects.requireNonNull(row.parse("measure_kind", "a measure kind", MeasureKind::valueOf)));
    String framework = row.get("domain_framework");
    String domainCode = row.get("domain_code");
    String domainTitle = row.get("domain_title");
    if (framework != null || domainCode != null || domainTitle != null) {
      if (framework == null || domainCode == null || domainTitle == null) {
        throw row.fail(
            framework == null ? "domain_framework" : domainCode == null ? "domain_code"
                : "domain_title",
            "is empty; a domain needs its framework, code and title",
            null);
      }
      try {
        b.domain(
            Domain.of(
                CsvText.unprotect(framework),
                CsvText.unprotect(domainCode),
                CsvText.unprotect(domainTitle)));
      } catch (IllegalArgumentException e) {
        throw row.fail("domain_title", e.getMessage(), e);
      }
    }
    ServiceArea area = row.parse("service_area", "a service area", ServiceArea::valueOf);
    if (area != null) {
      b.serviceArea(area);
    }
    b.frequency(
        Objects.requireNonNull(row.parse("frequency", "a frequency", Frequency::valueOf)));
    b.rounding(
        Objects.requireNonNull(row.parse("rounding", "a rounding policy", RoundingPolicy::parse)));
    text(row, "numerator").ifPresent(b::numeratorDescription);
    text(row, "denominator").ifPresent(b::denominatorDescription);
    text(row, "data_source").ifPresent(b::dataSource);
    b.keyIndicator(flag(row, "key_indicator"));
    b.paf(flag(row, "paf"));
    b.bestValue(flag(row, "best_value"));
    text(row, "notes").ifPresent(b::notes);
    text(row, "sources")
        .ifPresent(s -> b.addAllSources(split(s, SOURCE_SEPARATOR.strip(), Function.identity())));
    Optional<String> bandings = text(row, "bandings");
    if (bandings.isPresent()) {
      for (String line : bandings.get().split("\\R", -1)) {
        BandingScheme scheme =
            row.parse(
                "bandings",
                "a banding scheme (version; from; to; rounding; rule; thresholds)",
                t -> bandingOf(line));
        b.addBandings(Objects.requireNonNull(scheme));
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw row.fail(null, "definition is inconsistent: " + e.getMessage(), e);
    }
  }

  private static BandingScheme bandingOf(String line) {
    String[] fields = line.split(";", -1);
    if (fields.length < 6) {
      throw new IllegalArgumentException(
          "scheme '" + line + "' has " + fields.length + " fields, at least 6 expected");
    }
    BandingScheme.Builder scheme =
        BandingScheme.builder()
            .version(fields[0].strip())
            .effectiveFrom(LocalDate.parse(fields[1].strip()))
            .rounding(RoundingPolicy.parse(fields[3].strip()))
            .cutPointRule(CutPointRule.valueOf(fields[4].strip()))
            .thresholds(thresholdsOf(fields[5]));
    if (!fields[2].isBlank()) {
      scheme.effectiveTo(LocalDate.parse(fields[2].strip()));
    }
    for (int i = 6; i < fields.length; i++) {
      int eq = fields[i].indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("group thresholds '" + fields[i] + "' lack 'group='");
      }
      scheme.putGroupThresholds(
          fields[i].substring(0, eq).strip(), thresholdsOf(fields[i].substring(eq + 1)));
    }
    try {
      return scheme.build();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static BandThresholds thresholdsOf(String text) {
    String[] tokens = text.strip().split("\\s+", -1);
    if (tokens.length % 2 == 0) {
      throw new IllegalArgumentException(
          "thresholds '" + text.strip() + "' must alternate bands and cut points, band first and"
              + " last");
    }
    List<BandCode> bands = new ArrayList<>();
    List<BigDecimal> cuts = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      if (i % 2 == 0) {
        bands.add(BandCode.parse(tokens[i]));
      } else {
        cuts.add(new BigDecimal(tokens[i]));
      }
    }
    try {
      return BandThresholds.of(cuts, bands);
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static String bandingText(BandingScheme scheme) {
    checkName(scheme.getVersion(), "banding version");
    StringBuilder line =
        new StringBuilder()
            .append(scheme.getVersion())
            .append("; ")
            .append(scheme.getEffectiveFrom())
            .append("; ")
            .append(scheme.getEffectiveTo().map(LocalDate::toString).orElse(""))
            .append("; ")
            .append(scheme.getRounding())
            .append("; ")
            .append(scheme.getCutPointRule().name())
            .append("; ")
            .append(thresholdsText(scheme.getThresholds()));
    for (Map.Entry<String, BandThresholds> group : scheme.getGroupThresholds().entrySet()) {
      checkName(group.getKey(), "banding group");
      line.append("; ").append(group.getKey()).append('=').append(thresholdsText(group.getValue()));
    }
    return line.toString();
  }

  private static void checkName(String name, String what) {
    if (name.isBlank() || name.indexOf(';') >= 0 || name.indexOf('=') >= 0
        || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0 || !name.equals(name.strip())) {
      throw new IllegalArgumentException(
          what + " '" + name + "' cannot be written: it is blank, has spaces around it, or holds"
              + " ';', '=' or a line break");
    }
  }

  private static String thresholdsText(BandThresholds thresholds) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < thresholds.getBands().size(); i++) {
      if (i > 0) {
        text.append(' ').append(thresholds.getCutPoints().get(i - 1).toPlainString()).append(' ');
      }
      text.append(thresholds.getBands().get(i));
    }
    return text.toString();
  }

  private static Optional<String> text(CsvText.Row row, String column) {
    String cell = row.get(column);
    if (cell == null) {
      return Optional.empty();
    }
    String text = CsvText.unprotect(cell);
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static boolean flag(CsvText.Row row, String column) {
    Boolean value =
        row.parse(
            column,
            "true or false",
            t -> {
              if (t.equals("true")) {
                return Boolean.TRUE;
              }
              if (t.equals("false")) {
                return Boolean.FALSE;
              }
              throw new IllegalArgumentException("expected true or false");
            });
    return value != null && value;
  }

  private static <T> List<T> split(String text, String separator, Function<String, T> parse) {
    List<T> result = new ArrayList<>();
    for (String part : text.split(Pattern.quote(separator), -1)) {
      String item = part.strip();
      if (item.isEmpty()) {
        throw new IllegalArgumentException("the list has an empty item");
      }
      result.add(parse.apply(item));
    }
    return result;
  }

  /**
   * Writes a catalogue, header first, definitions in catalogue order.
   *
   * @param catalogue the catalogue
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a banding version or group name cannot be written (it
   *     holds {@code ;}, {@code =} or a line break)
   */
  public static void write(IndicatorCatalogue catalogue, Appendable out) throws IOException {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(out, "out");
    CSVPrinter printer = new CSVPrinter(out, CsvText.WRITE_FORMAT);
    printer.printRecord(COLUMNS);
    for (IndicatorDefinition d : catalogue.getDefinitions()) {
      printer.printRecord(
          d.getCode().toString(),
          d.getAliases().stream().map(IndicatorCode::toString).collect(Collectors.joining(";")),
          d.getUnconfirmed().stream().map(Enum::name).collect(Collectors.joining(";")),
          d.getEffectiveFrom().toString(),
          d.getEffectiveTo().map(LocalDate::toString).orElse(""),
          CsvText.protect(d.getTitle()),
          protect(d.getDescription().orElse(null)),
          d.getUnit().toString(),
          d.getPolarity().toString(),
          d.getMeasureKind().name(),
          protect(d.getDomain().map(Domain::getFrameworkName).orElse(null)),
          protect(d.getDomain().map(Domain::getCode).orElse(null)),
          protect(d.getDomain().map(Domain::getTitle).orElse(null)),
          d.getServiceArea().map(Enum::name).orElse(""),
          d.getFrequency().name(),
          d.getRounding().toString(),
          protect(d.getNumeratorDescription().orElse(null)),
          protect(d.getDenominatorDescription().orElse(null)),
          protect(d.getDataSource().orElse(null)),
          Boolean.toString(d.isKeyIndicator()),
          Boolean.toString(d.isPaf()),
          Boolean.toString(d.isBestValue()),
          protect(d.getNotes().orElse(null)),
          protect(d.getSources().isEmpty() ? null : String.join(SOURCE_SEPARATOR, d.getSources())),
          protect(
              d.getBandings().isEmpty()
                  ? null
                  : d.getBandings().stream()
                      .map(CatalogueCsv::bandingText)
                      .collect(Collectors.joining("\n"))));
    }
    printer.flush();
  }

  private static String protect(@Nullable String text) {
    return text == null ? "" : CsvText.protect(text);
  }
}
