package dev.yardstick.indicators.variance;

import dev.yardstick.core.framework.Target;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget line monitored by {@link BudgetCalculator}: spend to date against the profiled budget to
 * date, and the forecast outturn against the whole budget, each with its variance and colour.
 *
 * <p>Variances follow council finance reports: spend minus budget, so a positive variance is an
 * overspend (adverse) and a negative one an underspend. Money is in pounds, exact.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class BudgetResult {

  BudgetResult() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the budget: an at-most target in pounds for the financial year, with its profile.
   *
   * @return the budget
   */
  public abstract Target getBudget();

  /**
   * Returns the spend of the year so far.
   *
   * @return the spend, a flow in pounds
   */
  public abstract YearToDateActuals getSpend();

  /**
   * Returns the spend to date judged against the budget profiled to date.
   *
   * @return the year-to-date variance
   */
  public abstract VarianceResult getYearToDate();

  /**
   * Returns the forecast outturn.
   *
   * @return the forecast
   */
  public abstract Forecast getForecast();

  /**
   * Returns the forecast outturn judged against the whole budget.
   *
   * @return the outturn variance
   */
  public abstract VarianceResult getOutturn();

  /**
   * Returns the spend to date.
   *
   * @return the spend in pounds
   */
  public BigDecimal getSpendToDate() {
    return getSpend().getCumulativeValue().orElseThrow();
  }

  /**
   * Returns the budget profiled to the end of the last period of spend.
   *
   * @return the budget to date in pounds
   */
  public BigDecimal getBudgetToDate() {
    return getBudget()
        .targetFor(getSpend().getLastPeriod())
        .flatMap(p -> p.getYearToDateValue())
        .orElseThrow();
  }

  /**
   * Returns spend to date minus budget to date: positive for an overspend.
   *
   * @return the variance in pounds
   */
  public BigDecimal getVarianceToDate() {
    return Decimals.normalise(getSpendToDate().subtract(getBudgetToDate()));
  }

  /**
   * Returns forecast outturn minus the whole budget: positive for a forecast overspend.
   *
   * @return the variance in pounds, or empty if there is no forecast
   */
  public Optional<BigDecimal> getForecastVariance() {
    BigDecimal budget = getBudget().getThreshold().orElseThrow();
    return getForecast().getOutturn().map(o -> Decimals.normalise(o.subtract(budget)));
  }

  /**
   * Explains the result in one sentence, such as {@code "Amber: forecast outturn £1052000.00
   * against a budget of £1000000.00, an overspend of £52000.00; £530000.00 spent to 2003-04 Q2
   * against £500000.00 profiled."}.
   *
   * @return the explanation
   */
  public String explain() {
    YearToDateActuals spend = getSpend();
    String status = Wording.status(getOutturn().getStatus());
    String budget = pounds(getBudget().getThreshold().orElseThrow());
    String outturn =
        getForecast()
            .getOutturn()
            .map(o -> "forecast outturn " + pounds(o) + " against a budget of " + budget)
            .orElse("no forecast against a budget of " + budget);
    String variance =
        getForecastVariance()
            .map(
                v ->
                    v.signum() > 0
                        ? ", an overspend of " + pounds(v)
                        : v.signum() < 0
                            ? ", an underspend of " + pounds(v.negate())
                            : ", on budget")
            .orElse("");
    return status
        + ": "
        + outturn
        + variance
        + "; "
        + pounds(getSpendToDate())
        + " spent to "
        + spend.getLastPeriod()
        + " against "
        + pounds(getBudgetToDate())
        + " profiled.";
  }

  private String pounds(BigDecimal value) {
    return Wording.figure(value, getSpend().getUnit(), Optional.of(getSpend().getRounding()));
  }

  /** A builder of {@link BudgetResult}. */
  public static class Builder extends ImmutableBudgetResult.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
