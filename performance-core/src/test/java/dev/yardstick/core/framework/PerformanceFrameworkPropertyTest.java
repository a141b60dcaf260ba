package dev.yardstick.core.framework;

import static dev.yardstick.core.framework.AdultServicesPlan.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.Range;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.core.validation.ValidationIssue;
import dev.yardstick.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PerformanceFrameworkPropertyTest {

  @Test
  void profile_periodsPartitionTheYear_andAddUpToTheAnnualTarget() {
    qt().withExamples(300)
        .forAll(FrameworkGenerators.additiveTargets())
        .checkAssert(
            target -> {
              FinancialYear year = (FinancialYear) target.getPeriod();
              BigDecimal annual = target.getThreshold().orElseThrow();
              for (Frequency frequency : List.of(Frequency.QUARTERLY, Frequency.MONTHLY)) {
                List<ProfiledTarget> periods = target.targetsThroughTheYear(frequency);
                assertEquals(frequency.getPeriodsPerYear(), periods.size());
                assertEquals(year.getStart(), periods.get(0).getPeriod().getStart());
                assertEquals(year.getEnd(), periods.get(periods.size() - 1).getPeriod().getEnd());
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < periods.size(); i++) {
                  ProfiledTarget p = periods.get(i);
                  if (i > 0) {
                    assertEquals(
                        periods.get(i - 1).getPeriod().getEnd().plusDays(1),
                        p.getPeriod().getStart());
                  }
                  sum = sum.add(p.getPeriodValue().orElseThrow());
                  assertEquals(0, sum.compareTo(p.getYearToDateValue().orElseThrow()), "ytd " + p);
                }
                assertEquals(0, sum.compareTo(annual), () -> "sum " + target.getProfile());
              }
              for (FinancialQuarter q : year.getQuarters()) {
                BigDecimal months =
                    q.getMonths().stream()
                        .map(
                            (ReportingMonth m) ->
                                target.targetFor(m).orElseThrow().getPeriodValue().orElseThrow())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(
                    0,
                    months.compareTo(
                        target.targetFor(q).orElseThrow().getPeriodValue().orElseThrow()),
                    () -> "months of " + q + " under " + target.getProfile());
              }
              assertTrue(target.targetFor(year.next()).isEmpty());
            });
  }

  @Test
  void validate_cleanTrees_haveNoIssues_andTheRootHasEveryObjectiveUnderIt() {
    qt().withExamples(200)
        .forAll(FrameworkGenerators.objectiveTrees())
        .checkAssert(
            tree -> {
              PerformanceFramework framework =
                  PerformanceFramework.builder()
                      .from(AdultServicesPlan.framework())
                      .addAllObjectives(tree)
                      .build();
              assertEquals(List.of(), framework.validate().getIssues());
              assertEquals(
                  tree.size() - 1, framework.getObjectivesUnder(ObjectiveId.of("G0")).size());
              assertEquals(framework, PerformanceFramework.builder().from(framework).build());
            });
  }

  /** One defect: the error code it must cause and how to insert it. */
  private static final class Defect {
    final String code;
    final Consumer<PerformanceFramework.Builder> insert;

    Defect(String code, Consumer<PerformanceFramework.Builder> insert) {
      this.code = code;
      this.insert = insert;
    }
  }

  private static Objective.Builder objective(String id) {
    return Objective.builder()
        .id(ObjectiveId.of(id))
        .title("Objective " + id)
        .level(ObjectiveLevel.SERVICE_PLAN)
        .owner(OwnerRole.of("Manager"));
  }

  private static Target target(String id, String indicator, Unit unit, String value) {
    return Target.builder()
        .id(TargetId.of(id))
        .indicator(IndicatorCode.of(indicator))
        .scope(AdultServicesPlan.COUNTY)
        .period(FinancialYear.of(2003))
        .kind(TargetKind.AT_LEAST)
        .value(d(value))
        .unit(unit)
        .provenance(TargetProvenance.PLACEHOLDER)
        .profile(TargetProfile.constant())
        .build();
  }

  private static Tolerance bands(String greenFrom, String amberFrom, String amberTo) {
    return Tolerance.bands(
        List.of(
            ToleranceBand.of(RagStatus.GREEN, Range.atLeast(d(greenFrom))),
            ToleranceBand.of(RagStatus.AMBER, Range.closedOpen(d(amberFrom), d(amberTo))),
            ToleranceBand.of(RagStatus.RED, Range.lessThan(d(amberFrom)))));
  }

  private static List<Defect> defects() {
    return List.of(
        new Defect(
            "OBJECTIVE_PARENT_MISSING",
            b -> b.addObjectives(objective("D1").parent(ObjectiveId.of("NOPE")).build())),
        new Defect(
            "OBJECTIVE_CYCLE",
            b ->
                b.addObjectives(
                    objective("D2a").parent(ObjectiveId.of("D2b")).build(),
                    objective("D2b").parent(ObjectiveId.of("D2a")).build())),
        new Defect(
            "STANDARD_MISSING",
            b -> b.addObjectives(objective("D3").addStandards(StandardId.of("NOPE")).build())),
        new Defect(
            "OUTCOME_MISSING",
            b -> b.addObjectives(objective("D4").addOutcomes(OutcomeId.of("NOPE")).build())),
        new Defect(
            "OBJECTIVE_MISSING",
            b ->
                b.addActions(
                    Action.builder()
                        .from(AdultServicesPlan.carersLeaflet())
                        .id(ActionId.of("D5"))
                        .objectives(List.of(ObjectiveId.of("NOPE")))
                        .build())),
        new Defect(
            "TARGET_MISSING",
            b ->
                b.addContracts(
                    Contract.builder()
                        .from(AdultServicesPlan.homeCare())
                        .id(ContractId.of("D6"))
                        .kpis(List.of(ContractKpi.of(IndicatorCode.of("X"), TargetId.of("NOPE"))))
                        .build())),
        new Defect(
            "CONTRACT_KPI_INDICATOR_MISMATCH",
            b ->
                b.addContracts(
                    Contract.builder()
                        .from(AdultServicesPlan.homeCare())
                        .id(ContractId.of("D7"))
                        .kpis(List.of(ContractKpi.of(IndicatorCode.of("X"), TargetId.of("T-C32"))))
                        .build())),
        new Defect(
            "TARGET_DUPLICATE",
            b ->
                b.addTargets(
                    target("D8a", "DUP", Unit.COUNT, "1"), target("D8b", "DUP", Unit.COUNT, "2"))),
        new Defect(
            "TARGET_UNIT_MISMATCH",
            b ->
                b.addTargets(
                    target("D9a", "UNIT", Unit.COUNT, "1"),
                    Target.builder()
                        .from(target("D9b", "UNIT", Unit.DAYS, "1"))
                        .period(FinancialYear.of(2004))
                        .build())),
        new Defect(
            "TOLERANCE_GAP",
            b ->
                b.addTargets(
                    Target.builder()
                        .from(target("D10", "GAP", Unit.COUNT, "10"))
                        .tolerance(bands("10", "5", "9"))
                        .build())),
        new Defect(
            "TOLERANCE_OVERLAP",
            b ->
                b.addTargets(
                    Target.builder()
                        .from(target("D11", "OVL", Unit.COUNT, "10"))
                        .tolerance(bands("10", "5", "11"))
                        .build())),
        new Defect(
            "TARGET_PROFILE_SUM",
            b ->
                b.addTargets(
                    Target.builder()
                        .from(target("D12", "SUM", Unit.COUNT, "10"))
                        .profile(TargetProfile.cumulative(List.of(d("1"), d("2"), d("3"), d("5"))))
                        .build())),
        new Defect(
            "TARGET_OUT_OF_RANGE", b -> b.addTargets(target("D13", "PCT", Unit.PERCENTAGE, "150"))),
        new Defect(
            "TARGET_PROFILE_NOT_ADDITIVE",
            b ->
                b.addTargets(
                    Target.builder()
                        .from(target("D14", "RATE", Unit.PERCENTAGE, "50"))
                        .profile(TargetProfile.straightLine())
                        .build())));
  }

  @Test
  void validate_findsEveryInsertedDefect_andNothingElse() {
    List<Defect> defects = defects();
    qt().withExamples(300)
        .forAll(integers().between(0, (1 << defects.size()) - 1))
        .checkAssert(
            mask -> {
              PerformanceFramework.Builder builder =
                  PerformanceFramework.builder().from(AdultServicesPlan.framework());
              Set<String> expected = new TreeSet<>();
              List<Defect> inserted = new ArrayList<>();
              for (int i = 0; i < defects.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                  inserted.add(defects.get(i));
                  expected.add(defects.get(i).code);
                }
              }
              inserted.forEach(d -> d.insert.accept(builder));
              ValidationReport report = builder.build().validate();
              Set<String> found =
                  report.getErrors().stream()
                      .map(ValidationIssue::getCode)
                      .collect(Collectors.toCollection(TreeSet::new));
              assertEquals(expected, found);
              assertEquals(expected.size(), report.getErrors().size(), report::toString);
              assertEquals(expected.isEmpty(), report.isValid());
            });
  }

  @Test
  void builders_roundTrip() {
    qt().withExamples(200)
        .forAll(FrameworkGenerators.additiveTargets())
        .checkAssert(
            target -> {
              assertEquals(target, Target.builder().from(target).build());
              ProfiledTarget q1 =
                  target.targetFor(((FinancialYear) target.getPeriod()).atQuarter(1)).orElseThrow();
              assertEquals(q1, ProfiledTarget.builder().from(q1).build());
              PerformanceFramework framework =
                  PerformanceFramework.builder().name("Plan").addTargets(target).build();
              assertEquals(framework, PerformanceFramework.builder().from(framework).build());
            });
  }

  @Test
  void identifiers_parseWhatTheyPrint() {
    qt().forAll(integers().between(0, 999_999), integers().between(0, 3), integers().between(1, 3))
        .checkAssert(
            (n, prefix, words) -> {
              String text =
                  List.of("A", "C", "ASCOF ", "NI ").get(prefix)
                      + n
                      + (words > 1 ? "(" + words + ")" : "");
              IndicatorCode code = IndicatorCode.parse(text);
              assertEquals(code, IndicatorCode.parse(code.toString()));
              ObjectiveId id = ObjectiveId.parse("SP-" + text);
              assertEquals(id, ObjectiveId.parse(id.toString()));
              assertEquals(
                  Integer.signum(Integer.compare(n, n + 1)),
                  Integer.signum(
                      IndicatorCode.of("C" + n).compareTo(IndicatorCode.of("C" + (n + 1)))));
            });
  }
}
