package dev.yardstick.indicators.benchmark;

import static dev.yardstick.indicators.benchmark.PositionCalculatorTest.org;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PositionCalculatorPropertyTest {

  private static ComparatorValues of(List<Integer> v) {
    Map<OrganisationId, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < v.size(); i++) {
      m.put(org(i), (double) v.get(i));
    }
    return ComparatorValues.of(m);
  }

  @Test
  void ranks_lieInOneToN_andDoNotDependOnInputOrder() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-20, 20)).ofSizeBetween(1, 30), integers().all())
        .check(
            (v, seed) -> {
              ComparatorValues values = of(v);
              Map<OrganisationId, Double> shuffled = new LinkedHashMap<>();
              List<OrganisationId> ids = new ArrayList<>(values.getValues().keySet());
              Collections.shuffle(ids, new Random(seed));
              ids.forEach(id -> shuffled.put(id, values.getValues().get(id)));
              for (TieRule rule : TieRule.values()) {
                PositionCalculator calc = PositionCalculator.withDefaults().with(rule);
                for (Position p : calc.calculateAll(values, Polarity.HIGHER_IS_BETTER)) {
                  if (p.getRank() < 1 || p.getRank() > v.size()) {
                    return false;
                  }
                  Position q =
                      calc.calculate(
                          ComparatorValues.of(shuffled),
                          p.getOrganisation(),
                          Polarity.HIGHER_IS_BETTER);
                  if (q.getRank() != p.getRank()
                      || q.getPercentileRank() != p.getPercentileRank()) {
                    return false;
                  }
                }
              }
              return true;
            });
  }

  @Test
  void addingAWorseComparator_neverWorsensOurRank() {
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(-20, 20)).ofSizeBetween(1, 30), integers().between(1, 50))
        .check(
            (v, worseBy) -> {
              for (Polarity polarity :
                  List.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER)) {
                for (TieRule rule : TieRule.values()) {
                  PositionCalculator calc = PositionCalculator.withDefaults().with(rule);
                  Position before = calc.calculate(of(v), org(0), polarity);
                  double worse =
                      polarity == Polarity.HIGHER_IS_BETTER
                          ? v.get(0) - worseBy
                          : v.get(0) + worseBy;
                  ComparatorValues more =
                      ComparatorValues.builder().from(of(v)).putValues(org(1000), worse).build();
                  if (calc.calculate(more, org(0), polarity).getRank() > before.getRank()) {
                    return false;
                  }
                }
              }
              return true;
            });
  }

  @Test
  void flippingPolarity_reversesRanks() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-20, 20)).ofSizeBetween(1, 30))
        .check(
            v -> {
              PositionCalculator calc = PositionCalculator.withDefaults().with(TieRule.AVERAGE);
              List<Position> up = calc.calculateAll(of(v), Polarity.HIGHER_IS_BETTER);
              List<Position> down = calc.calculateAll(of(v), Polarity.HIGHER_IS_BETTER.flip());
              for (int i = 0; i < v.size(); i++) {
                if (up.get(i).getRank() != v.size() + 1 - down.get(i).getRank()) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void flippingPolarity_reversesQuantileBands_whenNoValueIsOnABoundary() {
    qt().withExamples(200)
        .forAll(lists().of(doubles().between(-1000, 1000)).ofSizeBetween(4, 40))
        .assuming(v -> v.stream().distinct().count() == v.size())
        .check(
            v -> {
              Map<OrganisationId, Double> m = new LinkedHashMap<>();
              for (int i = 0; i < v.size(); i++) {
                m.put(org(i), v.get(i));
              }
              ComparatorValues values = ComparatorValues.of(m);
              for (QuantileCount count : QuantileCount.values()) {
                if (v.size() < count.getBands()) {
                  continue;
                }
                QuantileBanding banding = QuantileBanding.withDefaults().with(count);
                QuantileBands up = banding.calculate(values, Polarity.HIGHER_IS_BETTER);
                if (up.getBoundaries().stream().anyMatch(v::contains)) {
                  continue;
                }
                QuantileBands down = banding.calculate(values, Polarity.LOWER_IS_BETTER);
                for (OrganisationId id : m.keySet()) {
                  if (up.bandOf(id).getAsInt()
                      != count.getBands() + 1 - down.bandOf(id).getAsInt()) {
                    return false;
                  }
                }
              }
              return true;
            });
  }
}
