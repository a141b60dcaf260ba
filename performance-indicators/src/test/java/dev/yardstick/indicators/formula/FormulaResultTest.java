package dev.yardstick.indicators.formula;

import static dev.yardstick.indicators.formula.WorkedDefinitionsTest.PAF_A1;
import static dev.yardstick.indicators.formula.WorkedDefinitionsTest.PAF_A1_DEFINITION;
import static dev.yardstick.indicators.formula.WorkedDefinitionsTest.PAF_C32_DEFINITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Turning a formula's figures into indicator values of its definition. */
class FormulaResultTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2003-04");
  private static final OrganisationId COUNCIL = OrganisationId.gss("E06000001");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  // Complaints answered in the year, as a percentage that takes PAF A1's unit and rounding (a
  // stand-in: the catalogue has no complaints indicator), by team, small numbers below 3.
  private static final IndicatorFormula<Complaint> ANSWERED =
      IndicatorFormula.builder(Complaint.class)
          .definition(PAF_A1_DEFINITION)
          .population(PeriodRule.EVENT_IN_PERIOD, Complaint::received)
          .numerator(PeriodRule.EVENT_IN_PERIOD, Complaint::responded)
          .disaggregateBy("stage", Complaint::stage)
          .suppressBelow(3)
          .build();

  private static List<Complaint> complaints() {
    return List.of(
        new Complaint("a", 1, d("2003-05-01"), d("2003-05-02")),
        new Complaint("b", 1, d("2003-05-01"), d("2003-05-09")),
        new Complaint("c", 1, d("2003-06-01"), null),
        new Complaint("h", 1, d("2003-06-10"), d("2003-06-12")),
        new Complaint("d", 1, d("2003-07-01"), d("2003-07-30")),
        new Complaint("e", 1, d("2003-08-01"), null),
        new Complaint("f", 1, d("2003-09-01"), d("2003-09-02")),
        new Complaint("g", 2, d("2003-10-01"), d("2003-10-20")));
  }

  @Test
  void toIndicatorValues_onePerPeriod_agreesWithFromRatio() {
    FinancialQuarter q1 = FinancialQuarter.parse("2003-04 Q1");
    FinancialQuarter q2 = FinancialQuarter.parse("2003-04 Q2");
    FormulaResult result = ANSWERED.evaluate(complaints(), YEAR, q1, q2);

    List<IndicatorValue> values = result.toIndicatorValues(COUNCIL);

    // 6 of 8 in the year; 3 of 4 in Q1; 2 of 3 in Q2, a numerator below 3 and so suppressed
    assertEquals(List.of(YEAR, q1, q2), values.stream().map(IndicatorValue::getPeriod).toList());
    assertEquals(IndicatorValue.fromRatio(PAF_A1_DEFINITION, COUNCIL, YEAR, 6, 8), values.get(0));
    assertEquals(IndicatorValue.fromRatio(PAF_A1_DEFINITION, COUNCIL, q1, 3, 4), values.get(1));
    assertEquals(Optional.of(new BigDecimal("75")), values.get(1).getValue());
    assertEquals(ValueQuality.SUPPRESSED, values.get(2).getQuality());
    assertEquals(Optional.empty(), values.get(2).getValue());
  }

  @Test
  void toIndicatorValues_smallNumbers_areSuppressedWithNoValueAndNoCounts() {
    FormulaResult result = ANSWERED.evaluate(complaints(), YEAR);

    IndicatorValue stage2 = result.toIndicatorValues(COUNCIL, "stage").get("2").get(0);

    assertEquals(1, result.getValue(YEAR, "stage", "2").orElseThrow().getNumerator());
    assertEquals(ValueQuality.SUPPRESSED, stage2.getQuality());
    assertEquals(Optional.empty(), stage2.getValue());
    assertEquals(OptionalLong.empty(), stage2.getNumerator());
    assertEquals(OptionalLong.empty(), stage2.getDenominator());
    assertEquals(
        Optional.of("small numbers: a count is below the suppression threshold"),
        stage2.getQualityReason());
  }

  @Test
  void toIndicatorValues_zeroDenominator_isMissingWithAReasonNeverZero() {
    IndicatorValue value = ANSWERED.evaluate(List.of(), YEAR).toIndicatorValues(COUNCIL).get(0);

    assertEquals(ValueQuality.MISSING, value.getQuality());
    assertEquals(Optional.empty(), value.getValue());
    assertEquals(Optional.of("zero denominator"), value.getQualityReason());
    assertEquals(OptionalLong.of(0), value.getDenominator());
  }

  @Test
  void toIndicatorValues_noPopulation_isMissingWithAReasonAndNoCounts() {
    FinancialYear later = FinancialYear.parse("2004-05"); // the table has 2003-04 only
    List<Client> clients =
        List.of(new Client(1, d("1930-01-01"), d("2004-05-01"), null, true, null));

    IndicatorValue value =
        WorkedDefinitionsTest.HELPED_TO_LIVE_AT_HOME
            .evaluate(clients, later)
            .toIndicatorValues(COUNCIL)
            .get(0);

    assertEquals(ValueQuality.MISSING, value.getQuality());
    assertEquals(Optional.of("no population in the population table"), value.getQualityReason());
    assertEquals(Optional.empty(), value.getValue());
    assertEquals(OptionalLong.empty(), value.getNumerator());
  }

  @Test
  void toIndicatorValues_byGroup_areKeyedByGroupInTheOrderOfTheirText() {
    FinancialQuarter q1 = FinancialQuarter.parse("2003-04 Q1");
    FormulaResult result = ANSWERED.evaluate(complaints(), YEAR, q1);

    Map<String, List<IndicatorValue>> byStage = result.toIndicatorValues(COUNCIL, "stage");

    assertEquals(List.of("1", "2"), List.copyOf(byStage.keySet()));
    // stage 1: 5 of 7 in the year, 3 of 4 in Q1; stage 2 appears in the year only
    assertEquals(
        List.of(
            IndicatorValue.fromRatio(PAF_A1_DEFINITION, COUNCIL, YEAR, 5, 7),
            IndicatorValue.fromRatio(PAF_A1_DEFINITION, COUNCIL, q1, 3, 4)),
        byStage.get("1"));
    assertEquals(Optional.of(new BigDecimal("71.4")), byStage.get("1").get(0).getValue()); // 71.43
    assertEquals(List.of(YEAR), byStage.get("2").stream().map(IndicatorValue::getPeriod).toList());
  }

  @Test
  void toDataset_holdsTheValuesOfTheWhole() {
    FinancialQuarter q1 = FinancialQuarter.parse("2003-04 Q1");
    FormulaResult result = ANSWERED.evaluate(complaints(), YEAR, q1);

    IndicatorDataset dataset = result.toDataset(COUNCIL);

    assertEquals(IndicatorDataset.of(result.toIndicatorValues(COUNCIL)), dataset);
    assertEquals(2, dataset.size());
    assertEquals(List.of(COUNCIL), dataset.getOrganisations());
  }

  @Test
  void toIndicatorValues_formulaWithoutDefinition_isRejectedSayingWhatIsMissing() {
    FormulaResult result = WorkedDefinitionsTest.COMPLAINTS.evaluate(List.of(), YEAR);

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> result.toIndicatorValues(COUNCIL));

    assertEquals(
        "the formula produces no indicator definition, so its figures have no indicator code or"
            + " rounding: build it with definition(...)",
        e.getMessage());
    assertThrows(IllegalStateException.class, () -> result.toDataset(COUNCIL));
  }

  @Test
  void toIndicatorValues_unknownDimension_isRejectedNamingItAndTheKnownOnes() {
    FormulaResult result = ANSWERED.evaluate(complaints(), YEAR);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> result.toIndicatorValues(COUNCIL, "team"));

    assertEquals("the formula has no disaggregation 'team'; it has [stage]", e.getMessage());
  }

  @Test
  void toIndicatorValues_percentageAbovePopulation_isRejectedByTheDefinition() {
    // a percentage over a population table whose population is smaller than the count
    IndicatorFormula<Client> wrong =
        IndicatorFormula.builder(Client.class)
            .definition(PAF_A1_DEFINITION)
            .population(PeriodRule.OPEN_DURING_PERIOD, Client::serviceStart, Client::serviceEnd)
            .populationTable(PopulationTable.builder().add(YEAR, 1).build())
            .build();
    List<Client> clients =
        List.of(
            new Client(1, null, d("2003-05-01"), null, true, null),
            new Client(2, null, d("2003-05-01"), null, true, null));
    FormulaResult result = wrong.evaluate(clients, YEAR);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> result.toIndicatorValues(COUNCIL));

    assertTrue(
        e.getMessage().contains("numerator 2 is greater than denominator 1"), e.getMessage());
    assertTrue(e.getMessage().contains("indicator A1"), e.getMessage());
  }

  @Test
  void toIndicatorValue_multiplierOtherThanTheUnits_isRejectedNamingBoth() {
    FormulaValue perThousand = FormulaValue.of(YEAR, 1, 2, 1_000);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> perThousand.toIndicatorValue(PAF_A1_DEFINITION, COUNCIL));

    assertEquals(
        "formula value for 2003-04 has multiplier 1000, but indicator A1 is in percentage,"
            + " multiplier 100",
        e.getMessage());
    assertEquals(
        Optional.of(new BigDecimal("500")),
        perThousand.toIndicatorValue(PAF_C32_DEFINITION, COUNCIL).getValue());
  }

  @Test
  void result_carriesTheDefinitionAndTheDimensions() {
    FormulaResult result = ANSWERED.evaluate(complaints(), YEAR);

    assertEquals(Optional.of(PAF_A1_DEFINITION), result.getDefinition());
    assertEquals(List.of("stage"), result.getDimensions());
    assertEquals(List.of(), PAF_A1.evaluate(List.of(), YEAR).getDimensions());
  }

  @Test
  void builder_valueOfAnUnlistedDimension_isRejectedNamingIt() {
    FormulaResult result = ANSWERED.evaluate(complaints(), YEAR);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FormulaResult.builder().from(result).dimensions(List.of()).build());

    assertEquals(
        "formula result value for 2003-04 is of disaggregation stage, not one of the dimensions []",
        e.getMessage());
  }
}
