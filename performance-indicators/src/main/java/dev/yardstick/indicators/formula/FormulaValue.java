package dev.yardstick.indicators.formula;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One figure a formula produced: the numerator, the denominator and the value of an indicator for
 * one reporting period, for the whole or for one group of a disaggregation.
 *
 * <p>The value is {@code numerator * multiplier / denominator}, computed from the exact counts and
 * exact wherever the quotient terminates (12/80 x 100 = 15), else to 34 significant digits
 * ({@link MathContext#DECIMAL128}); the indicator's rounding policy is applied when it is shown,
 * not here.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>A zero denominator (no one in the population) has no value: {@link #getValue()} is empty
 *       and {@link #getStatus()} is {@link Status#ZERO_DENOMINATOR}, never 0 or NaN.
 *   <li>A per-population rate whose population table has no entry for the period or group has no
 *       value and the status {@link Status#NO_POPULATION}.
 *   <li>A small number (a numerator, or a denominator counted from records, from 1 to below the
 *       caller's threshold) is flagged {@linkplain #isSuppressed() suppressed}. The counts stay
 *       here so the caller decides what to publish; {@link #toIndicatorValue} converts a
 *       suppressed figure to an indicator value without a figure or counts.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@YardstickStyle
public abstract class FormulaValue {

  /** Whether a figure could be calculated, and if not why. */
  public enum Status {
    /** The denominator is positive and the value is present. */
    CALCULATED,
    /** The denominator counted from records is zero: no value. */
    ZERO_DENOMINATOR,
    /** The formula divides by a population table that has no population here: no value. */
    NO_POPULATION
  }

  FormulaValue() {}

  /**
   * Returns the value for a period of the whole.
   *
   * @param period the reporting period
   * @param numerator the numerator count, at least 0
   * @param denominator the denominator (a count or a population), at least 0
   * @param multiplier the multiplier, such as 100 for a percentage, at least 1
   * @return the value, not suppressed
   * @throws IllegalArgumentException if a count is negative or the multiplier below 1
   */
  public static FormulaValue of(
      ReportingPeriod period, long numerator, long denominator, long multiplier) {
    return builder()
        .period(period)
        .numerator(numerator)
        .denominator(denominator)
        .multiplier(multiplier)
        .build();
  }

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the reporting period.
   *
   * @return the period
   */
  public abstract ReportingPeriod getPeriod();

  /**
   * Returns the name of the disaggregation this value is a group of, such as {@code team}.
   *
   * @return the dimension; empty for the whole
   */
  public abstract Optional<String> getDimension();

  /**
   * Returns the group within the disaggregation, such as a team's name or {@code 65-74}.
   *
   * @return the group; empty for the whole
   */
  public abstract Optional<String> getGroup();

  /**
   * Returns the numerator: the count of records, people or episodes that meet the numerator.
   *
   * @return the numerator, at least 0
   */
  public abstract long getNumerator();

  /**
   * Returns the denominator: the count of the population, or the population from a table.
   *
   * @return the denominator, at least 0; 0 when there is none
   */
  public abstract long getDenominator();

  /**
   * Returns the multiplier of the indicator's unit: 100 for a percentage, 1,000 for a rate per
   * 1,000, 1 for a ratio.
   *
   * @return the multiplier, at least 1
   */
  public abstract long getMultiplier();

  /**
   * Tells whether the denominator is a population from a table rather than a count of records.
   *
   * @return {@code true} for a per-population rate
   */
  @Value.Default
  public boolean isFromPopulationTable() {
    return false;
  }

  /**
   * Tells whether the figure is flagged for suppression as a small number.
   *
   * @return {@code true} if the numerator, or a denominator counted from records, is positive and
   *     below the caller's threshold
   */
  @Value.Default
  public boolean isSuppressed() {
    return false;
  }

  /**
   * Returns whether a figure could be calculated.
   *
   * @return {@link Status#CALCULATED} when the denominator is positive
   */
  public Status getStatus() {
    if (getDenominator() > 0) {
      return Status.CALCULATED;
    }
    return isFromPopulationTable() ? Status.NO_POPULATION : Status.ZERO_DENOMINATOR;
  }

  /**
   * Returns {@code numerator * multiplier / denominator}, exact where the quotient terminates,
   * else to 34 significant digits, in normal form.
   *
   * @return the value; empty when the denominator is zero or there is no population
   */
  public Optional<BigDecimal> getValue() {
    if (getDenominator() == 0) {
      return Optional.empty();
    }
    BigDecimal scaled = BigDecimal.valueOf(getNumerator()).multiply(BigDecimal.valueOf(getMultiplier()));
    return Optional.of(
        Decimals.normalise(scaled.divide(BigDecimal.valueOf(getDenominator()), MathContext.DECIMAL128)));
  }

  /**
   * Returns the numerator and denominator as a {@link Ratio}, which rolls up over periods and
   * organisations by adding counts and takes an indicator's unit and rounding policy.
   *
   * @return the ratio of the numerator to the denominator
   */
  public Ratio getRatio() {
    return Ratio.of(getNumerator(), getDenominator());
  }

  /**
   * Returns this figure as an indicator value of a definition for an organisation: the value
   * {@link IndicatorValue#fromRatio} computes from the numerator and denominator under the
   * definition's unit and rounding, so that value, numerator and denominator agree.
   *
   * <h4>Edge cases</h4>
   *
   * <ul>
   *   <li>A {@linkplain #isSuppressed() suppressed} figure gives a {@link ValueQuality#SUPPRESSED}
   *       value with neither figure nor numerator nor denominator, so nothing of the small
   *       numbers is published.
   *   <li>A zero denominator gives a {@link ValueQuality#MISSING} value with the reason {@code
   *       zero denominator}, keeping the counts (both 0 for a count of records), never 0 or NaN.
   *   <li>No population in the table gives a {@link ValueQuality#MISSING} value with the reason
   *       {@code no population in the population table} and no counts, since the denominator is
   *       not known; so does a suppressed figure with no population.
   * </ul>
   *
   * <p>A group's value carries no group: {@link IndicatorValue} has no place for one, so the
   * caller keeps the group beside it (as {@link FormulaResult#toIndicatorValues(OrganisationId,
   * String)} does).
   *
   * @param definition the definition of the indicator, whose unit has this figure's multiplier
   * @param organisation the organisation the figure is for
   * @return the value, of quality {@link ValueQuality#FINAL} when there is a figure
   * @throws IllegalArgumentException if the definition's unit multiplier is not this figure's,
   *     or the definition rejects the value ({@link IndicatorDefinition#validate}), such as a
   *     percentage whose numerator is above a population from a table; the message names the
   *     indicator, the period and the rule
   */
  public IndicatorValue toIndicatorValue(
      IndicatorDefinition definition, OrganisationId organisation) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(organisation, "organisation");
    checkArgument(
        definition.getUnit().getMultiplier() == getMultiplier(),
        "formula value for %s has multiplier %s, but indicator %s is in %s, multiplier %s",
        getPeriod(),
        getMultiplier(),
        definition.getCode(),
        definition.getUnit(),
        definition.getUnit().getMultiplier());
    if (getStatus() == Status.NO_POPULATION) {
      return IndicatorValue.missing(
          definition.getCode(), organisation, getPeriod(), "no population in the population table");
    }
    if (isSuppressed()) {
      return IndicatorValue.builder()
          .indicator(definition.getCode())
          .organisation(organisation)
          .period(getPeriod())
          .quality(ValueQuality.SUPPRESSED)
          .qualityReason("small numbers: a count is below the suppression threshold")
          .build();
    }
    return IndicatorValue.fromRatio(
        definition, organisation, getPeriod(), getNumerator(), getDenominator());
  }

  /**
   * Checks the invariants.
   *
   * @throws IllegalArgumentException if a count is negative, the multiplier below 1, or only one
   *     of dimension and group is present
   */
  @Value.Check
  protected void check() {
    checkArgument(getNumerator() >= 0, "formula value numerator %s is negative", getNumerator());
    checkArgument(
        getDenominator() >= 0, "formula value denominator %s is negative", getDenominator());
    checkArgument(getMultiplier() >= 1, "formula value multiplier %s is below 1", getMultiplier());
    checkArgument(
        getDimension().isPresent() == getGroup().isPresent(),
        "formula value dimension %s and group %s must both be present or both absent",
        getDimension(),
        getGroup());
  }

  /**
   * Builds a {@link FormulaValue}.
   *
   * <p>Implementation requirements: mutable and not synchronized.
   */
  public static class Builder extends ImmutableFormulaValue.Builder {
    /** Creates an empty builder; {@link FormulaValue#builder()} does the same. */
    public Builder() {}
  }
}
