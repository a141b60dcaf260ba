package dev.yardstick.core.framework;

import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The business rules of {@link PerformanceFramework#validate()}, one method per rule. */
final class FrameworkRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final PerformanceFramework framework;
  private final ValidationReport.Builder report = ValidationReport.builder();

  FrameworkRules(PerformanceFramework framework) {
    this.framework = framework;
  }

  ValidationReport check() {
    checkObjectiveLinks();
    checkObjectiveCycles();
    checkActionLinks();
    checkContractLinks();
    checkOutcomeClassifications();
    checkTargetClashes();
    for (Target target : framework.getTargets()) {
      checkRange(target);
      checkProfile(target);
      checkTolerance(target);
      checkBaseline(target);
    }
    return report.build();
  }

  private void checkObjectiveLinks() {
    for (Objective o : framework.getObjectives()) {
      String subject = "objective " + o.getId();
      o.getParent()
          .ifPresent(
              parentId -> {
                Optional<Objective> parent = framework.getObjective(parentId);
                if (parent.isEmpty()) {
                  report.error(
                      "OBJECTIVE_PARENT_MISSING",
                      subject,
                      subject + " names parent " + parentId + ", which is not in the framework");
                } else if (!parent.get().getLevel().isAbove(o.getLevel())) {
                  report.warning(
                      "OBJECTIVE_LEVEL_ORDER",
                      subject + ", objective " + parentId,
                      subject
                          + " at level "
                          + o.getLevel()
                          + " is not below its parent "
                          + parentId
                          + " at level "
                          + parent.get().getLevel());
                }
              });
      for (StandardId s : o.getStandards()) {
        if (framework.getStandard(s).isEmpty()) {
          report.error(
              "STANDARD_MISSING",
              subject,
              subject + " links to standard " + s + ", which is not in the framework");
        }
      }
      for (OutcomeId out : o.getOutcomes()) {
        if (framework.getOutcome(out).isEmpty()) {
          report.error(
              "OUTCOME_MISSING",
              subject,
              subject + " links to outcome " + out + ", which is not in the framework");
        }
      }
    }
  }

  private void checkObjectiveCycles() {
    Set<ObjectiveId> cleared = new HashSet<>();
    for (Objective start : framework.getObjectives()) {
      List<ObjectiveId> path = new ArrayList<>();
      Set<ObjectiveId> onPath = new HashSet<>();
      Optional<Objective> current = Optional.of(start);
      while (current.isPresent() && !cleared.contains(current.get().getId())) {
        ObjectiveId id = current.get().getId();
        if (!onPath.add(id)) {
          List<ObjectiveId> cycle = path.subList(path.indexOf(id), path.size());
          reportCycle(cycle);
          break;
        }
        path.add(id);
        current = current.get().getParent().flatMap(framework::getObjective);
      }
      cleared.addAll(path);
    }
  }

  private void reportCycle(List<ObjectiveId> cycle) {
    String members =
        cycle.stream().sorted().map(ObjectiveId::toString).collect(Collectors.joining(", "));
    String chain =
        cycle.stream().map(ObjectiveId::toString).collect(Collectors.joining(" -> "))
            + " -> "
            + cycle.get(0);
    report.error(
        "OBJECTIVE_CYCLE",
        "objectives " + members,
        "objectives "
            + chain
            + " form a cycle in the objective tree (each names the next as its"
            + " parent)");
  }

  private void checkActionLinks() {
    for (Action a : framework.getActions()) {
      for (ObjectiveId o : a.getObjectives()) {
        if (framework.getObjective(o).isEmpty()) {
          report.error(
              "OBJECTIVE_MISSING",
              "action " + a.getId(),
              "action "
                  + a.getId()
                  + " links to objective "
                  + o
                  + ", which is not in the framework");
        }
      }
    }
  }

  private void checkContractLinks() {
    for (Contract c : framework.getContracts()) {
      String subject = "contract " + c.getId();
      for (ContractKpi kpi : c.getKpis()) {
        String what = subject + " KPI for indicator " + kpi.getIndicator();
        Optional<Target> target = framework.getTarget(kpi.getTarget());
        if (target.isEmpty()) {
          report.error(
              "TARGET_MISSING",
              subject,
              what + " links to target " + kpi.getTarget() + ", which is not in the framework");
        } else if (!target.get().getIndicator().equals(kpi.getIndicator())) {
          report.error(
              "CONTRACT_KPI_INDICATOR_MISMATCH",
              subject + ", target " + kpi.getTarget(),
              what
                  + " links to target "
                  + kpi.getTarget()
                  + ", which is for indicator "
                  + target.get().getIndicator());
        }
      }
    }
  }

  private void checkOutcomeClassifications() {
    for (Outcome o : framework.getOutcomes()) {
      for (OutcomeIndicator i : o.getIndicators()) {
        if (!i.isClassificationConsistent()) {
          report.warning(
              "OUTCOME_INDICATOR_CLASSIFICATION",
              "outcome " + o.getId() + ", indicator " + i.getIndicator(),
              "outcome "
                  + o.getId()
                  + " indicator "
                  + i.getIndicator()
                  + " answers "
                  + i.getQuestion()
                  + " but is classed at logic-model level "
                  + i.getLevel());
        }
      }
    }
  }

  private void checkTargetClashes() {
    Map<IndicatorCode, List<Target>> byIndicator = new LinkedHashMap<>();
    for (Target t : framework.getTargets()) {
      byIndicator.computeIfAbsent(t.getIndicator(), k -> new ArrayList<>()).add(t);
    }
    for (Map.Entry<IndicatorCode, List<Target>> entry : byIndicator.entrySet()) {
      List<Target> targets = entry.getValue();
      Set<Unit> units =
          targets.stream()
              .map(Target::getUnit)
              .collect(Collectors.toCollection(LinkedHashSet::new));
      if (units.size() > 1) {
        report.error(
            "TARGET_UNIT_MISMATCH",
            "indicator " + entry.getKey(),
            "targets for indicator "
                + entry.getKey()
                + " use different units: "
                + targets.stream()
                    .map(t -> t.getId() + " in " + t.getUnit())
                    .collect(Collectors.joining(", ")));
      }
      for (int i = 0; i < targets.size(); i++) {
        for (int j = i + 1; j < targets.size(); j++) {
          checkPair(targets.get(i), targets.get(j));
        }
      }
    }
  }

  private void checkPair(Target a, Target b) {
    if (!a.getScope().equals(b.getScope()) || !a.getPeriod().overlaps(b.getPeriod())) {
      return;
    }
    String subject = "targets " + a.getId() + ", " + b.getId();
    if (a.getPeriod().equals(b.getPeriod())) {
      report.error(
          "TARGET_DUPLICATE",
          subject,
          "targets "
              + a.getId()
              + " and "
              + b.getId()
              + " are both for indicator "
              + a.getIndicator()
              + ", "
              + a.getScope()
              + ", "
              + a.getPeriod());
    } else {
      report.warning(
          "TARGET_OVERLAP",
          subject,
          "targets "
              + a.getId()
              + " ("
              + a.getPeriod()
              + ") and "
              + b.getId()
              + " ("
              + b.getPeriod()
              + ") for indicator "
              + a.getIndicator()
              + ", "
              + a.getScope()
              + " have overlapping periods");
    }
  }

  /** The values a figure in the unit can take. */
  static Range<BigDecimal> possibleRange(Unit unit) {
    switch (unit.getKind()) {
      case PERCENTAGE:
        return Range.closed(BigDecimal.ZERO, HUNDRED);
      case RATE:
      case RATIO:
      case COUNT:
      case DAYS:
        return Range.atLeast(BigDecimal.ZERO);
      default:
        return Range.all();
    }
  }

  private void checkRange(Target t) {
    Range<BigDecimal> possible = possibleRange(t.getUnit());
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    t.getValue().ifPresent(v -> values.put("value", v));
    t.getLower().ifPresent(v -> values.put("lower", v));
    t.getUpper().ifPresent(v -> values.put("upper", v));
    t.getBaselineValue().ifPresent(v -> values.put("baseline value", v));
    if (t.getKind().isOnBaseline()) {
      t.getThreshold().ifPresent(v -> values.put("value on baseline", v));
    }
    List<BigDecimal> amounts = t.getProfile().getValues();
    if (t.getProfile().getShape() == TargetProfile.Shape.CUMULATIVE) {
      for (int i = 0; i < amounts.size(); i++) {
        values.put("profile amount " + (i + 1), amounts.get(i));
      }
    }
    for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
      if (!possible.contains(e.getValue())) {
        report.error(
            "TARGET_OUT_OF_RANGE",
            "target " + t.getId(),
            "target "
                + t.getId()
                + " for indicator "
                + t.getIndicator()
                + " has "
                + e.getKey()
                + " "
                + e.getValue().toPlainString()
                + ", outside the possible range "
                + ToleranceBand.describe(possible)
                + " of unit "
                + t.getUnit());
      }
    }
  }

  private void checkProfile(Target t) {
    TargetProfile profile = t.getProfile();
    Unit.Kind unitKind = t.getUnit().getKind();
    if (profile.isAdditive()
        && (unitKind == Unit.Kind.PERCENTAGE
            || unitKind == Unit.Kind.RATE
            || unitKind == Unit.Kind.RATIO)) {
      report.error(
          "TARGET_PROFILE_NOT_ADDITIVE",
          "target " + t.getId(),
          "target "
              + t.getId()
              + " for indicator "
              + t.getIndicator()
              + " is in unit "
              + t.getUnit()
              + " but has a "
              + profile.getShape()
              + " profile; a "
              + unitKind.name().toLowerCase(Locale.ROOT)
              + " does not add up over the year, so its profile must be constant");
    }
    if (profile.getShape() == TargetProfile.Shape.CUMULATIVE) {
      BigDecimal total = profile.getTotal().orElseThrow();
      BigDecimal annual = t.getThreshold().orElseThrow();
      if (total.compareTo(annual) != 0) {
        report.error(
            "TARGET_PROFILE_SUM",
            "target " + t.getId(),
            "target "
                + t.getId()
                + " for indicator "
                + t.getIndicator()
                + " has a cumulative profile that adds up to "
                + total.toPlainString()
                + ", not the annual target "
                + annual.toPlainString());
      }
    }
  }

  private void checkTolerance(Target t) {
    Optional<Tolerance> tolerance = t.getTolerance();
    if (tolerance.isEmpty() || tolerance.get().getKind() != Tolerance.Kind.BANDS) {
      return;
    }
    List<ToleranceBand> bands = tolerance.get().getBands();
    String subject = "target " + t.getId();
    for (int i = 0; i < bands.size(); i++) {
      for (int j = i + 1; j < bands.size(); j++) {
        Range<BigDecimal> a = bands.get(i).getRange();
        Range<BigDecimal> b = bands.get(j).getRange();
        if (a.isConnected(b) && !a.intersection(b).isEmpty()) {
          report.error(
              "TOLERANCE_OVERLAP",
              subject,
              subject
                  + " tolerance bands "
                  + describe(bands.get(i))
                  + " and "
                  + describe(bands.get(j))
                  + " overlap on "
                  + ToleranceBand.describe(a.intersection(b)));
        }
      }
    }
    RangeSet<BigDecimal> covered = TreeRangeSet.create();
    bands.forEach(band -> covered.add(band.getRange()));
    Range<BigDecimal> possible = possibleRange(t.getUnit());
    for (Range<BigDecimal> gap : covered.complement().subRangeSet(possible).asRanges()) {
      report.error(
          "TOLERANCE_GAP",
          subject,
          subject
              + " tolerance bands leave "
              + ToleranceBand.describe(gap)
              + " without a colour (unit "
              + t.getUnit()
              + ")");
    }
  }

  private static String describe(ToleranceBand band) {
    return band.getStatus() + " " + ToleranceBand.describe(band.getRange());
  }

  private void checkBaseline(Target t) {
    t.getBaselinePeriod()
        .ifPresent(
            baseline -> {
              if (!baseline.getEnd().isBefore(t.getPeriod().getStart())) {
                report.warning(
                    "TARGET_BASELINE_NOT_BEFORE",
                    "target " + t.getId(),
                    "target "
                        + t.getId()
                        + " for "
                        + t.getPeriod()
                        + " has baseline period "
                        + baseline
                        + ", which does not end before the target period starts");
              }
            });
  }
}
