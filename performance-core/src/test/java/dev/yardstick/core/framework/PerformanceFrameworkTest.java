package dev.yardstick.core.framework;

import static dev.yardstick.core.framework.AdultServicesPlan.ADMISSIONS;
import static dev.yardstick.core.framework.AdultServicesPlan.AT_HOME;
import static dev.yardstick.core.framework.AdultServicesPlan.C32;
import static dev.yardstick.core.framework.AdultServicesPlan.CARERS;
import static dev.yardstick.core.framework.AdultServicesPlan.COUNTY;
import static dev.yardstick.core.framework.AdultServicesPlan.PROVIDER;
import static dev.yardstick.core.framework.AdultServicesPlan.PUNCTUAL;
import static dev.yardstick.core.framework.AdultServicesPlan.d;
import static dev.yardstick.core.framework.AdultServicesPlan.framework;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Queries of the example adult services plan, and its validation. */
class PerformanceFrameworkTest {

  private static final FinancialQuarter Q2 = FinancialQuarter.of(2003, 2);
  private static final FinancialQuarter Q3 = FinancialQuarter.of(2003, 3);

  private static List<String> ids(List<?> items) {
    return items.stream()
        .map(
            i -> {
              if (i instanceof Objective) {
                return ((Objective) i).getId().toString();
              }
              if (i instanceof Target) {
                return ((Target) i).getId().toString();
              }
              if (i instanceof Action) {
                return ((Action) i).getId().toString();
              }
              if (i instanceof Contract) {
                return ((Contract) i).getId().toString();
              }
              if (i instanceof Standard) {
                return ((Standard) i).getId().toString();
              }
              return ((Outcome) i).getId().toString();
            })
        .collect(Collectors.toList());
  }

  @Test
  void validate_cleanPlan_hasNoIssues() {
    ValidationReport report = framework().validate();
    assertEquals(List.of(), report.getIssues());
    assertTrue(report.isValid());
  }

