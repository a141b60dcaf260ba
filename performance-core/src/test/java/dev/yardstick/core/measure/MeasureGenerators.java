package dev.yardstick.core.measure;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of measures, shared by the property tests. */
final class MeasureGenerators {

  private MeasureGenerators() {}

  /** Decimals of up to 18 significant digits with scales from -6 to 12, including zeros. */
  static Gen<BigDecimal> decimals() {
    return longs()
        .between(-999_999_999_999_999_999L, 999_999_999_999_999_999L)
        .zip(integers().between(-6, 12), BigDecimal::valueOf);
  }

  /** Every rounding mode but UNNECESSARY, which is not a rounding policy. */
  static Gen<RoundingMode> roundingModes() {
    return Generate.pick(
        Stream.of(RoundingMode.values())
            .filter(m -> m != RoundingMode.UNNECESSARY)
            .collect(Collectors.toList()));
  }

  /** Rounding policies over the whole allowed scale range and every mode. */
  static Gen<RoundingPolicy> roundingPolicies() {
    return integers()
        .between(RoundingPolicy.MIN_SCALE, RoundingPolicy.MAX_SCALE)
        .zip(roundingModes(), RoundingPolicy::of);
  }

  /** Every fixed unit and rates per 10 to 1,000,000,000. */
  static Gen<Unit> units() {
    Gen<Unit> fixed =
        Generate.pick(
            List.of(Unit.PERCENTAGE, Unit.RATIO, Unit.COUNT, Unit.POUNDS, Unit.DAYS, Unit.SCORE));
    Gen<Unit> rates = integers().between(1, 9).map(e -> Unit.rate((long) Math.pow(10, e)));
    return fixed.mix(rates);
  }

  /** Ratios of counts up to a billion, including zero denominators. */
  static Gen<Ratio> ratios() {
    return longs()
        .between(0, 1_000_000_000L)
        .zip(longs().between(0, 1_000_000_000L), Ratio::of)
        .mix(longs().between(0, 20).zip(longs().between(0, 20), Ratio::of));
  }

  /** Proportions: ratios whose numerator is at most a positive denominator. */
  static Gen<Ratio> proportions() {
    return longs()
        .between(1, 1_000_000_000L)
        .flatMap(d -> longs().between(0, d).map(n -> Ratio.of(n, d)));
  }

  /** Higher, lower, none and ranges with bounds of various scales. */
  static Gen<Polarity> polarities() {
    return Generate.pick(List.of(Polarity.NONE))
        .mix(directionalPolarities().mix(rangePolarities()), 80);
  }

  /** Higher is better and lower is better. */
  static Gen<Polarity> directionalPolarities() {
    return Generate.pick(List.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER));
  }

  /** Ranges with bounds of various scales, including one-point ranges. */
  static Gen<Polarity> rangePolarities() {
    return decimals()
        .zip(
            decimals(),
            (a, b) -> a.compareTo(b) <= 0 ? Polarity.withinRange(a, b) : Polarity.withinRange(b, a))
        .mix(decimals().map(a -> Polarity.withinRange(a, a)), 10);
  }
}
