package dev.yardstick.indicators.variance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Range;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.statistics.distribution.TDistribution;
import org.immutables.value.Value;

/**
 * A forecast of an indicator's figure for the whole financial year (its outturn), made by {@link
 * ForecastCalculator} from the year so far: the inputs, the method, the outturn and, where the
 * method gives one, its standard error.
 *
 * <p>{@link #toFigure()} turns the forecast into a figure that {@link VarianceCalculator} judges
 * against the annual target: the forecast RAG, "on track to meet the target?".
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class Forecast {

  Forecast() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the figures of the year so far that the forecast starts from.
   *
   * @return the actuals
   */
  public abstract YearToDateActuals getActuals();

  /**
   * Returns the method of the forecast.
   *
   * @return the method
   */
  public abstract ForecastMethod getMethod();

  /**
   * Returns the annual target whose profile shaped the forecast.
   *
   * @return the target, present for {@link ForecastMethod#SEASONAL_PROFILE}
   */
  public abstract Optional<Target> getTarget();

  /**
   * Returns last year's figures whose shape the forecast followed.
   *
   * @return last year's actuals, present for {@link ForecastMethod#LAST_YEARS_SHAPE}
   */
  public abstract Optional<YearToDateActuals> getLastYear();

  /**
   * Returns the forecast figure for the whole year, unrounded, in the indicator's unit.
   *
   * <p>Edge cases: empty for a ratio whose projected denominator is zero. From a complete year the
   * outturn is the year's actual figure.
   *
   * @return the outturn, or empty
   */
  public abstract Optional<BigDecimal> getOutturn();

  /**
   * Returns the standard error of the outturn, in the indicator's unit, computed in {@code double}
   * arithmetic.
   *
   * <p>Edge cases: zero from a complete year; empty where the method gives none (by profile or last
   * year's shape, for a ratio) or there are too few periods (fewer than 2 for a flow, 3 for a
   * snapshot).
   *
   * @return the standard error, zero or more, or empty
   */
  public abstract Optional<BigDecimal> getStandardError();

  /**
   * Returns the degrees of freedom of the standard error, for Student's t interval.
   *
   * @return the degrees of freedom, present with a standard error from an incomplete year
   */
  public abstract OptionalInt getDegreesOfFreedom();

  /**
   * Returns a prediction interval for the outturn: outturn ± t(level, df) × standard error, with
   * the Student's t quantile from Apache Commons Statistics.
   *
   * @param confidenceLevel the probability the interval covers the outturn, such as 0.95; between 0
   *     and 1 exclusive
   * @return the closed interval, a single point from a complete year; empty without a standard
   *     error
   * @throws IllegalArgumentException if the level is not between 0 and 1 exclusive
   */
  public Optional<Range<BigDecimal>> getInterval(double confidenceLevel) {
    checkArgument(
        confidenceLevel > 0 && confidenceLevel < 1,
        "confidence level %s is not between 0 and 1",
        confidenceLevel);
    if (getOutturn().isEmpty() || getStandardError().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal outturn = getOutturn().get();
    BigDecimal se = getStandardError().get();
    if (se.signum() == 0 || getDegreesOfFreedom().isEmpty()) {
      return Optional.of(Range.singleton(outturn));
    }
    double t =
        TDistribution.of(getDegreesOfFreedom().getAsInt())
            .inverseCumulativeProbability(0.5 + confidenceLevel / 2);
    BigDecimal half =
        Decimals.normalise(new BigDecimal(t * se.doubleValue()).round(MathContext.DECIMAL64));
    return Optional.of(Range.closed(outturn.subtract(half), outturn.add(half)));
  }

  /**
   * Returns the outturn as a figure for the financial year, to be judged against the annual target.
   *
   * @return the figure, with basis {@link VarianceBasis#FORECAST_OUTTURN}; missing if there is no
   *     outturn
   */
  public Figure toFigure() {
    YearToDateActuals actuals = getActuals();
    return Figure.builder()
        .indicator(actuals.getIndicator())
        .period(actuals.getYear())
        .basis(VarianceBasis.FORECAST_OUTTURN)
        .unit(actuals.getUnit())
        .polarity(actuals.getPolarity())
        .rounding(actuals.getRounding())
        .value(getOutturn())
        .build();
  }

  /**
   * Explains the forecast in one sentence, such as {@code "Forecast outturn 410 for 2003-04 by
   * straight line from 6 months (standard error 12.3)."}.
   *
   * @return the explanation
   */
  public String explain() {
    YearToDateActuals a = getActuals();
    String method = getMethod().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String outturn =
        getOutturn()
            .map(v -> Wording.figure(v, a.getUnit(), Optional.of(a.getRounding())))
            .orElse("unknown (no denominator)");
    String se =
        getStandardError()
            .map(s -> " (standard error " + s.round(new MathContext(3)).toPlainString() + ")")
            .orElse("");
    return "Forecast outturn "
        + outturn
        + " for "
        + a.getYear()
        + " by "
        + method
        + " from "
        + a.getMonthsElapsed()
        + (a.getMonthsElapsed() == 1 ? " month" : " months")
        + se
        + ".";
  }

  /** A builder of {@link Forecast}. */
  public static class Builder extends ImmutableForecast.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
