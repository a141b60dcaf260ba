package dev.yardstick.spark;

import static dev.yardstick.spark.WorkedFormulas.YEAR;
import static dev.yardstick.spark.WorkedFormulas.YEAR_AND_QUARTERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import dev.yardstick.indicators.formula.CountingUnit;
import dev.yardstick.indicators.formula.FormulaResult;
import dev.yardstick.indicators.formula.FormulaValue;
import dev.yardstick.indicators.formula.IndicatorFormula;
import dev.yardstick.indicators.formula.PeriodRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The formula on Spark against hand-counted fixtures, and the ways of calling it. */
class SparkFormulaTest {

  private static final SparkSession SPARK = SparkTestSession.get();

  private static final SparkFormula<LookedAfterChild> A1 =
      SparkFormula.of(WorkedFormulas.PAF_A1, LookedAfterChild.class, YEAR);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Placement placement(String start, String end) {
    return new Placement(d(start), end == null ? null : d(end));
  }

  /** The engine's PAF A1 fixture: 2 of 4 children, 50 per cent, counted by hand. */
  static List<LookedAfterChild> children(String council) {
    LookedAfterChild c1 =
        new LookedAfterChild(
            council,
            "c1",
            d("1990-05-01"),
            d("2002-06-01"),
            null,
            false,
            List.of(
                placement("2002-06-01", "2003-05-10"),
                placement("2003-05-11", "2003-09-30"),
                placement("2003-10-01", null)));
    return List.of(
        c1,
        new LookedAfterChild(
            council,
            "c2",
            d("1995-01-01"),
            d("2003-01-01"),
            null,
            false,
            List.of(
                placement("2003-01-01", "2003-03-31"),
                placement("2003-04-01", "2003-08-01"),
                placement("2003-08-02", null))),
        new LookedAfterChild(
            council,
            "c3",
            d("1992-01-01"),
            d("2002-01-01"),
            d("2004-03-31"),
            false,
            List.of(
                placement("2003-04-01", "2003-06-01"),
                placement("2003-06-02", "2003-09-01"),
                placement("2003-09-02", "2004-03-31"))),
        new LookedAfterChild(
            council,
            "c4",
            d("2000-02-02"),
            d("2004-03-31"),
            null,
            false,
            List.of(placement("2004-03-31", null))),
        new LookedAfterChild(
            council,
            "c5",
            d("1998-01-01"),
            d("2002-01-01"),
            null,
            true,
            List.of(
                placement("2003-04-01", "2003-05-01"),
                placement("2003-06-01", "2003-07-01"),
                placement("2003-08-01", null))),
        c1,
        new LookedAfterChild(
            council,
            "c7",
            d("1999-01-01"),
            d("2004-04-01"),
            null,
            false,
            List.of(placement("2004-04-01", null))),
        new LookedAfterChild(
            council,
            "c9",
            d("1991-01-01"),
            d("2003-06-01"),
            null,
            false,
            List.of(
                placement("2003-06-01", "2003-07-01"),
                placement("2003-07-02", "2003-12-01"),
                placement("2003-12-02", "2004-02-01"),
                placement("2004-02-02", null))));
  }

  private static Dataset<LookedAfterChild> dataset(List<LookedAfterChild> records) {
    return SPARK.createDataset(records, A1.encoder());
  }

  @Test
  void evaluate_handCountedPafA1_isTwoOfFourChildren() {
    FormulaResult result = A1.evaluate(dataset(children("E06000001")).repartition(3));

    FormulaValue a1 = result.getValue(YEAR).orElseThrow();
    assertEquals(2, a1.getNumerator()); // c1, c9
    assertEquals(4, a1.getDenominator()); // c1, c2, c4, c9
    assertEquals(new BigDecimal("50"), a1.getValue().orElseThrow());
    assertEquals(8, result.getRecordCount());
    assertEquals(0, result.getSkippedCount());
  }

  @Test
  void evaluateByOrganisation_twoCouncils_giveOneRowEachInOrder() {
    List<LookedAfterChild> records = new ArrayList<>(children("E06000002"));
    records.addAll(children("E06000001").subList(0, 2)); // c1 and c2 only: 1 of 2

    List<FormulaResultRow> rows =
        A1.evaluateByOrganisation(dataset(records), LookedAfterChild::getCouncil);

    assertEquals(2, rows.size());
    assertEquals("E06000001", rows.get(0).getOrganisation());
    assertEquals("E06000002", rows.get(1).getOrganisation());
    FormulaValue first = A1.toFormulaResult(rows.get(0)).getValue(YEAR).orElseThrow();
    assertEquals(List.of(1L, 2L), List.of(first.getNumerator(), first.getDenominator()));
    FormulaValue second = A1.toFormulaResult(rows.get(1)).getValue(YEAR).orElseThrow();
    assertEquals(List.of(2L, 4L), List.of(second.getNumerator(), second.getDenominator()));
  }

