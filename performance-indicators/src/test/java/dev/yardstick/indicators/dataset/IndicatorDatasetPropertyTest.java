package dev.yardstick.indicators.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.TestIndicators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class IndicatorDatasetPropertyTest {

  private static final List<IndicatorCode> CODES =
      List.of(IndicatorCode.of("T1"), IndicatorCode.of("T2"), IndicatorCode.of("T3"),
          IndicatorCode.of("T4"), IndicatorCode.of("T9"));

  @Test
  void series_agreesWithANaiveFilter() {
    qt().withExamples(200)
        .forAll(
            TestIndicators.datasets(60),
            Generate.pick(CODES),
            Generate.pick(TestIndicators.ORGANISATIONS))
        .checkAssert(
            (dataset, code, organisation) ->
                assertEquals(
                    dataset.toList().stream()
                        .filter(v -> v.getIndicator().equals(code))
                        .filter(v -> v.getOrganisation().equals(organisation))
                        .sorted(Comparator.comparing(IndicatorValue::getPeriod))
                        .collect(Collectors.toList()),
                    dataset.series(code, organisation).getValues()));
  }

  @Test
  void crossSection_agreesWithANaiveFilter() {
    qt().withExamples(200)
        .forAll(TestIndicators.datasets(60), Generate.pick(CODES), TestIndicators.periods())
        .checkAssert(
            (dataset, code, period) -> {
              List<OrganisationId> wanted = TestIndicators.ORGANISATIONS.subList(1, 4);
              CrossSection section = dataset.crossSection(code, period, wanted);
              List<IndicatorValue> expected =
                  dataset.toList().stream()
                      .filter(v -> v.getIndicator().equals(code))
                      .filter(v -> v.getPeriod().equals(period))
                      .filter(v -> wanted.contains(v.getOrganisation()))
                      .sorted(Comparator.comparing(IndicatorValue::getOrganisation))
                      .collect(Collectors.toList());
              assertEquals(expected, section.getValues());
              assertEquals(wanted.size(), section.getValues().size() + section.getAbsent().size());
            });
  }

  @Test
  void get_agreesWithANaiveSearch() {
    qt().withExamples(200)
        .forAll(
            TestIndicators.datasets(60),
            Generate.pick(CODES),
            Generate.pick(TestIndicators.ORGANISATIONS),
            TestIndicators.periods())
        .checkAssert(
            (dataset, code, organisation, period) ->
                assertEquals(
                    dataset.toList().stream()
                        .filter(v -> key(v).equals(List.of(code, organisation, period)))
                        .findFirst(),
                    dataset.get(code, organisation, period)));
  }

  @Test
  void build_doesNotDependOnTheOrderValuesAreAdded() {
    qt().withExamples(200)
        .forAll(TestIndicators.datasets(60), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert(
            (dataset, seed) -> {
              List<IndicatorValue> shuffled = new ArrayList<>(dataset.toList());
              Collections.shuffle(shuffled, new Random(seed));
              IndicatorDataset rebuilt = IndicatorDataset.of(shuffled);
              assertEquals(dataset, rebuilt);
              assertEquals(dataset.hashCode(), rebuilt.hashCode());
              assertEquals(dataset.toList(), rebuilt.toList());
            });
  }

  private static List<Object> key(IndicatorValue v) {
    return List.of(v.getIndicator(), v.getOrganisation(), v.getPeriod());
  }
}
