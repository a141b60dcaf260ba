package dev.yardstick.testkit.generators;

import static dev.yardstick.testkit.generators.Rates.assertRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import dev.yardstick.testkit.Generator;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorGeneratorsTest {

  private static final Generator<IndicatorDefinition> DEFINITIONS =
      IndicatorGenerators.definitions();

  @Test
  void generators_sameSeed_giveSameValues() {
    qt().withExamples(200)
        .forAll(longs().all())
        .check(
            seed -> {
              IndicatorDefinition d = DEFINITIONS.sample(seed, 0);
              return d.equals(DEFINITIONS.sample(seed, 0))
                  && IndicatorGenerators.values(d)
                      .sample(seed, 0)
                      .equals(IndicatorGenerators.values(d).sample(seed, 0))
                  && IndicatorGenerators.datasets(d)
                      .sample(seed, 5)
                      .equals(IndicatorGenerators.datasets(d).sample(seed, 5));
            });
  }

  @Test
  void definitions_coverEveryUnitPolarityAndMeasureKind() {
    Set<Unit> units = new HashSet<>();
    Set<MeasureKind> kinds = EnumSet.noneOf(MeasureKind.class);
    Set<Polarity.Kind> polarities = EnumSet.noneOf(Polarity.Kind.class);
    Set<Frequency> frequencies = EnumSet.noneOf(Frequency.class);
    for (long seed = 0; seed < 1_000; seed++) {
      IndicatorDefinition d = DEFINITIONS.sample(seed, 0);
      units.add(d.getUnit());
      kinds.add(d.getMeasureKind());
      polarities.add(d.getPolarity().getKind());
      frequencies.add(d.getFrequency());
      assertTrue(
          d.getMeasureKind() != MeasureKind.RATIO
              || d.getUnit().getKind() == Unit.Kind.PERCENTAGE
              || d.getUnit().getKind() == Unit.Kind.RATE
              || d.getUnit().getKind() == Unit.Kind.RATIO,
          d + " in " + d.getUnit());
    }
    assertEquals(10, units.size());
    assertEquals(EnumSet.allOf(MeasureKind.class), kinds);
    assertEquals(EnumSet.allOf(Polarity.Kind.class), polarities);
    assertEquals(EnumSet.allOf(Frequency.class), frequencies);
  }

  @Test
  void values_areAcceptedByTheirDefinition() {
    qt().withExamples(500)
        .forAll(longs().all())
        .check(
            seed -> {
              IndicatorDefinition d = DEFINITIONS.sample(seed, 0);
              IndicatorValue v = IndicatorGenerators.values(d).sample(seed + 1, 0);
              return d.validate(v).getErrors().isEmpty()
                  && d.isKnownBy(v.getIndicator())
                  && d.getFrequency().isFrequencyOf(v.getPeriod());
            });
  }

  @Test
  void values_haveEachQuality_atTheStatedRates() {
    IndicatorDefinition percentage =
        DEFINITIONS.filter(d -> d.getUnit().equals(Unit.PERCENTAGE)).sample(3L, 0);
    Map<ValueQuality, Integer> counts = new EnumMap<>(ValueQuality.class);
    int draws = 20_000;
    IndicatorGenerators.values(percentage).stream(4L, 0)
        .limit(draws)
        .forEach(v -> counts.merge(v.getQuality(), 1, Integer::sum));
    // Zero denominators (5% of the ratios drawn) are missing too.
    assertRate(
        "missing",
        counts.getOrDefault(ValueQuality.MISSING, 0) / (double) draws,
        IndicatorGenerators.MISSING_RATE,
        ValueGenerators.ZERO_DENOMINATOR_RATE,
        draws);
    assertRate(
        "suppressed",
        counts.getOrDefault(ValueQuality.SUPPRESSED, 0) / (double) draws,
        IndicatorGenerators.SUPPRESSED_RATE,
        0,
        draws);
    int provisional =
        counts.getOrDefault(ValueQuality.PROVISIONAL, 0)
            + counts.getOrDefault(ValueQuality.ESTIMATED, 0);
    assertRate(
        "provisional or estimated",
        provisional / (double) draws,
        IndicatorGenerators.PROVISIONAL_RATE * (1 - ValueGenerators.ZERO_DENOMINATOR_RATE),
        0,
        draws);
  }

  @Test
  void datasets_holdEveryCouncilForTheSamePeriods() {
    qt().withExamples(200)
        .forAll(longs().all())
        .check(
            seed -> {
              IndicatorDefinition d = DEFINITIONS.sample(seed, 0);
              IndicatorDataset dataset = IndicatorGenerators.datasets(d).sample(seed, 12);
              int organisations = dataset.getOrganisations().size();
              int periods = dataset.getPeriods().size();
              return organisations >= 1
                  && organisations <= 12
                  && periods >= 1
                  && periods <= 12
                  && dataset.size() == organisations * periods
                  && dataset.getIndicators().equals(java.util.List.of(d.getCode()))
                  && dataset.stream().allMatch(v -> d.validate(v).getErrors().isEmpty());
            });
  }

  @Test
  void values_ofADefinitionInForceForNoWholePeriod_areRefused() {
    IndicatorDefinition brief =
        IndicatorDefinition.builder()
            .code(IndicatorCode.of("X1"))
            .title("In force for a fortnight")
            .unit(Unit.COUNT)
            .measureKind(MeasureKind.FLOW_COUNT)
            .polarity(Polarity.NONE)
            .frequency(Frequency.ANNUAL)
            .rounding(dev.yardstick.core.measure.RoundingPolicy.WHOLE_NUMBER)
            .effectiveFrom(LocalDate.of(2003, 4, 1))
            .effectiveTo(LocalDate.of(2003, 4, 14))
            .build();
    assertEquals(
        "indicator X1 is in force for no whole ANNUAL period up to 2003-04-14",
        assertThrows(
                IllegalArgumentException.class,
                () -> IndicatorGenerators.values(brief).sample(1L, 0))
            .getMessage());
  }

  @Test
  void nulls_areRefused() {
    new NullPointerTester()
        .setDefault(IndicatorDefinition.class, DEFINITIONS.sample(1L, 0))
        .testAllPublicStaticMethods(IndicatorGenerators.class);
  }
}
