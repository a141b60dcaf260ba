package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A council's performance framework: its service quality standards, objectives, targets, outcomes,
 * improvement actions and contracts, linked by identifier, with the queries a performance report
 * asks of them and a check of the business rules that tie them together.
 *
 * <p>This is the performance-management "jigsaw" of the founding guide (Joint Reviews, 2004):
 * setting standards, objectives and targets; monitoring against standards, targets and key
 * indicators and through contracts; managing individual performance; reporting and acting on the
 * results. Indicator definitions are not held here: everything links to them by {@link
 * IndicatorCode}, and risks by {@link RiskId}.
 *
 * <p>Invariant, checked on construction ({@link IllegalStateException}): identifiers are unique
 * within each kind of item. Everything else (links that point nowhere, cycles in the objective
 * tree, duplicate targets, tolerance bands with gaps) is a business rule reported by {@link
 * #validate()}, so that a framework loaded from a spreadsheet shows all its problems at once.
 *
 * <pre>{@code
 * PerformanceFramework plan = PerformanceFramework.builder()
 *     .name("Adult social care service plan 2003-04")
 *     .addObjectives(corporate, independence)
 *     .addTargets(c32)
 *     .build();
 * plan.validate().throwIfInvalid();
 * Optional<ProfiledTarget> q2 = plan.getTargetFor(
 *     IndicatorCode.of("C32"), council, FinancialQuarter.parse("2003-04 Q2"));
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class PerformanceFramework {

  PerformanceFramework() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the framework's name, such as "Adult social care service plan 2003-04".
   *
   * @return the name
   */
  public abstract String getName();

  /**
   * Returns the council whose framework this is.
   *
   * @return the organisation, or empty if not recorded
   */
  public abstract Optional<OrganisationId> getOrganisation();

  /**
   * Returns the service quality standards, in the order given.
   *
   * @return the standards
   */
  public abstract List<Standard> getStandards();

  /**
   * Returns the objectives, in the order given.
   *
   * @return the objectives
   */
  public abstract List<Objective> getObjectives();

  /**
   * Returns the targets, in the order given.
   *
   * @return the targets
   */
  public abstract List<Target> getTargets();

  /**
   * Returns the outcomes, in the order given.
   *
   * @return the outcomes
   */
  public abstract List<Outcome> getOutcomes();

  /**
   * Returns the improvement actions, in the order given.
   *
   * @return the actions
   */
  public abstract List<Action> getActions();

  /**
   * Returns the contracts, in the order given.
   *
   * @return the contracts
   */
  public abstract List<Contract> getContracts();

  @Value.Lazy
  Map<StandardId, Standard> standardsById() {
    return index(getStandards(), Standard::getId);
  }

  @Value.Lazy
  Map<ObjectiveId, Objective> objectivesById() {
    return index(getObjectives(), Objective::getId);
  }

  @Value.Lazy
  Map<TargetId, Target> targetsById() {
    return index(getTargets(), Target::getId);
  }

  @Value.Lazy
  Map<OutcomeId, Outcome> outcomesById() {
    return index(getOutcomes(), Outcome::getId);
  }

  private static <K, V> Map<K, V> index(List<V> items, Function<V, K> id) {
    return items.stream().collect(ImmutableMap.toImmutableMap(id, v -> v));
  }

  /**
   * Returns a standard by identifier.
   *
   * @param id the identifier
   * @return the standard, or empty if the framework has none with that identifier
   */
  public Optional<Standard> getStandard(StandardId id) {
    return Optional.ofNullable(standardsById().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns an objective by identifier.
   *
   * @param id the identifier
   * @return the objective, or empty if the framework has none with that identifier
   */
  public Optional<Objective> getObjective(ObjectiveId id) {
    return Optional.ofNullable(objectivesById().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns a target by identifier.
   *
   * @param id the identifier
   * @return the target, or empty if the framework has none with that identifier
   */
  public Optional<Target> getTarget(TargetId id) {
    return Optional.ofNullable(targetsById().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns an outcome by identifier.
   *
   * @param id the identifier
   * @return the outcome, or empty if the framework has none with that identifier
   */
  public Optional<Outcome> getOutcome(OutcomeId id) {
    return Optional.ofNullable(outcomesById().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the objectives directly under an objective: those that name it as their parent.
   *
   * @param id the parent objective
   * @return its children, in framework order; empty for a leaf
   * @throws IllegalArgumentException if the framework has no objective with that identifier
   */
  public List<Objective> getChildren(ObjectiveId id) {
    requireObjective(id);
    return getObjectives().stream()
        .filter(o -> o.getParent().map(id::equals).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every objective under an objective, at any depth: its children, their children and so
   * on, each before its own children (depth first, children in framework order).
   *
   * <p>Edge cases: the walk stops at an objective already visited, so a cycle in the tree (which
   * {@link #validate()} reports) does not loop; the objective itself is never included.
   *
   * @param id the objective at the top
   * @return the objectives under it
   * @throws IllegalArgumentException if the framework has no objective with that identifier
   */
  public List<Objective> getObjectivesUnder(ObjectiveId id) {
    requireObjective(id);
    Set<ObjectiveId> visited = new HashSet<>();
    visited.add(id);
    ImmutableList.Builder<Objective> out = ImmutableList.builder();
    Deque<Objective> stack = new ArrayDeque<>();
    pushChildren(id, stack);
    while (!stack.isEmpty()) {
      Objective next = stack.pop();
      if (visited.add(next.getId())) {
        out.add(next);
        pushChildren(next.getId(), stack);
      }
    }
    return out.build();
  }

  private void pushChildren(ObjectiveId id, Deque<Objective> stack) {
    List<Objective> children = getChildren(id);
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.push(children.get(i));
    }
  }

  private void requireObjective(ObjectiveId id) {
    Objects.requireNonNull(id, "id");
    checkArgument(
        objectivesById().containsKey(id), "objective %s is not in framework '%s'", id, getName());
  }

  /**
   * Returns every target for an indicator that covers a period, with its profile applied: one per
   * organisation or unit that has one.
   *
   * @param indicator the indicator
   * @param period the period: a target's own period, or a quarter or month of its year
   * @return the profiled targets, in framework order; empty if no target covers the period (no
   *     target is an empty list, never a zero)
   */
  public List<ProfiledTarget> getTargetsFor(IndicatorCode indicator, ReportingPeriod period) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    return getTargets().stream()
        .filter(t -> t.getIndicator().equals(indicator))
        .flatMap(t -> t.targetFor(period).stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the target for an indicator, organisation or unit and period, with its profile applied.
   *
   * @param indicator the indicator
   * @param scope the organisation or unit
   * @param period the period
   * @return the profiled target, or empty if there is none (never a zero target)
   * @throws IllegalStateException if more than one target covers the period, which {@link
   *     #validate()} reports as a duplicate or overlap; the message names the targets
   */
  public Optional<ProfiledTarget> getTargetFor(
      IndicatorCode indicator, TargetScope scope, ReportingPeriod period) {
    Objects.requireNonNull(scope, "scope");
    List<ProfiledTarget> found =
        getTargetsFor(indicator, period).stream()
            .filter(p -> p.getTarget().getScope().equals(scope))
            .collect(Collectors.toList());
    checkState(
        found.size() <= 1,
        "targets %s all cover indicator %s for %s in %s",
        found.stream().map(p -> p.getTarget().getId()).collect(Collectors.toList()),
        indicator,
        scope,
        period);
    return found.stream().findFirst();
  }

  /**
   * Returns everything linked to an outcome: the objectives that contribute to it, the outcome's
   * indicators and their targets, the actions on those objectives or indicators, the contracts with
   * those indicators as KPIs, and the standards the objectives support.
   *
   * @param id the outcome
   * @return the links
   * @throws IllegalArgumentException if the framework has no outcome with that identifier
   */
  public FrameworkLinks getLinksTo(OutcomeId id) {
    Objects.requireNonNull(id, "id");
    Outcome outcome =
        getOutcome(id)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "outcome " + id + " is not in framework '" + getName() + "'"));
    List<Objective> objectives =
        getObjectives().stream()
            .filter(o -> o.getOutcomes().contains(id))
            .collect(ImmutableList.toImmutableList());
    Set<IndicatorCode> indicators =
        outcome.getIndicators().stream()
            .map(OutcomeIndicator::getIndicator)
            .collect(ImmutableSet.toImmutableSet());
    Set<StandardId> standardIds = new LinkedHashSet<>();
    objectives.forEach(o -> standardIds.addAll(o.getStandards()));
    return linksOf(objectives, indicators)
        .standards(
            getStandards().stream()
                .filter(s -> standardIds.contains(s.getId()))
                .collect(Collectors.toList()))
        .addOutcomes(outcome)
        .build();
  }

  /**
   * Returns everything linked to a standard: the objectives that support it, the indicators of its
   * threshold criteria and their targets, the actions on those objectives or indicators, the
   * contracts with those indicators as KPIs, and the outcomes the objectives contribute to.
   *
   * @param id the standard
   * @return the links
   * @throws IllegalArgumentException if the framework has no standard with that identifier
   */
  public FrameworkLinks getLinksTo(StandardId id) {
    Objects.requireNonNull(id, "id");
    Standard standard =
        getStandard(id)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "standard " + id + " is not in framework '" + getName() + "'"));
    List<Objective> objectives =
        getObjectives().stream()
            .filter(o -> o.getStandards().contains(id))
            .collect(ImmutableList.toImmutableList());
    Set<OutcomeId> outcomeIds = new LinkedHashSet<>();
    objectives.forEach(o -> outcomeIds.addAll(o.getOutcomes()));
    return linksOf(objectives, standard.getIndicators())
        .addStandards(standard)
        .outcomes(
            getOutcomes().stream()
                .filter(o -> outcomeIds.contains(o.getId()))
                .collect(Collectors.toList()))
        .build();
  }

  private FrameworkLinks.Builder linksOf(
      List<Objective> objectives, Set<IndicatorCode> indicators) {
    Set<ObjectiveId> objectiveIds =
        objectives.stream().map(Objective::getId).collect(Collectors.toSet());
    FrameworkLinks.Builder links = FrameworkLinks.builder();
    links.objectives(objectives);
    links.indicators(indicators);
    links.targets(
        getTargets().stream()
            .filter(t -> indicators.contains(t.getIndicator()))
            .collect(Collectors.toList()));
    links.actions(
        getActions().stream()
            .filter(
                a ->
                    a.getObjectives().stream().anyMatch(objectiveIds::contains)
                        || a.getIndicators().stream().anyMatch(indicators::contains))
            .collect(Collectors.toList()));
    links.contracts(
        getContracts().stream()
            .filter(c -> c.getKpis().stream().anyMatch(k -> indicators.contains(k.getIndicator())))
            .collect(Collectors.toList()));
    return links;
  }

  /**
   * Returns the improvement actions overdue on a date (see {@link Action#isOverdueOn(LocalDate)}),
   * the longest overdue first.
   *
   * @param date the date of the report
   * @return the overdue actions, by due date, then in framework order; empty if none
   */
  public List<Action> getActionsOverdueOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getActions().stream()
        .filter(a -> a.isOverdueOn(date))
        .sorted(Comparator.comparing(Action::getDueDate))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks the business rules that tie the framework together and lists every problem found.
   *
   * <p>Errors: a link that points nowhere ({@code OBJECTIVE_PARENT_MISSING}, {@code
   * STANDARD_MISSING}, {@code OUTCOME_MISSING}, {@code OBJECTIVE_MISSING}, {@code TARGET_MISSING});
   * a contract KPI whose target is for another indicator ({@code CONTRACT_KPI_INDICATOR_MISMATCH});
   * a cycle in the objective tree ({@code OBJECTIVE_CYCLE}); two targets for the same indicator,
   * organisation or unit and period ({@code TARGET_DUPLICATE}); targets for one indicator in
   * different units ({@code TARGET_UNIT_MISMATCH}); tolerance bands that overlap or leave values
   * without a colour within the unit's possible range ({@code TOLERANCE_OVERLAP}, {@code
   * TOLERANCE_GAP}); a cumulative profile that does not add up to the annual target ({@code
   * TARGET_PROFILE_SUM}); a percentage, rate or ratio spread over the year as if it added up
   * ({@code TARGET_PROFILE_NOT_ADDITIVE}); a target value outside the possible range of its unit,
   * such as a percentage above 100 or a negative count ({@code TARGET_OUT_OF_RANGE}).
   *
   * <p>Warnings: targets for the same indicator and scope whose different periods overlap ({@code
   * TARGET_OVERLAP}); an objective not below its parent's level ({@code OBJECTIVE_LEVEL_ORDER}); a
   * baseline period that does not end before the target period starts ({@code
   * TARGET_BASELINE_NOT_BEFORE}); an outcome indicator whose RBA question and logic-model level
   * disagree ({@code OUTCOME_INDICATOR_CLASSIFICATION}).
   *
   * <p>Every message names the objects involved by identifier. Risk identifiers and indicator codes
   * are not checked: risks live in a risk register and indicator definitions in a catalogue.
   *
   * @return the report; valid (no errors) for a sound framework
   */
  public ValidationReport validate() {
    return new FrameworkRules(this).check();
  }

  @Value.Check
  void check() {
    Texts.label(getName(), "framework name");
    requireUnique(getStandards(), Standard::getId, "standards");
    requireUnique(getObjectives(), Objective::getId, "objectives");
    requireUnique(getTargets(), Target::getId, "targets");
    requireUnique(getOutcomes(), Outcome::getId, "outcomes");
    requireUnique(getActions(), Action::getId, "actions");
    requireUnique(getContracts(), Contract::getId, "contracts");
  }

  private <T> void requireUnique(List<T> items, Function<T, Object> id, String what) {
    Set<Object> seen = new HashSet<>();
    for (T item : items) {
      Object key = id.apply(item);
      checkState(
          seen.add(key), "framework '%s' has two %s with identifier %s", getName(), what, key);
    }
  }

  /** Builds a {@link PerformanceFramework}. */
  public static class Builder extends ImmutablePerformanceFramework.Builder {
    /** Creates a builder with nothing set; prefer {@link PerformanceFramework#builder()}. */
    public Builder() {}
  }
}
