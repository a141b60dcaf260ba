package dev.yardstick.indicators.csv;

import static dev.yardstick.indicators.TestIndicators.CATALOGUE;
import static dev.yardstick.indicators.TestIndicators.PERCENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.indicators.IndicatorCatalogue;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.dataset.DuplicatePolicy;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatasetCsvTest {

  private static final String HEADER =
      "indicator,organisation,period,value,numerator,denominator,quality,quality_reason,commentary";
  private static final OrganisationId A = OrganisationId.gss("E06000001");

  private static IndicatorDataset read(String text) throws IOException {
    return DatasetCsv.read(new StringReader(text), CATALOGUE);
  }

  private static CsvReadException failure(String text) {
    return assertThrows(CsvReadException.class, () -> read(text));
  }

  @Test
  void read_wellFormedFile() throws IOException {
    IndicatorDataset dataset =
        read(
            HEADER + "\r\n"
                + "T1,E06000001,2003-04,12.5,25,200,FINAL,,\r\n"
                + "T2,E06000001,May 2003,7,,,PROVISIONAL,,\"first, rough\"\r\n"
                + "T2,E06000002,2003-04 Q1,,,,MISSING,return not received,\r\n");
    assertEquals(3, dataset.size());
    assertEquals(
        Optional.of(IndicatorValue.fromRatio(PERCENT, A, FinancialYear.of(2003), 25, 200)),
        dataset.get(PERCENT.getCode(), A, FinancialYear.of(2003)));
    IndicatorValue missing = dataset.toList().get(2);
    assertEquals(ValueQuality.MISSING, missing.getQuality());
    assertEquals(Optional.of("return not received"), missing.getQualityReason());
    assertEquals(Optional.of("first, rough"), dataset.toList().get(1).getCommentary());
  }

  @Test
  void read_columnsInAnyOrder_andAliasesAsTheirCode() throws IOException {
    IndicatorDataset dataset =
        read("period,organisation,indicator,value,numerator,denominator,quality,quality_reason,commentary\n"
            + "2003-04,E06000001,OLD 1,50,1,2,,,\n");
    assertEquals(PERCENT.getCode(), dataset.toList().get(0).getIndicator());
    assertEquals(ValueQuality.FINAL, dataset.toList().get(0).getQuality());
  }

  @Test
  void read_missingColumn_namesIt() {
    CsvReadException e = failure(HEADER.replace(",denominator", "") + "\nT2,E06000001,2003-04,1,,,,\n");
    assertEquals(1, e.getLine());
    assertEquals(Optional.of("denominator"), e.getColumn());
    assertTrue(e.getMessage().startsWith("line 1, column denominator:"), e.getMessage());
  }

  @Test
  void read_unknownColumn_namesIt() {
    CsvReadException e = failure(HEADER + ",extra\n");
    assertEquals(Optional.of("extra"), e.getColumn());
  }

  @Test
  void read_badNumber_namesLineColumnAndText() {
    CsvReadException e =
        failure(HEADER + "\nT2,E06000001,2003-04,1,,,,,\nT2,E06000002,2003-04,1.2.3,,,,,\n");
    assertEquals(3, e.getLine());
    assertEquals(Optional.of("value"), e.getColumn());
    assertTrue(e.getMessage().contains("'1.2.3'"), e.getMessage());
  }

  @Test
  void read_badWholeNumber_namesTheNumeratorColumn() {
    CsvReadException e = failure(HEADER + "\nT1,E06000001,2003-04,50,1.5,3,,,\n");
    assertEquals(Optional.of("numerator"), e.getColumn());
  }

  @Test
  void read_unknownIndicator_namesIt() {
    CsvReadException e = failure(HEADER + "\nT9,E06000001,2003-04,1,,,,,\n");
    assertEquals(2, e.getLine());
    assertEquals(Optional.of("indicator"), e.getColumn());
    assertTrue(e.getMessage().contains("unknown indicator 'T9'"), e.getMessage());
  }

  @Test
  void read_indicatorNotYetInForce_isUnknownThen() {
    CsvReadException e = failure(HEADER + "\nT2,E06000001,1999-00,1,,,,,\n");
    assertEquals(Optional.of("indicator"), e.getColumn());
    assertTrue(e.getMessage().contains("2000-03-31"), e.getMessage());
  }

  @Test
  void read_unknownPeriod_namesIt() {
    CsvReadException e = failure(HEADER + "\nT2,E06000001,2003-04 Q5,1,,,,,\n");
    assertEquals(Optional.of("period"), e.getColumn());
    assertTrue(e.getMessage().contains("'2003-04 Q5'"), e.getMessage());
  }

  @Test
  void read_badOrganisation_namesIt() {
    CsvReadException e = failure(HEADER + "\nT2,X123,2003-04,1,,,,,\n");
    assertEquals(Optional.of("organisation"), e.getColumn());
  }

  @Test
  void read_duplicateRow_namesBothLines() {
    CsvReadException e =
        failure(
            HEADER + "\nT2,E06000001,2003-04,1,,,,,\nT2,E06000002,2003-04,1,,,,,\n"
                + "T2,E06000001,2003-04,2,,,,,\n");
    assertEquals(4, e.getLine());
    assertTrue(e.getMessage().contains("already given on line 2"), e.getMessage());
  }

  @Test
  void read_duplicateByAlias_isADuplicate() {
    CsvReadException e =
        failure(HEADER + "\nT1,E06000001,2003-04,50,1,2,,,\nOLD 1,E06000001,2003-04,50,1,2,,,\n");
    assertEquals(3, e.getLine());
  }

  @Test
  void read_duplicateWithLatestWins_keepsTheLaterRow() throws IOException {
    IndicatorDataset dataset =
        DatasetCsv.read(
            new StringReader(HEADER + "\nT2,E06000001,2003-04,1,,,,,\nT2,E06000001,2003-04,2,,,,,\n"),
            CATALOGUE,
            DuplicatePolicy.LATEST_WINS);
    assertEquals(Optional.of(BigDecimal.valueOf(2)), dataset.toList().get(0).getValue());
  }

  @Test
  void read_numeratorAboveDenominatorOfPercentage_namesTheNumerator() {
    CsvReadException e = failure(HEADER + "\nT1,E06000001,2003-04,150,3,2,,,\n");
    assertEquals(2, e.getLine());
    assertEquals(Optional.of("numerator"), e.getColumn());
    assertTrue(e.getMessage().contains("numerator 3 is greater than denominator 2"), e.getMessage());
  }

  @Test
  void read_valueDisagreeingWithItsRatio_isRejected() {
    CsvReadException e = failure(HEADER + "\nT1,E06000001,2003-04,60,1,2,,,\n");
    assertEquals(Optional.of("value"), e.getColumn());
  }

  @Test
  void read_qualityRules_areCheckedWithTheirColumns() {
    assertEquals(
        Optional.of("value"), failure(HEADER + "\nT2,E06000001,2003-04,,,,FINAL,,\n").getColumn());
    assertEquals(
        Optional.of("value"),
        failure(HEADER + "\nT2,E06000001,2003-04,1,,,SUPPRESSED,,\n").getColumn());
    assertEquals(
        Optional.of("quality_reason"),
        failure(HEADER + "\nT2,E06000001,2003-04,,,,MISSING,,\n").getColumn());
    assertEquals(
        Optional.of("quality"), failure(HEADER + "\nT2,E06000001,2003-04,1,,,GOOD,,\n").getColumn());
    assertEquals(
        Optional.of("denominator"),
        failure(HEADER + "\nT1,E06000001,2003-04,50,1,,,,\n").getColumn());
  }

  @Test
  void read_multiLineRecords_keepLineNumbersRight() {
    CsvReadException e =
        failure(
            HEADER + "\nT2,E06000001,2003-04,1,,,,,\"two\nlines\"\n\nT2,E06000002,2003-04,x,,,,,\n");
    assertEquals(5, e.getLine(), "line 2-3 is one record, line 4 is blank");
  }

  @Test
  void read_wrongFieldCountOrBadQuoting_namesTheLine() {
    CsvReadException count = failure(HEADER + "\nT2,E06000001,2003-04,1\n");
    assertEquals(2, count.getLine());
    assertEquals(Optional.empty(), count.getColumn());
    CsvReadException quote = failure(HEADER + "\nT2,E06000001,2003-04,1,,,,,\"open\n");
    assertEquals(2, quote.getLine());
  }

  @Test
  void read_emptyFile_isAnError() {
    CsvReadException e = failure("");
    assertEquals(1, e.getLine());
  }

  @Test
  void write_neutralisesFormulasAndQuotes() throws IOException {
    IndicatorValue value =
        IndicatorValue.builder()
            .indicator(IndicatorCode.of("T2"))
            .organisation(A)
            .period(FinancialYear.of(2003))
            .value(new BigDecimal("-3"))
            .commentary("=cmd|' /C calc'!A0")
            .build();
    StringBuilder out = new StringBuilder();
    DatasetCsv.write(IndicatorDataset.of(List.of(value)), out);
    assertEquals(
        HEADER + "\r\nT2,E06000001,2003-04,-3,,,FINAL,,'=cmd|' /C calc'!A0\r\n", out.toString());
    assertEquals(List.of(value), read(out.toString()).toList());
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(IndicatorCatalogue.class, CATALOGUE)
        .setDefault(IndicatorDataset.class, IndicatorDataset.empty())
        .testAllPublicStaticMethods(DatasetCsv.class);
  }
}
