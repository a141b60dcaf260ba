package dev.yardstick.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetId;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.framework.TargetProvenance;
import dev.yardstick.core.framework.TargetScope;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.testkit.Generator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of targets with every {@link TargetKind}, profile shape and kind of tolerance, that
 * meet the invariants of {@link Target} and the business rules of {@link
 * dev.yardstick.core.framework.PerformanceFramework#validate()}: values inside the possible range
 * of their unit (0 to 100 for a percentage, not negative otherwise), additive profiles only for
 * counts and cumulative profiles that add up to the annual target, tolerance bands that neither
 * overlap nor leave gaps, and a baseline in the year before.
 *
 * <p>A target is for an indicator coded {@code G1} to {@code G40}, for a council or one of its
 * teams, in a financial year (or, with probability {@value #SUB_YEAR_RATE}, a quarter or a month,
 * with a constant profile). The unit is a percentage, a rate per 1,000, a count or days, each a
 * quarter of the time; counts in a financial year have a straight-line, seasonal or cumulative
 * profile three times in four, the other units a constant one. Kinds are drawn evenly; the
 * tolerance is absent, absolute, relative or fixed bands, each a quarter of the time.
 *
 * <h2>Edge-case rates</h2>
 *
 * <ul>
 *   <li>With probability {@value #EDGE_VALUE_RATE}, the target value (or a range end) lies on the
 *       edge of its unit's possible range: 0, or 100 for a percentage. A relative tolerance of a
 *       zero target has no amber band.
 *   <li>With probability {@value #EDGE_VALUE_RATE}, a within-range target has its lower end equal
 *       to its upper end.
 *   <li>A seasonal profile has a zero weight with probability {@value #EDGE_VALUE_RATE}.
 * </ul>
 *
 * <pre>{@code
 * Target target = TargetGenerators.targets().sample(5L, 0);
 * List<ProfiledTarget> quarters = target.getPeriod() instanceof FinancialYear
 *     ? target.targetsThroughTheYear(Frequency.QUARTERLY) : List.of();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe; the generators are stateless.
 *
 * @since 0.1.0
 */
public final class TargetGenerators {

  /** The probability that a target is for a quarter or a month rather than a year. */
  public static final double SUB_YEAR_RATE = 0.2;

  /** The probability of each edge case listed in the class description. */
  public static final double EDGE_VALUE_RATE = 0.2;

  private static final Unit[] UNITS = {Unit.PERCENTAGE, Unit.PER_1_000, Unit.COUNT, Unit.DAYS};

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TargetGenerators() {}

  /**
   * Returns a generator of indicator codes {@code G1} to {@code G40}, few enough that targets drawn
   * independently often share one.
   *
   * @return the generator
   */
  public static Generator<IndicatorCode> indicatorCodes() {
    return (random, size) -> IndicatorCode.of("G" + (1 + random.nextInt(40)));
  }

  /**
   * Returns a generator of profiles of every shape for a target of a financial year in a count
   * unit: constant, straight line, seasonal (4 or 12 weights) and cumulative (4 or 12 amounts
   * adding up to the annual target), each a quarter of the time.
   *
   * @param annual the annual target a cumulative profile must add up to, not negative
   * @return the generator
   * @throws IllegalArgumentException if the annual target is negative
   */
  public static Generator<TargetProfile> profiles(BigDecimal annual) {
    Objects.requireNonNull(annual, "annual");
    checkArgument(annual.signum() >= 0, "annual target %s is negative", annual.toPlainString());
    BigDecimal total = Decimals.normalise(annual);
    return (random, size) -> {
      switch (random.nextInt(4)) {
        case 0:
          return TargetProfile.constant();
        case 1:
          return TargetProfile.straightLine();
        case 2:
          return seasonal(random);
        default:
          return cumulative(random, total);
      }
    };
  }

  /**
   * Returns a generator of targets as described in the class description.
   *
   * @return the generator
   */
  public static Generator<Target> targets() {
    Generator<FinancialYear> years = PeriodGenerators.financialYears();
    Generator<IndicatorCode> codes = indicatorCodes();
    Generator<List<OrganisationId>> councils = OrganisationGenerators.distinctCouncilCodes();
    return (random, size) -> {
      FinancialYear year = years.generate(random, size);
      if (year.getStartYear() == PeriodGenerators.FIRST_START_YEAR) {
        year = year.next(); // room for a baseline in the year before
      }
      ReportingPeriod period = year;
      if (random.nextDouble() < SUB_YEAR_RATE) {
        List<ReportingPeriod> parts =
            (random.nextBoolean() ? Frequency.QUARTERLY : Frequency.MONTHLY).periodsOf(year);
        period = parts.get(random.nextInt(parts.size()));
      }
      Unit unit = OrganisationGenerators.pick(random, UNITS);
      TargetKind kind = OrganisationGenerators.pick(random, TargetKind.values());
      OrganisationId council = councils.generate(random, 1).get(0);
      TargetScope scope =
          random.nextBoolean()
              ? TargetScope.organisation(council)
              : TargetScope.unitOf(council, "team " + (1 + random.nextInt(5)));
      Target.Builder builder = Target.builder();
      builder
          .id(TargetId.of("T-" + random.nextInt(10_000)))
          .indicator(codes.generate(random, size))
          .scope(scope)
          .period(period)
          .kind(kind)
          .unit(unit)
          .provenance(OrganisationGenerators.pick(random, TargetProvenance.values()));
      BigDecimal max = unit.equals(Unit.PERCENTAGE) ? HUNDRED : BigDecimal.valueOf(5_000);
      BigDecimal threshold;
      switch (kind) {
        case AT_LEAST:
        case AT_MOST:
          threshold = value(random, max);
          builder.value(threshold);
          break;
        case WITHIN_RANGE:
          BigDecimal a = value(random, max);
          BigDecimal b = random.nextDouble() < EDGE_VALUE_RATE ? a : value(random, max);
          builder.lower(a.min(b)).upper(a.max(b));
          threshold = a.min(b);
          break;
        default:
          // Baseline at most half the maximum, change at most 100%, so the result stays in range.
          BigDecimal baseline = wholeOrTenths(random, max.divide(BigDecimal.valueOf(2)));
          BigDecimal percent = BigDecimal.valueOf(1 + random.nextInt(100));
          builder.baselinePeriod(year.previous()).baselineValue(baseline).changePercent(percent);
          BigDecimal change = baseline.multiply(percent).movePointLeft(2);
          threshold =
              Decimals.normalise(
                  kind == TargetKind.REDUCTION_ON_BASELINE
                      ? baseline.subtract(change)
                      : baseline.add(change));
          break;
      }
      if (period instanceof FinancialYear
          && unit.getKind() == Unit.Kind.COUNT
          && random.nextInt(4) > 0) {
        TargetProfile profile =
            kind == TargetKind.WITHIN_RANGE
                ? (random.nextBoolean() ? TargetProfile.straightLine() : seasonal(random))
                : profiles(threshold).generate(random, size);
        builder.profile(profile);
      } else {
        builder.profile(TargetProfile.constant());
      }
      switch (random.nextInt(4)) {
        case 0:
          break;
        case 1:
          builder.tolerance(Tolerance.absolute(positive(random)));
          break;
        case 2:
          builder.tolerance(Tolerance.relative(BigDecimal.valueOf(1 + random.nextInt(20))));
          break;
        default:
          Target plain = builder.build();
          builder.tolerance(
              Tolerance.bands(Tolerance.absolute(positive(random)).toBands(plain.getBounds())));
          break;
      }
      return builder.build();
    };
  }

  private static BigDecimal value(RandomGenerator random, BigDecimal max) {
    if (random.nextDouble() < EDGE_VALUE_RATE) {
      return random.nextBoolean() ? BigDecimal.ZERO : max;
    }
    return wholeOrTenths(random, max);
  }

  /** A value from 0 to max in steps of 0.1. */
  private static BigDecimal wholeOrTenths(RandomGenerator random, BigDecimal max) {
    long tenths = max.movePointRight(1).setScale(0, RoundingMode.FLOOR).longValueExact();
    return Decimals.normalise(BigDecimal.valueOf(random.nextLong(tenths + 1)).movePointLeft(1));
  }

  private static BigDecimal positive(RandomGenerator random) {
    return Decimals.normalise(BigDecimal.valueOf(1 + random.nextInt(100)).movePointLeft(1));
  }

  private static TargetProfile seasonal(RandomGenerator random) {
    int n = random.nextBoolean() ? 4 : 12;
    List<BigDecimal> weights = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      weights.add(BigDecimal.valueOf(1 + random.nextInt(5)));
    }
    if (random.nextDouble() < EDGE_VALUE_RATE) {
      weights.set(random.nextInt(n), BigDecimal.ZERO);
    }
    return TargetProfile.seasonal(weights);
  }

  /** Amounts in tenths that add up exactly to the total. */
  private static TargetProfile cumulative(RandomGenerator random, BigDecimal total) {
    int n = random.nextBoolean() ? 4 : 12;
    int scale = Math.max(0, total.scale()) + 1;
    long units = total.movePointRight(scale).longValueExact();
    long[] parts = new long[n];
    long left = units;
    for (int i = 0; i < n - 1; i++) {
      parts[i] = left == 0 ? 0 : random.nextLong(left / (n - i) * 2 + 1);
      parts[i] = Math.min(parts[i], left);
      left -= parts[i];
    }
    parts[n - 1] = left;
    List<BigDecimal> amounts = new ArrayList<>(n);
    for (long part : parts) {
      amounts.add(BigDecimal.valueOf(part).movePointLeft(scale));
    }
    return TargetProfile.cumulative(amounts);
  }
}
