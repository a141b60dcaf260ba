package dev.yardstick.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.testkit.Generator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generators of indicator values: exact decimals that sit on rounding boundaries, numerator and
 * denominator pairs with tiny denominators, cross-sections of councils with ties, and time series
 * with gaps, constant runs, outliers, steps and trends.
 *
 * <h2>Edge-case rates</h2>
 *
 * <ul>
 *   <li>{@link #decimals(RoundingPolicy, BigDecimal, BigDecimal)}: with probability {@value
 *       #EDGE_VALUE_RATE}, the lowest or highest value, zero (when in range) or a value exactly
 *       half-way between two rounded values (such as {@code 74.95} for one decimal place), where
 *       rounding modes disagree.
 *   <li>{@link #proportions(long)}: with probability {@value #TINY_DENOMINATOR_RATE}, a denominator
 *       from 1 to 3; with probability {@value #ZERO_DENOMINATOR_RATE}, the empty ratio {@code 0/0}
 *       (no value); and, independently, with probability {@value #EXTREME_NUMERATOR_RATE}, a
 *       numerator of 0 or equal to the denominator.
 *   <li>{@link #crossSections(long)}: each council after the first copies, with probability {@value
 *       #TIE_RATE}, the ratio of an earlier one (a tie); half of those copies are the same value
 *       with other counts ({@code 2/4} for {@code 1/2}) where the counts allow.
 *   <li>{@link #series()}: see {@link SeriesGenerator}.
 * </ul>
 *
 * <pre>{@code
 * Map<OrganisationId, Ratio> reviews = ValueGenerators.crossSections(5_000).sample(3L, 150);
 * double[] monthly = ValueGenerators.series().sample(3L, 36);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe; the generators are stateless.
 *
 * @since 0.1.0
 */
public final class ValueGenerators {

  /** The probability that a decimal is an edge value. */
  public static final double EDGE_VALUE_RATE = 0.25;

  /** The probability that a proportion has a denominator from 1 to 3. */
  public static final double TINY_DENOMINATOR_RATE = 0.2;

  /** The probability that a proportion is {@code 0/0}. */
  public static final double ZERO_DENOMINATOR_RATE = 0.05;

  /** The probability that a proportion's numerator is 0 or its denominator. */
  public static final double EXTREME_NUMERATOR_RATE = 0.2;

  /** The probability that a council in a cross-section ties with an earlier one. */
  public static final double TIE_RATE = 0.2;

  private ValueGenerators() {}

  /**
   * Returns a generator of decimals in a closed range, normalised, with two more decimal places
   * than a rounding policy keeps, and edge values at the stated rate.
   *
   * @param rounding the rounding the values will be shown with, such as {@code
   *     RoundingPolicy.of(1)}
   * @param min the lowest value
   * @param max the highest value
   * @return the generator
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Generator<BigDecimal> decimals(
      RoundingPolicy rounding, BigDecimal min, BigDecimal max) {
    Objects.requireNonNull(rounding, "rounding");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    checkArgument(
        min.compareTo(max) <= 0,
        "range [%s, %s] is empty",
        min.toPlainString(),
        max.toPlainString());
    int scale = rounding.getScale() + 2;
    BigDecimal low = min.setScale(scale, RoundingMode.CEILING);
    BigDecimal high = max.setScale(scale, RoundingMode.FLOOR);
    BigDecimal half =
        BigDecimal.ONE.movePointLeft(rounding.getScale() + 1).multiply(BigDecimal.valueOf(5));
    return (random, size) -> {
      BigDecimal value;
      if (high.compareTo(low) < 0 || random.nextDouble() < EDGE_VALUE_RATE) {
        value = edgeValue(random, min, max, rounding, half);
      } else {
        long steps = high.subtract(low).movePointRight(scale).longValueExact();
        value = low.add(BigDecimal.valueOf(random.nextLong(steps + 1)).movePointLeft(scale));
      }
      return Decimals.normalise(value);
    };
  }

  private static BigDecimal edgeValue(
      RandomGenerator random,
      BigDecimal min,
      BigDecimal max,
      RoundingPolicy rounding,
      BigDecimal half) {
    switch (random.nextInt(4)) {
      case 0:
        return min;
      case 1:
        return max;
      case 2:
        if (min.signum() <= 0 && max.signum() >= 0) {
          return BigDecimal.ZERO;
        }
        return min;
      default:
        // A value half-way between two rounded values: k / 10^scale + 5 / 10^(scale + 1).
        BigDecimal base = min.setScale(rounding.getScale(), RoundingMode.FLOOR);
        long room =
            max.subtract(base)
                .movePointRight(rounding.getScale())
                .setScale(0, RoundingMode.FLOOR)
                .longValue();
        BigDecimal candidate =
            base.add(
                    BigDecimal.valueOf(room <= 0 ? 0 : random.nextLong(room + 1))
                        .movePointLeft(rounding.getScale()))
                .add(half);
        return candidate.compareTo(min) >= 0 && candidate.compareTo(max) <= 0 ? candidate : max;
    }
  }

  /**
   * Returns a generator of percentages from 0 to 100 shown to one decimal place.
   *
   * @return the generator
   */
  public static Generator<BigDecimal> percentages() {
    return decimals(RoundingPolicy.of(1), BigDecimal.ZERO, BigDecimal.valueOf(100));
  }

  /**
   * Returns a generator of proportions: ratios whose numerator is at most their denominator, the
   * denominator spread evenly over its orders of magnitude (as councils' sizes are) up to a largest
   * one, with tiny and zero denominators and extreme numerators at the stated rates.
   *
   * @param maxDenominator the largest denominator, at least 1
   * @return the generator
   * @throws IllegalArgumentException if the largest denominator is below 1
   */
  public static Generator<Ratio> proportions(long maxDenominator) {
    checkArgument(maxDenominator >= 1, "largest denominator %s is below 1", maxDenominator);
    return (random, size) -> {
      double draw = random.nextDouble();
      if (draw < ZERO_DENOMINATOR_RATE) {
        return Ratio.EMPTY;
      }
      long denominator =
          draw < ZERO_DENOMINATOR_RATE + TINY_DENOMINATOR_RATE
              ? 1 + random.nextLong(Math.min(3, maxDenominator))
              : logUniform(random, maxDenominator);
      long numerator;
      if (random.nextDouble() < EXTREME_NUMERATOR_RATE) {
        numerator = random.nextBoolean() ? 0 : denominator;
      } else {
        numerator = random.nextLong(denominator + 1);
      }
      return Ratio.of(numerator, denominator);
    };
  }

  /**
   * Returns a generator of cross-sections: a proportion for each of 1 to the size (at least 1)
   * distinct councils, in the order drawn, with ties at the stated rate.
   *
   * @param maxDenominator the largest denominator, at least 1
   * @return the generator; maps are unmodifiable and keep the order drawn
   * @throws IllegalArgumentException if the largest denominator is below 1
   */
  public static Generator<Map<OrganisationId, Ratio>> crossSections(long maxDenominator) {
    Generator<Ratio> proportions = proportions(maxDenominator);
    Generator<List<OrganisationId>> councils = OrganisationGenerators.distinctCouncilCodes();
    return (random, size) -> {
      List<OrganisationId> ids = councils.generate(random, size);
      List<Ratio> drawn = new ArrayList<>(ids.size());
      Map<OrganisationId, Ratio> section = new LinkedHashMap<>();
      for (OrganisationId id : ids) {
        Ratio ratio;
        if (!drawn.isEmpty() && random.nextDouble() < TIE_RATE) {
          Ratio earlier = drawn.get(random.nextInt(drawn.size()));
          long factor = 2 + random.nextInt(3);
          boolean scaled =
              random.nextBoolean()
                  && earlier.getDenominator() > 0
                  && earlier.getDenominator() * factor <= maxDenominator;
          ratio =
              scaled
                  ? Ratio.of(earlier.getNumerator() * factor, earlier.getDenominator() * factor)
                  : earlier;
        } else {
          ratio = proportions.generate(random, size);
        }
        drawn.add(ratio);
        section.put(id, ratio);
      }
      return Collections.unmodifiableMap(section);
    };
  }

  /**
   * Returns a generator of monthly-style time series as {@code double[]}, missing values as {@code
   * NaN}; see {@link SeriesGenerator} for the shapes and rates.
   *
   * @return the default series generator
   */
  public static SeriesGenerator series() {
    return SeriesGenerator.defaults();
  }

  /**
   * Converts a generated series to exact decimals, a missing value ({@code NaN}) to an empty value;
   * a series is generated to one decimal place, so the conversion is exact.
   *
   * @param series the series
   * @return the values in order, an unmodifiable list
   * @throws IllegalArgumentException if a value is infinite
   */
  public static List<Optional<BigDecimal>> toDecimals(double[] series) {
    Objects.requireNonNull(series, "series");
    List<Optional<BigDecimal>> values = new ArrayList<>(series.length);
    for (int i = 0; i < series.length; i++) {
      double v = series[i];
      checkArgument(
          !Double.isInfinite(v), "series value %s at position %s is infinite", (Object) v, i);
      values.add(
          Double.isNaN(v)
              ? Optional.empty()
              : Optional.of(Decimals.normalise(BigDecimal.valueOf(v))));
    }
    return Collections.unmodifiableList(values);
  }

  /** A whole number from 1 to max, even over log(1) to log(max). */
  static long logUniform(RandomGenerator random, long max) {
    double exponent = random.nextDouble() * Math.log(max + 1.0);
    long value = (long) Math.floor(Math.exp(exponent));
    return Math.max(1, Math.min(max, value));
  }
}
