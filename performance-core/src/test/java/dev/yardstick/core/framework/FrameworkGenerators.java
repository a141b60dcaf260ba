package dev.yardstick.core.framework;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.FinancialYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** QuickTheories generators of framework values. */
final class FrameworkGenerators {

  private FrameworkGenerators() {}

  /** Non-negative decimals with up to two decimal places, normal and not. */
  static Gen<BigDecimal> amounts() {
    return integers()
        .between(0, 5_000_000)
        .zip(integers().between(0, 3), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  static Gen<List<BigDecimal>> weights(int size) {
    return lists()
        .of(integers().between(0, 50).map(i -> BigDecimal.valueOf(i)))
        .ofSize(size)
        .assuming(w -> w.stream().anyMatch(x -> x.signum() > 0));
  }

  /** A count target for a financial year with an additive profile that adds up to its value. */
  static Gen<Target> additiveTargets() {
    Gen<Integer> size = integers().between(0, 1).map(i -> i == 0 ? 4 : 12);
    Gen<TargetProfile> seasonal = size.flatMap(n -> weights(n).map(TargetProfile::seasonal));
    Gen<TargetProfile> straight = integers().between(0, 0).map(i -> TargetProfile.straightLine());
    Gen<Target> spread =
        amounts()
            .zip(
                straight.mix(seasonal),
                integers().between(2000, 2030),
                (annual, profile, year) -> countTarget(annual, profile, year));
    Gen<Target> cumulative =
        size.flatMap(n -> lists().of(amounts()).ofSize(n))
            .zip(
                integers().between(2000, 2030),
                (amounts, year) ->
                    countTarget(
                        amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                        TargetProfile.cumulative(amounts),
                        year));
    return spread.mix(cumulative);
  }

  static Target countTarget(BigDecimal annual, TargetProfile profile, int year) {
    return Target.builder()
        .id(TargetId.of("T-" + year))
        .indicator(IndicatorCode.of("LOCAL CA1"))
        .scope(AdultServicesPlan.COUNTY)
        .period(FinancialYear.of(year))
        .kind(TargetKind.AT_LEAST)
        .value(annual)
        .unit(Unit.COUNT)
        .provenance(TargetProvenance.LOCAL_STRETCH)
        .profile(profile)
        .build();
  }

  /**
   * A clean objective tree of 1 to 40 objectives under one corporate-plan root: each objective's
   * parent is an earlier objective of a higher level.
   */
  static Gen<List<Objective>> objectiveTrees() {
    return lists()
        .of(integers().between(0, Integer.MAX_VALUE - 1))
        .ofSizeBetween(0, 39)
        .map(
            choices -> {
              List<Objective> tree = new ArrayList<>();
              tree.add(objective("G0", ObjectiveLevel.CORPORATE_PLAN, null));
              for (int i = 0; i < choices.size(); i++) {
                List<Objective> parents = new ArrayList<>();
                for (Objective o : tree) {
                  if (o.getLevel() != ObjectiveLevel.INDIVIDUAL) {
                    parents.add(o);
                  }
                }
                Objective parent = parents.get(choices.get(i) % parents.size());
                ObjectiveLevel level = ObjectiveLevel.values()[parent.getLevel().ordinal() + 1];
                tree.add(objective("G" + (i + 1), level, parent.getId()));
              }
              return tree;
            });
  }

  private static Objective objective(String id, ObjectiveLevel level, ObjectiveId parent) {
    Objective.Builder b =
        Objective.builder()
            .id(ObjectiveId.of(id))
            .title("Objective " + id)
            .level(level)
            .owner(OwnerRole.of("Owner of " + id));
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }
}
