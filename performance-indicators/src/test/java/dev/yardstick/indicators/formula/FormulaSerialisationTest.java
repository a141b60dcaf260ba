package dev.yardstick.indicators.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.SerializableTester;
import dev.yardstick.core.calendar.WorkingDayCalendar;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingPeriod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Formulas, their parts and tallies through Java serialisation, as a cluster engine ships them to
 * its workers: each is read back equal, or for a formula (whose lambdas have no equality) gives
 * the same results.
 */
class FormulaSerialisationTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2003-04");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static List<Complaint> complaints() {
    return List.of(
        // the 10th working day after 17 April 2003, over Easter and the May Day weekend, is 6 May
        new Complaint("C1", 1, d("2003-04-17"), d("2003-05-06")),
        new Complaint("C2", 1, d("2003-04-17"), d("2003-05-07")),
        new Complaint("C3", 1, d("2003-04-01"), d("2003-04-02")),
        new Complaint("C4", 1, d("2004-03-31"), null),
        new Complaint("C5", 2, d("2003-06-01"), d("2003-06-02")),
        new Complaint("C1", 1, d("2003-04-17"), d("2003-05-06")),
        new Complaint("C7", 1, d("2003-03-31"), d("2003-04-01")));
  }

  @Test
  void complaintsWithinTenWorkingDays_roundTrips_andGivesTheSameResult() {
    IndicatorFormula<Complaint> formula = WorkedDefinitionsTest.COMPLAINTS;
    List<ReportingPeriod> periods = List.of(YEAR, FinancialQuarter.parse("2003-04 Q1"));

    IndicatorFormula<Complaint> back = SerializableTester.reserialize(formula);

    assertEquals(formula.toString(), back.toString());
    FormulaResult expected = formula.evaluate(complaints(), periods);
    assertEquals(expected, back.evaluate(complaints(), periods));
    assertEquals(2, expected.getValue(YEAR).orElseThrow().getNumerator()); // C1 and C3
    Timescale timescale = back.timescales.get(0).timescale;
    assertEquals(Timescale.workingDays(10, WorkingDayCalendar.englandAndWales()), timescale);
    assertEquals(d("2003-05-06"), timescale.deadline(d("2003-04-17")));
  }

  @Test
  void pafA1WithItsDefinition_roundTrips_andGivesTheSameIndicatorValues() {
    OrganisationId council = OrganisationId.gss("E06000001");

    IndicatorFormula<LookedAfterChild> back =
        SerializableTester.reserialize(WorkedDefinitionsTest.PAF_A1);

    assertEquals(WorkedDefinitionsTest.PAF_A1.getDefinition(), back.getDefinition());
    assertEquals(
        WorkedDefinitionsTest.PAF_A1
            .evaluate(WorkedDefinitionsTest.children(), YEAR)
            .toIndicatorValues(council),
        back.evaluate(WorkedDefinitionsTest.children(), YEAR).toIndicatorValues(council));
  }

  @Test
  void perPopulationRateWithAgeBands_roundTrips_andGivesTheSameResult() {
    IndicatorFormula<Client> formula = WorkedDefinitionsTest.HELPED_TO_LIVE_AT_HOME;

    IndicatorFormula<Client> back = SerializableTester.reserialize(formula);

    assertEquals(formula.getPopulationTable(), back.getPopulationTable());
    assertEquals(
        formula.evaluate(WorkedDefinitionsTest.clients(), YEAR),
        back.evaluate(WorkedDefinitionsTest.clients(), YEAR));
  }

  @Test
  void evaluatorAndTallies_shippedToAWorkerAndBack_mergeToTheOnePassResult() {
    FormulaEvaluator<Complaint> evaluator = WorkedDefinitionsTest.COMPLAINTS.over(YEAR);
    List<Complaint> all = complaints();

    // the driver ships the evaluator; a worker folds its partition and ships the tally back
    FormulaEvaluator<Complaint> worker = SerializableTester.reserialize(evaluator);
    FormulaTally remote = worker.newTally();
    all.subList(0, 4).forEach(c -> worker.accept(remote, c));
    FormulaTally local = evaluator.newTally();
    all.subList(4, all.size()).forEach(c -> evaluator.accept(local, c));

    FormulaResult merged = evaluator.result(local.merge(SerializableTester.reserialize(remote)));

    assertEquals(evaluator.getPeriods(), worker.getPeriods());
    assertEquals(evaluator.evaluate(all), merged);
  }

  @Test
  void parts_roundTripEqual() {
    SerializableTester.reserializeAndAssert(Timescale.days(28));
    SerializableTester.reserializeAndAssert(Timescale.months(12));
    SerializableTester.reserializeAndAssert(
        Timescale.workingDays(
            7, WorkingDayCalendar.weekendsOnly().withHoliday(d("2003-12-29"), "Closure")));
    SerializableTester.reserializeAndAssert(AgeBand.of(18, 64));
    SerializableTester.reserializeAndAssert(AgeBand.atLeast(65));
    SerializableTester.reserializeAndAssert(WorkedDefinitionsTest.AGED_65_PLUS);
  }

  @Test
  void populationTable_readBack_findsTheYearsPopulationForAQuarter() {
    PopulationTable back = SerializableTester.reserialize(WorkedDefinitionsTest.AGED_65_PLUS);

    assertEquals(
        WorkedDefinitionsTest.AGED_65_PLUS.lookup(FinancialQuarter.parse("2003-04 Q3"), "75+"),
        back.lookup(FinancialQuarter.parse("2003-04 Q3"), "75+"));
    assertEquals(800, back.lookup(FinancialQuarter.parse("2003-04 Q3"), "75+").getAsLong());
  }

  @Test
  void deserialisation_ageBandUpperAgeBelowTheLower_isRejectedNamingIt() throws Exception {
    byte[] bytes = serialise(AgeBand.of(18, 64));
    // the two int fields are written in name order, max then min: 00 00 00 40, 00 00 00 12
    int at = indexOf(bytes, new byte[] {0, 0, 0, 64, 0, 0, 0, 18});
    ByteBuffer.wrap(bytes, at, 4).putInt(10);

    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialise(bytes));

    assertEquals(
        "deserialised age band is invalid: age band upper age 10 is not in 18..150 (the lower age"
            + " to 150)",
        e.getMessage());
  }

  @Test
  void deserialisation_negativeTimescale_isRejectedNamingIt() throws Exception {
    byte[] bytes = serialise(Timescale.days(28));
    int at = indexOf(bytes, new byte[] {0, 0, 0, 28});
    ByteBuffer.wrap(bytes, at, 4).putInt(-3);

    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialise(bytes));

    assertTrue(e.getMessage().startsWith("deserialised timescale is invalid: "), e.getMessage());
    assertTrue(e.getMessage().contains("-3"), e.getMessage());
  }

  private static byte[] serialise(Object object) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    return bytes.toByteArray();
  }

  private static Object deserialise(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  private static int indexOf(byte[] bytes, byte[] pattern) {
    outer:
    for (int i = 0; i <= bytes.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (bytes[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("pattern not in the stream");
  }
}
