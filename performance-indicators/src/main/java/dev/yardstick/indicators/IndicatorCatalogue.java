package dev.yardstick.indicators;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.validation.ValidationReport;
import dev.yardstick.indicators.benchmark.BandingScheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A set of versioned indicator definitions, looked up by code or alias at a date.
 *
 * <p>Each indicator may have several versions with consecutive effective dates. At any date a
 * code or alias names at most one definition: {@link #validate(Iterable)} reports any overlap,
 * and {@link #of(Iterable)} refuses a set that has one. Two catalogues ship with Yardstick, the
 * PAF set of 2002-03 and the ASCOF measures ({@code dev.yardstick.indicators.csv.ShippedCatalogues}).
 *
 * <pre>{@code
 * IndicatorCatalogue paf = ShippedCatalogues.paf();
 * IndicatorDefinition a1 = paf.get(IndicatorCode.of("BVPI 49"), LocalDate.of(2003, 3, 31));
 * a1.getCode();                                   // A1
 * paf.getTrendBreaks(IndicatorCode.of("A1"));     // [] : one version
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class IndicatorCatalogue {

  private static final Comparator<IndicatorDefinition> ORDER =
      Comparator.comparing(IndicatorDefinition::getCode)
          .thenComparing(IndicatorDefinition::getEffectiveFrom);

  private static final IndicatorCatalogue EMPTY = new IndicatorCatalogue(List.of());

  private final List<IndicatorDefinition> definitions;
  private final Map<IndicatorCode, List<IndicatorDefinition>> byName;
  private final Map<IndicatorCode, List<IndicatorDefinition>> byCode;

  private IndicatorCatalogue(List<IndicatorDefinition> sorted) {
    this.definitions = Collections.unmodifiableList(sorted);
    Map<IndicatorCode, List<IndicatorDefinition>> names = new HashMap<>();
    Map<IndicatorCode, List<IndicatorDefinition>> codes = new TreeMap<>();
    for (IndicatorDefinition d : sorted) {
      codes.computeIfAbsent(d.getCode(), c -> new ArrayList<>()).add(d);
      names.computeIfAbsent(d.getCode(), c -> new ArrayList<>()).add(d);
      for (IndicatorCode alias : d.getAliases()) {
        names.computeIfAbsent(alias, c -> new ArrayList<>()).add(d);
      }
    }
    this.byName = names;
    this.byCode = codes;
  }

  /**
   * Returns the catalogue with no definitions.
   *
   * @return the empty catalogue
   */
  public static IndicatorCatalogue empty() {
    return EMPTY;
  }

  /**
   * Returns a catalogue of some definitions.
   *
   * @param definitions the definitions, in any order
   * @return the catalogue
   * @throws IllegalArgumentException if {@link #validate(Iterable)} finds an error: two versions
   *     of one code in force on the same day, or a code or alias naming two indicators on the same
   *     day; the message lists every error
   */
  public static IndicatorCatalogue of(Iterable<IndicatorDefinition> definitions) {
    Objects.requireNonNull(definitions, "definitions");
    ValidationReport report = validate(definitions);
    if (!report.isValid()) {
      StringBuilder message = new StringBuilder("indicator catalogue is inconsistent:");
      report.getErrors().forEach(e -> message.append("\n  ").append(e));
      throw new IllegalArgumentException(message.toString());
    }
    List<IndicatorDefinition> sorted = new ArrayList<>();
    definitions.forEach(d -> sorted.add(Objects.requireNonNull(d, "definition")));
    sorted.sort(ORDER);
    return new IndicatorCatalogue(sorted);
  }

  /**
   * Checks that a set of definitions can form a catalogue, and reports every problem.
   *
   * <p>Errors: {@code DEFINITION_DUPLICATE} (the same definition twice), {@code
   * DEFINITION_VERSIONS_OVERLAP} (two versions of one code in force on a common day), {@code
   * CODE_AMBIGUOUS} (a code or alias naming two different indicators on a common day) and {@code
   * BANDINGS_OVERLAP} (two banding schemes of one definition in force on a common day). Warning:
   * {@code BANDING_ROUNDING_DIFFERS} (a banding scheme rounds differently from its indicator, so a
   * band could disagree with the figure printed beside it).
   *
   * @param definitions the definitions
   * @return the report; valid if there are no errors
   */
  public static ValidationReport validate(Iterable<IndicatorDefinition> definitions) {
    Objects.requireNonNull(definitions, "definitions");
    ValidationReport.Builder report = ValidationReport.builder();
    Map<IndicatorCode, List<IndicatorDefinition>> names = new TreeMap<>();
    Set<IndicatorDefinition> seen = new LinkedHashSet<>();
    for (IndicatorDefinition d : definitions) {
      Objects.requireNonNull(d, "definition");
      if (!seen.add(d)) {
        report.error("DEFINITION_DUPLICATE", d.getCode().toString(), d + " is given twice");
        continue;
      }
      names.computeIfAbsent(d.getCode(), c -> new ArrayList<>()).add(d);
      for (IndicatorCode alias : d.getAliases()) {
        names.computeIfAbsent(alias, c -> new ArrayList<>()).add(d);
      }
      checkBandings(d, report);
    }
    for (Map.Entry<IndicatorCode, List<IndicatorDefinition>> entry : names.entrySet()) {
      List<IndicatorDefinition> list = entry.getValue();
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          IndicatorDefinition a = list.get(i);
          IndicatorDefinition b = list.get(j);
          if (!overlap(a, b)) {
            continue;
          }
          if (a.getCode().equals(b.getCode())) {
            if (a.getCode().equals(entry.getKey())) {
              report.error(
                  "DEFINITION_VERSIONS_OVERLAP",
                  a.getCode().toString(),
                  "versions " + a + " and " + b + " are both in force on "
                      + later(a.getEffectiveFrom(), b.getEffectiveFrom()));
            }
          } else {
            report.error(
                "CODE_AMBIGUOUS",
                entry.getKey().toString(),
                "code " + entry.getKey() + " names both " + a + " and " + b + " on "
                    + later(a.getEffectiveFrom(), b.getEffectiveFrom()));
          }
        }
      }
    }
    return report.build();
  }

  private static void checkBandings(IndicatorDefinition d, ValidationReport.Builder report) {
    List<BandingScheme> bandings = d.getBandings();
    for (int i = 0; i < bandings.size(); i++) {
      BandingScheme a = bandings.get(i);
      if (!a.getRounding().equals(d.getRounding())) {
        report.warning(
            "BANDING_ROUNDING_DIFFERS",
            d.getCode().toString(),
            "banding " + a.getVersion() + " rounds to " + a.getRounding() + " but " + d
                + " rounds to " + d.getRounding());
      }
      for (int j = i + 1; j < bandings.size(); j++) {
        BandingScheme b = bandings.get(j);
        LocalDate start = later(a.getEffectiveFrom(), b.getEffectiveFrom());
        if (a.isEffectiveOn(start) && b.isEffectiveOn(start)) {
          report.error(
              "BANDINGS_OVERLAP",
              d.getCode().toString(),
              "bandings " + a.getVersion() + " and " + b.getVersion() + " of " + d
                  + " are both in force on " + start);
        }
      }
    }
  }

  private static boolean overlap(IndicatorDefinition a, IndicatorDefinition b) {
    LocalDate start = later(a.getEffectiveFrom(), b.getEffectiveFrom());
    return a.isEffectiveOn(start) && b.isEffectiveOn(start);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Returns the definition that a code or alias names on a date.
   *
   * @param code the indicator's code or an alias
   * @param date the date
   * @return the definition in force on the date, or empty if the code names none then
   */
  public Optional<IndicatorDefinition> find(IndicatorCode code, LocalDate date) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    List<IndicatorDefinition> list = byName.get(code);
    if (list == null) {
      return Optional.empty();
    }
    for (IndicatorDefinition d : list) {
      if (d.isEffectiveOn(date)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the definition that governs a code's figures for a period: the one in force on the
   * period's last day.
   *
   * @param code the indicator's code or an alias
   * @param period the reporting period
   * @return the definition, or empty if the code names none then
   */
  public Optional<IndicatorDefinition> find(IndicatorCode code, ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return find(code, period.getEnd());
  }

  /**
   * Returns the definition that a code or alias names on a date, which must exist.
   *
   * @param code the indicator's code or an alias
   * @param date the date
   * @return the definition in force on the date
   * @throws IllegalArgumentException if the code names no definition in force on the date; the
   *     message names the code and the date
   */
  public IndicatorDefinition get(IndicatorCode code, LocalDate date) {
    return find(code, date)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "indicator " + code + " has no definition in force on " + date
                        + (byName.containsKey(code) ? "" : ": the code is not in the catalogue")));
  }

  /**
   * Returns every version of an indicator, oldest first.
   *
   * @param code the indicator's code (not an alias)
   * @return the versions; empty if the code is not in the catalogue
   */
  public List<IndicatorDefinition> getVersions(IndicatorCode code) {
    Objects.requireNonNull(code, "code");
    List<IndicatorDefinition> list = byCode.get(code);
    return list == null ? List.of() : Collections.unmodifiableList(list);
  }

  /**
   * Returns the dates on which a new version of an indicator came into force after an earlier
   * one: the breaks in its trend. Figures on either side of a break are not comparable.
   *
   * @param code the indicator's code (not an alias)
   * @return the start dates of every version but the first, oldest first
   */
  public List<LocalDate> getTrendBreaks(IndicatorCode code) {
    List<IndicatorDefinition> versions = getVersions(code);
    List<LocalDate> breaks = new ArrayList<>();
    for (int i = 1; i < versions.size(); i++) {
      breaks.add(versions.get(i).getEffectiveFrom());
    }
    return Collections.unmodifiableList(breaks);
  }

  /**
   * Tells whether the figures of two periods are governed by different versions of an
   * indicator's definition, or either by none: whether a trend drawn between them crosses a
   * break.
   *
   * @param code the indicator's code or an alias
   * @param first one period
   * @param second another period
   * @return {@code true} unless one definition governs both periods
   */
  public boolean isTrendBreakBetween(
      IndicatorCode code, ReportingPeriod first, ReportingPeriod second) {
    Optional<IndicatorDefinition> a = find(code, first);
    return a.isEmpty() || !a.equals(find(code, second));
  }

  /**
   * Returns every definition, ordered by code and then by start date.
   *
   * @return the definitions
   */
  public List<IndicatorDefinition> getDefinitions() {
    return definitions;
  }

  /**
   * Returns the codes of the indicators in the catalogue, aliases not included.
   *
   * @return the codes, in their natural order
   */
  public SortedSet<IndicatorCode> getCodes() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(byCode.keySet()));
  }

  /**
   * Returns the number of definitions, counting each version.
   *
   * @return the number of definitions
   */
  public int size() {
    return definitions.size();
  }

  /**
   * Returns a catalogue of this catalogue's definitions and another's, such as the PAF and ASCOF
   * catalogues together.
   *
   * @param other the other catalogue
   * @return the combined catalogue
   * @throws IllegalArgumentException as {@link #of(Iterable)} if the two clash
   */
  public IndicatorCatalogue plus(IndicatorCatalogue other) {
    Objects.requireNonNull(other, "other");
    List<IndicatorDefinition> all = new ArrayList<>(definitions);
    all.addAll(other.definitions);
    return of(all);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj
        || (obj instanceof IndicatorCatalogue
            && definitions.equals(((IndicatorCatalogue) obj).definitions));
  }

  @Override
  public int hashCode() {
    return definitions.hashCode();
  }

  /**
   * Returns a summary such as {@code IndicatorCatalogue{36 definitions of 36 indicators}}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "IndicatorCatalogue{"
        + definitions.size()
        + " definitions of "
        + byCode.size()
        + " indicators}";
  }
}
