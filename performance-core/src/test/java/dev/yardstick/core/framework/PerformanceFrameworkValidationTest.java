package dev.yardstick.core.framework;

import static dev.yardstick.core.framework.AdultServicesPlan.d;
import static dev.yardstick.core.framework.AdultServicesPlan.framework;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.core.validation.ValidationIssue;
import dev.yardstick.core.validation.ValidationReport;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each business-rule defect, inserted into the clean plan, gives one issue naming the objects. */
class PerformanceFrameworkValidationTest {

  /** Applies a change to the clean plan and returns the one issue it causes. */
  private static ValidationIssue onlyIssue(
      UnaryOperator<PerformanceFramework.Builder> change, ValidationIssue.Severity severity) {
    ValidationReport report =
        change.apply(PerformanceFramework.builder().from(framework())).build().validate();
    assertEquals(1, report.getIssues().size(), () -> "issues: " + report.getIssues());
    ValidationIssue issue = report.getIssues().get(0);
    assertEquals(severity, issue.getSeverity());
    assertEquals(severity != ValidationIssue.Severity.ERROR, report.isValid());
    return issue;
  }

  private static ValidationIssue onlyError(UnaryOperator<PerformanceFramework.Builder> change) {
    return onlyIssue(change, ValidationIssue.Severity.ERROR);
  }

  private static Objective.Builder objective(String id) {
    return Objective.builder()
        .id(ObjectiveId.of(id))
        .title("Objective " + id)
        .level(ObjectiveLevel.TEAM_PLAN)
        .owner(OwnerRole.of("Team manager"));
  }

  private static Target.Builder target(Target target) {
    return Target.builder().from(target);
  }

  @Test
  void parentMissing() {
    ValidationIssue issue =
        onlyError(b -> b.addObjectives(objective("T-9").parent(ObjectiveId.of("ASC-9")).build()));
    assertEquals("OBJECTIVE_PARENT_MISSING", issue.getCode());
    assertEquals("objective T-9", issue.getSubject());
    assertEquals(
        "objective T-9 names parent ASC-9, which is not in the framework", issue.getMessage());
  }

  @Test
  void cycle_isReportedOnceWithItsChain() {
    ValidationReport report =
        PerformanceFramework.builder()
            .from(framework())
            .addObjectives(
                objective("X").parent(ObjectiveId.of("Z")).build(),
                objective("Y").parent(ObjectiveId.of("X")).build(),
                objective("Z").parent(ObjectiveId.of("Y")).build())
            .build()
            .validate();
    // A cycle cannot keep every level below its parent's, so each member also gets a warning.
    assertEquals(3, report.getIssues("OBJECTIVE_LEVEL_ORDER").size());
    assertEquals(1, report.getErrors().size(), () -> "errors: " + report.getErrors());
    ValidationIssue issue = report.getErrors().get(0);
    assertEquals("OBJECTIVE_CYCLE", issue.getCode());
    assertEquals("objectives X, Y, Z", issue.getSubject());
    assertEquals(
        "objectives X -> Z -> Y -> X form a cycle in the objective tree (each names the next as"
            + " its parent)",
        issue.getMessage());
  }

  @Test
  void cycle_doesNotStopTheTreeQueries() {
    PerformanceFramework looped =
        PerformanceFramework.builder()
            .from(framework())
            .addObjectives(
                objective("X").parent(ObjectiveId.of("Y")).build(),
                objective("Y").parent(ObjectiveId.of("X")).build())
            .build();
    assertEquals(1, looped.getObjectivesUnder(ObjectiveId.of("X")).size());
  }

  @Test
  void levelOrder_isAWarning() {
    ValidationIssue issue =
        onlyIssue(
            b ->
                b.addObjectives(
                    objective("T-9")
                        .level(ObjectiveLevel.CORPORATE_PLAN)
                        .parent(ObjectiveId.of("ASC-1"))
                        .build()),
            ValidationIssue.Severity.WARNING);
    assertEquals("OBJECTIVE_LEVEL_ORDER", issue.getCode());
    assertEquals(
        "objective T-9 at level CORPORATE_PLAN is not below its parent ASC-1 at level SERVICE_PLAN",
        issue.getMessage());
  }

