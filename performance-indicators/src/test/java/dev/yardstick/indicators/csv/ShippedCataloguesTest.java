package dev.yardstick.indicators.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.indicators.DefinitionAttribute;
import dev.yardstick.indicators.IndicatorCatalogue;
import dev.yardstick.indicators.IndicatorDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShippedCataloguesTest {

  private static final LocalDate END_2002_03 = LocalDate.of(2003, 3, 31);

  private static IndicatorCatalogue catalogue(String name) {
    return name.equals("paf-2002-03.csv") ? ShippedCatalogues.paf() : ShippedCatalogues.ascof();
  }

  @ParameterizedTest
  @ValueSource(strings = {"paf-2002-03.csv", "ascof.csv"})
  void everyDefinition_loadsWithPolarityUnitAndSources(String name) {
    IndicatorCatalogue catalogue = catalogue(name);
    assertFalse(catalogue.getDefinitions().isEmpty());
    for (IndicatorDefinition d : catalogue.getDefinitions()) {
      assertTrue(d.getPolarity() != null && d.getUnit() != null, d.toString());
      assertFalse(d.getSources().isEmpty(), d + " has no source");
      assertTrue(d.getSources().stream().allMatch(s -> s.startsWith("http")), d + " " + d.getSources());
      assertTrue(d.getDescription().isPresent(), d + " has no description");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"paf-2002-03.csv", "ascof.csv"})
  void codes_areUniquePerVersion(String name) {
    IndicatorCatalogue catalogue = catalogue(name);
    assertTrue(IndicatorCatalogue.validate(catalogue.getDefinitions()).isValid());
  }

  @ParameterizedTest
  @ValueSource(strings = {"paf-2002-03.csv", "ascof.csv"})
  void dataFile_hasASourceOnEveryRow(String name) throws IOException {
    int rows = 0;
    try (InputStream stream = ShippedCatalogues.class.getResourceAsStream(name);
        Reader in = new InputStreamReader(Objects.requireNonNull(stream), StandardCharsets.UTF_8);
        CSVParser parser =
            CSVParser.parse(
                in,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').get())) {
      for (CSVRecord record : parser) {
        assertFalse(record.get("sources").isBlank(), "line " + parser.getCurrentLineNumber());
        rows++;
      }
    }
    assertEquals(catalogue(name).size(), rows);
  }

  @Test
  void paf_holdsThe36IdentifiedIndicators() {
    IndicatorCatalogue paf = ShippedCatalogues.paf();
    assertEquals(36, paf.getCodes().size());
    assertEquals(36, paf.size());
    assertTrue(paf.getDefinitions().stream().allMatch(IndicatorDefinition::isPaf));
  }

  @Test
  void paf_aliasesResolve() {
    IndicatorCatalogue paf = ShippedCatalogues.paf();
    IndicatorDefinition a1 = paf.get(IndicatorCode.of("A1"), END_2002_03);
    assertEquals(a1, paf.get(IndicatorCode.of("BVPI 49"), END_2002_03));
    assertEquals(a1, paf.get(IndicatorCode.of("NI 62"), END_2002_03));
    assertEquals(Polarity.LOWER_IS_BETTER, a1.getPolarity());
    assertEquals(Unit.PERCENTAGE, a1.getUnit());
    assertEquals(Domain.PAF_NATIONAL_PRIORITIES, a1.getDomain().orElseThrow());
    assertTrue(a1.isKeyIndicator() && a1.isBestValue() && a1.isCodeConfirmed());
    assertEquals(
        IndicatorCode.of("C32"), paf.get(IndicatorCode.of("BVPI 54"), END_2002_03).getCode());
    assertEquals(
        IndicatorCode.of("D78"),
        paf.get(IndicatorCode.of("NI 63"), LocalDate.of(2006, 3, 31)).getCode());
  }

  @Test
  void paf_domainsFollowTheCodeLetter() {
    for (IndicatorDefinition d : ShippedCatalogues.paf().getDefinitions()) {
      Domain domain = d.getDomain().orElseThrow();
      assertEquals(Domain.PAF, domain.getFrameworkName());
      assertEquals(d.getCode().toString().substring(0, 1), domain.getCode(), d.toString());
      assertTrue(Domain.pafDomains().contains(domain), d.toString());
    }
  }

  @Test
  void paf_unconfirmedCodesAreMarked() {
    IndicatorCatalogue paf = ShippedCatalogues.paf();
    List<String> unconfirmed =
        paf.getDefinitions().stream()
            .filter(d -> !d.isCodeConfirmed())
            .map(d -> d.getCode().toString())
            .collect(Collectors.toList());
    assertEquals(
        List.of("A3", "A4", "B8", "C18", "C19", "C20", "C21", "C23", "C24", "C26", "D54"),
        unconfirmed);
  }

  @Test
  void paf_replacementsFollowEachOther() {
    IndicatorCatalogue paf = ShippedCatalogues.paf();
    assertEquals(
        LocalDate.of(2005, 3, 31),
        paf.getVersions(IndicatorCode.of("D35")).get(0).getEffectiveTo().orElseThrow());
    assertTrue(paf.find(IndicatorCode.of("D78"), END_2002_03).isEmpty());
    assertTrue(paf.find(IndicatorCode.of("D35"), LocalDate.of(2005, 4, 1)).isEmpty());
  }

  @Test
  void ascof_versionsMarkTrendBreaks_andOldCodesResolve() {
    IndicatorCatalogue ascof = ShippedCatalogues.ascof();
    IndicatorCode c2 = IndicatorCode.of("ASCOF 2C");
    assertEquals(
        List.of(LocalDate.of(2020, 4, 1), LocalDate.of(2023, 4, 1), LocalDate.of(2024, 4, 1)),
        ascof.getTrendBreaks(c2));
    IndicatorDefinition old = ascof.get(IndicatorCode.of("ASCOF 2A(2)"), LocalDate.of(2016, 3, 31));
    assertEquals(c2, old.getCode());
    assertEquals(Unit.PER_100_000, old.getUnit());
    assertEquals(Polarity.LOWER_IS_BETTER, old.getPolarity());
    assertEquals("2", old.getDomain().orElseThrow().getCode());
    IndicatorDefinition current = ascof.get(c2, LocalDate.of(2025, 3, 31));
    assertTrue(current.getDataSource().orElseThrow().contains("Client Level Data"));
    assertEquals(
        IndicatorCode.of("ASCOF 3D(1a)"),
        ascof.get(IndicatorCode.of("ASCOF 1C(1a)"), LocalDate.of(2015, 1, 1)).getCode());
  }

  @Test
  void bothCatalogues_combineWithoutClashes() {
    IndicatorCatalogue all = ShippedCatalogues.paf().plus(ShippedCatalogues.ascof());
    assertEquals(ShippedCatalogues.paf().size() + ShippedCatalogues.ascof().size(), all.size());
  }

  @Test
  void paf_coversEveryRowOfTheDomainReference() throws IOException {
    Path reference = sharedFile("domain/paf-indicators.csv");
    Assumptions.assumeTrue(
        reference != null, "the shared domain reference folder is absent; skipping the cross-check");
    List<String> codes = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(reference, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord record : parser) {
        codes.add(record.get("code"));
      }
    }
    IndicatorCatalogue paf = ShippedCatalogues.paf();
    for (String code : codes) {
      IndicatorDefinition d = paf.getVersions(IndicatorCode.of(code)).get(0);
      assertEquals(
          code.startsWith("A3") || code.startsWith("A4") || code.equals("B8")
              || List.of("C18", "C19", "C20", "C21", "C23", "C24", "C26", "D54").contains(code),
          d.getUnconfirmed().contains(DefinitionAttribute.CODE),
          code);
    }
    assertEquals(codes.size(), paf.getCodes().size());
  }

  /** Finds a file of the shared folder beside the repository, walking up from the working directory. */
  static Path sharedFile(String relative) {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    return null;
  }
}
