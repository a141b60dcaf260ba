package dev.yardstick.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import dev.yardstick.testkit.Generator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of indicator definitions of every unit, polarity and measure kind, of indicator values
 * that their definition accepts, and of datasets of such values.
 *
 * <p>A definition pairs its unit with the measure kinds that make sense for it: a percentage, a
 * rate or a ratio is a {@link MeasureKind#RATIO}; a count a {@link MeasureKind#FLOW_COUNT} or a
 * {@link MeasureKind#SNAPSHOT}; days a {@link MeasureKind#DURATION}, {@link MeasureKind#MEDIAN} or
 * {@link MeasureKind#MEAN}; pounds a mean or a median; a score a mean or a snapshot. Units are
 * drawn evenly, so every unit and every measure kind comes up. Polarity is higher or lower is
 * better (two in five each), none (one in ten) or best within a range (one in ten). The frequency
 * is annual, quarterly or monthly, the rounding 0 to 2 decimal places, half up or half even. A
 * definition is in force from 1 April of a year from 1998 to 2010, and with probability {@value
 * #ENDED_DEFINITION_RATE} until 31 March of a later year; it has an alias with probability {@value
 * #ALIAS_RATE}.
 *
 * <h2>Edge-case rates of values</h2>
 *
 * <ul>
 *   <li>With probability {@value #MISSING_RATE}, a value is missing (no figure, with a reason).
 *   <li>With probability {@value #SUPPRESSED_RATE}, a value is suppressed as a small number.
 *   <li>With probability {@value #PROVISIONAL_RATE}, a value is provisional or estimated.
 *   <li>A ratio value comes from a numerator and denominator drawn by {@link
 *       ValueGenerators#proportions(long)} (a rate's numerator may exceed a proportion's); a zero
 *       denominator gives a missing value, as {@link IndicatorValue#fromRatio} makes it.
 * </ul>
 *
 * <pre>{@code
 * IndicatorDefinition definition = IndicatorGenerators.definitions().sample(1L, 0);
 * IndicatorDataset panel = IndicatorGenerators.datasets(definition).sample(1L, 20);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe; the generators are stateless.
 *
 * @since 0.1.0
 */
public final class IndicatorGenerators {

  /** The probability that a definition has an end date. */
  public static final double ENDED_DEFINITION_RATE = 0.3;

  /** The probability that a definition has an alias. */
  public static final double ALIAS_RATE = 0.2;

  /** The probability that a value is missing. */
  public static final double MISSING_RATE = 0.05;

  /** The probability that a value is suppressed. */
  public static final double SUPPRESSED_RATE = 0.05;

  /** The probability that a value is provisional or estimated. */
  public static final double PROVISIONAL_RATE = 0.1;

  private static final Unit[] UNITS = {
    Unit.PERCENTAGE,
    Unit.PER_100,
    Unit.PER_1_000,
    Unit.PER_10_000,
    Unit.PER_100_000,
    Unit.RATIO,
    Unit.COUNT,
    Unit.POUNDS,
    Unit.DAYS,
    Unit.SCORE
  };

  /** The last day for which periods of a definition with no end are drawn: 31 March 2031. */
  private static final LocalDate LAST_DAY = LocalDate.of(2031, 3, 31);

  private static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN};

  private IndicatorGenerators() {}

  /**
   * Returns a generator of indicator definitions as described in the class description, coded
   * {@code G1} to {@code G40}.
   *
   * @return the generator
   */
  public static Generator<IndicatorDefinition> definitions() {
    Generator<IndicatorCode> codes = TargetGenerators.indicatorCodes();
    return (random, size) -> {
      IndicatorCode code = codes.generate(random, size);
      Unit unit = OrganisationGenerators.pick(random, UNITS);
      int from = PeriodGenerators.between(random, 1998, 2010);
      IndicatorDefinition.Builder builder = IndicatorDefinition.builder();
      builder
          .code(code)
          .title("Generated indicator " + code)
          .unit(unit)
          .measureKind(measureKind(random, unit))
          .polarity(polarity(random, unit))
          .frequency(OrganisationGenerators.pick(random, Frequency.values()))
          .rounding(
              RoundingPolicy.of(random.nextInt(3), OrganisationGenerators.pick(random, MODES)))
          .effectiveFrom(FinancialYear.of(from).getStart());
      if (random.nextDouble() < ENDED_DEFINITION_RATE) {
        builder.effectiveTo(
            FinancialYear.of(PeriodGenerators.between(random, from, 2030)).getEnd());
      }
      if (random.nextDouble() < ALIAS_RATE) {
        builder.addAliases(IndicatorCode.of("OLD " + code));
      }
      return builder.build();
    };
  }

  /**
   * Returns a generator of values of one definition, for a council and a period of the definition's
   * frequency in force under it, that {@link IndicatorDefinition#validate} accepts.
   *
   * @param definition the definition the values are of
   * @return the generator
   */
  public static Generator<IndicatorValue> values(IndicatorDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    Generator<List<OrganisationId>> councils = OrganisationGenerators.distinctCouncilCodes();
    return (random, size) -> {
      List<ReportingPeriod> periods = periodsInForce(definition, random, 1);
      return value(definition, councils.generate(random, 1).get(0), periods.get(0), random);
    };
  }

  /**
   * Returns a generator of datasets of one definition: from 1 to the size (at least 1) councils,
   * each with a value for the same 1 to 12 consecutive periods of the definition's frequency in
   * force under it, at the rates of the class description.
   *
   * @param definition the definition the values are of
   * @return the generator, which throws {@link IllegalArgumentException} if no whole period of the
   *     definition's frequency ends while it is in force
   */
  public static Generator<IndicatorDataset> datasets(IndicatorDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    Generator<List<OrganisationId>> councils = OrganisationGenerators.distinctCouncilCodes();
    return (random, size) -> {
      List<OrganisationId> organisations = councils.generate(random, size);
      List<ReportingPeriod> periods = periodsInForce(definition, random, 1 + random.nextInt(12));
      IndicatorDataset.Builder builder = IndicatorDataset.builder();
      for (OrganisationId organisation : organisations) {
        for (ReportingPeriod period : periods) {
          builder.add(value(definition, organisation, period, random));
        }
      }
      return builder.build();
    };
  }

  /**
   * Up to {@code count} consecutive periods of the definition's frequency in force under it, from a
   * random one of them.
   */
  private static List<ReportingPeriod> periodsInForce(
      IndicatorDefinition definition, RandomGenerator random, int count) {
    LocalDate last = definition.getEffectiveTo().orElse(LAST_DAY);
    List<ReportingPeriod> inForce = new ArrayList<>();
    ReportingPeriod period = definition.getFrequency().periodOf(definition.getEffectiveFrom());
    while (!period.getEnd().isAfter(last)) {
      inForce.add(period);
      period = next(period);
    }
    checkArgument(
        !inForce.isEmpty(),
        "indicator %s is in force for no whole %s period up to %s",
        definition.getCode(),
        definition.getFrequency(),
        last);
    int from = random.nextInt(inForce.size());
    return inForce.subList(from, Math.min(inForce.size(), from + count));
  }

  private static ReportingPeriod next(ReportingPeriod period) {
    if (period instanceof FinancialYear) {
      return ((FinancialYear) period).next();
    }
    if (period instanceof FinancialQuarter) {
      return ((FinancialQuarter) period).next();
    }
    return ((ReportingMonth) period).next();
  }

  private static IndicatorValue value(
      IndicatorDefinition definition,
      OrganisationId organisation,
      ReportingPeriod period,
      RandomGenerator random) {
    double draw = random.nextDouble();
    if (draw < MISSING_RATE) {
      return IndicatorValue.missing(
          definition.getCode(), organisation, period, "return not received");
    }
    if (draw < MISSING_RATE + SUPPRESSED_RATE) {
      return IndicatorValue.builder()
          .indicator(definition.getCode())
          .organisation(organisation)
          .period(period)
          .quality(ValueQuality.SUPPRESSED)
          .qualityReason("fewer than 5")
          .build();
    }
    IndicatorValue value;
    if (definition.getMeasureKind() == MeasureKind.RATIO) {
      Ratio ratio = ValueGenerators.proportions(5_000).generate(random, 0);
      long numerator = ratio.getNumerator();
      if (definition.getUnit().getKind() != Unit.Kind.PERCENTAGE && random.nextBoolean()) {
        numerator *= 1 + random.nextInt(3); // a rate may exceed one per head
      }
      value =
          IndicatorValue.fromRatio(
              definition, organisation, period, numerator, ratio.getDenominator());
    } else {
      BigDecimal max =
          definition.getUnit().getKind() == Unit.Kind.SCORE
              ? BigDecimal.valueOf(4)
              : BigDecimal.valueOf(2_000);
      BigDecimal figure =
          definition
              .getRounding()
              .round(
                  ValueGenerators.decimals(definition.getRounding(), BigDecimal.ZERO, max)
                      .generate(random, 0));
      value = IndicatorValue.of(definition.getCode(), organisation, period, figure);
    }
    if (value.getQuality() == ValueQuality.FINAL && draw > 1 - PROVISIONAL_RATE) {
      value =
          IndicatorValue.builder()
              .from(value)
              .quality(random.nextBoolean() ? ValueQuality.PROVISIONAL : ValueQuality.ESTIMATED)
              .build();
    }
    return value;
  }

  private static MeasureKind measureKind(RandomGenerator random, Unit unit) {
    switch (unit.getKind()) {
      case PERCENTAGE:
      case RATE:
      case RATIO:
        return MeasureKind.RATIO;
      case COUNT:
        return random.nextBoolean() ? MeasureKind.FLOW_COUNT : MeasureKind.SNAPSHOT;
      case DAYS:
        return OrganisationGenerators.pick(
            random, MeasureKind.DURATION, MeasureKind.MEDIAN, MeasureKind.MEAN);
      case POUNDS:
        return random.nextBoolean() ? MeasureKind.MEAN : MeasureKind.MEDIAN;
      default:
        return random.nextBoolean() ? MeasureKind.MEAN : MeasureKind.SNAPSHOT;
    }
  }

  private static Polarity polarity(RandomGenerator random, Unit unit) {
    double draw = random.nextDouble();
    if (draw < 0.4) {
      return Polarity.HIGHER_IS_BETTER;
    }
    if (draw < 0.8) {
      return Polarity.LOWER_IS_BETTER;
    }
    if (draw < 0.9) {
      return Polarity.NONE;
    }
    long upper = unit.getKind() == Unit.Kind.PERCENTAGE ? 100 : 1_000;
    long a = random.nextLong(upper + 1);
    long b = random.nextLong(upper + 1);
    return Polarity.withinRange(
        BigDecimal.valueOf(Math.min(a, b)), BigDecimal.valueOf(Math.max(a, b)));
  }
}
