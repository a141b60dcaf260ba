package dev.yardstick.indicators.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.core.calendar.WorkingDayCalendar;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.csv.ShippedCatalogues;
import dev.yardstick.indicators.formula.Discharge.Outcome;
import dev.yardstick.indicators.formula.LookedAfterChild.Placement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad records and bad definitions: the documented outcome, never a silently wrong indicator. */
class BadInputTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2003-04");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static LookedAfterChild child(String id, LocalDate start, LocalDate end) {
    return new LookedAfterChild(id, d("1995-01-01"), start, end, false, List.of(new Placement(d("2003-01-01"), null)));
  }

  private static List<LookedAfterChild> withNullStart() {
    return List.of(
        child("secret-1", d("2003-01-01"), null),
        child("secret-2", d("2003-02-01"), null),
        child("secret-3", null, null),
        child("secret-4", d("2003-03-01"), null));
  }

  private static IndicatorFormula<LookedAfterChild> a1(BadRecordPolicy policy) {
    return IndicatorFormula.builder(LookedAfterChild.class)
        .population(PeriodRule.OPEN_AT_PERIOD_END, LookedAfterChild::careStart, LookedAfterChild::careEnd)
        .numeratorWhere((c, p) -> c.placementsDuring(p) >= 3)
        .countDistinct(CountingUnit.DISTINCT_PEOPLE, LookedAfterChild::childId)
        .onBadRecord(policy)
        .multiplier(100)
        .build();
  }

  @Test
  void evaluate_nullDateTheRuleNeeds_isSkippedAndCounted() {
    FormulaResult result = a1(BadRecordPolicy.SKIP).evaluate(withNullStart(), YEAR);

    assertEquals(4, result.getRecordCount());
    assertEquals(1, result.getSkippedCount());
    assertEquals(1L, result.getSkippedRecords().get(BadRecordReason.MISSING_DATE));
    assertEquals(3, result.getValue(YEAR).orElseThrow().getDenominator());
  }

  @Test
  void evaluate_nullDateUnderFail_namesPositionAndFieldButNoPersonalData() {
    BadRecordException e =
        assertThrows(
            BadRecordException.class, () -> a1(BadRecordPolicy.FAIL).evaluate(withNullStart(), YEAR));

    assertEquals(
        "record 3: population start date is missing (rule OPEN_AT_PERIOD_END needs it)",
        e.getMessage());
    assertEquals(3, e.getPosition());
    assertEquals("population start date", e.getField());
    assertEquals(BadRecordReason.MISSING_DATE, e.getReason());
    assertFalse(e.getMessage().contains("secret"));
  }

  @Test
  void evaluate_endBeforeStart_isRejectedInEveryPeriod() {
    List<LookedAfterChild> children =
        List.of(child("a", d("2003-06-01"), d("2003-05-01")), child("b", d("2003-01-01"), null));

    FormulaResult skipped = a1(BadRecordPolicy.SKIP).evaluate(children, YEAR, FinancialQuarter.parse("2003-04 Q1"));
    BadRecordException e =
        assertThrows(BadRecordException.class, () -> a1(BadRecordPolicy.FAIL).evaluate(children, YEAR));

    assertEquals(1L, skipped.getSkippedRecords().get(BadRecordReason.END_BEFORE_START));
    skipped.getValues().forEach(v -> assertEquals(1, v.getDenominator()));
    assertEquals(
        "record 1: population end date is before the population start date", e.getMessage());
  }

  @Test
  void evaluate_clockStopBeforeClockStart_isBadInput() {
    IndicatorFormula<Complaint> formula =
        IndicatorFormula.builder(Complaint.class)
            .population(PeriodRule.EVENT_IN_PERIOD, Complaint::received)
            .numeratorWithin(Timescale.days(28), Complaint::received, Complaint::responded)
            .onBadRecord(BadRecordPolicy.FAIL)
            .build();
    List<Complaint> complaints = List.of(new Complaint("C1", 1, d("2003-05-02"), d("2003-05-01")));

    BadRecordException e = assertThrows(BadRecordException.class, () -> formula.evaluate(complaints, YEAR));

    assertEquals("record 1: clock stop is before the clock start", e.getMessage());
    assertEquals(BadRecordReason.END_BEFORE_START, e.getReason());
  }

  @Test
  void evaluate_bornAfterTheEvent_isNegativeAge() {
    List<Discharge> discharges =
        List.of(
            new Discharge(1, d("2004-01-01"), d("2003-11-01"), true, Outcome.AT_HOME),
            new Discharge(2, d("1930-01-01"), d("2003-11-01"), true, Outcome.AT_HOME));
    FinancialQuarter q3 = FinancialQuarter.parse("2003-04 Q3");

    FormulaResult result = WorkedDefinitionsTest.REABLEMENT.evaluate(discharges, q3);

    assertEquals(1L, result.getSkippedRecords().get(BadRecordReason.NEGATIVE_AGE));
    assertEquals(1, result.getValue(q3).orElseThrow().getDenominator());
  }

  @Test
  void evaluate_bornAfterThePeriodEndButInThePopulation_isNegativeAgeUnderFail() {
    IndicatorFormula<Client> formula =
        IndicatorFormula.builder(Client.class)
            .population(PeriodRule.OPEN_DURING_PERIOD, Client::serviceStart, Client::serviceEnd)
            .ageAtPeriodEnd(Client::birthDate)
            .ageBand(AgeBand.atLeast(65))
            .numeratorWhere(Client::isCommunityBased)
            .onBadRecord(BadRecordPolicy.FAIL)
            .build();
    List<Client> clients = List.of(new Client(1, d("2004-06-01"), d("2003-05-01"), null, true, null));

    BadRecordException e = assertThrows(BadRecordException.class, () -> formula.evaluate(clients, YEAR));

    assertEquals("record 1: birth date is after the end of period 2003-04", e.getMessage());
    assertEquals(BadRecordReason.NEGATIVE_AGE, e.getReason());
  }

  @Test
  void evaluate_missingBirthDate_isMissingDate() {
    List<Client> clients = List.of(new Client(1, null, d("2003-05-01"), null, true, null));

    FormulaResult result = WorkedDefinitionsTest.HELPED_TO_LIVE_AT_HOME.evaluate(clients, YEAR);

    assertEquals(1L, result.getSkippedRecords().get(BadRecordReason.MISSING_DATE));
    assertEquals(0, result.getValue(YEAR).orElseThrow().getNumerator());
  }

  @Test
  void evaluate_missingKey_isMissingKeyNamingTheDimension() {
    IndicatorFormula<Assessment> formula =
        IndicatorFormula.builder(Assessment.class)
            .population(PeriodRule.EVENT_IN_PERIOD, Assessment::referred)
            .numerator(PeriodRule.EVENT_IN_PERIOD, Assessment::completed)
            .disaggregateBy("team", a -> a.team().isEmpty() ? null : a.team())
            .onBadRecord(BadRecordPolicy.FAIL)
            .build();
    List<Assessment> assessments = List.of(new Assessment(1, 1, "", d("2003-05-01"), null));

    BadRecordException e = assertThrows(BadRecordException.class, () -> formula.evaluate(assessments, YEAR));

    assertEquals("record 1: disaggregation key 'team' is missing", e.getMessage());
    assertEquals(BadRecordReason.MISSING_KEY, e.getReason());
  }

  /**
   * A working-day calendar throws for a date before 1978, so a record that is bad for another
   * reason must be rejected as such before its timescale is checked.
   */
  private static IndicatorFormula<Assessment> withinWorkingDays(BadRecordPolicy policy) {
    return IndicatorFormula.builder(Assessment.class)
        .population(PeriodRule.EVENT_IN_PERIOD, Assessment::completed)
        .numeratorWithin(
            Timescale.workingDays(7, WorkingDayCalendar.englandAndWales()),
            Assessment::referred,
            Assessment::completed)
        .disaggregateBy("team", a -> a.team().isEmpty() ? null : a.team())
        .onBadRecord(policy)
        .build();
  }

  @Test
  void evaluate_badRecordWithAClockBeforeTheCalendar_isSkippedForWhatIsBad() {
    List<Assessment> assessments =
        List.of(
            new Assessment(1, 1, "", d("1975-01-01"), d("2003-06-02")),
            new Assessment(2, 2, "north", d("2003-06-02"), d("2003-06-05")));

    FormulaResult result = withinWorkingDays(BadRecordPolicy.SKIP).evaluate(assessments, YEAR);

    assertEquals(1L, result.getSkippedRecords().get(BadRecordReason.MISSING_KEY));
    assertEquals(1, result.getValue(YEAR).orElseThrow().getNumerator());
    assertEquals(1, result.getValue(YEAR).orElseThrow().getDenominator());
    BadRecordException e =
        assertThrows(
            BadRecordException.class,
            () -> withinWorkingDays(BadRecordPolicy.FAIL).evaluate(assessments, YEAR));
    assertEquals("record 1: disaggregation key 'team' is missing", e.getMessage());
  }

  @Test
  void evaluate_goodRecordWithAClockBeforeTheCalendar_throwsTheCalendarsException() {
    List<Assessment> assessments =
        List.of(new Assessment(1, 1, "north", d("1975-01-01"), d("2003-06-02")));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> withinWorkingDays(BadRecordPolicy.SKIP).evaluate(assessments, YEAR));

    assertTrue(e.getMessage().contains("1978"), e.getMessage());
  }

  @Test
  void evaluate_nullRecord_namesItsPosition() {
    List<Complaint> complaints = new java.util.ArrayList<>();
    complaints.add(new Complaint("C1", 1, d("2003-05-02"), null));
    complaints.add(null);

    NullPointerException e =
        assertThrows(NullPointerException.class, () -> WorkedDefinitionsTest.COMPLAINTS.evaluate(complaints, YEAR));

    assertEquals("record 2 is null", e.getMessage());
  }

  @Test
  void populationTable_zeroPopulation_isRejectedNamingPeriodAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PopulationTable.builder().add(YEAR, 0));
    IllegalArgumentException group =
        assertThrows(IllegalArgumentException.class, () -> PopulationTable.builder().add(YEAR, "65-74", -5));

    assertEquals("population for 2003-04 is 0; a population must be at least 1", e.getMessage());
    assertEquals("population for 2003-04 65-74 is -5; a population must be at least 1", group.getMessage());
  }

  @Test
  void populationTable_missingEntry_givesNoPopulationNotZero() {
    FinancialYear next = FinancialYear.parse("2004-05");

    FormulaResult result = WorkedDefinitionsTest.HELPED_TO_LIVE_AT_HOME.evaluate(WorkedDefinitionsTest.clients(), next);
    FormulaValue value = result.getValue(next).orElseThrow();

    assertEquals(FormulaValue.Status.NO_POPULATION, value.getStatus());
    assertTrue(value.getValue().isEmpty());
  }

  @Test
  void build_withoutPopulationRule_failsSayingWhy() {
    IndicatorFormula.Builder<Complaint> builder =
        IndicatorFormula.builder(Complaint.class).numeratorWhere(c -> c.stage() == 1);

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);

    assertTrue(e.getMessage().startsWith("the formula has no population rule"), e.getMessage());
  }

  @Test
  void build_withoutNumerator_failsSayingWhy() {
    IndicatorFormula.Builder<Complaint> builder =
        IndicatorFormula.builder(Complaint.class).population(PeriodRule.EVENT_IN_PERIOD, Complaint::received);

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);

    assertEquals(
        "the formula has no numerator rule, condition or timescale, and no population table", e.getMessage());
  }

  @Test
  void build_timescaleOnPopulationDatesWithoutAnEndDate_failsSayingWhy() {
    IndicatorFormula.Builder<Complaint> builder =
        IndicatorFormula.builder(Complaint.class)
            .population(PeriodRule.EVENT_IN_PERIOD, Complaint::received)
            .numeratorWithin(Timescale.days(10));

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);

    assertEquals(
        "timescale within 10 days runs on the population rule's dates, so the formula needs exactly"
            + " one population rule with a start and an end date; it has one, with a single date",
        e.getMessage());
  }

  @Test
  void build_ageBandWithoutAge_failsSayingWhy() {
    IndicatorFormula.Builder<Client> builder =
        IndicatorFormula.builder(Client.class)
            .population(PeriodRule.EVENT_IN_PERIOD, Client::serviceStart)
            .numeratorWhere(Client::isCommunityBased)
            .ageBand(AgeBand.atLeast(65));

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);

    assertTrue(e.getMessage().contains("takes no age"), e.getMessage());
  }

  @Test
  void builder_episodeRuleWithOneDate_isRejectedNamingTheRule() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IndicatorFormula.builder(Client.class).population(PeriodRule.OPEN_AT_PERIOD_END, Client::serviceStart));

    assertTrue(e.getMessage().startsWith("period rule OPEN_AT_PERIOD_END needs an end date"), e.getMessage());
  }

  @Test
  void builder_badOptions_areRejectedNamingTheValue() {
    IndicatorFormula.Builder<Client> builder = IndicatorFormula.builder(Client.class);

    assertEquals(
        "formula multiplier 0 is below 1",
        assertThrows(IllegalArgumentException.class, () -> builder.multiplier(0)).getMessage());
    assertEquals(
        "suppression threshold -1 is negative",
        assertThrows(IllegalArgumentException.class, () -> builder.suppressBelow(-1)).getMessage());
    assertEquals(
        "age bands 65-74 and 70+ overlap",
        assertThrows(
                IllegalArgumentException.class,
                () -> builder.disaggregateByAgeBands(AgeBand.of(65, 74), AgeBand.atLeast(70)))
            .getMessage());
    assertEquals(
        "counting unit RECORDS has no key; use countRecords() or deduplicateBy(key)",
        assertThrows(
                IllegalArgumentException.class,
                () -> builder.countDistinct(CountingUnit.RECORDS, Client::clientId))
            .getMessage());
  }

  @Test
  void over_periodGivenTwice_isRejectedNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WorkedDefinitionsTest.COMPLAINTS.over(YEAR, YEAR));

    assertEquals("period 2003-04 is given twice", e.getMessage());
  }

  private static IndicatorFormula.Builder<Complaint> complaints() {
    return IndicatorFormula.builder(Complaint.class)
        .population(PeriodRule.EVENT_IN_PERIOD, Complaint::received)
        .numerator(PeriodRule.EVENT_IN_PERIOD, Complaint::responded);
  }

  private static IndicatorDefinition paf(String code) {
    return ShippedCatalogues.paf().find(IndicatorCode.of(code), YEAR).orElseThrow();
  }

  @Test
  void definition_multiplierOfTheUnit_isTakenFromIt() {
    assertEquals(100, complaints().definition(paf("A1")).build().getMultiplier());
    assertEquals(1_000, complaints().definition(paf("C32")).build().getMultiplier());
    // giving the unit's own multiplier as well is redundant but consistent
    assertEquals(
        100,
        complaints().multiplier(100).definition(paf("A1")).multiplier(100).build().getMultiplier());
  }

  @Test
  void definition_afterAConflictingMultiplier_isRejectedNamingBoth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> complaints().multiplier(1_000).definition(paf("A1")));

    assertEquals(
        "formula multiplier 1000 conflicts with indicator A1, whose unit percentage has multiplier"
            + " 100; leave multiplier(...) out to take it from the definition",
        e.getMessage());
  }

  @Test
  void multiplier_conflictingWithTheDefinition_isRejectedNamingBoth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> complaints().definition(paf("C32")).multiplier(100));

    assertEquals(
        "formula multiplier 100 conflicts with indicator C32, whose unit rate per 1000 has"
            + " multiplier 1000; leave multiplier(...) out to take it from the definition",
        e.getMessage());
  }

  @Test
  void definition_ofACountMeasure_isRejectedNamingItsKind() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> complaints().definition(paf("D41")));

    assertEquals(
        "indicator D41 is a FLOW_COUNT measure; a formula counts a numerator and a denominator,"
            + " so its definition must be a RATIO measure",
        e.getMessage());
  }

  @Test
  void definition_givenTwice_isRejectedNamingTheFirst() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> complaints().definition(paf("A1")).definition(paf("C32")));

    assertEquals(
        "the formula already produces IndicatorDefinition{A1, 2002-04-01 to open}; give one"
            + " definition",
        e.getMessage());
  }

  @Test
  void over_periodBeforeTheDefinitionIsInForce_isRejectedNamingThePeriod() {
    // PAF D54, equipment delivered within 7 working days, is in force from 1 April 2003
    IndicatorFormula<Complaint> d54 = complaints().definition(paf("D54")).build();
    FinancialYear before = FinancialYear.parse("2002-03");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> d54.evaluate(List.of(), YEAR, before));

    assertEquals(
        "period 2002-03 is outside the dates of the definition the formula produces,"
            + " IndicatorDefinition{D54, 2003-04-01 to open}: its last day 2003-03-31 is not in"
            + " force",
        e.getMessage());
  }
}
