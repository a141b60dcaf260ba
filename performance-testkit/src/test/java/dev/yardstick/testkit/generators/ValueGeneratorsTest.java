package dev.yardstick.testkit.generators;

import static dev.yardstick.testkit.generators.Rates.assertRate;
import static dev.yardstick.testkit.generators.Rates.share;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.testkit.Generator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueGeneratorsTest {

  private static final int DRAWS = 20_000;

  @Test
  void generators_sameSeed_giveSameValues() {
    List<Generator<?>> all =
        List.of(
            ValueGenerators.percentages(),
            ValueGenerators.proportions(1_000),
            ValueGenerators.crossSections(1_000));
    for (Generator<?> generator : all) {
      qt().withExamples(200)
          .forAll(longs().all())
          .check(seed -> generator.sample(seed, 30).equals(generator.sample(seed, 30)));
    }
  }

  @Test
  void decimals_stayInRange_normalised_withHalfWayValuesAtTheEdgeRate() {
    RoundingPolicy oneDecimal = RoundingPolicy.of(1);
    Generator<BigDecimal> values =
        ValueGenerators.decimals(oneDecimal, new BigDecimal("-5"), new BigDecimal("75"));
    qt().forAll(longs().all())
        .check(
            seed -> {
              BigDecimal v = values.sample(seed, 0);
              return v.compareTo(new BigDecimal("-5")) >= 0
                  && v.compareTo(new BigDecimal("75")) <= 0
                  && Decimals.normalise(v).equals(v)
                  && v.scale() <= 3;
            });
    // Half-way values: exactly 5 in the second decimal place. Uniform draws with 3 places hit one
    // in 100 of the time.
    double halfWay =
        share(
            values,
            0,
            DRAWS,
            v -> {
              BigDecimal twoPlaces =
                  v.abs().setScale(3, RoundingMode.UNNECESSARY).movePointRight(2);
              return twoPlaces.remainder(BigDecimal.TEN).compareTo(BigDecimal.valueOf(5)) == 0;
            });
    assertRate("half-way values", halfWay, ValueGenerators.EDGE_VALUE_RATE / 4, 0.01, DRAWS);
    double zero = share(values, 0, DRAWS, v -> v.signum() == 0);
    assertRate("zero", zero, ValueGenerators.EDGE_VALUE_RATE / 4, 0.001, DRAWS);
  }

  @Test
  void proportions_neverExceedTheirDenominator_andDrawTinyAndExtremeOnesAtTheStatedRates() {
    Generator<Ratio> ratios = ValueGenerators.proportions(100_000);
    qt().forAll(longs().all())
        .check(
            seed -> {
              Ratio r = ratios.sample(seed, 0);
              return r.getNumerator() <= r.getDenominator() && r.getDenominator() <= 100_000;
            });
    assertRate(
        "0/0",
        share(ratios, 0, DRAWS, r -> r.getDenominator() == 0),
        ValueGenerators.ZERO_DENOMINATOR_RATE,
        0,
        DRAWS);
    // Log-uniform denominators up to 100,000 fall on 1 to 3 about 12% of the time.
    assertRate(
        "tiny",
        share(ratios, 0, DRAWS, r -> r.getDenominator() >= 1 && r.getDenominator() <= 3),
        ValueGenerators.TINY_DENOMINATOR_RATE,
        0.13,
        DRAWS);
    double extreme =
        share(
            ratios,
            0,
            DRAWS,
            r ->
                r.getDenominator() > 0
                    && (r.getNumerator() == 0 || r.getNumerator() == r.getDenominator()));
    assertTrue(
        extreme
            >= (1 - ValueGenerators.ZERO_DENOMINATOR_RATE) * ValueGenerators.EXTREME_NUMERATOR_RATE
                - 0.02,
        "extreme numerators " + extreme);
  }

  @Test
  void crossSections_haveDistinctCouncils_andTiesAtTheStatedRate() {
    Generator<Map<OrganisationId, Ratio>> sections = ValueGenerators.crossSections(500);
    int councils = 0;
    int ties = 0;
    for (long seed = 0; seed < 500; seed++) {
      Map<OrganisationId, Ratio> section = sections.sample(seed, 60);
      assertTrue(section.size() >= 1 && section.size() <= 60);
      List<Ratio> seen = new ArrayList<>();
      for (Ratio r : section.values()) {
        assertTrue(r.getNumerator() <= r.getDenominator());
        if (!seen.isEmpty()) {
          councils++;
          Set<Optional<BigDecimal>> earlier = new HashSet<>();
          seen.forEach(s -> earlier.add(exact(s)));
          ties += earlier.contains(exact(r)) ? 1 : 0;
        }
        seen.add(r);
      }
    }
    // Independent draws tie by chance too (0/n, n/n, 1/2 and 0/0 are common).
    assertRate("ties", (double) ties / councils, ValueGenerators.TIE_RATE, 0.5, councils);
  }

  private static Optional<BigDecimal> exact(Ratio r) {
    return r.getUnroundedValue(
            dev.yardstick.core.measure.Unit.RATIO, java.math.MathContext.DECIMAL64)
        .map(Decimals::normalise);
  }

  @Test
  void toDecimals_keepsValuesExactly_andGapsAsEmpty() {
    List<Optional<BigDecimal>> values =
        ValueGenerators.toDecimals(new double[] {74.9, Double.NaN, 100});
    assertEquals(
        List.of(
            Optional.of(new BigDecimal("74.9")),
            Optional.empty(),
            Optional.of(new BigDecimal("100"))),
        values);
    assertEquals(
        "series value Infinity at position 0 is infinite",
        assertThrows(
                IllegalArgumentException.class,
                () -> ValueGenerators.toDecimals(new double[] {Double.POSITIVE_INFINITY}))
            .getMessage());
  }

  @Test
  void badArguments_areRefusedWithTheValuesNamed() {
    assertEquals(
        "largest denominator 0 is below 1",
        assertThrows(IllegalArgumentException.class, () -> ValueGenerators.proportions(0))
            .getMessage());
    assertEquals(
        "range [2, 1] is empty",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ValueGenerators.decimals(
                        RoundingPolicy.of(0), BigDecimal.valueOf(2), BigDecimal.ONE))
            .getMessage());
  }

  @Test
  void decimals_aRangeNarrowerThanTheScale_givesItsEnds() {
    Generator<BigDecimal> narrow =
        ValueGenerators.decimals(
            RoundingPolicy.of(0), new BigDecimal("1.001"), new BigDecimal("1.002"));
    qt().forAll(longs().all(), integers().between(0, 5))
        .check(
            (seed, size) -> {
              BigDecimal v = narrow.sample(seed, size);
              return v.compareTo(new BigDecimal("1.001")) >= 0
                  && v.compareTo(new BigDecimal("1.002")) <= 0;
            });
  }

  @Test
  void nulls_areRefused() {
    new NullPointerTester()
        .setDefault(RoundingPolicy.class, RoundingPolicy.of(1))
        .testAllPublicStaticMethods(ValueGenerators.class);
  }
}