  @Test
  void standardAndOutcomeMissing() {
    ValidationIssue standard =
        onlyError(
            b -> b.addObjectives(objective("T-9").addStandards(StandardId.of("STD-9")).build()));
    assertEquals("STANDARD_MISSING", standard.getCode());
    assertEquals(
        "objective T-9 links to standard STD-9, which is not in the framework",
        standard.getMessage());
    ValidationIssue outcome =
        onlyError(
            b -> b.addObjectives(objective("T-9").addOutcomes(OutcomeId.of("OUT-9")).build()));
    assertEquals("OUTCOME_MISSING", outcome.getCode());
    assertEquals(
        "objective T-9 links to outcome OUT-9, which is not in the framework",
        outcome.getMessage());
  }

  @Test
  void actionObjectiveMissing() {
    ValidationIssue issue =
        onlyError(
            b ->
                b.addActions(
                    Action.builder()
                        .from(AdultServicesPlan.admissionsPanel())
                        .id(ActionId.of("ACT-9"))
                        .addObjectives(ObjectiveId.of("ASC-9"))
                        .build()));
    assertEquals("OBJECTIVE_MISSING", issue.getCode());
    assertEquals(
        "action ACT-9 links to objective ASC-9, which is not in the framework", issue.getMessage());
  }

  @Test
  void contractTargetMissingOrForAnotherIndicator() {
    Contract contract = AdultServicesPlan.homeCare();
    ValidationIssue missing =
        onlyError(
            b ->
                b.contracts(
                    List.of(
                        Contract.builder()
                            .from(contract)
                            .kpis(
                                List.of(
                                    ContractKpi.of(AdultServicesPlan.PUNCTUAL, TargetId.of("T-9"))))
                            .build())));
    assertEquals("TARGET_MISSING", missing.getCode());
    assertEquals(
        "contract HC-NORTH KPI for indicator LOCAL HC1 links to target T-9, which is not in the"
            + " framework",
        missing.getMessage());
    ValidationIssue mismatch =
        onlyError(
            b ->
                b.contracts(
                    List.of(
                        Contract.builder()
                            .from(contract)
                            .kpis(
                                List.of(
                                    ContractKpi.of(
                                        AdultServicesPlan.PUNCTUAL, TargetId.of("T-C32"))))
                            .build())));
    assertEquals("CONTRACT_KPI_INDICATOR_MISMATCH", mismatch.getCode());
    assertEquals(
        "contract HC-NORTH KPI for indicator LOCAL HC1 links to target T-C32, which is for"
            + " indicator C32",
        mismatch.getMessage());
  }

  @Test
  void duplicateTarget() {
    ValidationIssue issue =
        onlyError(
            b ->
                b.addTargets(
                    target(AdultServicesPlan.helpedAtHome()).id(TargetId.of("T-C32b")).build()));
    assertEquals("TARGET_DUPLICATE", issue.getCode());
    assertEquals("targets T-C32, T-C32b", issue.getSubject());
    assertEquals(
        "targets T-C32 and T-C32b are both for indicator C32, E10000015, 2003-04",
        issue.getMessage());
  }

  @Test
  void overlappingTargetPeriods_isAWarning() {
    ValidationIssue issue =
        onlyIssue(
            b ->
                b.addTargets(
                    target(AdultServicesPlan.helpedAtHome())
                        .id(TargetId.of("T-C32-Q1"))
                        .period(FinancialQuarter.of(2003, 1))
                        .build()),
            ValidationIssue.Severity.WARNING);
    assertEquals("TARGET_OVERLAP", issue.getCode());
    assertEquals(
        "targets T-C32 (2003-04) and T-C32-Q1 (2003-04 Q1) for indicator C32, E10000015 have"
            + " overlapping periods",
        issue.getMessage());
  }

