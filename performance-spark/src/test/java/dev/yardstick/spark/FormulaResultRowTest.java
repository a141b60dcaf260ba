package dev.yardstick.spark;

import static dev.yardstick.spark.WorkedFormulas.YEAR;
import static dev.yardstick.spark.WorkedFormulas.YEAR_AND_QUARTERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.indicators.formula.FormulaResult;
import dev.yardstick.indicators.formula.FormulaValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The row shapes convert to the engine's values and back without loss. */
class FormulaResultRowTest {

  private static FormulaResult assessments() {
    List<Assessment> records =
        List.of(
            RecordGenerators.assessment(new java.util.Random(1)),
            RecordGenerators.assessment(new java.util.Random(2)),
            RecordGenerators.assessment(new java.util.Random(3)),
            RecordGenerators.assessment(new java.util.Random(4)));
    return WorkedFormulas.ASSESSMENTS_WITHIN_7_WORKING_DAYS.evaluate(records, YEAR_AND_QUARTERS);
  }

  @Test
  void toFormulaResult_ofAResultsRow_givesTheResultBack() {
    FormulaResult result = assessments();

    assertEquals(result, FormulaResultRow.of(result).toFormulaResult());
  }

  @Test
  void toFormulaValue_ofAGroupsRow_givesTheValueBack() {
    FormulaValue value =
        FormulaValue.builder()
            .period(YEAR)
            .dimension("age band")
            .group("65-74")
            .numerator(2)
            .denominator(1_200)
            .multiplier(1_000)
            .fromPopulationTable(true)
            .suppressed(true)
            .build();

    FormulaValueRow row = FormulaValueRow.of(value);

    assertEquals("2003-04", row.getPeriod());
    assertEquals(value, row.toFormulaValue());
  }

  @Test
  void toFormulaValue_periodNotAReportingPeriod_namesTheColumn() {
    FormulaValueRow row = FormulaValueRow.of(FormulaValue.of(YEAR, 1, 2, 100));
    row.setPeriod("2003-04 Q5");

    IllegalStateException e = assertThrows(IllegalStateException.class, row::toFormulaValue);

    assertTrue(e.getMessage().startsWith("formula value row period:"), e.getMessage());
    assertTrue(e.getMessage().contains("2003-04 Q5"), e.getMessage());
  }

  @Test
  void toFormulaValue_groupWithoutDimension_isRejected() {
    FormulaValueRow row = FormulaValueRow.of(FormulaValue.of(YEAR, 1, 2, 100));
    row.setGroup("North");

    IllegalStateException e = assertThrows(IllegalStateException.class, row::toFormulaValue);

    assertTrue(e.getMessage().contains("formula value row of 2003-04"), e.getMessage());
  }

  @Test
  void toFormulaResult_unknownSkipReason_namesTheOrganisation() {
    FormulaResultRow row = FormulaResultRow.of(assessments());
    row.setOrganisation("E06000001");
    row.getSkippedRecords().put("LOST_IN_TRANSIT", 1L);

    IllegalStateException e = assertThrows(IllegalStateException.class, row::toFormulaResult);

    assertTrue(e.getMessage().startsWith("formula result row of E06000001"), e.getMessage());
    assertTrue(e.getMessage().contains("LOST_IN_TRANSIT"), e.getMessage());
  }

  @Test
  void toFormulaResult_noCountingUnit_isRejected() {
    FormulaResultRow row = new FormulaResultRow();

    IllegalStateException e = assertThrows(IllegalStateException.class, row::toFormulaResult);

    assertTrue(e.getMessage().contains("has no counting unit"), e.getMessage());
  }

  @Test
  void toString_showsCountsNotValues() {
    FormulaResultRow row = FormulaResultRow.of(assessments());
    row.setOrganisation("E06000001");

    assertTrue(
        row.toString().startsWith("FormulaResultRow{E06000001 2003-04, 2003-04 Q1"),
        row.toString());
    assertEquals(
        "FormulaValueRow{2003-04 team=North 2/3 x100}",
        FormulaValueRow.of(
                FormulaValue.builder()
                    .period(YEAR)
                    .dimension("team")
                    .group("North")
                    .numerator(2)
                    .denominator(3)
                    .multiplier(100)
                    .build())
            .toString());
  }

  @Test
  void equals_comparesEveryColumn() {
    FormulaResult result = assessments();
    FormulaResultRow withOrganisation = FormulaResultRow.of(result);
    withOrganisation.setOrganisation("E06000001");
    FormulaResultRow moreRecords = FormulaResultRow.of(result);
    moreRecords.setRecordCount(result.getRecordCount() + 1);
    FormulaValueRow value = FormulaValueRow.of(FormulaValue.of(YEAR, 1, 2, 100));
    FormulaValueRow suppressed = FormulaValueRow.of(FormulaValue.of(YEAR, 1, 2, 100));
    suppressed.setSuppressed(true);

    new EqualsTester()
        .addEqualityGroup(FormulaResultRow.of(result), FormulaResultRow.of(result))
        .addEqualityGroup(withOrganisation)
        .addEqualityGroup(moreRecords)
        .addEqualityGroup(new FormulaResultRow())
        .addEqualityGroup(value, FormulaValueRow.of(FormulaValue.of(YEAR, 1, 2, 100)))
        .addEqualityGroup(suppressed)
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester().testAllPublicStaticMethods(FormulaResultRow.class);
    new NullPointerTester().testAllPublicStaticMethods(FormulaValueRow.class);
    new NullPointerTester().testAllPublicInstanceMethods(FormulaResultRow.of(assessments()));
    new NullPointerTester().testAllPublicInstanceMethods(new FormulaValueRow());
  }
}
