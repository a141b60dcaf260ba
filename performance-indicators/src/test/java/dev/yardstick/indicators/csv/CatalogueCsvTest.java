package dev.yardstick.indicators.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.indicators.IndicatorCatalogue;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.TestIndicators;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueCsvTest {

  private static final String HEADER = String.join(",", CatalogueCsv.COLUMNS);
  private static final String ROW =
      "X1,OLD X1;BVPI 1,CODE,2002-04-01,,Title,,percentage,HIGHER_IS_BETTER,RATIO,PAF,A,"
          + "National priorities and strategic objectives,CHILDREN_AND_FAMILIES,ANNUAL,1dp HALF_UP,"
          + ",,,true,true,false,,https://example.org/a; https://example.org/b,";

  private static IndicatorCatalogue roundTrip(IndicatorCatalogue catalogue) throws IOException {
    StringBuilder out = new StringBuilder();
    CatalogueCsv.write(catalogue, out);
    return CatalogueCsv.read(new StringReader(out.toString()));
  }

  @Test
  void read_ofWrite_givesTheSameCatalogue() throws IOException {
    assertEquals(ShippedCatalogues.paf(), roundTrip(ShippedCatalogues.paf()));
    assertEquals(ShippedCatalogues.ascof(), roundTrip(ShippedCatalogues.ascof()));
    assertEquals(TestIndicators.CATALOGUE, roundTrip(TestIndicators.CATALOGUE));
  }

  @Test
  void bandings_areWrittenOnePerLine_andReadBack() throws IOException {
    StringBuilder out = new StringBuilder();
    CatalogueCsv.write(IndicatorCatalogue.of(List.of(TestIndicators.PERCENT)), out);
    assertTrue(
        out.toString()
            .contains(
                "\"2002-03; 2002-04-01; 2003-03-31; 1dp HALF_UP; IN_BAND_BELOW; 5 10 4 13 3 16 2 20 1;"
                    + " Group 2=5 11 4 14 3 17 2 21.5 1\n2003-04 two-sided; 2003-04-01; ; 1dp HALF_UP;"
                    + " IN_BAND_ABOVE; 2L 5 3L 8 4L 10 5 15 4H 18 3H 24 2H\""),
            out.toString());
  }

  @Test
  void read_badBanding_namesTheColumn() {
    CsvReadException e =
        assertThrows(
            CsvReadException.class,
            () ->
                CatalogueCsv.read(
                    new StringReader(
                        HEADER + "\n" + ROW + "\"v1; 2002-04-01; ; 1dp HALF_UP; IN_BAND_BELOW; 5 10\"\n")));
    assertEquals("bandings", e.getColumn().orElseThrow());
    assertTrue(e.getMessage().contains("alternate bands and cut points"), e.getMessage());
  }

  @Test
  void write_unwritableBandingVersion_isRejected() {
    IndicatorDefinition d =
        IndicatorDefinition.builder()
            .from(TestIndicators.FLOW)
            .addBandings(
                dev.yardstick.indicators.benchmark.BandingScheme.builder()
                    .from(TestIndicators.BANDING_2003)
                    .version("a; b")
                    .build())
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CatalogueCsv.write(IndicatorCatalogue.of(List.of(d)), new StringBuilder()));
    assertTrue(e.getMessage().contains("'a; b'"), e.getMessage());
  }

  @Test
  void awkwardText_survivesTheRoundTrip() throws IOException {
    for (String text : TestIndicators.AWKWARD) {
      if (text.isBlank()) {
        continue;
      }
      IndicatorDefinition d =
          IndicatorDefinition.builder()
              .from(TestIndicators.FLOW)
              .title(text)
              .notes(text)
              .addSources(text.strip().isEmpty() ? "x" : "src " + text.strip())
              .build();
      IndicatorCatalogue catalogue = IndicatorCatalogue.of(List.of(d));
      assertEquals(catalogue, roundTrip(catalogue), text);
    }
  }

  @Test
  void write_neutralisesFormulas() throws IOException {
    IndicatorDefinition d =
        IndicatorDefinition.builder().from(TestIndicators.FLOW).title("=HYPERLINK(\"x\")").build();
    StringBuilder out = new StringBuilder();
    CatalogueCsv.write(IndicatorCatalogue.of(List.of(d)), out);
    assertTrue(out.toString().contains("\"'=HYPERLINK(\"\"x\"\")\""), out.toString());
  }

  @Test
  void read_parsesEveryColumn() throws IOException {
    IndicatorCatalogue catalogue = CatalogueCsv.read(new StringReader("# note\n" + HEADER + "\n" + ROW + "\n"));
    IndicatorDefinition d = catalogue.getDefinitions().get(0);
    assertEquals("X1", d.getCode().toString());
    assertEquals(2, d.getAliases().size());
    assertTrue(d.isKeyIndicator() && d.isPaf() && !d.isBestValue() && !d.isCodeConfirmed());
    assertEquals(List.of("https://example.org/a", "https://example.org/b"), d.getSources());
  }

  @Test
  void read_missingColumn_namesItOnTheHeaderLine() {
    String header = HEADER.replace(",polarity", "");
    CsvReadException e =
        assertThrows(
            CsvReadException.class, () -> CatalogueCsv.read(new StringReader(header + "\n")));
    assertEquals(1, e.getLine());
    assertEquals("polarity", e.getColumn().orElseThrow());
  }

  @Test
  void read_badUnit_namesLineAndColumn() {
    String bad = ROW.replace("percentage", "percent-ish");
    CsvReadException e =
        assertThrows(
            CsvReadException.class,
            () -> CatalogueCsv.read(new StringReader("# c\n# c\n" + HEADER + "\n" + ROW + "\n"
                + bad.replace("X1,OLD X1;BVPI 1", "X2,") + "\n")));
    assertEquals(5, e.getLine());
    assertEquals("unit", e.getColumn().orElseThrow());
    assertTrue(e.getMessage().contains("percent-ish"), e.getMessage());
  }

  @Test
  void read_overlappingVersions_pointsAtTheLaterRow() {
    CsvReadException e =
        assertThrows(
            CsvReadException.class,
            () ->
                CatalogueCsv.read(
                    new StringReader(
                        HEADER + "\n" + ROW + "\n" + ROW.replace("2002-04-01", "2003-04-01"))));
    assertEquals(3, e.getLine());
    assertTrue(e.getMessage().contains("X1"), e.getMessage());
  }

  @Test
  void read_badFlagAndHalfADomain_areRejected() {
    CsvReadException flag =
        assertThrows(
            CsvReadException.class,
            () -> CatalogueCsv.read(new StringReader(HEADER + "\n" + ROW.replace("true,true", "yes,true"))));
    assertEquals("key_indicator", flag.getColumn().orElseThrow());
    CsvReadException domain =
        assertThrows(
            CsvReadException.class,
            () -> CatalogueCsv.read(new StringReader(HEADER + "\n" + ROW.replace(",PAF,A,", ",PAF,,"))));
    assertEquals("domain_code", domain.getColumn().orElseThrow());
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(IndicatorCatalogue.class, IndicatorCatalogue.empty())
        .testAllPublicStaticMethods(CatalogueCsv.class);
  }
}
