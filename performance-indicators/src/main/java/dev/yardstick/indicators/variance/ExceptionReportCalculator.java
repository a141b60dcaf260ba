package dev.yardstick.indicators.variance;

import dev.yardstick.core.framework.PerformanceFramework;
import dev.yardstick.core.framework.ProfiledTarget;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetScope;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.indicators.IndicatorCatalogue;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import dev.yardstick.indicators.dataset.IndicatorSeries;
import dev.yardstick.indicators.trend.ComparisonBasis;
import dev.yardstick.indicators.trend.DirectionOfTravelCalculator;
import dev.yardstick.indicators.trend.DirectionOfTravelResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the exception report of a performance meeting: from a dataset, the indicator catalogue, a
 * performance framework, an organisation and a period, every indicator with a target that is red,
 * worsening, or forecast to miss its annual target, furthest off target first.
 *
 * <p>For each target of the framework that covers the indicator, organisation and period, the
 * figure is judged by {@link VarianceCalculator} under the configured {@link RagPolicy}; its
 * direction of travel comes from {@link DirectionOfTravelCalculator} against the same period last
 * year by default ({@link ComparisonBasis}), "not comparable" across a definition break; and for a
 * month or quarter of a financial-year target, the year so far is forecast to year end by the
 * configured {@link ForecastMethod} and the outturn judged against the annual target. How far off
 * is the shortfall as a percentage of target ({@link ExceptionEntry#getShortfall()}).
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>an indicator without a target for the period is not assessed (no target is a state, not an
 *       exception);
 *   <li>a missing or suppressed figure is assessed ({@link RagStatus#NO_DATA}, {@link
 *       RagStatus#SUPPRESSED}) but listed only if it is forecast to miss;
 *   <li>no forecast where the year so far has a gap, the figure is annual, or the method's input is
 *       absent (a constant profile for {@link ForecastMethod#SEASONAL_PROFILE}, an incomplete last
 *       year for {@link ForecastMethod#LAST_YEARS_SHAPE}).
 * </ul>
 *
 * <pre>{@code
 * ExceptionReport report = ExceptionReportCalculator.withDefaults()
 *     .with(RagPolicy.havering())
 *     .calculate(dataset, catalogue, plan, council, FinancialQuarter.parse("2003-04 Q2"));
 * report.getEntries().forEach(e -> System.out.println(e.explain()));
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class ExceptionReportCalculator {

  private static final ExceptionReportCalculator DEFAULTS =
      new ExceptionReportCalculator(
          RagPolicy.defaults(),
          ForecastMethod.STRAIGHT_LINE,
          ComparisonBasis.SAME_PERIOD_LAST_YEAR);

  private final RagPolicy policy;
  private final ForecastMethod method;
  private final ComparisonBasis basis;

  private ExceptionReportCalculator(
      RagPolicy policy, ForecastMethod method, ComparisonBasis basis) {
    this.policy = policy;
    this.method = method;
    this.basis = basis;
  }

  /**
   * Returns the calculator with the standard policy, straight-line forecasts, and direction of
   * travel against the same period last year.
   *
   * @return the default calculator
   */
  public static ExceptionReportCalculator withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that colours by another policy.
   *
   * @param option the RAG policy
   * @return the configured calculator
   */
  public ExceptionReportCalculator with(RagPolicy option) {
    Objects.requireNonNull(option, "option");
    return new ExceptionReportCalculator(option, method, basis);
  }

  /**
   * Returns a copy that forecasts by another method.
   *
   * @param option the forecast method
   * @return the configured calculator
   */
  public ExceptionReportCalculator with(ForecastMethod option) {
    Objects.requireNonNull(option, "option");
    return new ExceptionReportCalculator(policy, option, basis);
  }

  /**
   * Returns a copy that measures the direction of travel against another period.
   *
   * @param option the previous period or the same period last year
   * @return the configured calculator
   */
  public ExceptionReportCalculator with(ComparisonBasis option) {
    Objects.requireNonNull(option, "option");
    return new ExceptionReportCalculator(policy, method, option);
  }

  /**
   * Builds the exception report.
   *
   * @param dataset the figures
   * @param catalogue the indicator definitions
   * @param framework the targets
   * @param organisation the organisation reported on
   * @param period the period reported on
   * @return the report
   * @throws IllegalArgumentException if a target's indicator has no definition in force for the
   *     period, or as {@link VarianceCalculator#calculate(Figure, ProfiledTarget)}; the message
   *     names the indicator
   */
  public ExceptionReport calculate(
      IndicatorDataset dataset,
      IndicatorCatalogue catalogue,
      PerformanceFramework framework,
      OrganisationId organisation,
      ReportingPeriod period) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(period, "period");
    VarianceCalculator variance = VarianceCalculator.withDefaults().with(policy);
    TargetScope scope = TargetScope.organisation(organisation);
    List<VarianceResult> assessed = new ArrayList<>();
    List<ExceptionEntry> entries = new ArrayList<>();
    List<ProfiledTarget> targets = new ArrayList<>();
    framework.getTargets().stream()
        .filter(t -> t.getScope().equals(scope))
        .sorted(Comparator.comparing(Target::getIndicator))
        .forEach(t -> t.targetFor(period).ifPresent(targets::add));
    for (ProfiledTarget target : targets) {
      Target annual = target.getTarget();
      IndicatorDefinition definition =
          catalogue
              .find(annual.getIndicator(), period)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "target "
                              + annual.getId()
                              + " is for indicator "
                              + annual.getIndicator()
                              + ", which has no definition in force for "
                              + period));
      Figure figure = Figure.from(definition, dataset, organisation, period);
      Optional<DirectionOfTravel> direction =
          definition.getPolarity().hasDirection()
              ? DirectionOfTravelCalculator.withDefaults()
                  .with(basis)
                  .assess(catalogue, dataset.series(definition.getCode(), organisation), period)
                  .flatMap(DirectionOfTravelResult::getDirectionOfTravel)
              : Optional.empty();
      VarianceResult result =
          direction.isPresent()
              ? variance.calculate(figure, Optional.of(target), direction.get())
              : variance.calculate(figure, target);
      assessed.add(result);
      Optional<Forecast> forecast = forecast(dataset, definition, organisation, period, annual);
      Optional<VarianceResult> forecastResult =
          forecast.map(f -> variance.calculate(f.toFigure(), annual.targetFor(annual.getPeriod())));
      Set<ExceptionReason> reasons = EnumSet.noneOf(ExceptionReason.class);
      if (result.getStatus() == RagStatus.RED) {
        reasons.add(ExceptionReason.RED);
      }
      if (direction.orElse(DirectionOfTravel.NOT_COMPARABLE) == DirectionOfTravel.WORSENING) {
        reasons.add(ExceptionReason.WORSENING);
      }
      if (forecastResult
          .flatMap(VarianceResult::getVerdict)
          .map(v -> !v.meetsTarget())
          .orElse(false)) {
        reasons.add(ExceptionReason.FORECAST_TO_MISS);
      }
      if (!reasons.isEmpty()) {
        entries.add(
            ExceptionEntry.builder()
                .variance(result)
                .directionOfTravel(direction)
                .forecast(forecast)
                .forecastVariance(forecastResult)
                .reasons(reasons)
                .build());
      }
    }
    entries.sort(HOW_FAR_OFF);
    return ExceptionReport.builder()
        .organisation(organisation)
        .period(period)
        .policy(policy)
        .forecastMethod(method)
        .assessed(assessed)
        .entries(entries)
        .build();
  }

  /** Largest shortfall first; then those without a percentage; then the rest; stable otherwise. */
  private static final Comparator<ExceptionEntry> HOW_FAR_OFF =
      Comparator.comparingInt(ExceptionReportCalculator::group)
          .thenComparing(e -> e.getShortfall().orElse(BigDecimal.ZERO), Comparator.reverseOrder());

  private static int group(ExceptionEntry entry) {
    Optional<BigDecimal> shortfall = entry.getShortfall();
    if (shortfall.isEmpty()) {
      return 1;
    }
    return shortfall.get().signum() > 0 ? 0 : 2;
  }

  private Optional<Forecast> forecast(
      IndicatorDataset dataset,
      IndicatorDefinition definition,
      OrganisationId organisation,
      ReportingPeriod period,
      Target annual) {
    if (!(annual.getPeriod() instanceof FinancialYear)
        || period.getFrequency().orElse(Frequency.ANNUAL) == Frequency.ANNUAL) {
      return Optional.empty();
    }
    IndicatorSeries series = dataset.series(definition.getCode(), organisation);
    Optional<YearToDateActuals> actuals = YearToDateActuals.from(definition, series, period);
    if (actuals.isEmpty()) {
      return Optional.empty();
    }
    ForecastCalculator calculator = ForecastCalculator.withDefaults().with(method);
    switch (method) {
      case SEASONAL_PROFILE:
        if (!annual.getProfile().isAdditive()
            || actuals.get().getMeasureKind() != MeasureKind.FLOW_COUNT) {
          return Optional.empty();
        }
        return Optional.of(
            calculator.calculate(actuals.get(), Optional.of(annual), Optional.empty()));
      case LAST_YEARS_SHAPE:
        List<ReportingPeriod> lastYearPeriods =
            period.getFrequency().get().periodsOf(((FinancialYear) annual.getPeriod()).previous());
        Optional<YearToDateActuals> lastYear =
            YearToDateActuals.from(
                definition, series, lastYearPeriods.get(lastYearPeriods.size() - 1));
        if (lastYear.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(calculator.calculate(actuals.get(), Optional.empty(), lastYear));
      default:
        return Optional.of(calculator.calculate(actuals.get()));
    }
  }

  /**
   * Describes the calculator by its options.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ExceptionReportCalculator[" + policy + ", " + method + ", " + basis + "]";
  }
}
