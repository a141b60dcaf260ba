package dev.yardstick.indicators.variance;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.status.DirectionOfTravel;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One indicator on an {@link ExceptionReport}: its variance for the period, its direction of
 * travel, its forecast and the forecast's verdict, the reasons it is listed, and how far off it is.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class ExceptionEntry {

  ExceptionEntry() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the figure for the period judged against its target.
   *
   * @return the variance
   */
  public abstract VarianceResult getVariance();

  /**
   * Returns the direction of travel against the comparison period.
   *
   * @return the direction, or empty if there was no comparable figure
   */
  public abstract Optional<DirectionOfTravel> getDirectionOfTravel();

  /**
   * Returns the forecast outturn for the year.
   *
   * @return the forecast, or empty for an annual figure or where the year so far is incomplete
   */
  public abstract Optional<Forecast> getForecast();

  /**
   * Returns the forecast outturn judged against the annual target: the forecast RAG.
   *
   * @return the verdict on the forecast, present with a forecast
   */
  public abstract Optional<VarianceResult> getForecastVariance();

  /**
   * Returns why the indicator is listed.
   *
   * @return one or more reasons
   */
  public abstract Set<ExceptionReason> getReasons();

  /**
   * Returns the indicator.
   *
   * @return the indicator code
   */
  public IndicatorCode getIndicator() {
    return getVariance().getIndicator();
  }

  /**
   * Returns how far the indicator is off target, as a percentage of the target: the larger of the
   * period's shortfall and the forecast's, zero if it meets both.
   *
   * <p>Edge cases: empty if a shortfall is measured from a target of zero, which has no percentage.
   *
   * @return the shortfall, zero or more, or empty
   */
  @Value.Lazy
  public Optional<BigDecimal> getShortfall() {
    Optional<BigDecimal> period = shortfall(getVariance());
    Optional<BigDecimal> forecast =
        getForecastVariance().map(ExceptionEntry::shortfall).orElse(Optional.of(BigDecimal.ZERO));
    if (period.isEmpty() || forecast.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(period.get().max(forecast.get()));
  }

  private static Optional<BigDecimal> shortfall(VarianceResult variance) {
    if (variance.getVerdict().map(TargetVerdict::meetsTarget).orElse(true)) {
      return Optional.of(BigDecimal.ZERO);
    }
    return variance.getRelativeDifference().map(BigDecimal::abs);
  }

  /**
   * Explains the entry: the variance's sentence, then the direction of travel and the forecast.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder text = new StringBuilder(getVariance().explain());
    if (getReasons().contains(ExceptionReason.WORSENING)) {
      text.append(" Worsening against the comparison period.");
    }
    getForecastVariance().ifPresent(f -> text.append(' ').append(f.explain()));
    return text.toString();
  }

  /** A builder of {@link ExceptionEntry}. */
  public static class Builder extends ImmutableExceptionEntry.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
