package dev.yardstick.spark;

import dev.yardstick.core.calendar.WorkingDayCalendar;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.formula.AgeBand;
import dev.yardstick.indicators.formula.CountingUnit;
import dev.yardstick.indicators.formula.IndicatorFormula;
import dev.yardstick.indicators.formula.PeriodRule;
import dev.yardstick.indicators.formula.PopulationTable;
import dev.yardstick.indicators.formula.Timescale;
import java.util.ArrayList;
import java.util.List;

/**
 * The worked definitions of the formula engine (its {@code WorkedDefinitionsTest}), written over
 * the JavaBean versions of the same record types, as a council's developer would write them for
 * records that Spark reads.
 */
final class WorkedFormulas {

  static final FinancialYear YEAR = FinancialYear.parse("2003-04");

  /** The year and its quarters, evaluated in one pass. */
  static final List<ReportingPeriod> YEAR_AND_QUARTERS = yearAndQuarters();

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

  private WorkedFormulas() {}

  private static List<ReportingPeriod> yearAndQuarters() {
    List<ReportingPeriod> periods = new ArrayList<>();
    periods.add(YEAR);
    periods.addAll(YEAR.getQuarters());
    return List.copyOf(periods);
  }

  /**
   * PAF A1: children looked after at 31 March with three or more placements during the year,
   * excluding children looked after under an agreed series of short-term placements.
   */
  static final IndicatorFormula<LookedAfterChild> PAF_A1 =
      IndicatorFormula.builder(LookedAfterChild.class)
          .population(
              PeriodRule.OPEN_AT_PERIOD_END,
              LookedAfterChild::getCareStart,
              LookedAfterChild::getCareEnd)
          .exclude(LookedAfterChild::isShortBreaks)
          .numeratorWhere((child, period) -> child.placementsDuring(period) >= 3)
          .countDistinct(CountingUnit.DISTINCT_PEOPLE, LookedAfterChild::getChildId)
          .multiplier(100)
          .build();

  /** Assessments completed in the period within 7 working days of referral, by team. */
  static final IndicatorFormula<Assessment> ASSESSMENTS_WITHIN_7_WORKING_DAYS =
      IndicatorFormula.builder(Assessment.class)
          .population(PeriodRule.ENDED_IN_PERIOD, Assessment::getReferred, Assessment::getCompleted)
          .numeratorWithin(
              Timescale.workingDays(7, CALENDAR), Assessment::getReferred, Assessment::getCompleted)
          .disaggregateBy("team", Assessment::getTeam)
          .multiplier(100)
          .build();

  /** The population aged 65 or over, by age band, for the per-population rate. */
  static final PopulationTable AGED_65_PLUS =
      PopulationTable.builder()
          .add(YEAR, 2_000)
          .add(YEAR, "65-74", 1_200)
          .add(YEAR, "75+", 800)
          .build();

  /**
   * Older people helped to live at home per 1,000 population aged 65 or over: people aged 65+ at
   * the period end receiving a community-based service at any time in it.
   */
  static final IndicatorFormula<Client> HELPED_TO_LIVE_AT_HOME =
      IndicatorFormula.builder(Client.class)
          .population(PeriodRule.OPEN_DURING_PERIOD, Client::getServiceStart, Client::getServiceEnd)
          .populationWhere(Client::isCommunityBased)
          .ageAtPeriodEnd(Client::getBirthDate)
          .ageBand(AgeBand.atLeast(65))
          .countDistinct(CountingUnit.DISTINCT_PEOPLE, Client::getClientId)
          .disaggregateByAgeBands(AgeBand.of(65, 74), AgeBand.atLeast(75))
          .populationTable(AGED_65_PLUS)
          .multiplier(1_000)
          .build();

  /** Clients receiving a service in the period who were reviewed in it. */
  static final IndicatorFormula<Client> REVIEWED =
      IndicatorFormula.builder(Client.class)
          .population(PeriodRule.OPEN_DURING_PERIOD, Client::getServiceStart, Client::getServiceEnd)
          .numerator(PeriodRule.EVENT_IN_PERIOD, Client::getLastReview)
          .countDistinct(CountingUnit.DISTINCT_PEOPLE, Client::getClientId)
          .multiplier(100)
          .build();

  /**
   * ASCOF 2B(1) style: people aged 65+ discharged from hospital into reablement in the period,
   * still at home (or in extra care) 91 days later.
   */
  static final IndicatorFormula<Discharge> REABLEMENT =
      IndicatorFormula.builder(Discharge.class)
          .population(PeriodRule.EVENT_IN_PERIOD, Discharge::getDischarged)
          .populationWhere(Discharge::isReablement)
          .ageAtEvent(Discharge::getBirthDate, Discharge::getDischarged)
          .ageBand(AgeBand.atLeast(65))
          .numeratorWhere(Discharge::atHome)
          .countDistinct(CountingUnit.DISTINCT_PEOPLE, Discharge::getPersonId)
          .multiplier(100)
          .build();

  /** Stage 1 complaints received in the period answered within 10 working days. */
  static final IndicatorFormula<Complaint> COMPLAINTS =
      IndicatorFormula.builder(Complaint.class)
          .population(PeriodRule.EVENT_IN_PERIOD, Complaint::getReceived)
          .populationWhere(c -> c.getStage() == 1)
          .numeratorWithin(
              Timescale.workingDays(10, CALENDAR), Complaint::getReceived, Complaint::getResponded)
          .deduplicateBy(Complaint::getReference)
          .multiplier(100)
          .build();
}
