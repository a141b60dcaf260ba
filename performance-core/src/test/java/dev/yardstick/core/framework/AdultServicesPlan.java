package dev.yardstick.core.framework;

import com.google.common.collect.Range;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.status.RagStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A small but real framework: a county council's adult social care service plan for 2003-04, with
 * two objectives, three profiled targets, one outcome with RBA-classified indicators, a published
 * standard, an overdue action and a home-care contract with its KPI target.
 */
final class AdultServicesPlan {

  static final OrganisationId COUNCIL = OrganisationId.gss("E10000015");
  static final TargetScope COUNTY = TargetScope.organisation(COUNCIL);
  static final TargetScope PROVIDER = TargetScope.unit("Northside Home Care Ltd");
  static final FinancialYear YEAR = FinancialYear.of(2003);

  static final IndicatorCode C32 = IndicatorCode.of("C32");
  static final IndicatorCode CARERS = IndicatorCode.of("LOCAL CA1");
  static final IndicatorCode ADMISSIONS = IndicatorCode.of("LOCAL ADM");
  static final IndicatorCode PUNCTUAL = IndicatorCode.of("LOCAL HC1");
  static final IndicatorCode AT_HOME = IndicatorCode.of("ASCOF 2B");

  private AdultServicesPlan() {}

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** Older people helped to live at home, per 1,000 aged 65+: a rate, so a constant profile. */
  static Target helpedAtHome() {
    return Target.builder()
        .id(TargetId.of("T-C32"))
        .indicator(C32)
        .scope(COUNTY)
        .period(YEAR)
        .kind(TargetKind.AT_LEAST)
        .value(d("85"))
        .unit(Unit.PER_1_000)
        .tolerance(Tolerance.relative(d("5")))
        .provenance(TargetProvenance.LOCAL_STRETCH)
        .profile(TargetProfile.constant())
        .build();
  }

  /** Carers' assessments: 400 in the year, agreed quarter by quarter. */
  static Target carersAssessed() {
    return Target.builder()
        .id(TargetId.of("T-CA1"))
        .indicator(CARERS)
        .scope(COUNTY)
        .period(YEAR)
        .kind(TargetKind.AT_LEAST)
        .value(d("400"))
        .unit(Unit.COUNT)
        .tolerance(Tolerance.absolute(d("20")))
        .provenance(TargetProvenance.NATIONAL_FLOOR)
        .profile(TargetProfile.cumulative(List.of(d("80"), d("100"), d("120"), d("100"))))
        .build();
  }

  /** Permanent admissions to care homes: at most 120, fewest in spring, most in winter. */
  static Target admissions() {
    return Target.builder()
        .id(TargetId.of("T-ADM"))
        .indicator(ADMISSIONS)
        .scope(COUNTY)
        .period(YEAR)
        .kind(TargetKind.AT_MOST)
        .value(d("120"))
        .unit(Unit.COUNT)
        .tolerance(Tolerance.absolute(d("6")))
        .provenance(TargetProvenance.LOCAL_STRETCH)
        .profile(TargetProfile.seasonal(List.of(d("20"), d("25"), d("30"), d("25"))))
        .build();
  }

  /** The home-care contract's KPI: visits within 30 minutes of the agreed time, fixed bands. */
  static Target punctualVisits() {
    return Target.builder()
        .id(TargetId.of("T-HC1"))
        .indicator(PUNCTUAL)
        .scope(PROVIDER)
        .period(YEAR)
        .kind(TargetKind.AT_LEAST)
        .value(d("95"))
        .unit(Unit.PERCENTAGE)
        .tolerance(
            Tolerance.bands(
                List.of(
                    ToleranceBand.of(RagStatus.GREEN, Range.closed(d("95"), d("100"))),
                    ToleranceBand.of(RagStatus.AMBER, Range.closedOpen(d("90"), d("95"))),
                    ToleranceBand.of(RagStatus.RED, Range.closedOpen(d("0"), d("90"))))))
        .provenance(TargetProvenance.LOCAL_STRETCH)
        .profile(TargetProfile.constant())
        .build();
  }

