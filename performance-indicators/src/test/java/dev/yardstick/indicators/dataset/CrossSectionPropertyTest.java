package dev.yardstick.indicators.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.TestIndicators;
import dev.yardstick.indicators.benchmark.ComparatorValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class CrossSectionPropertyTest {

  private static final List<IndicatorCode> CODES =
      List.of(IndicatorCode.of("T1"), IndicatorCode.of("T2"), IndicatorCode.of("T3"),
          IndicatorCode.of("T4"));

  @Test
  void toComparatorValues_putsEveryOrganisationExactlyOnce_withItsFigureOrAsMissing() {
    qt().withExamples(200)
        .forAll(
            TestIndicators.datasets(60),
            Generate.pick(CODES),
            TestIndicators.periods(),
            integers().between(0, (1 << TestIndicators.ORGANISATIONS.size()) - 1))
        .checkAssert(
            (dataset, code, period, mask) -> {
              List<OrganisationId> wanted =
                  IntStream.range(0, TestIndicators.ORGANISATIONS.size())
                      .filter(i -> (mask & (1 << i)) != 0)
                      .mapToObj(TestIndicators.ORGANISATIONS::get)
                      .collect(Collectors.toList());
              CrossSection section = dataset.crossSection(code, period, wanted);
              ComparatorValues values = section.toComparatorValues();

              List<OrganisationId> both = new ArrayList<>(values.getValues().keySet());
              both.addAll(values.getMissing());
              both.sort(Comparator.naturalOrder());
              assertEquals(wanted, both);
              assertEquals(values.getMissing().stream().sorted().collect(Collectors.toList()),
                  List.copyOf(values.getMissing()));
              for (OrganisationId o : wanted) {
                assertEquals(
                    section.find(o).flatMap(IndicatorValue::getValue).map(v -> v.doubleValue()),
                    Optional.ofNullable(values.getValues().get(o)),
                    o.toString());
              }
            });
  }
}
