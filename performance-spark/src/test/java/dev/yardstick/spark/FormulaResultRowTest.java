package dev.yardstick.spark;

import static dev.yardstick.spark.WorkedFormulas.YEAR;
import static dev.yardstick.spark.WorkedFormulas.YEAR_AND_QUARTERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import dev.yardstick.indicators.formula.CountingUnit;
import dev.yardstick.indicators.formula.FormulaResult;
import dev.yardstick.indicators.formula.FormulaValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    assertEquals(List.of("team"), FormulaResultRow.of(result).getDimensions());
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

  static final IndicatorDefinition PERCENTAGE =
      IndicatorDefinition.builder()
          .code(IndicatorCode.of("A1"))
          .title("Children looked after with three or more placements in the year")
          .unit(Unit.PERCENTAGE)
          .polarity(Polarity.LOWER_IS_BETTER)
          .measureKind(MeasureKind.RATIO)
          .frequency(Frequency.ANNUAL)
          .rounding(RoundingPolicy.ONE_DECIMAL_PLACE)
          .effectiveFrom(LocalDate.of(2000, 4, 1))
          .build();

  private static FormulaResultRow row(String organisation, FormulaValue... values) {
    FormulaResultRow row =
        FormulaResultRow.of(
            FormulaResult.builder()
                .periods(List.of(YEAR, YEAR.getQuarters().get(0)))
                .dimensions(List.of("team"))
                .values(List.of(values))
                .countingUnit(CountingUnit.DISTINCT_PEOPLE)
                .recordCount(10)
                .skippedRecords(Map.of())
                .suppressionThreshold(5)
                .build());
    row.setOrganisation(organisation);
    return row;
  }

  @Test
  void toIndicatorValues_wholeOfEachPeriod_roundedByTheDefinition_groupsLeftOut() {
    FormulaResultRow row =
        row(
            "E06000001",
            FormulaValue.of(YEAR, 2, 3, 100),
            FormulaValue.builder()
                .period(YEAR)
                .dimension("team")
                .group("North")
                .numerator(1)
                .denominator(1)
                .multiplier(100)
                .build(),
            FormulaValue.of(YEAR.getQuarters().get(0), 0, 0, 100));

    List<IndicatorValue> values = row.toIndicatorValues(PERCENTAGE);

    assertEquals(2, values.size());
    assertEquals(new BigDecimal("66.7"), values.get(0).getValue().orElseThrow());
    assertEquals(OrganisationId.parse("E06000001"), values.get(0).getOrganisation());
    assertEquals(Optional.of(Ratio.of(2, 3)), values.get(0).getRatio());
    assertEquals(ValueQuality.MISSING, values.get(1).getQuality());
    assertEquals(Optional.of("zero denominator"), values.get(1).getQualityReason());
  }

  @Test
  void toIndicatorValues_suppressedAndNoPopulation_areStatesNotNumbers() {
    FormulaResultRow row =
        row(
            "E06000001",
            FormulaValue.builder()
                .period(YEAR)
                .numerator(3)
                .denominator(40)
                .multiplier(100)
                .suppressed(true)
                .build(),
            FormulaValue.builder()
                .period(YEAR.getQuarters().get(0))
                .numerator(7)
                .denominator(0)
                .multiplier(100)
                .fromPopulationTable(true)
                .build());

    List<IndicatorValue> values = row.toIndicatorValues(PERCENTAGE);

    assertEquals(ValueQuality.SUPPRESSED, values.get(0).getQuality());
    assertEquals(Optional.empty(), values.get(0).getRatio());
    assertEquals(
        Optional.of("small numbers: a count is below the suppression threshold"),
        values.get(0).getQualityReason());
    assertEquals(ValueQuality.MISSING, values.get(1).getQuality());
    assertEquals(
        Optional.of("no population in the population table"), values.get(1).getQualityReason());
  }

  @Test
  void toIndicatorValues_multiplierNotTheUnits_namesBoth() {
    FormulaResultRow row = row("E06000001", FormulaValue.of(YEAR, 2, 3, 1_000));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> row.toIndicatorValues(PERCENTAGE));

    assertTrue(
        e.getMessage().contains("has multiplier 1000, but indicator A1 is in percentage"),
        e.getMessage());
  }

  @Test
  void toIndicatorValues_noOrDudOrganisation_isRejected() {
    IllegalStateException none =
        assertThrows(
            IllegalStateException.class,
            () -> row(null, FormulaValue.of(YEAR, 2, 3, 100)).toIndicatorValues(PERCENTAGE));
    IllegalStateException dud =
        assertThrows(
            IllegalStateException.class,
            () -> row("council0", FormulaValue.of(YEAR, 2, 3, 100)).toIndicatorValues(PERCENTAGE));

    assertTrue(none.getMessage().contains("has no organisation"), none.getMessage());
    assertTrue(dud.getMessage().contains("'council0' is not an organisation"), dud.getMessage());
  }

  @Test
  void toIndicatorDataset_twoOrganisations_holdsBoth_andRejectsTheSameOneTwice() {
    FormulaResultRow first = row("E06000001", FormulaValue.of(YEAR, 1, 4, 100));
    FormulaResultRow second = row("E06000002", FormulaValue.of(YEAR, 1, 2, 100));

    IndicatorDataset dataset =
        FormulaResultRow.toIndicatorDataset(List.of(first, second), PERCENTAGE);

    assertEquals(2, dataset.size());
    assertEquals(
        new BigDecimal("25"),
        dataset
            .get(IndicatorCode.of("A1"), OrganisationId.parse("E06000001"), YEAR)
            .flatMap(IndicatorValue::getValue)
            .orElseThrow());
    assertThrows(
        IllegalArgumentException.class,
        () -> FormulaResultRow.toIndicatorDataset(List.of(first, first), PERCENTAGE));
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester()
        .setDefault(IndicatorDefinition.class, PERCENTAGE)
        .testAllPublicStaticMethods(FormulaResultRow.class);
    new NullPointerTester().testAllPublicStaticMethods(FormulaValueRow.class);
    new NullPointerTester()
        .setDefault(IndicatorDefinition.class, PERCENTAGE)
        .testAllPublicInstanceMethods(FormulaResultRow.of(assessments()));
    new NullPointerTester().testAllPublicInstanceMethods(new FormulaValueRow());
  }
}
