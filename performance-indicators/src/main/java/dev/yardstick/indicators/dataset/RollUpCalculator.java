package dev.yardstick.indicators.dataset;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rolls the monthly or quarterly figures of one indicator and organisation up to a year to date,
 * a quarter or the whole financial year, by the rule the indicator's measure kind sets (design
 * decision 3):
 *
 * <ul>
 *   <li>{@link MeasureKind#FLOW_COUNT}: the figures add up (admissions in the year are the sum of
 *       the admissions in its months);
 *   <li>{@link MeasureKind#SNAPSHOT}: the latest figure stands (people supported at the end of the
 *       year are those supported at the end of its last month);
 *   <li>{@link MeasureKind#RATIO}: numerators and denominators are summed and the ratio is
 *       recomputed under the indicator's multiplier and rounding, never averaged, so a year's
 *       percentage always lies between its smallest and largest monthly percentage;
 *   <li>{@link MeasureKind#MEAN}, {@link MeasureKind#MEDIAN}, {@link MeasureKind#DURATION}: no
 *       roll-up ({@link RollUpStatus#NOT_AGGREGATABLE}).
 * </ul>
 *
 * <pre>{@code
 * RollUpResult ytd = RollUpCalculator.withDefaults()
 *     .calculate(definition, series, ReportingMonth.of(2003, 9).yearToDate());
 * ytd.getValue();                     // April to September
 * }</pre>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>No part of the period in the series: {@link RollUpStatus#NO_DATA}.
 *   <li>Some parts absent, missing or suppressed: {@link RollUpStatus#INCOMPLETE} by default, or
 *       {@link RollUpStatus#PARTIAL} with {@link MissingParts#USE_AVAILABLE}.
 *   <li>A ratio part without numerator and denominator: {@link RollUpStatus#NOT_RECOMPUTABLE}.
 *   <li>A month whose denominator is zero has no value (it is {@link
 *       dev.yardstick.indicators.ValueQuality#MISSING missing}), so it is a missing part; the
 *       summed denominator of the parts used is always above zero.
 * </ul>
 *
 * <p>The parts are the months (or quarters) of the target's financial year that lie within the
 * target; by default the finest frequency the series has in the target, months before quarters.
 * Ratios summed this way suit indicators whose numerator and denominator are both flows over the
 * period (admissions out of referrals); a rate per population is usually reported for the year
 * and not rolled up.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class RollUpCalculator {

  private static final RollUpCalculator DEFAULTS =
      new RollUpCalculator(MissingParts.NOT_CALCULATED, null);

  private final MissingParts missingParts;
  private final @Nullable Frequency partFrequency;

  private RollUpCalculator(MissingParts missingParts, @Nullable Frequency partFrequency) {
    this.missingParts = missingParts;
    this.partFrequency = partFrequency;
  }

  /**
   * Returns the calculator with the default options: {@link MissingParts#NOT_CALCULATED}, and
   * parts of the finest frequency present.
   *
   * @return the calculator
   */
  public static RollUpCalculator withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a calculator like this one with another missing-parts policy.
   *
   * @param policy the policy
   * @return the calculator
   */
  public RollUpCalculator with(MissingParts policy) {
    return new RollUpCalculator(Objects.requireNonNull(policy, "policy"), partFrequency);
  }

  /**
   * Returns a calculator like this one that rolls up parts of a fixed frequency.
   *
   * @param frequency {@link Frequency#MONTHLY} or {@link Frequency#QUARTERLY}
   * @return the calculator
   * @throws IllegalArgumentException if the frequency is {@link Frequency#ANNUAL}
   */
  public RollUpCalculator with(Frequency frequency) {
    Objects.requireNonNull(frequency, "frequency");
    checkArgument(
        frequency != Frequency.ANNUAL, "part frequency %s: annual figures do not roll up", frequency);
    return new RollUpCalculator(missingParts, frequency);
  }

  /**
   * Returns the missing-parts policy.
   *
   * @return the policy
   */
  public MissingParts getMissingParts() {
    return missingParts;
  }

  /**
   * Returns the fixed part frequency, if one is set.
   *
   * @return the frequency, or empty for the finest present
   */
  public Optional<Frequency> getPartFrequency() {
    return Optional.ofNullable(partFrequency);
  }

  /**
   * Rolls a series up to a target period.
   *
   * @param definition the indicator's definition, whose measure kind, unit and rounding are used
   * @param series the series of the indicator for one organisation
   * @param target a financial year, a quarter, or a year to date ({@code
   *     ReportingMonth.yearToDate()}): a run of whole parts within one financial year
   * @return the result
   * @throws IllegalArgumentException if the series is of another indicator, or the target spans
   *     financial years or is not made of whole parts of the part frequency
   */
  public RollUpResult calculate(
      IndicatorDefinition definition, IndicatorSeries series, ReportingPeriod target) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(target, "target");
    checkArgument(
        definition.isKnownBy(series.getIndicator()),
        "series of indicator %s does not match definition %s",
        series.getIndicator(),
        definition.getCode());
    FinancialYear year = FinancialYear.from(target.getStart());
    checkArgument(
        !target.getEnd().isAfter(year.getEnd()),
        "target period %s spans more than the financial year %s",
        target,
        year);
    Frequency frequency = partFrequency != null ? partFrequency : finestIn(series, target);
    RollUpResult.Builder result =
        RollUpResult.builder()
            .indicator(series.getIndicator())
            .organisation(series.getOrganisation())
            .period(target)
            .measureKind(definition.getMeasureKind())
            .missingPartsPolicy(missingParts);
    if (frequency == null) {
      return result.status(RollUpStatus.NO_DATA).build();
    }
    result.partFrequency(frequency);
    List<ReportingPeriod> expected = new ArrayList<>();
    for (ReportingPeriod part : frequency.periodsOf(year)) {
      if (target.contains(part)) {
        expected.add(part);
      }
    }
    checkArgument(
        !expected.isEmpty()
            && expected.get(0).getStart().equals(target.getStart())
            && expected.get(expected.size() - 1).getEnd().equals(target.getEnd()),
        "target period %s is not made of whole %s parts of %s",
        target,
        frequency,
        year);
    List<IndicatorValue> parts = new ArrayList<>();
    for (ReportingPeriod period : expected) {
      Optional<IndicatorValue> part = series.find(period);
      if (part.isPresent() && part.get().getQuality().hasValue()) {
        parts.add(part.get());
      } else {
        result.addMissingPeriods(period);
      }
    }
    result.addAllParts(parts);
    boolean complete = parts.size() == expected.size();
    if (!definition.getMeasureKind().canRollUp()) {
      return result.status(RollUpStatus.NOT_AGGREGATABLE).build();
    }
    if (parts.isEmpty()) {
      return result.status(RollUpStatus.NO_DATA).build();
    }
    if (!complete && missingParts == MissingParts.NOT_CALCULATED) {
      return result.status(RollUpStatus.INCOMPLETE).build();
    }
    ValueQuality quality = parts.get(0).getQuality();
    for (IndicatorValue part : parts) {
      quality = quality.combine(part.getQuality());
    }
    RollUpStatus done = complete ? RollUpStatus.COMPLETE : RollUpStatus.PARTIAL;
    switch (definition.getMeasureKind()) {
      case FLOW_COUNT:
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorValue part : parts) {
          sum = sum.add(part.getValue().orElseThrow());
        }
        return result.status(done).value(sum).quality(quality).build();
      case SNAPSHOT:
        IndicatorValue latest = parts.get(parts.size() - 1);
        result.value(latest.getValue().orElseThrow()).quality(latest.getQuality()).status(done);
        latest.getNumerator().ifPresent(result::numerator);
        latest.getDenominator().ifPresent(result::denominator);
        return result.build();
      default:
        Ratio total = Ratio.EMPTY;
        for (IndicatorValue part : parts) {
          Optional<Ratio> ratio = part.getRatio();
          if (ratio.isEmpty()) {
            return result.status(RollUpStatus.NOT_RECOMPUTABLE).build();
          }
          total = total.plus(ratio.get());
        }
        // Every part with a value has a denominator above zero, so the total has one too.
        return result
            .numerator(total.getNumerator())
            .denominator(total.getDenominator())
            .status(done)
            .value(definition.valueOf(total).orElseThrow())
            .quality(quality)
            .build();
    }
  }

  private static @Nullable Frequency finestIn(IndicatorSeries series, ReportingPeriod target) {
    Frequency finest = null;
    for (IndicatorValue value : series.getValues()) {
      Optional<Frequency> f = value.getPeriod().getFrequency();
      if (f.isPresent() && f.get() != Frequency.ANNUAL && target.contains(value.getPeriod())) {
        if (finest == null || f.get() == Frequency.MONTHLY) {
          finest = f.get();
        }
      }
    }
    return finest;
  }

  /**
   * Returns the options, such as {@code RollUpCalculator{NOT_CALCULATED, finest frequency}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "RollUpCalculator{"
        + missingParts
        + ", "
        + (partFrequency == null ? "finest frequency" : partFrequency)
        + "}";
  }
}
