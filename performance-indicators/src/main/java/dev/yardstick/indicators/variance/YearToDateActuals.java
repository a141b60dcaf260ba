package dev.yardstick.indicators.variance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.dataset.IndicatorSeries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The monthly or quarterly figures of one indicator in one financial year so far, from the first
 * period of the year with none skipped, and their cumulative year-to-date figure by measure kind.
 *
 * <p>How the year to date is formed depends on the measure kind (design decision 3): flow counts
 * are {@linkplain #getValues() values} that add up; snapshots are values of which the latest
 * stands; ratios are {@linkplain #getRatios() numerators and denominators} that are summed before
 * the ratio is taken, never averaged. Means, medians and durations cannot be rolled up from period
 * figures and are rejected.
 *
 * <pre>{@code
 * YearToDateActuals carers = YearToDateActuals.builder()
 *     .indicator(IndicatorCode.of("D42"))
 *     .year(FinancialYear.of(2003))
 *     .frequency(Frequency.QUARTERLY)
 *     .measureKind(MeasureKind.FLOW_COUNT)
 *     .unit(Unit.COUNT)
 *     .polarity(Polarity.HIGHER_IS_BETTER)
 *     .rounding(RoundingPolicy.WHOLE_NUMBER)
 *     .addValues(new BigDecimal("90"), new BigDecimal("115"))
 *     .build();
 * carers.getCumulativeValue();          // Optional[205], April to September
 * carers.toFigure();                    // judged against the profiled target for 2003-04 Q2
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class YearToDateActuals {

  YearToDateActuals() {}

  /**
   * Collects the monthly or quarterly figures of an indicator's series from the start of the
   * financial year to the end of a period, by the definition's measure kind.
   *
   * <p>Edge cases: empty if any period of the year so far has no figure (missing or suppressed), a
   * ratio period has no numerator and denominator, or the measure kind cannot be rolled up ({@link
   * MeasureKind#canRollUp()}).
   *
   * @param definition the indicator's definition, for its code, measure kind, unit, polarity and
   *     rounding
   * @param series the indicator's series for one organisation
   * @param period the month or quarter the year to date runs to
   * @return the actuals, or empty if they cannot be formed
   * @throws IllegalArgumentException if the period is not a month or quarter, or the series is of
   *     another indicator; the message names it
   */
  public static Optional<YearToDateActuals> from(
      IndicatorDefinition definition, IndicatorSeries series, ReportingPeriod period) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(period, "period");
    Frequency frequency = period.getFrequency().orElse(Frequency.ANNUAL);
    checkArgument(
        frequency != Frequency.ANNUAL,
        "year-to-date figures of indicator %s run to a month or quarter, not %s",
        definition.getCode(),
        period);
    checkArgument(
        definition.isKnownBy(series.getIndicator()),
        "series of indicator %s is not of indicator %s",
        series.getIndicator(),
        definition.getCode());
    if (!definition.getMeasureKind().canRollUp()) {
      return Optional.empty();
    }
    FinancialYear year = FinancialYear.from(period.getStart());
    List<ReportingPeriod> periods = frequency.periodsOf(year);
    Builder actuals =
        builder()
            .indicator(definition.getCode())
            .year(year)
            .frequency(frequency)
            .measureKind(definition.getMeasureKind())
            .unit(definition.getUnit())
            .polarity(definition.getPolarity())
            .rounding(definition.getRounding());
    List<BigDecimal> values = new ArrayList<>();
    List<Ratio> ratios = new ArrayList<>();
    for (ReportingPeriod p : periods.subList(0, periods.indexOf(period) + 1)) {
      Optional<IndicatorValue> value = series.find(p);
      if (definition.getMeasureKind() == MeasureKind.RATIO) {
        Optional<Ratio> ratio = value.flatMap(IndicatorValue::getRatio);
        if (ratio.isEmpty()) {
          return Optional.empty();
        }
        ratios.add(ratio.get());
      } else {
        Optional<BigDecimal> v = value.flatMap(IndicatorValue::getValue);
        if (v.isEmpty()) {
          return Optional.empty();
        }
        values.add(v.get());
      }
    }
    return Optional.of(actuals.values(values).ratios(ratios).build());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator.
   *
   * @return the indicator code
   */
  public abstract IndicatorCode getIndicator();

  /**
   * Returns the financial year.
   *
   * @return the year
   */
  public abstract FinancialYear getYear();

  /**
   * Returns whether the figures are monthly or quarterly.
   *
   * @return {@link Frequency#MONTHLY} or {@link Frequency#QUARTERLY}
   */
  public abstract Frequency getFrequency();

  /**
   * Returns how the figures roll up over time.
   *
   * @return {@link MeasureKind#FLOW_COUNT}, {@link MeasureKind#SNAPSHOT} or {@link
   *     MeasureKind#RATIO}
   */
  public abstract MeasureKind getMeasureKind();

  /**
   * Returns the unit of the figures.
   *
   * @return the unit
   */
  public abstract Unit getUnit();

  /**
   * Returns which way is good for the indicator.
   *
   * @return the polarity
   */
  public abstract Polarity getPolarity();

  /**
   * Returns how the indicator's figures are rounded before they are shown and judged.
   *
   * @return the rounding policy
   */
  public abstract RoundingPolicy getRounding();

  /**
   * Returns the figure of each period so far, for flows and snapshots.
   *
   * @return the values in period order from the start of the year, normalised; empty for a ratio
   */
  public abstract List<BigDecimal> getValues();

  /**
   * Returns the numerator and denominator of each period so far, for ratios.
   *
   * @return the ratios in period order from the start of the year; empty unless a ratio
   */
  public abstract List<Ratio> getRatios();

  /**
   * Returns the number of periods with figures.
   *
   * @return from 1 to 12 months or 4 quarters
   */
  public int getPeriodsElapsed() {
    return getMeasureKind() == MeasureKind.RATIO ? getRatios().size() : getValues().size();
  }

  /**
   * Returns the number of months of the year the figures cover.
   *
   * @return from 1 to 12
   */
  public int getMonthsElapsed() {
    return getPeriodsElapsed() * (getFrequency() == Frequency.QUARTERLY ? 3 : 1);
  }

  /**
   * Tells whether the figures cover the whole year.
   *
   * @return {@code true} after 12 months or 4 quarters
   */
  public boolean isComplete() {
    return getMonthsElapsed() == 12;
  }

  /**
   * Returns the latest period with a figure, the end of the year to date.
   *
   * @return the month or quarter
   */
  public ReportingPeriod getLastPeriod() {
    return getFrequency().periodsOf(getYear()).get(getPeriodsElapsed() - 1);
  }

  /**
   * Returns the year-to-date figure: the sum of a flow, the latest snapshot, or the ratio of the
   * summed numerators to the summed denominators, times the unit's multiplier, unrounded (to 16
   * significant digits for a ratio).
   *
   * <p>Edge cases: a ratio whose summed denominator is zero has no value (empty).
   *
   * @return the figure, or empty
   */
  @Value.Lazy
  public Optional<BigDecimal> getCumulativeValue() {
    switch (getMeasureKind()) {
      case FLOW_COUNT:
        return Optional.of(
            Decimals.normalise(getValues().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
      case SNAPSHOT:
        return Optional.of(getValues().get(getValues().size() - 1));
      default:
        return getCumulativeRatio().getUnroundedValue(getUnit(), MathContext.DECIMAL64);
    }
  }

  /**
   * Returns the summed numerator and denominator of a ratio.
   *
   * @return the sum of the ratios; {@link Ratio#EMPTY} unless the measure kind is a ratio
   */
  public Ratio getCumulativeRatio() {
    return getRatios().stream().reduce(Ratio.EMPTY, Ratio::plus);
  }

  /**
   * Returns the year-to-date figure to be judged against the profiled year-to-date target of the
   * {@linkplain #getLastPeriod() last period}.
   *
   * @return the figure, with basis {@link VarianceBasis#YEAR_TO_DATE}; missing if a ratio's
   *     denominator is zero
   */
  public Figure toFigure() {
    return Figure.builder()
        .indicator(getIndicator())
        .period(getLastPeriod())
        .basis(VarianceBasis.YEAR_TO_DATE)
        .unit(getUnit())
        .polarity(getPolarity())
        .rounding(getRounding())
        .value(getCumulativeValue())
        .build();
  }

  @Value.Check
  YearToDateActuals check() {
    String of = "year-to-date figures of indicator " + getIndicator() + " in " + getYear();
    checkState(
        getFrequency() != Frequency.ANNUAL, "%s must be monthly or quarterly, not annual", of);
    checkState(
        getMeasureKind().canRollUp(),
        "%s are of kind %s, which cannot be rolled up from period figures",
        of,
        getMeasureKind());
    boolean ratio = getMeasureKind() == MeasureKind.RATIO;
    checkState(
        ratio ? getValues().isEmpty() : getRatios().isEmpty(),
        "%s of kind %s take %s, not %s",
        of,
        getMeasureKind(),
        ratio ? "ratios" : "values",
        ratio ? "values" : "ratios");
    int n = getPeriodsElapsed();
    int max = getFrequency().getPeriodsPerYear();
    checkState(n >= 1 && n <= max, "%s number %s periods, not 1 to %s", of, n, max);
    List<BigDecimal> normal =
        getValues().stream().map(Decimals::normalise).collect(Collectors.toList());
    if (!normal.equals(getValues())) {
      return builder().from(this).values(normal).build();
    }
    return this;
  }

  /** Builds a {@link YearToDateActuals}. */
  public static class Builder extends ImmutableYearToDateActuals.Builder {
    /** Creates a builder with nothing set; prefer {@link YearToDateActuals#builder()}. */
    public Builder() {}
  }
}
