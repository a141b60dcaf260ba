package dev.yardstick.indicators.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The engine's behaviour beyond the worked definitions. */
class IndicatorFormulaTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2003-04");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static final IndicatorFormula<Complaint> ANSWERED =
      IndicatorFormula.builder(Complaint.class)
          .population(PeriodRule.EVENT_IN_PERIOD, Complaint::received)
          .numerator(PeriodRule.EVENT_IN_PERIOD, Complaint::responded)
          .multiplier(100)
          .suppressBelow(3)
          .build();

  @Test
  void evaluate_noRecords_hasNoValueNotZero() {
    FormulaValue value = ANSWERED.evaluate(List.of(), YEAR).getValue(YEAR).orElseThrow();

    assertEquals(0, value.getDenominator());
    assertEquals(FormulaValue.Status.ZERO_DENOMINATOR, value.getStatus());
    assertTrue(value.getValue().isEmpty());
    assertFalse(value.isSuppressed());
  }

  @Test
  void evaluate_smallNumbers_areFlaggedButKept() {
    List<Complaint> complaints =
        List.of(
            new Complaint("a", 1, d("2003-05-01"), d("2003-05-02")),
            new Complaint("b", 1, d("2003-05-01"), null),
            new Complaint("c", 1, d("2003-05-01"), null),
            new Complaint("d", 1, d("2003-05-01"), null));

    FormulaValue value = ANSWERED.evaluate(complaints, YEAR).getValue(YEAR).orElseThrow();

    assertTrue(value.isSuppressed()); // numerator 1 is below 3
    assertEquals(1, value.getNumerator());
    assertEquals(new BigDecimal("25"), value.getValue().orElseThrow());
  }

  @Test
  void evaluate_recordAnsweredAfterThePeriod_isInDenominatorOnly() {
    List<Complaint> complaints =
        List.of(
            new Complaint("a", 1, d("2004-03-31"), d("2004-04-01")),
            new Complaint("b", 1, d("2003-04-01"), d("2003-04-01")),
            new Complaint("c", 1, d("2003-04-01"), d("2003-04-01")),
            new Complaint("d", 1, d("2003-04-01"), d("2004-03-31")));

    FormulaValue value = ANSWERED.evaluate(complaints, YEAR).getValue(YEAR).orElseThrow();

    assertEquals(List.of(3L, 4L), List.of(value.getNumerator(), value.getDenominator()));
    assertFalse(value.isSuppressed()); // 3 is not below the threshold of 3
  }

  @Test
  void result_valuesInPeriodOrder_wholeThenGroups() {
    List<ReportingPeriod> periods = List.of(YEAR.getQuarters().get(1), YEAR, YEAR.getQuarters().get(0));

    FormulaResult result =
        WorkedDefinitionsTest.assessmentsWithin(dev.yardstick.core.calendar.WorkingDayCalendar.englandAndWales())
            .evaluate(WorkedDefinitionsTest.assessments(), periods);

    assertEquals(List.of(YEAR, YEAR.getQuarters().get(0), YEAR.getQuarters().get(1)), result.getPeriods());
    List<String> labels =
        result.getValues().stream()
            .filter(v -> v.getPeriod().equals(YEAR))
            .map(v -> v.getGroup().orElse("all"))
            .collect(Collectors.toList());
    assertEquals(List.of("all", "North", "South"), labels);
  }

  @Test
  void tally_mergeOfDifferentShapes_isRejected() {
    FormulaTally one = ANSWERED.over(YEAR).newTally();
    FormulaTally two = ANSWERED.over(YEAR, YEAR.getQuarters().get(0)).newTally();

    assertThrows(IllegalArgumentException.class, () -> one.merge(two));
    assertThrows(IllegalArgumentException.class, () -> one.merge(one));
  }

  @Test
  void tally_skippedRecords_areUnmodifiable() {
    FormulaTally tally = ANSWERED.over(YEAR).newTally();
    assertEquals(0L, tally.getSkippedRecords().get(BadRecordReason.MISSING_DATE));
    assertThrows(
        UnsupportedOperationException.class,
        () -> tally.getSkippedRecords().put(BadRecordReason.MISSING_DATE, 1L));
  }

  @Test
  void tally_distinctPeople_reportsKeyMemory() {
    FormulaEvaluator<Client> evaluator = WorkedDefinitionsTest.REVIEWED.over(YEAR);
    FormulaTally tally = evaluator.newTally();
    for (int i = 0; i < 10_000; i++) {
      evaluator.accept(tally, new Client(i, d("1950-01-01"), d("2003-05-01"), null, true, null));
    }

    assertEquals(10_000, evaluator.result(tally).getValue(YEAR).orElseThrow().getDenominator());
    // 10,000 long keys in sorted arrays: between 8 and 24 bytes a key
    assertTrue(tally.estimatedKeyBytes() >= 80_000 && tally.estimatedKeyBytes() <= 240_000, () -> "" + tally.estimatedKeyBytes());
    assertEquals(0, ANSWERED.over(YEAR).newTally().estimatedKeyBytes());
  }

  @Test
  void keySet_mixedAndRepeatedKeys_countsExactly() {
    Random random = new Random(42);
    KeySet keys = new KeySet();
    KeySet other = new KeySet();
    Set<Object> expected = new HashSet<>();
    for (int i = 0; i < 50_000; i++) {
      long key = random.nextInt(20_000) - 10_000L;
      Object boxed = i % 3 == 0 ? (Object) Long.valueOf(key) : i % 3 == 1 ? (Object) Integer.valueOf((int) key) : "k" + key;
      (i % 2 == 0 ? keys : other).add(boxed);
      expected.add(boxed instanceof Integer ? Long.valueOf((Integer) boxed) : boxed);
    }
    keys.addAll(other);

    assertEquals(expected.size(), keys.size());
  }

  @Test
  void toString_describesTheShapeWithoutRecordData() {
    assertEquals(
        "IndicatorFormula[population OPEN_AT_PERIOD_END, 1 exclusion; numerator 1 condition;"
            + " counting DISTINCT_PEOPLE; multiplier 100; produces A1 in force from 2002-04-01]",
        WorkedDefinitionsTest.PAF_A1.toString());
    assertEquals(
        "IndicatorFormula[population OPEN_DURING_PERIOD, 1 condition, age at period end in 65+;"
            + " numerator; counting DISTINCT_PEOPLE; multiplier 1000 per population; by age band;"
            + " produces C32 in force from 2002-04-01]",
        WorkedDefinitionsTest.HELPED_TO_LIVE_AT_HOME.toString());
  }

  @Test
  void accessors_reportTheOptions() {
    IndicatorFormula<Client> formula = WorkedDefinitionsTest.HELPED_TO_LIVE_AT_HOME;

    assertEquals(CountingUnit.DISTINCT_PEOPLE, formula.getCountingUnit());
    assertEquals(1_000, formula.getMultiplier());
    assertEquals(List.of("age band"), formula.getDimensions());
    assertEquals(WorkedDefinitionsTest.AGED_65_PLUS, formula.getPopulationTable().orElseThrow());
    assertEquals(0, formula.getSuppressionThreshold());
    assertEquals(BadRecordPolicy.SKIP, formula.getBadRecordPolicy());
    assertEquals(List.of(YEAR), formula.over(YEAR).getPeriods());
  }

  @Test
  void nulls_areRejectedByEveryPublicMethod() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ReportingPeriod.class, YEAR)
            .setDefault(Timescale.class, Timescale.days(28))
            .setDefault(AgeBand.class, AgeBand.atLeast(65))
            .setDefault(PopulationTable.class, WorkedDefinitionsTest.AGED_65_PLUS)
            .setDefault(FormulaTally.class, WorkedDefinitionsTest.PAF_A1.over(YEAR).newTally())
            .setDefault(OrganisationId.class, OrganisationId.gss("E06000001"))
            .setDefault(IndicatorDefinition.class, WorkedDefinitionsTest.PAF_A1_DEFINITION);
    tester.testAllPublicStaticMethods(IndicatorFormula.class);
    tester.testAllPublicInstanceMethods(WorkedDefinitionsTest.PAF_A1);
    tester.testAllPublicInstanceMethods(IndicatorFormula.builder(Client.class));
    tester.testAllPublicInstanceMethods(WorkedDefinitionsTest.PAF_A1.over(YEAR));
    tester.testAllPublicInstanceMethods(WorkedDefinitionsTest.PAF_A1.over(YEAR).newTally());
    tester.testAllPublicInstanceMethods(WorkedDefinitionsTest.PAF_A1.evaluate(List.of(), YEAR));
    tester.testAllPublicStaticMethods(PopulationTable.class);
    tester.testAllPublicInstanceMethods(WorkedDefinitionsTest.AGED_65_PLUS);
    tester.testAllPublicInstanceMethods(PopulationTable.builder());
    tester.testAllPublicStaticMethods(FormulaValue.class);
    tester.testAllPublicInstanceMethods(FormulaValue.of(YEAR, 1, 2, 100));
    tester.testAllPublicStaticMethods(PeriodRule.class);
    tester.testAllPublicInstanceMethods(PeriodRule.OPEN_AT_PERIOD_END);
    tester.testAllPublicConstructors(BadRecordException.class);
  }

  @Test
  void equals_formulaValuesAndResults() {
    FormulaValue value = FormulaValue.of(YEAR, 1, 2, 100);
    new EqualsTester()
        .addEqualityGroup(value, FormulaValue.of(YEAR, 1, 2, 100), FormulaValue.builder().from(value).build())
        .addEqualityGroup(FormulaValue.of(YEAR, 2, 2, 100))
        .addEqualityGroup(FormulaValue.builder().from(value).suppressed(true).build())
        .addEqualityGroup(FormulaValue.builder().from(value).dimension("team").group("North").build())
        .testEquals();
    FormulaResult result = ANSWERED.evaluate(List.of(), YEAR);
    new EqualsTester()
        .addEqualityGroup(result, FormulaResult.builder().from(result).build())
        .addEqualityGroup(FormulaResult.builder().from(result).recordCount(5).build())
        .addEqualityGroup(
            FormulaResult.builder()
                .from(result)
                .definition(WorkedDefinitionsTest.PAF_A1_DEFINITION)
                .build())
        .testEquals();
  }

  @Test
  void formulaValue_dimensionWithoutGroup_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FormulaValue.builder().from(FormulaValue.of(YEAR, 1, 2, 100)).dimension("team").build());

    assertTrue(e.getMessage().contains("dimension Optional[team] and group Optional.empty"), e.getMessage());
    assertEquals(
        "formula value numerator -1 is negative",
        assertThrows(IllegalArgumentException.class, () -> FormulaValue.of(YEAR, -1, 2, 100)).getMessage());
  }

  @Test
  void formulaValue_recurringQuotient_hasThirtyFourSignificantDigits() {
    BigDecimal third = FormulaValue.of(YEAR, 1, 3, 100).getValue().orElseThrow();

    assertEquals(new BigDecimal("33.33333333333333333333333333333333"), third);
    assertEquals(new BigDecimal("15"), FormulaValue.of(YEAR, 12, 80, 100).getValue().orElseThrow());
    assertEquals(
        dev.yardstick.core.measure.Ratio.of(12, 80), FormulaValue.of(YEAR, 12, 80, 100).getRatio());
  }

  @Test
  void skippedRecords_holdEveryReason() {
    Map<BadRecordReason, Long> skipped = ANSWERED.evaluate(List.of(), YEAR).getSkippedRecords();

    assertEquals(BadRecordReason.values().length, skipped.size());
    assertTrue(skipped.values().stream().allMatch(n -> n == 0));
  }

  @Test
  void collector_largeParallelStream_matchesTheLoop() {
    List<Client> clients =
        IntStream.range(0, 20_000)
            .mapToObj(i -> new Client(i % 7_000, d("1930-01-01").plusDays(i % 9_000), d("2003-01-01").plusDays(i % 700), i % 5 == 0 ? null : d("2003-01-01").plusDays(i % 700 + i % 300), i % 3 != 0, i % 4 == 0 ? d("2003-01-01").plusDays(i % 500) : null))
            .collect(Collectors.toList());

    assertEquals(
        WorkedDefinitionsTest.REVIEWED.evaluate(clients, YEAR.getMonths()),
        clients.parallelStream().collect(WorkedDefinitionsTest.REVIEWED.collector(YEAR.getMonths())));
    assertEquals(
        WorkedDefinitionsTest.HELPED_TO_LIVE_AT_HOME.evaluate(clients, YEAR),
        clients.parallelStream().collect(WorkedDefinitionsTest.HELPED_TO_LIVE_AT_HOME.collector(YEAR)));
  }
}
