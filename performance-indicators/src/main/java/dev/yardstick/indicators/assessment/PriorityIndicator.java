package dev.yardstick.indicators.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.indicators.variance.Forecast;
import dev.yardstick.indicators.variance.VarianceResult;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One indicator's line in a priority of a {@link DeliveryStatement}: the latest value and its
 * period, the year-end target, the forecast to the year end, and the forecast's RAG status against
 * the target with its derivation.
 *
 * <p>The forecast and its status come from the forecasting and variance calculators, through {@link
 * Builder#forecast(Forecast, VarianceResult)}, or are handed in ready-made; the statement only
 * carries them. With no forecast the status is {@link RagStatus#NO_DATA}, and with no target {@link
 * RagStatus#NO_TARGET}, never a colour.
 *
 * <pre>{@code
 * Forecast forecast = ForecastCalculator.withDefaults().calculate(yearSoFar);
 * VarianceResult judged = VarianceCalculator.withDefaults()
 *     .calculate(forecast.toFigure(), annualTarget.targetFor(annualTarget.getPeriod()));
 * PriorityIndicator a1 = PriorityIndicator.builder()
 *     .forecast(forecast, judged)                 // indicator, period, forecast, target, RAG
 *     .latestValue(new BigDecimal("15.5"))
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class PriorityIndicator {

  PriorityIndicator() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator.
   *
   * @return the code
   */
  public abstract IndicatorCode getIndicator();

  /**
   * Returns the period of the latest value, such as the second quarter for an autumn statement.
   *
   * @return the period
   */
  public abstract ReportingPeriod getLatestPeriod();

  /**
   * Returns the latest value, normalised.
   *
   * @return the value, or empty if there is none
   */
  public abstract Optional<BigDecimal> getLatestValue();

  /**
   * Returns the year-end target, normalised.
   *
   * @return the target, or empty
   */
  public abstract Optional<BigDecimal> getTarget();

  /**
   * Returns the forecast to the year end, normalised.
   *
   * @return the forecast, or empty
   */
  public abstract Optional<BigDecimal> getForecast();

  /**
   * Returns the forecast's status against the target.
   *
   * @return the status
   */
  public abstract RagStatus getForecastRag();

  /**
   * Returns how the forecast's status was reached.
   *
   * @return the derivation
   */
  public abstract String getForecastDerivation();

  @Value.Check
  PriorityIndicator check() {
    checkArgument(
        !getForecastRag().isColour() || (getForecast().isPresent() && getTarget().isPresent()),
        "priority indicator %s is coloured %s without both a forecast and a target",
        getIndicator(),
        getForecastRag());
    Optional<BigDecimal> latest = getLatestValue().map(Decimals::normalise);
    Optional<BigDecimal> target = getTarget().map(Decimals::normalise);
    Optional<BigDecimal> forecast = getForecast().map(Decimals::normalise);
    if (latest.equals(getLatestValue())
        && target.equals(getTarget())
        && forecast.equals(getForecast())) {
      return this;
    }
    return builder().from(this).latestValue(latest).target(target).forecast(forecast).build();
  }

  /** Builds {@link PriorityIndicator}s. */
  public static class Builder extends ImmutablePriorityIndicator.Builder {
    /** Creates an empty builder, as {@link PriorityIndicator#builder()} does. */
    public Builder() {}

    /**
     * Sets the indicator, the latest period (the last of the year so far), the forecast outturn,
     * the annual target, and the forecast's RAG status with its derivation (the forecast's
     * explanation, then the variance's), from a forecast and its outturn judged against the annual
     * target.
     *
     * @param forecast the forecast to the year end
     * @param judged the variance calculator's result for {@link Forecast#toFigure()}
     * @return this builder
     * @throws IllegalArgumentException if the result judges another figure than the forecast's
     *     outturn; the message names the indicator
     */
    public Builder forecast(Forecast forecast, VarianceResult judged) {
      Objects.requireNonNull(forecast, "forecast");
      Objects.requireNonNull(judged, "judged");
      checkArgument(
          judged.getFigure().equals(forecast.toFigure()),
          "variance of indicator %s for %s does not judge the forecast outturn of indicator %s"
              + " for %s",
          judged.getIndicator(),
          judged.getPeriod(),
          forecast.getActuals().getIndicator(),
          forecast.getActuals().getYear());
      indicator(forecast.getActuals().getIndicator());
      latestPeriod(forecast.getActuals().getLastPeriod());
      forecast(forecast.getOutturn());
      target(judged.getTarget().flatMap(t -> t.getPeriodValue()));
      forecastRag(judged.getStatus());
      forecastDerivation(forecast.explain() + " " + judged.explain());
      return this;
    }
  }
}
