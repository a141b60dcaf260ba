package dev.yardstick.indicators.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.core.calendar.WorkingDayCalendar;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.csv.ShippedCatalogues;
import dev.yardstick.indicators.formula.Discharge.Outcome;
import dev.yardstick.indicators.formula.LookedAfterChild.Placement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The worked definitions of the formula engine, each against a small fixture counted by hand.
 * Periods are 2003-04 (1 April 2003 to 31 March 2004) unless said otherwise. Easter 2003: Good
 * Friday 18 April, Easter Monday 21 April; early May bank holiday: Monday 5 May 2003.
 */
class WorkedDefinitionsTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2003-04");
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
  private static final OrganisationId HARTLEPOOL = OrganisationId.gss("E06000001");

  /** The PAF definitions in force in 2003-04, from the catalogue that ships with Yardstick. */
  static final IndicatorDefinition PAF_A1_DEFINITION =
      ShippedCatalogues.paf().find(IndicatorCode.of("A1"), YEAR).orElseThrow();

  static final IndicatorDefinition PAF_C32_DEFINITION =
      ShippedCatalogues.paf().find(IndicatorCode.of("C32"), YEAR).orElseThrow();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static FormulaValue whole(FormulaResult result, ReportingPeriod period) {
    return result.getValue(period).orElseThrow();
  }

  private static BigDecimal rounded(FormulaValue value, int places) {
    return value.getValue().orElseThrow().setScale(places, RoundingMode.HALF_UP);
  }

  // PAF A1: children looked after at 31 March with three or more placements during the year,
  // excluding children looked after under an agreed series of short-term placements. The
  // definition (a percentage to one decimal place) gives the multiplier and the rounding.
  static final IndicatorFormula<LookedAfterChild> PAF_A1 =
      IndicatorFormula.builder(LookedAfterChild.class)
          .definition(PAF_A1_DEFINITION)
          .population(PeriodRule.OPEN_AT_PERIOD_END, LookedAfterChild::careStart, LookedAfterChild::careEnd)
          .exclude(LookedAfterChild::isShortBreaks)
          .numeratorWhere((child, period) -> child.placementsDuring(period) >= 3)
          .countDistinct(CountingUnit.DISTINCT_PEOPLE, LookedAfterChild::childId)
          .build();

  static List<LookedAfterChild> children() {
    LookedAfterChild c1 =
        new LookedAfterChild("c1", d("1990-05-01"), d("2002-06-01"), null, false,
            List.of(
                new Placement(d("2002-06-01"), d("2003-05-10")),
                new Placement(d("2003-05-11"), d("2003-09-30")),
                new Placement(d("2003-10-01"), null)));
    return List.of(
        c1,
        // two placements in the year: one ended the day before it began does not count; one
        // starting on its first day does
        new LookedAfterChild("c2", d("1995-01-01"), d("2003-01-01"), null, false,
            List.of(
                new Placement(d("2003-01-01"), d("2003-03-31")),
                new Placement(d("2003-04-01"), d("2003-08-01")),
                new Placement(d("2003-08-02"), null))),
        // care ended on 31 March: not looked after at 31 March
        new LookedAfterChild("c3", d("1992-01-01"), d("2002-01-01"), d("2004-03-31"), false,
            List.of(
                new Placement(d("2003-04-01"), d("2003-06-01")),
                new Placement(d("2003-06-02"), d("2003-09-01")),
                new Placement(d("2003-09-02"), d("2004-03-31")))),
        // came into care on 31 March, open-ended
        new LookedAfterChild("c4", d("2000-02-02"), d("2004-03-31"), null, false,
            List.of(new Placement(d("2004-03-31"), null))),
        // short breaks: excluded however many placements
        new LookedAfterChild("c5", d("1998-01-01"), d("2002-01-01"), null, true,
            List.of(
                new Placement(d("2003-04-01"), d("2003-05-01")),
                new Placement(d("2003-06-01"), d("2003-07-01")),
                new Placement(d("2003-08-01"), null))),
        c1, // the same record arriving twice
        // into care after the year
        new LookedAfterChild("c7", d("1999-01-01"), d("2004-04-01"), null, false,
            List.of(new Placement(d("2004-04-01"), null))),
        new LookedAfterChild("c9", d("1991-01-01"), d("2003-06-01"), null, false,
            List.of(
                new Placement(d("2003-06-01"), d("2003-07-01")),
                new Placement(d("2003-07-02"), d("2003-12-01")),
                new Placement(d("2003-12-02"), d("2004-02-01")),
                new Placement(d("2004-02-02"), null))));
  }

  @Test
  void pafA1_handCountedFixture_isTwoOfFourChildren() {
    FormulaResult result = PAF_A1.evaluate(children(), YEAR);

    FormulaValue a1 = whole(result, YEAR);
    assertEquals(2, a1.getNumerator()); // c1, c9
    assertEquals(4, a1.getDenominator()); // c1, c2, c4, c9
    assertEquals(new BigDecimal("50"), a1.getValue().orElseThrow());
    assertEquals(8, result.getRecordCount());
    assertEquals(0, result.getSkippedCount());
  }

  @Test
  void pafA1_asIndicatorValues_isTheCataloguesA1ForTheCouncil() {
    FormulaResult result = PAF_A1.evaluate(children(), YEAR);

    List<IndicatorValue> values = result.toIndicatorValues(HARTLEPOOL);

    IndicatorValue a1 = values.get(0);
    assertEquals(1, values.size());
    assertEquals(IndicatorCode.of("A1"), a1.getIndicator());
    assertEquals(HARTLEPOOL, a1.getOrganisation());
    assertEquals(YEAR, a1.getPeriod());
    assertEquals(Optional.of(new BigDecimal("50")), a1.getValue());
    assertEquals(OptionalLong.of(2), a1.getNumerator());
    assertEquals(OptionalLong.of(4), a1.getDenominator());
    assertEquals(ValueQuality.FINAL, a1.getQuality());
    assertEquals(IndicatorValue.fromRatio(PAF_A1_DEFINITION, HARTLEPOOL, YEAR, 2, 4), a1);
    assertTrue(PAF_A1_DEFINITION.validate(a1).isValid());
    assertEquals(
        Optional.of(a1), result.toDataset(HARTLEPOOL).get(a1.getIndicator(), HARTLEPOOL, YEAR));
  }

  @Test
  void pafA1_lastQuarter_countsPlacementsDuringTheQuarterOnly() {
    FinancialQuarter q4 = FinancialQuarter.parse("2003-04 Q4");

    FormulaValue a1 = whole(PAF_A1.evaluate(children(), YEAR, q4), q4);

    // the same children at 31 March; none has three placements open during January to March
    assertEquals(4, a1.getDenominator());
    assertEquals(0, a1.getNumerator());
  }

  @Test
  void pafA1_countingRecords_countsTheDuplicateTwice() {
    IndicatorFormula<LookedAfterChild> byRecord =
        IndicatorFormula.builder(LookedAfterChild.class)
            .population(PeriodRule.OPEN_AT_PERIOD_END, LookedAfterChild::careStart, LookedAfterChild::careEnd)
            .exclude(LookedAfterChild::isShortBreaks)
            .numeratorWhere((child, period) -> child.placementsDuring(period) >= 3)
            .multiplier(100)
            .build();

    FormulaValue a1 = whole(byRecord.evaluate(children(), YEAR), YEAR);

    assertEquals(3, a1.getNumerator());
    assertEquals(5, a1.getDenominator());
  }

  // Assessments completed in the year within 7 working days of referral, by team.
  static IndicatorFormula<Assessment> assessmentsWithin(WorkingDayCalendar calendar) {
    return IndicatorFormula.builder(Assessment.class)
        .population(PeriodRule.ENDED_IN_PERIOD, Assessment::referred, Assessment::completed)
        .numeratorWithin(Timescale.workingDays(7, calendar), Assessment::referred, Assessment::completed)
        .disaggregateBy("team", Assessment::team)
        .multiplier(100)
        .build();
  }

  static List<Assessment> assessments() {
    return List.of(
        // Thursday before Easter: 7 working days run to Wednesday 23 April 2003
        new Assessment(1, 1, "North", d("2003-04-10"), d("2003-04-22")),
        new Assessment(2, 2, "North", d("2003-04-10"), d("2003-04-24")),
        // completed on the first day of the year: 5 working days
        new Assessment(3, 3, "South", d("2003-03-25"), d("2003-04-01")),
        // completed on the last day of the year: exactly 7 working days
        new Assessment(4, 4, "South", d("2004-03-22"), d("2004-03-31")),
        // still open, and completed after the year: not in the population
        new Assessment(5, 5, "South", d("2004-03-25"), null),
        new Assessment(6, 6, "North", d("2004-03-25"), d("2004-04-02")),
        new Assessment(7, 7, "North", d("2003-05-01"), d("2003-05-01")),
        // Monday 2 June: the 7th working day is Wednesday 11 June; Thursday 12 is late
        new Assessment(8, 8, "South", d("2003-06-02"), d("2003-06-12")));
  }

  @Test
  void assessmentTimeliness_easterWeekend_extendsTheTimescale() {
    FormulaResult result = assessmentsWithin(CALENDAR).evaluate(assessments(), YEAR);

    FormulaValue total = whole(result, YEAR);
    assertEquals(4, total.getNumerator()); // 1, 3, 4, 7
    assertEquals(6, total.getDenominator()); // 1, 2, 3, 4, 7, 8
    assertEquals(new BigDecimal("66.7"), rounded(total, 1));
    FormulaValue north = result.getValue(YEAR, "team", "North").orElseThrow();
    FormulaValue south = result.getValue(YEAR, "team", "South").orElseThrow();
    assertEquals(List.of(2L, 3L), List.of(north.getNumerator(), north.getDenominator()));
    assertEquals(List.of(2L, 3L), List.of(south.getNumerator(), south.getDenominator()));
  }

  @Test
  void assessmentTimeliness_weekendsOnlyCalendar_missesTheEasterCase() {
    // without bank holidays the 7th working day after 10 April 2003 is Monday 21 April
    FormulaValue total =
        whole(assessmentsWithin(WorkingDayCalendar.weekendsOnly()).evaluate(assessments(), YEAR), YEAR);

    assertEquals(3, total.getNumerator());
    assertEquals(6, total.getDenominator());
  }

  // Older people helped to live at home per 1,000 population aged 65 or over (PAF C32 style):
  // people aged 65+ at 31 March receiving a community-based service at any time in the year.
  static final PopulationTable AGED_65_PLUS =
      PopulationTable.builder()
          .add(YEAR, 2_000)
          .add(YEAR, "65-74", 1_200)
          .add(YEAR, "75+", 800)
          .build();

  static final IndicatorFormula<Client> HELPED_TO_LIVE_AT_HOME =
      IndicatorFormula.builder(Client.class)
          .definition(PAF_C32_DEFINITION) // a rate per 1,000 to one decimal place
          .population(PeriodRule.OPEN_DURING_PERIOD, Client::serviceStart, Client::serviceEnd)
          .populationWhere(Client::isCommunityBased)
          .ageAtPeriodEnd(Client::birthDate)
          .ageBand(AgeBand.atLeast(65))
          .countDistinct(CountingUnit.DISTINCT_PEOPLE, Client::clientId)
          .disaggregateByAgeBands(AgeBand.of(65, 74), AgeBand.atLeast(75))
          .populationTable(AGED_65_PLUS)
          .build();

  static List<Client> clients() {
    return List.of(
        // 65th birthday on 31 March 2004, the reference date: aged 65
        new Client(1, d("1939-03-31"), d("2003-05-01"), null, true, null),
        // 65 on 1 April 2004: aged 64 at 31 March
        new Client(2, d("1939-04-01"), d("2003-05-01"), null, true, null),
        // service ended on the first day of the year
        new Client(3, d("1920-01-01"), d("2002-01-01"), d("2003-04-01"), true, null),
        // service ended the day before the year
        new Client(4, d("1930-01-01"), d("2002-01-01"), d("2003-03-31"), true, null),
        // residential care: not helped to live at home
        new Client(5, d("1925-06-01"), d("2003-05-01"), null, false, null),
        // client 1's second episode: counted once
        new Client(1, d("1939-03-31"), d("2003-09-01"), d("2003-12-01"), true, null),
        // service started on the last day of the year
        new Client(7, d("1935-02-02"), d("2004-03-31"), null, true, null));
  }

  @Test
  void helpedToLiveAtHome_perThousandAged65Plus_isOnePointFive() {
    FormulaResult result = HELPED_TO_LIVE_AT_HOME.evaluate(clients(), YEAR);

    FormulaValue total = whole(result, YEAR);
    assertEquals(3, total.getNumerator()); // clients 1, 3, 7
    assertEquals(2_000, total.getDenominator());
    assertTrue(total.isFromPopulationTable());
    assertEquals(new BigDecimal("1.5"), total.getValue().orElseThrow());
    FormulaValue younger = result.getValue(YEAR, "age band", "65-74").orElseThrow();
    FormulaValue older = result.getValue(YEAR, "age band", "75+").orElseThrow();
    assertEquals(2, younger.getNumerator()); // clients 1 (65) and 7 (69)
    assertEquals(new BigDecimal("1.667"), rounded(younger, 3)); // 2 x 1000 / 1200
    assertEquals(1, older.getNumerator()); // client 3 (84)
    assertEquals(new BigDecimal("1.25"), older.getValue().orElseThrow()); // 1 x 1000 / 800
  }

  @Test
  void helpedToLiveAtHome_asIndicatorValues_roundsToTheDefinitionsOneDecimalPlace() {
    FormulaResult result = HELPED_TO_LIVE_AT_HOME.evaluate(clients(), YEAR);

    IndicatorValue total = result.toIndicatorValues(HARTLEPOOL).get(0);
    Map<String, List<IndicatorValue>> byBand = result.toIndicatorValues(HARTLEPOOL, "age band");

    assertEquals(IndicatorCode.of("C32"), total.getIndicator());
    assertEquals(Optional.of(new BigDecimal("1.5")), total.getValue());
    assertEquals(OptionalLong.of(2_000), total.getDenominator()); // the population, not a count
    assertEquals(List.of("65-74", "75+"), List.copyOf(byBand.keySet()));
    IndicatorValue younger = byBand.get("65-74").get(0);
    assertEquals(Optional.of(new BigDecimal("1.7")), younger.getValue()); // 2 x 1000 / 1200
    assertEquals(OptionalLong.of(2), younger.getNumerator());
    assertEquals(OptionalLong.of(1_200), younger.getDenominator());
    assertEquals(Optional.of(new BigDecimal("1.3")), byBand.get("75+").get(0).getValue()); // 1.25
  }

  // Clients receiving a service in the year who were reviewed in the year.
  static final IndicatorFormula<Client> REVIEWED =
      IndicatorFormula.builder(Client.class)
          .population(PeriodRule.OPEN_DURING_PERIOD, Client::serviceStart, Client::serviceEnd)
          .numerator(PeriodRule.EVENT_IN_PERIOD, Client::lastReview)
          .countDistinct(CountingUnit.DISTINCT_PEOPLE, Client::clientId)
          .multiplier(100)
          .build();

  static List<Client> reviews() {
    Client first = new Client(1, d("1950-01-01"), d("2003-01-01"), null, true, d("2003-04-01"));
    return List.of(
        first, // reviewed on the first day of the year
        new Client(2, d("1950-01-01"), d("2003-05-01"), d("2003-11-30"), true, null),
        // person 3: reviewed the day before the year on one episode, the last day on the other
        new Client(3, d("1950-01-01"), d("2002-01-01"), null, true, d("2003-03-31")),
        new Client(3, d("1950-01-01"), d("2003-12-01"), null, true, d("2004-03-31")),
        new Client(4, d("1950-01-01"), d("2004-04-01"), null, true, null),
        first);
  }

  @Test
  void reviewedInYear_personWithTwoEpisodes_isReviewedOnce() {
    FormulaValue reviewed = whole(REVIEWED.evaluate(reviews(), YEAR), YEAR);

    assertEquals(2, reviewed.getNumerator()); // people 1 and 3
    assertEquals(3, reviewed.getDenominator()); // people 1, 2, 3
    assertEquals(new BigDecimal("66.67"), rounded(reviewed, 2));
  }

  // ASCOF 2B(1) style: people aged 65+ discharged from hospital into reablement from 1 October
  // to 31 December, still at home (or in extra care) 91 days later.
  static final IndicatorFormula<Discharge> REABLEMENT =
      IndicatorFormula.builder(Discharge.class)
          .population(PeriodRule.EVENT_IN_PERIOD, Discharge::discharged)
          .populationWhere(Discharge::reablement)
          .ageAtEvent(Discharge::birthDate, Discharge::discharged)
          .ageBand(AgeBand.atLeast(65))
          .numeratorWhere(Discharge::atHome)
          .countDistinct(CountingUnit.DISTINCT_PEOPLE, Discharge::personId)
          .multiplier(100)
          .build();

  @Test
  void reablement_birthdayOnDischargeDate_isInThePopulation() {
    FinancialQuarter octToDec = FinancialQuarter.parse("2003-04 Q3");
    List<Discharge> discharges =
        List.of(
            new Discharge(1, d("1938-10-01"), d("2003-10-01"), true, Outcome.AT_HOME),
            new Discharge(2, d("1938-10-02"), d("2003-10-01"), true, Outcome.AT_HOME),
            new Discharge(3, d("1920-05-05"), d("2003-12-31"), true, Outcome.IN_HOSPITAL),
            new Discharge(4, d("1920-05-05"), d("2003-11-15"), false, Outcome.AT_HOME),
            new Discharge(5, d("1930-01-01"), d("2004-01-01"), true, Outcome.AT_HOME),
            new Discharge(6, d("1925-03-03"), d("2003-11-01"), true, Outcome.DIED),
            new Discharge(7, d("1925-03-03"), d("2003-11-20"), true, Outcome.EXTRA_CARE));

    FormulaValue value = whole(REABLEMENT.evaluate(discharges, octToDec), octToDec);

    assertEquals(2, value.getNumerator()); // 1 (65 on the day) and 7
    assertEquals(4, value.getDenominator()); // 1, 3, 6, 7
    assertEquals(new BigDecimal("50"), value.getValue().orElseThrow());
  }

  // Stage 1 complaints received in the year answered within 10 working days.
  static final IndicatorFormula<Complaint> COMPLAINTS =
      IndicatorFormula.builder(Complaint.class)
          .population(PeriodRule.EVENT_IN_PERIOD, Complaint::received)
          .populationWhere(c -> c.stage() == 1)
          .numeratorWithin(Timescale.workingDays(10, CALENDAR), Complaint::received, Complaint::responded)
          .deduplicateBy(Complaint::reference)
          .multiplier(100)
          .build();

  @Test
  void complaints_tenWorkingDaysOverEasterAndMayDay_runToSixthMay() {
    Complaint first = new Complaint("C1", 1, d("2003-04-17"), d("2003-05-06"));
    List<Complaint> complaints =
        List.of(
            first, // the 10th working day after 17 April 2003 is Tuesday 6 May
            new Complaint("C2", 1, d("2003-04-17"), d("2003-05-07")),
            new Complaint("C3", 1, d("2003-04-01"), d("2003-04-02")),
            new Complaint("C4", 1, d("2004-03-31"), null), // open on the last day
            new Complaint("C5", 2, d("2003-06-01"), d("2003-06-02")),
            first, // the same complaint extracted twice
            new Complaint("C7", 1, d("2003-03-31"), d("2003-04-01")));

    FormulaValue value = whole(COMPLAINTS.evaluate(complaints, YEAR), YEAR);

    assertEquals(2, value.getNumerator()); // C1, C3
    assertEquals(4, value.getDenominator()); // C1, C2, C3, C4
    assertEquals(new BigDecimal("50"), value.getValue().orElseThrow());
  }
}
