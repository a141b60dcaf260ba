package dev.yardstick.indicators.variance;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.measure.UnitMismatchException;
import dev.yardstick.core.period.PeriodMismatchException;
import java.util.Objects;
import java.util.Optional;

/**
 * Monitors a budget: spend to date against the budget profiled to date, and the forecast outturn
 * against the whole budget, each coloured by a {@link RagPolicy}.
 *
 * <p>A budget is an {@linkplain TargetKind#AT_MOST at-most} {@link Target} in {@link Unit#POUNDS}
 * for a financial year, with a profile (straight line, seasonal or cumulative) that spreads it over
 * the months, and a tolerance (an overspend of up to 2% is amber, say). Spend is a {@link
 * YearToDateActuals} flow in pounds, lower is better, usually rounded to pence. The outturn is
 * forecast by a {@link ForecastMethod}; by the budget's own profile with {@link
 * ForecastMethod#SEASONAL_PROFILE}.
 *
 * <pre>{@code
 * BudgetResult r = BudgetCalculator.withDefaults().calculate(residentialBudget, spendToSeptember);
 * r.getForecastVariance();   // Optional[52000.00]: an overspend
 * r.getOutturn().getStatus(); // AMBER within the budget's tolerance
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class BudgetCalculator {

  private static final BudgetCalculator DEFAULTS =
      new BudgetCalculator(VarianceCalculator.withDefaults(), ForecastCalculator.withDefaults());

  private final VarianceCalculator variance;
  private final ForecastCalculator forecast;

  private BudgetCalculator(VarianceCalculator variance, ForecastCalculator forecast) {
    this.variance = variance;
    this.forecast = forecast;
  }

  /**
   * Returns the calculator with the standard RAG policy and a straight-line forecast.
   *
   * @return the default calculator
   */
  public static BudgetCalculator withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that colours by another policy.
   *
   * @param option the RAG policy
   * @return the configured calculator
   */
  public BudgetCalculator with(RagPolicy option) {
    Objects.requireNonNull(option, "option");
    return new BudgetCalculator(variance.with(option), forecast);
  }

  /**
   * Returns a copy that forecasts the outturn by another method ({@link
   * ForecastMethod#LAST_YEARS_SHAPE} is not available here, having no last year).
   *
   * @param option the forecast method
   * @return the configured calculator
   * @throws IllegalArgumentException if the method is {@link ForecastMethod#LAST_YEARS_SHAPE}
   */
  public BudgetCalculator with(ForecastMethod option) {
    Objects.requireNonNull(option, "option");
    checkArgument(
        option != ForecastMethod.LAST_YEARS_SHAPE,
        "budget forecasts by %s need last year's spend, which a budget calculator does not take",
        option);
    return new BudgetCalculator(variance, forecast.with(option));
  }

  /**
   * Monitors spend against a budget.
   *
   * @param budget the budget: an at-most target in pounds for a financial year
   * @param spend the spend of the year so far, a flow in pounds
   * @return the result
   * @throws UnitMismatchException if the budget or the spend is not in pounds
   * @throws PeriodMismatchException if the spend is for another year than the budget
   * @throws IllegalArgumentException if the budget is not an at-most target, the spend is not a
   *     flow, or the budget is for another budget line (indicator code) than the spend
   */
  public BudgetResult calculate(Target budget, YearToDateActuals spend) {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(spend, "spend");
    String of = "budget " + budget.getId();
    UnitMismatchException.check(of, Unit.POUNDS, budget.getUnit());
    UnitMismatchException.check(of + " spend", Unit.POUNDS, spend.getUnit());
    checkArgument(
        budget.getKind() == TargetKind.AT_MOST,
        "%s is of kind %s; a budget is an AT_MOST target",
        of,
        budget.getKind());
    checkArgument(
        spend.getMeasureKind() == MeasureKind.FLOW_COUNT,
        "%s spend is of kind %s; spend is a FLOW_COUNT",
        of,
        spend.getMeasureKind());
    checkArgument(
        budget.getIndicator().equals(spend.getIndicator()),
        "%s is for budget line %s, the spend for %s",
        of,
        budget.getIndicator(),
        spend.getIndicator());
    PeriodMismatchException.check(of, budget.getPeriod(), spend.getYear());
    Forecast outturn = forecast.calculate(spend, Optional.of(budget), Optional.empty());
    return BudgetResult.builder()
        .budget(budget)
        .spend(spend)
        .yearToDate(variance.calculate(spend.toFigure(), budget.targetFor(spend.getLastPeriod())))
        .forecast(outturn)
        .outturn(variance.calculate(outturn.toFigure(), budget.targetFor(spend.getYear())))
        .build();
  }

  /**
   * Describes the calculator by its options.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "BudgetCalculator[" + variance.getPolicy() + ", " + forecast.getMethod() + "]";
  }
}