  static Objective independence() {
    return Objective.builder()
        .id(ObjectiveId.of("ASC-1"))
        .title("More older people helped to live independently at home")
        .level(ObjectiveLevel.SERVICE_PLAN)
        .owner(OwnerRole.of("Head of Adult Services"))
        .serviceArea(ServiceArea.OLDER_PEOPLE)
        .addIndicators(C32, ADMISSIONS, AT_HOME)
        .addStandards(StandardId.of("STD-HC"))
        .addOutcomes(OutcomeId.of("OUT-HOME"))
        .addRisks(RiskId.of("CR-12"))
        .build();
  }

  static Objective carersTeam() {
    return Objective.builder()
        .id(ObjectiveId.of("ASC-1.1"))
        .title("Every carer of an older person offered an assessment")
        .level(ObjectiveLevel.TEAM_PLAN)
        .parent(ObjectiveId.of("ASC-1"))
        .owner(OwnerRole.of("Carers Support Team manager"))
        .serviceArea(ServiceArea.CARERS)
        .addIndicators(CARERS)
        .build();
  }

  static Outcome livingAtHome() {
    return Outcome.builder()
        .id(OutcomeId.of("OUT-HOME"))
        .statement("Older people live independently at home for longer")
        .population("People aged 65 and over")
        .serviceArea(ServiceArea.OLDER_PEOPLE)
        .addIndicators(
            OutcomeIndicator.of(C32, RbaQuestion.HOW_MUCH_DID_WE_DO, LogicModelLevel.OUTPUT),
            OutcomeIndicator.of(
                PUNCTUAL, RbaQuestion.HOW_WELL_DID_WE_DO_IT, LogicModelLevel.OUTPUT),
            OutcomeIndicator.of(AT_HOME, RbaQuestion.IS_ANYONE_BETTER_OFF, LogicModelLevel.OUTCOME))
        .build();
  }

  static Standard punctualHomeCare() {
    return Standard.builder()
        .id(StandardId.of("STD-HC"))
        .statement("Your home care worker will arrive within 30 minutes of the agreed time")
        .serviceArea(ServiceArea.OLDER_PEOPLE)
        .effectiveFrom(LocalDate.of(2003, 4, 1))
        .publishedToServiceUsers(true)
        .addCriteria(
            StandardCriterion.threshold(
                "Visits within 30 minutes of the agreed time",
                PUNCTUAL,
                Comparison.AT_LEAST,
                d("95")),
            StandardCriterion.evidence("Each user has the agency's out-of-hours number in writing"))
        .build();
  }

  /** Due at the end of September 2003 and still in progress: overdue in October. */
  static Action admissionsPanel() {
    return Action.builder()
        .id(ActionId.of("ACT-7"))
        .description("Route every care-home placement through the admissions panel")
        .owner(OwnerRole.of("Service Manager, Older People"))
        .dueDate(LocalDate.of(2003, 9, 30))
        .status(ActionStatus.IN_PROGRESS)
        .percentComplete(60)
        .addObjectives(ObjectiveId.of("ASC-1"))
        .addIndicators(ADMISSIONS)
        .addRisks(RiskId.of("CR-12"))
        .build();
  }

  static Action carersLeaflet() {
    return Action.builder()
        .id(ActionId.of("ACT-8"))
        .description("Publish the carers' assessment leaflet")
        .owner(OwnerRole.of("Carers Support Team manager"))
        .dueDate(LocalDate.of(2003, 6, 30))
        .status(ActionStatus.COMPLETED)
        .percentComplete(100)
        .completedOn(LocalDate.of(2003, 6, 12))
        .addObjectives(ObjectiveId.of("ASC-1.1"))
        .build();
  }

  static Contract homeCare() {
    return Contract.builder()
        .id(ContractId.of("HC-NORTH"))
        .provider("Northside Home Care Ltd")
        .service("Home care for older people, north locality")
        .serviceArea(ServiceArea.OLDER_PEOPLE)
        .start(LocalDate.of(2003, 4, 1))
        .end(LocalDate.of(2006, 3, 31))
        .addKpis(ContractKpi.of(PUNCTUAL, TargetId.of("T-HC1")))
        .build();
  }

  static PerformanceFramework framework() {
    return PerformanceFramework.builder()
        .name("Adult social care service plan 2003-04")
        .organisation(COUNCIL)
        .addStandards(punctualHomeCare())
        .addObjectives(independence(), carersTeam())
        .addTargets(helpedAtHome(), carersAssessed(), admissions(), punctualVisits())
        .addOutcomes(livingAtHome())
        .addActions(admissionsPanel(), carersLeaflet())
        .addContracts(homeCare())
        .build();
  }
}
