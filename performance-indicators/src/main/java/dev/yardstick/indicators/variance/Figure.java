package dev.yardstick.indicators.variance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure to be judged against a target: which indicator and period it is for, whether it is the
 * period's own figure, a year-to-date figure or a forecast outturn, the unit, polarity and rounding
 * it is judged by, and its value or the reason it has none.
 *
 * <p>The unit, polarity and rounding come from the indicator's definition; the value from the
 * indicator's figure for the period, from a year-to-date roll-up ({@link YearToDateActuals}), from
 * a {@link Forecast}, or from a {@link UnitCost}. A figure has either a value, or none because it
 * is {@linkplain #isSuppressed() suppressed} (small numbers withheld) or missing; suppressed and
 * missing figures are never zero. Values are normalised on entry.
 *
 * <pre>{@code
 * Figure d40 = Figure.builder()
 *     .indicator(IndicatorCode.of("D40"))
 *     .period(FinancialQuarter.parse("2003-04 Q2"))
 *     .unit(Unit.PERCENTAGE)
 *     .polarity(Polarity.HIGHER_IS_BETTER)
 *     .rounding(RoundingPolicy.ONE_DECIMAL_PLACE)
 *     .value(new BigDecimal("71.43"))
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class Figure {

  Figure() {}

  /**
   * Returns an indicator's figure for a period, judged by its definition: the definition's code,
   * unit, polarity and rounding, and the value's figure or the reason it has none.
   *
   * @param definition the definition in force for the value's period
   * @param value the value; suppressed and missing values give figures without a value
   * @return the figure, with basis {@link VarianceBasis#PERIOD}
   * @throws IllegalArgumentException if the value is of another indicator than the definition (by
   *     code or alias); the message names both
   */
  public static Figure of(IndicatorDefinition definition, IndicatorValue value) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(value, "value");
    checkArgument(
        definition.isKnownBy(value.getIndicator()),
        "value of indicator %s is judged by the definition of %s",
        value.getIndicator(),
        definition.getCode());
    return builder()
        .indicator(definition.getCode())
        .period(value.getPeriod())
        .unit(definition.getUnit())
        .polarity(definition.getPolarity())
        .rounding(definition.getRounding())
        .value(value.getValue())
        .suppressed(value.getQuality() == ValueQuality.SUPPRESSED)
        .build();
  }

  /**
   * Returns the figure of an indicator that has no value for a period at all.
   *
   * @param definition the definition in force for the period
   * @param period the period
   * @return the missing figure, with basis {@link VarianceBasis#PERIOD}
   */
  public static Figure missing(IndicatorDefinition definition, ReportingPeriod period) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(period, "period");
    return builder()
        .indicator(definition.getCode())
        .period(period)
        .unit(definition.getUnit())
        .polarity(definition.getPolarity())
        .rounding(definition.getRounding())
        .build();
  }

  /**
   * Returns an organisation's figure of an indicator for a period from a dataset: {@link
   * #of(IndicatorDefinition, IndicatorValue)} of its value there, or {@link
   * #missing(IndicatorDefinition, ReportingPeriod)} if the dataset has none.
   *
   * @param definition the definition in force for the period; its code is looked up
   * @param dataset the figures
   * @param organisation the organisation
   * @param period the period
   * @return the figure, with basis {@link VarianceBasis#PERIOD}
   */
  public static Figure from(
      IndicatorDefinition definition,
      IndicatorDataset dataset,
      OrganisationId organisation,
      ReportingPeriod period) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(period, "period");
    return dataset
        .get(definition.getCode(), organisation, period)
        .map(value -> of(definition, value))
        .orElseGet(() -> missing(definition, period));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; the basis defaults to {@link VarianceBasis#PERIOD}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator the figure is for.
   *
   * @return the indicator code
   */
  public abstract IndicatorCode getIndicator();

  /**
   * Returns the period the figure is for: for a year-to-date figure, the period whose end the year
   * to date runs to; for a forecast outturn, the financial year.
   *
   * @return the period
   */
  public abstract ReportingPeriod getPeriod();

  /**
   * Returns which part of a profiled target the figure is judged against.
   *
   * @return the basis; {@link VarianceBasis#PERIOD} by default
   */
  @Value.Default
  public VarianceBasis getBasis() {
    return VarianceBasis.PERIOD;
  }

  /**
   * Returns the unit of the figure, which must be the target's.
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
   * Returns the value, unrounded as computed.
   *
   * @return the value in the figure's unit, normalised; empty if suppressed or missing
   */
  public abstract Optional<BigDecimal> getValue();

  /**
   * Tells whether the figure is withheld because it rests on numbers small enough to identify
   * people.
   *
   * @return {@code true} if suppressed; {@code false} by default
   */
  @Value.Default
  public boolean isSuppressed() {
    return false;
  }

  @Value.Check
  Figure check() {
    checkState(
        !isSuppressed() || getValue().isEmpty(),
        "figure of indicator %s for %s is suppressed but has a value",
        getIndicator(),
        getPeriod());
    if (getValue().isPresent() && !getValue().get().equals(Decimals.normalise(getValue().get()))) {
      return builder().from(this).value(Decimals.normalise(getValue().get())).build();
    }
    return this;
  }

  /** Builds a {@link Figure}. */
  public static class Builder extends ImmutableFigure.Builder {
    /** Creates a builder with nothing set; prefer {@link Figure#builder()}. */
    public Builder() {}
  }
}
