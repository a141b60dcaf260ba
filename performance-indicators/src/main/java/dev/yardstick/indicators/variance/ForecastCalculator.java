package dev.yardstick.indicators.variance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Range;
import dev.yardstick.core.framework.ProfiledTarget;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.measure.UnitMismatchException;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.PeriodMismatchException;
import dev.yardstick.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.statistics.descriptive.Variance;

/**
 * Forecasts an indicator's figure for the whole financial year (its outturn) from the figures of
 * the year so far, by a {@link ForecastMethod}: straight line (the default), the target's seasonal
 * profile, or last year's shape.
 *
 * <p>Only the straight line gives a standard error (see {@link ForecastMethod#STRAIGHT_LINE} for
 * the formulas and sources); statistics are computed in {@code double} arithmetic, the outturn
 * exactly (to 16 significant digits where a division does not terminate). The forecast RAG, "on
 * track to meet the annual target?", is the {@link VarianceCalculator}'s verdict on {@link
 * Forecast#toFigure()} against the annual target.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>a complete year: the outturn is the year's actual figure, with standard error zero, by
 *       every method;
 *   <li>one period of a flow, or fewer than three of a snapshot: no standard error;
 *   <li>a ratio whose projected denominator is zero: no outturn;
 *   <li>a profile or last year with nothing by this point of the year: rejected, since the year to
 *       date cannot be scaled by a share of zero.
 * </ul>
 *
 * <pre>{@code
 * Forecast f = ForecastCalculator.withDefaults().calculate(carersToSeptember);
 * f.getOutturn();                  // Optional[410]: 205 in six months, times two
 * VarianceResult onTrack = VarianceCalculator.withDefaults()
 *     .calculate(f.toFigure(), target.targetFor(FinancialYear.of(2003)).orElseThrow());
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class ForecastCalculator {

  private static final ForecastCalculator DEFAULTS =
      new ForecastCalculator(ForecastMethod.STRAIGHT_LINE);

  private final ForecastMethod method;

  private ForecastCalculator(ForecastMethod method) {
    this.method = method;
  }

  /**
   * Returns the calculator with the straight-line method.
   *
   * @return the default calculator
   */
  public static ForecastCalculator withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that forecasts by another method.
   *
   * @param option the method
   * @return the configured calculator
   */
  public ForecastCalculator with(ForecastMethod option) {
    Objects.requireNonNull(option, "option");
    return new ForecastCalculator(option);
  }

  /**
   * Returns the method in use.
   *
   * @return the method
   */
  public ForecastMethod getMethod() {
    return method;
  }

  /**
   * Forecasts by a method that needs only the year so far: the straight line.
   *
   * @param actuals the figures of the year so far
   * @return the forecast
   * @throws IllegalArgumentException if the method needs a target or last year's figures
   */
  public Forecast calculate(YearToDateActuals actuals) {
    return calculate(actuals, Optional.empty(), Optional.empty());
  }

  /**
   * Forecasts the outturn.
   *
   * @param actuals the figures of the year so far
   * @param annualTarget the target for the year, needed by {@link ForecastMethod#SEASONAL_PROFILE}
   * @param lastYear the complete figures of the year before, needed by {@link
   *     ForecastMethod#LAST_YEARS_SHAPE}
   * @return the forecast
   * @throws PeriodMismatchException if the target is not for the actuals' year, or last year's
   *     figures are not for the year before
   * @throws UnitMismatchException if the target or last year's figures are in another unit
   * @throws IllegalArgumentException if the method's input is absent, the measure kind does not
   *     suit the method, the profile does not cover the year (constant, or a cumulative profile
   *     that does not add up to the annual target), last year is incomplete or of another kind, or
   *     the share of the year expected by now is zero; the message names the indicator
   */
  public Forecast calculate(
      YearToDateActuals actuals,
      Optional<Target> annualTarget,
      Optional<YearToDateActuals> lastYear) {
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(annualTarget, "annualTarget");
    Objects.requireNonNull(lastYear, "lastYear");
    Forecast.Builder forecast = Forecast.builder().actuals(actuals).method(method);
    String of = "forecast of indicator " + actuals.getIndicator() + " by " + method;
    switch (method) {
      case SEASONAL_PROFILE:
        checkArgument(annualTarget.isPresent(), "%s needs the annual target", of);
        forecast.target(annualTarget);
        if (actuals.isComplete()) {
          checkProfile(of, actuals, annualTarget.get());
          return complete(forecast, actuals);
        }
        return forecast.outturn(bySeasonalProfile(of, actuals, annualTarget.get())).build();
      case LAST_YEARS_SHAPE:
        checkArgument(lastYear.isPresent(), "%s needs last year's figures", of);
        checkLastYear(of, actuals, lastYear.get());
        forecast.lastYear(lastYear);
        if (actuals.isComplete()) {
          return complete(forecast, actuals);
        }
        return forecast.outturn(byLastYearsShape(of, actuals, lastYear.get())).build();
      default:
        if (actuals.isComplete()) {
          return complete(forecast, actuals);
        }
        return byStraightLine(forecast, actuals);
    }
  }

  private static Forecast complete(Forecast.Builder forecast, YearToDateActuals actuals) {
    return forecast.outturn(actuals.getCumulativeValue()).standardError(BigDecimal.ZERO).build();
  }

  private static Forecast byStraightLine(Forecast.Builder forecast, YearToDateActuals actuals) {
    int n = actuals.getPeriodsElapsed();
    int total = actuals.getFrequency().getPeriodsPerYear();
    int k = total - n;
    switch (actuals.getMeasureKind()) {
      case FLOW_COUNT:
        forecast.outturn(
            divide(
                actuals.getCumulativeValue().orElseThrow().multiply(BigDecimal.valueOf(total)),
                BigDecimal.valueOf(n)));
        if (n >= 2) {
          double s = Math.sqrt(Variance.of(doubles(actuals.getValues())).getAsDouble());
          forecast
              .standardError(fromDouble(s * Math.sqrt(k + (double) k * k / n)))
              .degreesOfFreedom(n - 1);
        }
        return forecast.build();
      case SNAPSHOT:
        return snapshotLine(forecast, actuals.getValues(), total);
      default:
        return forecast.outturn(actuals.getCumulativeValue()).build();
    }
  }

  /** Least-squares line through (1, y1) ... (n, yn), continued to the year's last period. */
  private static Forecast snapshotLine(Forecast.Builder forecast, List<BigDecimal> y, int total) {
    int n = y.size();
    if (n == 1) {
      return forecast.outturn(y.get(0)).build();
    }
    BigDecimal bn = BigDecimal.valueOf(n);
    BigDecimal meanX = divide(BigDecimal.valueOf(n + 1), BigDecimal.valueOf(2));
    BigDecimal meanY = divide(y.stream().reduce(BigDecimal.ZERO, BigDecimal::add), bn);
    BigDecimal sxx =
        divide(bn.multiply(BigDecimal.valueOf((long) n * n - 1)), BigDecimal.valueOf(12));
    BigDecimal sxy = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      sxy = sxy.add(BigDecimal.valueOf(i + 1).subtract(meanX).multiply(y.get(i)));
    }
    BigDecimal slope = divide(sxy, sxx);
    BigDecimal x0 = BigDecimal.valueOf(total);
    forecast.outturn(
        Decimals.normalise(
            meanY.add(slope.multiply(x0.subtract(meanX))).round(MathContext.DECIMAL64)));
    if (n >= 3) {
      double sse = 0;
      for (int i = 0; i < n; i++) {
        double fitted = meanY.doubleValue() + slope.doubleValue() * (i + 1 - meanX.doubleValue());
        double r = y.get(i).doubleValue() - fitted;
        sse += r * r;
      }
      double s = Math.sqrt(sse / (n - 2));
      double dx = total - meanX.doubleValue();
      forecast
          .standardError(fromDouble(s * Math.sqrt(1 + 1.0 / n + dx * dx / sxx.doubleValue())))
          .degreesOfFreedom(n - 2);
    }
    return forecast.build();
  }

  private static BigDecimal bySeasonalProfile(String of, YearToDateActuals actuals, Target target) {
    checkArgument(
        actuals.getMeasureKind() == MeasureKind.FLOW_COUNT,
        "%s needs a flow count; figures of kind %s do not follow a target profile",
        of,
        actuals.getMeasureKind());
    checkProfile(of, actuals, target);
    FinancialYear year = actuals.getYear();
    List<ReportingPeriod> periods = actuals.getFrequency().periodsOf(year);
    BigDecimal soFar = profiledYearToDate(target, actuals.getLastPeriod());
    BigDecimal whole = profiledYearToDate(target, periods.get(periods.size() - 1));
    checkArgument(
        whole.signum() != 0 && soFar.signum() != 0,
        "%s: the profile of target %s expects nothing by %s, so the year to date cannot be scaled",
        of,
        target.getId(),
        actuals.getLastPeriod());
    return divide(actuals.getCumulativeValue().orElseThrow().multiply(whole), soFar);
  }

  private static void checkProfile(String of, YearToDateActuals actuals, Target target) {
    checkArgument(
        target.getIndicator().equals(actuals.getIndicator()),
        "%s: target %s is for indicator %s",
        of,
        target.getId(),
        target.getIndicator());
    PeriodMismatchException.check(
        of + " with target " + target.getId(), actuals.getYear(), target.getPeriod());
    UnitMismatchException.check(
        of + " with target " + target.getId(), target.getUnit(), actuals.getUnit());
    TargetProfile profile = target.getProfile();
    checkArgument(
        profile.isAdditive(),
        "%s: target %s has a %s profile, which gives no shape through the year",
        of,
        target.getId(),
        profile.getShape());
    if (profile.getTotal().isPresent() && target.getThreshold().isPresent()) {
      checkArgument(
          profile.getTotal().get().compareTo(target.getThreshold().get()) == 0,
          "%s: the cumulative profile of target %s adds up to %s, not the annual target %s, so it"
              + " does not cover the year",
          of,
          target.getId(),
          profile.getTotal().get().toPlainString(),
          target.getThreshold().get().toPlainString());
    }
  }

  private static BigDecimal profiledYearToDate(Target target, ReportingPeriod period) {
    ProfiledTarget profiled = target.targetFor(period).orElseThrow();
    Range<BigDecimal> bounds = profiled.getYearToDateBounds();
    if (bounds.hasLowerBound()
        && (bounds.lowerEndpoint().signum() != 0 || !bounds.hasUpperBound())) {
      return bounds.lowerEndpoint();
    }
    return bounds.upperEndpoint();
  }

  private static void checkLastYear(String of, YearToDateActuals actuals, YearToDateActuals last) {
    String subject = of + " with last year's figures";
    PeriodMismatchException.check(subject, actuals.getYear().previous(), last.getYear());
    UnitMismatchException.check(subject, actuals.getUnit(), last.getUnit());
    checkArgument(
        last.getIndicator().equals(actuals.getIndicator()),
        "%s: last year's figures are for indicator %s",
        of,
        last.getIndicator());
    checkArgument(
        last.getMeasureKind() == actuals.getMeasureKind()
            && last.getFrequency() == actuals.getFrequency(),
        "%s: last year's figures are %s %s, this year's %s %s",
        of,
        last.getFrequency(),
        last.getMeasureKind(),
        actuals.getFrequency(),
        actuals.getMeasureKind());
    checkArgument(
        last.isComplete(),
        "%s: last year's figures for %s cover %s months, not the whole year",
        of,
        last.getYear(),
        last.getMonthsElapsed());
  }

  private static Optional<BigDecimal> byLastYearsShape(
      String of, YearToDateActuals actuals, YearToDateActuals last) {
    int n = actuals.getPeriodsElapsed();
    switch (actuals.getMeasureKind()) {
      case FLOW_COUNT:
        BigDecimal lastSoFar = sum(last.getValues().subList(0, n));
        BigDecimal lastWhole = last.getCumulativeValue().orElseThrow();
        checkShare(of, lastSoFar.signum() != 0, last);
        return Optional.of(
            divide(actuals.getCumulativeValue().orElseThrow().multiply(lastWhole), lastSoFar));
      case SNAPSHOT:
        BigDecimal change =
            last.getCumulativeValue().orElseThrow().subtract(last.getValues().get(n - 1));
        return Optional.of(
            Decimals.normalise(actuals.getCumulativeValue().orElseThrow().add(change)));
      default:
        Ratio lastSoFarRatio =
            last.getRatios().subList(0, n).stream().reduce(Ratio.EMPTY, Ratio::plus);
        Ratio lastWholeRatio = last.getCumulativeRatio();
        checkShare(
            of, lastSoFarRatio.getNumerator() != 0 && lastSoFarRatio.getDenominator() != 0, last);
        Ratio now = actuals.getCumulativeRatio();
        BigDecimal numerator =
            divide(
                BigDecimal.valueOf(now.getNumerator())
                    .multiply(BigDecimal.valueOf(lastWholeRatio.getNumerator())),
                BigDecimal.valueOf(lastSoFarRatio.getNumerator()));
        BigDecimal denominator =
            divide(
                BigDecimal.valueOf(now.getDenominator())
                    .multiply(BigDecimal.valueOf(lastWholeRatio.getDenominator())),
                BigDecimal.valueOf(lastSoFarRatio.getDenominator()));
        if (denominator.signum() == 0) {
          return Optional.empty();
        }
        return Optional.of(
            divide(
                numerator.multiply(BigDecimal.valueOf(actuals.getUnit().getMultiplier())),
                denominator));
    }
  }

  private static void checkShare(String of, boolean ok, YearToDateActuals last) {
    checkArgument(
        ok,
        "%s: last year's figures for %s were zero at this point, so the year to date cannot be"
            + " scaled",
        of,
        last.getYear());
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static double[] doubles(List<BigDecimal> values) {
    return values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
  }

  private static BigDecimal fromDouble(double value) {
    return Decimals.normalise(new BigDecimal(value).round(MathContext.DECIMAL64));
  }

  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return Decimals.normalise(a.divide(b, MathContext.DECIMAL64));
  }

  /**
   * Describes the calculator by its method.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ForecastCalculator[" + method + "]";
  }
}