  @Test
  void unitMismatch() {
    ValidationIssue issue =
        onlyError(
            b ->
                b.addTargets(
                    target(AdultServicesPlan.helpedAtHome())
                        .id(TargetId.of("T-C32-NEXT"))
                        .period(FinancialYear.of(2004))
                        .unit(Unit.PER_100_000)
                        .value(d("8500"))
                        .build()));
    assertEquals("TARGET_UNIT_MISMATCH", issue.getCode());
    assertEquals("indicator C32", issue.getSubject());
    assertTrue(
        issue.getMessage().startsWith("targets for indicator C32 use different units: T-C32 in "));
    assertTrue(issue.getMessage().contains("T-C32-NEXT in "), issue.getMessage());
  }

  private static PerformanceFramework.Builder withBands(
      PerformanceFramework.Builder b, List<ToleranceBand> bands) {
    Target punctual =
        target(AdultServicesPlan.punctualVisits()).tolerance(Tolerance.bands(bands)).build();
    return b.targets(
        List.of(
            AdultServicesPlan.helpedAtHome(),
            AdultServicesPlan.carersAssessed(),
            AdultServicesPlan.admissions(),
            punctual));
  }

  @Test
  void toleranceBandsOverlap() {
    ValidationIssue issue =
        onlyError(
            b ->
                withBands(
                    b,
                    List.of(
                        ToleranceBand.of(RagStatus.GREEN, Range.closed(d("95"), d("100"))),
                        ToleranceBand.of(RagStatus.AMBER, Range.closed(d("90"), d("96"))),
                        ToleranceBand.of(RagStatus.RED, Range.closedOpen(d("0"), d("90"))))));
    assertEquals("TOLERANCE_OVERLAP", issue.getCode());
    assertEquals(
        "target T-HC1 tolerance bands AMBER [90, 96] and GREEN [95, 100] overlap on [95, 96]",
        issue.getMessage());
  }

  @Test
  void toleranceBandsLeaveAGap() {
    // The corporate KPI sheet of domain reference 5.1: green 55 or more, amber 50 or less.
    ValidationIssue issue =
        onlyError(
            b ->
                withBands(
                    b,
                    List.of(
                        ToleranceBand.of(RagStatus.GREEN, Range.closed(d("55"), d("100"))),
                        ToleranceBand.of(RagStatus.AMBER, Range.closed(d("40"), d("50"))),
                        ToleranceBand.of(RagStatus.RED, Range.closedOpen(d("0"), d("40"))))));
    assertEquals("TOLERANCE_GAP", issue.getCode());
    assertEquals(
        "target T-HC1 tolerance bands leave (50, 55) without a colour (unit "
            + Unit.PERCENTAGE
            + ")",
        issue.getMessage());
  }

  @Test
  void toleranceBands_touchingOpenEnds_leaveASinglePointGap() {
    ValidationIssue issue =
        onlyError(
            b ->
                withBands(
                    b,
                    List.of(
                        ToleranceBand.of(RagStatus.GREEN, Range.openClosed(d("90"), d("100"))),
                        ToleranceBand.of(RagStatus.RED, Range.closedOpen(d("0"), d("90"))))));
    assertEquals("TOLERANCE_GAP", issue.getCode());
    assertTrue(issue.getMessage().contains("leave [90, 90] without a colour"), issue.getMessage());
  }

  @Test
  void cumulativeProfileDoesNotAddUp() {
    ValidationIssue issue =
        onlyError(
            b ->
                b.targets(
                    List.of(
                        AdultServicesPlan.helpedAtHome(),
                        target(AdultServicesPlan.carersAssessed())
                            .profile(
                                TargetProfile.cumulative(
                                    List.of(d("80"), d("100"), d("100"), d("100"))))
                            .build(),
                        AdultServicesPlan.admissions(),
                        AdultServicesPlan.punctualVisits())));
    assertEquals("TARGET_PROFILE_SUM", issue.getCode());
    assertEquals(
        "target T-CA1 for indicator LOCAL CA1 has a cumulative profile that adds up to 380, not the"
            + " annual target 400",
        issue.getMessage());
  }

