package dev.yardstick.indicators.variance;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit cost: spend in pounds divided by the units of service it bought, such as the gross cost
 * per week of residential care for older people (PAF B12), treated as an indicator in {@link
 * Unit#POUNDS} with its own target and variance.
 *
 * <p>Spend and units are exact and normalised on entry; the cost is their quotient, to 16
 * significant digits, and is shown and judged to pounds and pence ({@link
 * RoundingPolicy#TWO_DECIMAL_PLACES}) unless another rounding is given. A lower unit cost is better
 * by default.
 *
 * <pre>{@code
 * UnitCost b12 = UnitCost.of(IndicatorCode.of("B12"), FinancialYear.of(2003),
 *     new BigDecimal("8215400.00"), new BigDecimal("20540"));   // weeks of care
 * b12.getCost();                                                 // Optional[399.970788...]
 * VarianceCalculator.withDefaults().calculate(b12.toFigure(), target);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class UnitCost {

  UnitCost() {}

  /**
   * Returns a unit cost with the default polarity and rounding.
   *
   * @param indicator the unit-cost indicator
   * @param period the period the spend and units are for
   * @param spend the spend in pounds, zero or more
   * @param units the units of service, zero or more
   * @return the unit cost
   * @throws IllegalStateException if the spend or units are negative; the message names the
   *     indicator and the value
   */
  public static UnitCost of(
      IndicatorCode indicator, ReportingPeriod period, BigDecimal spend, BigDecimal units) {
    return builder().indicator(indicator).period(period).spend(spend).units(units).build();
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
   * Returns the unit-cost indicator.
   *
   * @return the indicator code
   */
  public abstract IndicatorCode getIndicator();

  /**
   * Returns the period.
   *
   * @return the period
   */
  public abstract ReportingPeriod getPeriod();

  /**
   * Returns the spend.
   *
   * @return the spend in pounds, normalised
   */
  public abstract BigDecimal getSpend();

  /**
   * Returns the units of service bought.
   *
   * @return the units, such as weeks of care, normalised
   */
  public abstract BigDecimal getUnits();

  /**
   * Returns which way is good.
   *
   * @return the polarity; {@link Polarity#LOWER_IS_BETTER} by default
   */
  @Value.Default
  public Polarity getPolarity() {
    return Polarity.LOWER_IS_BETTER;
  }

  /**
   * Returns how the cost is rounded before it is shown and judged.
   *
   * @return the rounding; {@link RoundingPolicy#TWO_DECIMAL_PLACES} (pence) by default
   */
  @Value.Default
  public RoundingPolicy getRounding() {
    return RoundingPolicy.TWO_DECIMAL_PLACES;
  }

  /**
   * Returns the cost per unit, unrounded.
   *
   * <p>Edge cases: no units of service give no cost (empty), never a division by zero.
   *
   * @return the cost in pounds per unit, to 16 significant digits, or empty
   */
  public Optional<BigDecimal> getCost() {
    if (getUnits().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(Decimals.normalise(getSpend().divide(getUnits(), MathContext.DECIMAL64)));
  }

  /**
   * Returns the unit cost as a figure to judge against a unit-cost target.
   *
   * @return the figure in pounds; missing if there are no units
   */
  public Figure toFigure() {
    return Figure.builder()
        .indicator(getIndicator())
        .period(getPeriod())
        .unit(Unit.POUNDS)
        .polarity(getPolarity())
        .rounding(getRounding())
        .value(getCost())
        .build();
  }

  @Value.Check
  UnitCost check() {
    checkState(
        getSpend().signum() >= 0,
        "unit cost %s spend %s is negative",
        getIndicator(),
        getSpend().toPlainString());
    checkState(
        getUnits().signum() >= 0,
        "unit cost %s units %s are negative",
        getIndicator(),
        getUnits().toPlainString());
    BigDecimal spend = Decimals.normalise(getSpend());
    BigDecimal units = Decimals.normalise(getUnits());
    if (!spend.equals(getSpend()) || !units.equals(getUnits())) {
      return builder().from(this).spend(spend).units(units).build();
    }
    return this;
  }

  /** Builds a {@link UnitCost}. */
  public static class Builder extends ImmutableUnitCost.Builder {
    /** Creates a builder with nothing set; prefer {@link UnitCost#builder()}. */
    public Builder() {}
  }
}
