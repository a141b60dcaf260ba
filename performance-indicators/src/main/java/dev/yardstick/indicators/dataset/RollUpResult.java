package dev.yardstick.indicators.dataset;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The result of rolling the months or quarters of one indicator and organisation up to a longer
 * period: the figure if there is one, and how it was reached.
 *
 * <p>It carries the inputs and options used: the parts rolled up, the parts missing, the part
 * frequency, the measure kind that decided the rule and the {@link MissingParts} policy.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class RollUpResult {

  RollUpResult() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator.
   *
   * @return the indicator's code
   */
  public abstract IndicatorCode getIndicator();

  /**
   * Returns the organisation.
   *
   * @return the organisation
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the period rolled up to: a financial year, a quarter, or a year to date.
   *
   * @return the target period
   */
  public abstract ReportingPeriod getPeriod();

  /**
   * Returns the measure kind whose rule was applied.
   *
   * @return the measure kind
   */
  public abstract MeasureKind getMeasureKind();

  /**
   * Returns the frequency of the parts rolled up.
   *
   * @return {@link Frequency#MONTHLY} or {@link Frequency#QUARTERLY}; empty when the series had no
   *     part in the period and none was set
   */
  public abstract Optional<Frequency> getPartFrequency();

  /**
   * Returns the policy that was applied to missing parts.
   *
   * @return the policy
   */
  public abstract MissingParts getMissingPartsPolicy();

  /**
   * Returns the outcome.
   *
   * @return the status
   */
  public abstract RollUpStatus getStatus();

  /**
   * Returns the rolled-up figure.
   *
   * @return the value when the status {@linkplain RollUpStatus#hasValue() has one}, else empty
   */
  public abstract Optional<BigDecimal> getValue();

  /**
   * Returns the summed numerator of a ratio.
   *
   * @return the numerator, or empty if the measure is not a ratio or there was none
   */
  public abstract OptionalLong getNumerator();

  /**
   * Returns the summed denominator of a ratio.
   *
   * @return the denominator, or empty if the measure is not a ratio or there was none
   */
  public abstract OptionalLong getDenominator();

  /**
   * Returns the quality of the figure: the weakest quality of the parts used.
   *
   * @return the quality, or empty when there is no figure
   */
  public abstract Optional<ValueQuality> getQuality();

  /**
   * Returns the parts that were rolled up, in period order.
   *
   * @return the parts used
   */
  public abstract List<IndicatorValue> getParts();

  /**
   * Returns the parts of the period that had no usable value, in order.
   *
   * @return the missing periods
   */
  public abstract List<ReportingPeriod> getMissingPeriods();

  /**
   * Returns the figure as an indicator value for the target period, ready to add to a dataset.
   *
   * @return the value, of the rolled-up quality and with the summed numerator and denominator of
   *     a ratio; empty when there is no figure
   */
  public Optional<IndicatorValue> toIndicatorValue() {
    if (getValue().isEmpty()) {
      return Optional.empty();
    }
    IndicatorValue.Builder value =
        IndicatorValue.builder()
            .indicator(getIndicator())
            .organisation(getOrganisation())
            .period(getPeriod())
            .value(getValue().get())
            .quality(getQuality().orElse(ValueQuality.FINAL));
    if (getNumerator().isPresent() && getDenominator().isPresent()) {
      value.numerator(getNumerator().getAsLong()).denominator(getDenominator().getAsLong());
    }
    if (getStatus() == RollUpStatus.PARTIAL) {
      value.commentary(
          "rolled up from " + getParts().size() + " of "
              + (getParts().size() + getMissingPeriods().size()) + " parts");
    }
    return Optional.of(value.build());
  }

  @Value.Check
  void check() {
    checkArgument(
        getValue().isPresent() == getStatus().hasValue(),
        "roll-up of %s for %s in %s: status %s %s a value",
        getIndicator(),
        getOrganisation(),
        getPeriod(),
        getStatus(),
        getStatus().hasValue() ? "needs" : "must not have");
    checkArgument(
        getQuality().isPresent() == getValue().isPresent(),
        "roll-up of %s for %s in %s: a quality goes with a value and only with one",
        getIndicator(),
        getOrganisation(),
        getPeriod());
  }

  /** Builds {@link RollUpResult}s. */
  public static class Builder extends ImmutableRollUpResult.Builder {
    /** Creates an empty builder, as {@link RollUpResult#builder()} does. */
    public Builder() {}
  }
}