  @Test
  void toIndicatorDataset_ofTheRowsByCouncil_holdsEachCouncilsPafA1() {
    List<LookedAfterChild> records = new ArrayList<>(children("E06000002"));
    records.addAll(children("E06000001").subList(1, 4)); // c2, c3, c4: 0 of 2

    IndicatorDataset a1 =
        FormulaResultRow.toIndicatorDataset(
            A1.evaluateByOrganisation(dataset(records), LookedAfterChild::getCouncil),
            FormulaResultRowTest.PERCENTAGE);

    IndicatorCode code = IndicatorCode.of("A1");
    assertEquals(
        Optional.of(new BigDecimal("50")),
        a1.get(code, OrganisationId.parse("E06000002"), YEAR).flatMap(IndicatorValue::getValue));
    assertEquals(
        Optional.of(BigDecimal.ZERO),
        a1.get(code, OrganisationId.parse("E06000001"), YEAR).flatMap(IndicatorValue::getValue));
  }

  @Test
  void evaluate_formulaProducingADefinition_keepsItAndGivesItsIndicatorValues() {
    IndicatorFormula<LookedAfterChild> withDefinition =
        IndicatorFormula.builder(LookedAfterChild.class)
            .population(
                PeriodRule.OPEN_AT_PERIOD_END,
                LookedAfterChild::getCareStart,
                LookedAfterChild::getCareEnd)
            .exclude(LookedAfterChild::isShortBreaks)
            .numeratorWhere((child, period) -> child.placementsDuring(period) >= 3)
            .countDistinct(CountingUnit.DISTINCT_PEOPLE, LookedAfterChild::getChildId)
            .definition(FormulaResultRowTest.PERCENTAGE)
            .build();
    SparkFormula<LookedAfterChild> onSpark =
        SparkFormula.of(withDefinition, LookedAfterChild.class, YEAR);
    List<LookedAfterChild> records = children("E06000001");

    FormulaResult whole = onSpark.evaluate(dataset(records));
    FormulaResult council =
        onSpark.toFormulaResult(
            onSpark.evaluateByOrganisation(dataset(records), LookedAfterChild::getCouncil).get(0));

    assertEquals(withDefinition.evaluate(records, YEAR), whole);
    assertEquals(whole, council);
    IndicatorValue value = council.toIndicatorValues(OrganisationId.parse("E06000001")).get(0);
    assertEquals(Optional.of(new BigDecimal("50")), value.getValue());
  }

  @Test
  void evaluate_noRecords_equalsTheEngineOnNoRecords() {
    SparkFormula<LookedAfterChild> a1 =
        SparkFormula.of(WorkedFormulas.PAF_A1, LookedAfterChild.class, YEAR_AND_QUARTERS);

    FormulaResult result = a1.evaluate(SPARK.emptyDataset(a1.encoder()));

    assertEquals(WorkedFormulas.PAF_A1.evaluate(List.of(), YEAR_AND_QUARTERS), result);
    assertEquals(
        FormulaValue.Status.ZERO_DENOMINATOR, result.getValue(YEAR).orElseThrow().getStatus());
  }

  @Test
  void evaluateByOrganisation_noRecords_givesNoRows() {
    assertTrue(
        A1.evaluateByOrganisation(SPARK.emptyDataset(A1.encoder()), LookedAfterChild::getCouncil)
            .isEmpty());
  }

  @Test
  void evaluateByOrganisation_nullOrganisation_isARowWithoutOrganisationFirst() {
    List<LookedAfterChild> records = new ArrayList<>(children("E06000001"));
    records.add(
        new LookedAfterChild(
            null, "c10", d("1991-01-01"), d("2003-06-01"), null, false, List.of()));

    List<FormulaResultRow> rows =
        A1.evaluateByOrganisation(dataset(records), LookedAfterChild::getCouncil);

    assertNull(rows.get(0).getOrganisation());
    assertEquals(1, rows.get(0).getRecordCount());
    assertEquals("E06000001", rows.get(1).getOrganisation());
  }

  @Test
  void register_sqlAggregate_givesTheRowsOfTheTypedAggregation() {
    List<LookedAfterChild> records = new ArrayList<>(children("E06000002"));
    records.addAll(children("E06000001").subList(0, 3));
    dataset(records).createOrReplaceTempView("children");
    A1.register(SPARK, "paf_a1");

    List<FormulaResultRow> sql =
        SPARK
            .sql(
                "SELECT council AS organisation, paf_a1(*) AS a1 FROM children GROUP BY council"
                    + " ORDER BY council")
            .select("a1.*")
            .as(Encoders.bean(FormulaResultRow.class))
            .collectAsList();

    List<FormulaResultRow> typed =
        A1.evaluateByOrganisation(dataset(records), LookedAfterChild::getCouncil);
    typed.forEach(row -> row.setOrganisation(null));
    assertEquals(typed, sql);
  }
}
