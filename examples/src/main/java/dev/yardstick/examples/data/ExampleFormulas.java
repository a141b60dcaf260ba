package dev.yardstick.examples.data;

import dev.yardstick.core.calendar.WorkingDayCalendar;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.examples.data.CaseRecords.Assessment;
import dev.yardstick.examples.data.CaseRecords.ChildInCare;
import dev.yardstick.examples.data.CaseRecords.Complaint;
import dev.yardstick.examples.data.CaseRecords.EquipmentRequest;
import dev.yardstick.examples.data.CaseRecords.ProtectionReview;
import dev.yardstick.indicators.formula.AgeBand;
import dev.yardstick.indicators.formula.CountingUnit;
import dev.yardstick.indicators.formula.IndicatorFormula;
import dev.yardstick.indicators.formula.PeriodRule;
import dev.yardstick.indicators.formula.PopulationTable;
import dev.yardstick.indicators.formula.Timescale;

/**
 * Five indicators defined over {@link CaseRecords} with the formula engine, as a council's
 * performance team would define them over its own case-management data.
 *
 * <pre>{@code
 * FormulaResult d54 = ExampleFormulas.PAF_D54.evaluate(cases.getEquipment(), quarters);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class ExampleFormulas {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

  /**
   * PAF A1: children looked after at 31 March with three or more placements during the year, as a
   * percentage of the children looked after at 31 March.
   */
  public static final IndicatorFormula<ChildInCare> PAF_A1 =
      IndicatorFormula.builder(ChildInCare.class)
          .population(PeriodRule.OPEN_AT_PERIOD_END, ChildInCare::careStart, ChildInCare::careEnd)
          .numeratorWhere(
              (child, period) -> child.placementsBetween(period.getStart(), period.getEnd()) >= 3)
          .countDistinct(CountingUnit.DISTINCT_PEOPLE, ChildInCare::childId)
          .multiplier(100)
          .build();

  /**
   * PAF C20: reviews of child protection plans due in the period that were held on or before the
   * day they were due, as a percentage of the reviews due.
   */
  public static final IndicatorFormula<ProtectionReview> PAF_C20 =
      IndicatorFormula.builder(ProtectionReview.class)
          .population(PeriodRule.EVENT_IN_PERIOD, ProtectionReview::due)
          .numeratorWhere(ProtectionReview::isHeldInTime)
          .multiplier(100)
          .build();

  /**
   * PAF D54: items of equipment delivered in the period within 7 working days of the request
   * (England and Wales bank holidays excluded), as a percentage of the items delivered.
   */
  public static final IndicatorFormula<EquipmentRequest> PAF_D54 =
      IndicatorFormula.builder(EquipmentRequest.class)
          .population(
              PeriodRule.ENDED_IN_PERIOD, EquipmentRequest::requested, EquipmentRequest::delivered)
          .numeratorWithin(
              Timescale.workingDays(7, CALENDAR),
              EquipmentRequest::requested,
              EquipmentRequest::delivered)
          .multiplier(100)
          .build();

  /**
   * A local indicator, {@code LOCAL 1}: complaints answered in the period within 20 working days of
   * being received, as a percentage of the complaints answered.
   */
  public static final IndicatorFormula<Complaint> LOCAL_COMPLAINTS =
      IndicatorFormula.builder(Complaint.class)
          .population(PeriodRule.ENDED_IN_PERIOD, Complaint::received, Complaint::answered)
          .numeratorWithin(
              Timescale.workingDays(20, CALENDAR), Complaint::received, Complaint::answered)
          .multiplier(100)
          .build();

  private ExampleFormulas() {}

  /**
   * PAF E49: assessments of people aged 65 or over completed in the year, per 1,000 residents aged
   * 65 or over (from the council's population table).
   *
   * @param council the council, whose populations make the table
   * @param firstYear the first year of the data
   * @param years the number of years
   * @return the formula
   */
  public static IndicatorFormula<Assessment> pafE49(
      CouncilProfile council, FinancialYear firstYear, int years) {
    PopulationTable.Builder table = PopulationTable.builder();
    for (int y = 0; y < years; y++) {
      table.add(firstYear.plusYears(y), council.population(y, "65-74", "75-84", "85+"));
    }
    return IndicatorFormula.builder(Assessment.class)
        .population(PeriodRule.ENDED_IN_PERIOD, Assessment::started, Assessment::completed)
        .ageAtEvent(Assessment::birthDate, Assessment::completed)
        .ageBand(AgeBand.atLeast(65))
        .populationTable(table.build())
        .multiplier(1_000)
        .build();
  }
}