  @Test
  void objectivesUnder_walksTheGoldenThread() {
    PerformanceFramework plan = framework();
    assertEquals(List.of("ASC-1.1"), ids(plan.getObjectivesUnder(ObjectiveId.of("ASC-1"))));
    assertEquals(List.of("ASC-1.1"), ids(plan.getChildren(ObjectiveId.of("ASC-1"))));
    assertEquals(List.of(), plan.getObjectivesUnder(ObjectiveId.of("ASC-1.1")));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> plan.getObjectivesUnder(ObjectiveId.of("ASC-9")));
    assertEquals(
        "objective ASC-9 is not in framework 'Adult social care service plan 2003-04'",
        e.getMessage());
  }

  @Test
  void targetFor_seasonalAdmissions_givesQuarterAndYearToDate() {
    ProfiledTarget q3 = framework().getTargetFor(ADMISSIONS, COUNTY, Q3).orElseThrow();
    // 120 spread 20:25:30:25 -> 24, 30, 36, 30; to the end of Q3: 24 + 30 + 36 = 90.
    assertEquals(Range.atMost(d("36")), q3.getPeriodBounds());
    assertEquals(Optional.of(d("36")), q3.getPeriodValue());
    assertEquals(Optional.of(d("90")), q3.getYearToDateValue());
    assertEquals(Q3, q3.getPeriod());
    assertEquals(TargetId.of("T-ADM"), q3.getTarget().getId());
  }

  @Test
  void targetFor_cumulativeCarers_givesRunningTotals() {
    ProfiledTarget q2 = framework().getTargetFor(CARERS, COUNTY, Q2).orElseThrow();
    assertEquals(Range.atLeast(d("100")), q2.getPeriodBounds());
    assertEquals(Range.atLeast(d("180")), q2.getYearToDateBounds());
    ProfiledTarget may =
        framework().getTargetFor(CARERS, COUNTY, ReportingMonth.of(2003, 5)).orElseThrow();
    // Quarter 1's 80 spread evenly over April to June. Year to date at the end of April is
    // 80/3 = 26.66666666666667 and at the end of May 160/3 = 53.33333333333333 (16 digits); May's
    // own target is their difference, so that the months add up to the quarter exactly.
    assertEquals(d("26.66666666666666"), may.getPeriodValue().orElseThrow());
    assertEquals(d("53.33333333333333"), may.getYearToDateValue().orElseThrow());
  }

  @Test
  void targetsFor_rateWithConstantProfile_isTheAnnualTargetEveryMonth() {
    List<ProfiledTarget> may = framework().getTargetsFor(C32, ReportingMonth.of(2003, 5));
    assertEquals(1, may.size());
    assertEquals(Range.atLeast(d("85")), may.get(0).getPeriodBounds());
    assertEquals(Range.atLeast(d("85")), may.get(0).getYearToDateBounds());
  }

  @Test
  void targetFor_noTarget_isEmptyNeverZero() {
    PerformanceFramework plan = framework();
    assertEquals(Optional.empty(), plan.getTargetFor(C32, COUNTY, FinancialYear.of(2004)));
    assertEquals(Optional.empty(), plan.getTargetFor(C32, PROVIDER, Q2));
    assertEquals(List.of(), plan.getTargetsFor(AT_HOME, Q2));
  }

  @Test
  void targetFor_twoTargetsCoverThePeriod_throwsNamingThem() {
    PerformanceFramework doubled =
        PerformanceFramework.builder()
            .from(framework())
            .addTargets(
                Target.builder()
                    .from(AdultServicesPlan.helpedAtHome())
                    .id(TargetId.of("T-C32b"))
                    .build())
            .build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> doubled.getTargetFor(C32, COUNTY, Q2));
    assertEquals(
        "targets [T-C32, T-C32b] all cover indicator C32 for E10000015 in 2003-04 Q2",
        e.getMessage());
  }

  @Test
  void linksToOutcome_findEverythingThatServesIt() {
    FrameworkLinks links = framework().getLinksTo(OutcomeId.of("OUT-HOME"));
    assertEquals(List.of("ASC-1"), ids(links.getObjectives()));
    assertEquals(Set.of(C32, PUNCTUAL, AT_HOME), links.getIndicators());
    assertEquals(List.of("T-C32", "T-HC1"), ids(links.getTargets()));
    assertEquals(List.of("ACT-7"), ids(links.getActions()));
    assertEquals(List.of("HC-NORTH"), ids(links.getContracts()));
    assertEquals(List.of("STD-HC"), ids(links.getStandards()));
    assertEquals(List.of("OUT-HOME"), ids(links.getOutcomes()));
  }

  @Test
  void linksToStandard_findEverythingThatServesIt() {
    FrameworkLinks links = framework().getLinksTo(StandardId.of("STD-HC"));
    assertEquals(List.of("ASC-1"), ids(links.getObjectives()));
    assertEquals(Set.of(PUNCTUAL), links.getIndicators());
    assertEquals(List.of("T-HC1"), ids(links.getTargets()));
    assertEquals(List.of("ACT-7"), ids(links.getActions()));
    assertEquals(List.of("HC-NORTH"), ids(links.getContracts()));
    assertEquals(List.of("OUT-HOME"), ids(links.getOutcomes()));
    assertThrows(
        IllegalArgumentException.class, () -> framework().getLinksTo(StandardId.of("STD-X")));
    assertThrows(
        IllegalArgumentException.class, () -> framework().getLinksTo(OutcomeId.of("OUT-X")));
  }

  @Test
  void actionsOverdueOn_findsTheOpenActionPastItsDueDate() {
    PerformanceFramework plan = framework();
    assertEquals(List.of("ACT-7"), ids(plan.getActionsOverdueOn(LocalDate.of(2003, 10, 15))));
    assertEquals(List.of(), plan.getActionsOverdueOn(LocalDate.of(2003, 9, 30)));
  }

  @Test
  void lookups_byIdentifier() {
    PerformanceFramework plan = framework();
    assertEquals(
        "STD-HC", plan.getStandard(StandardId.of("STD-HC")).orElseThrow().getId().toString());
    assertEquals(Optional.empty(), plan.getTarget(TargetId.of("nope")));
    assertEquals(Optional.empty(), plan.getObjective(ObjectiveId.of("nope")));
    assertEquals(Optional.empty(), plan.getOutcome(OutcomeId.of("nope")));
  }

  @Test
  void duplicateIdentifiers_throwNamingFrameworkAndIdentifier() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                PerformanceFramework.builder()
                    .from(framework())
                    .addObjectives(AdultServicesPlan.independence())
                    .build());
    assertEquals(
        "framework 'Adult social care service plan 2003-04' has two objectives with identifier"
            + " ASC-1",
        e.getMessage());
  }

  @Test
  void builderRoundTrips_equalsAndNulls() {
    PerformanceFramework plan = framework();
    assertEquals(plan, PerformanceFramework.builder().from(plan).build());
    new EqualsTester()
        .addEqualityGroup(plan, framework())
        .addEqualityGroup(PerformanceFramework.builder().from(plan).name("Another plan").build())
        .testEquals();
    var tester =
        Testers.nullPointerTester()
            .setDefault(dev.yardstick.core.period.ReportingPeriod.class, Q2)
            .setDefault(TargetScope.class, COUNTY);
    tester.testAllPublicStaticMethods(PerformanceFramework.class);
    tester.testAllPublicInstanceMethods(plan);
    FrameworkLinks links = plan.getLinksTo(OutcomeId.of("OUT-HOME"));
    assertEquals(links, FrameworkLinks.builder().from(links).build());
    tester.testAllPublicInstanceMethods(links);
  }
}