  @Test
  void percentageSpreadOverTheYear() {
    ValidationIssue issue =
        onlyError(
            b ->
                b.targets(
                    List.of(
                        AdultServicesPlan.helpedAtHome(),
                        AdultServicesPlan.carersAssessed(),
                        AdultServicesPlan.admissions(),
                        target(AdultServicesPlan.punctualVisits())
                            .profile(TargetProfile.straightLine())
                            .build())));
    assertEquals("TARGET_PROFILE_NOT_ADDITIVE", issue.getCode());
    assertTrue(issue.getMessage().startsWith("target T-HC1 for indicator LOCAL HC1 is in unit "));
    assertTrue(
        issue
            .getMessage()
            .endsWith(
                "a percentage does not add up over the year, so its profile must be constant"));
  }

  @Test
  void percentageAbove100_andNegativeCount_areOutOfRange() {
    ValidationIssue percent =
        onlyError(
            b ->
                b.targets(
                    List.of(
                        AdultServicesPlan.helpedAtHome(),
                        AdultServicesPlan.carersAssessed(),
                        AdultServicesPlan.admissions(),
                        target(AdultServicesPlan.punctualVisits()).value(d("105")).build())));
    assertEquals("TARGET_OUT_OF_RANGE", percent.getCode());
    assertEquals(
        "target T-HC1 for indicator LOCAL HC1 has value 105, outside the possible range [0, 100]"
            + " of unit "
            + Unit.PERCENTAGE,
        percent.getMessage());
    ValidationIssue count =
        onlyError(
            b ->
                b.targets(
                    List.of(
                        AdultServicesPlan.helpedAtHome(),
                        AdultServicesPlan.carersAssessed(),
                        target(AdultServicesPlan.admissions())
                            .kind(TargetKind.AT_LEAST)
                            .value(d("-1"))
                            .profile(TargetProfile.constant())
                            .build(),
                        AdultServicesPlan.punctualVisits())));
    assertTrue(count.getMessage().contains("has value -1, outside the possible range [0, +inf)"));
  }

  @Test
  void baselineNotBefore_isAWarning() {
    ValidationIssue issue =
        onlyIssue(
            b ->
                b.addTargets(
                    target(AdultServicesPlan.admissions())
                        .id(TargetId.of("T-ADM-NEXT"))
                        .period(FinancialYear.of(2004))
                        .kind(TargetKind.REDUCTION_ON_BASELINE)
                        .value(java.util.Optional.empty())
                        .baselinePeriod(FinancialYear.of(2005))
                        .baselineValue(d("120"))
                        .changePercent(d("5"))
                        .build()),
            ValidationIssue.Severity.WARNING);
    assertEquals("TARGET_BASELINE_NOT_BEFORE", issue.getCode());
    assertEquals(
        "target T-ADM-NEXT for 2004-05 has baseline period 2005-06, which does not end before the"
            + " target period starts",
        issue.getMessage());
  }

  @Test
  void outcomeClassificationDisagrees_isAWarning() {
    ValidationIssue issue =
        onlyIssue(
            b ->
                b.outcomes(
                    List.of(
                        Outcome.builder()
                            .from(AdultServicesPlan.livingAtHome())
                            .addIndicators(
                                OutcomeIndicator.of(
                                    IndicatorCode.of("B12"),
                                    RbaQuestion.IS_ANYONE_BETTER_OFF,
                                    LogicModelLevel.INPUT))
                            .build())),
            ValidationIssue.Severity.WARNING);
    assertEquals("OUTCOME_INDICATOR_CLASSIFICATION", issue.getCode());
    assertEquals(
        "outcome OUT-HOME indicator B12 answers IS_ANYONE_BETTER_OFF but is classed at logic-model"
            + " level INPUT",
        issue.getMessage());
  }

  @Test
  void cleanPlan_isValid() {
    assertTrue(framework().validate().isValid());
    assertFalse(framework().validate().hasIssue("TARGET_DUPLICATE"));
  }
}
