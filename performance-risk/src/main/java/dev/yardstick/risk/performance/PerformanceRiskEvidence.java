package dev.yardstick.risk.performance;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Polarity;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is known about an indicator's chance of missing its year-end target, in one of three forms,
 * and how much rides on the indicator.
 *
 * <ul>
 *   <li>{@link #ofProbability a probability} of missing, worked out elsewhere;
 *   <li>{@link #ofForecast a year-end forecast} with its standard error, the annual target and the
 *       indicator's polarity, as the variance calculator's forecast to year end will give them;
 *   <li>{@link #ofAssurance the SPC assurance icon}.
 * </ul>
 *
 * <p>Exactly one form is filled in; the others are empty. Decimals are normalised on entry.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class PerformanceRiskEvidence {

  PerformanceRiskEvidence() {}

  /**
   * Returns the indicator.
   *
   * @return the indicator's code
   */
  public abstract IndicatorCode getIndicator();

  /**
   * Returns how much rides on the indicator, which sets the impact.
   *
   * @return the weight
   */
  public abstract IndicatorWeight getWeight();

  /**
   * Returns the stated probability of missing the year-end target.
   *
   * @return a probability from 0 to 1, present for {@link EvidenceKind#PROBABILITY}
   */
  public abstract Optional<Double> getProbabilityOfMiss();

  /**
   * Returns the forecast year-end value, in the indicator's unit.
   *
   * @return the forecast, present for {@link EvidenceKind#FORECAST}
   */
  public abstract Optional<BigDecimal> getForecast();

  /**
   * Returns the standard error of the forecast, in the indicator's unit.
   *
   * @return the standard error, zero or more, present for {@link EvidenceKind#FORECAST}
   */
  public abstract Optional<BigDecimal> getStandardError();

  /**
   * Returns the annual target, in the indicator's unit; for a range polarity the range is the
   * target and this value is not used.
   *
   * @return the target, present for {@link EvidenceKind#FORECAST}
   */
  public abstract Optional<BigDecimal> getTarget();

  /**
   * Returns the indicator's polarity.
   *
   * @return the polarity, present for {@link EvidenceKind#FORECAST}; never {@link Polarity#NONE}
   */
  public abstract Optional<Polarity> getPolarity();

  /**
   * Returns the SPC assurance icon.
   *
   * @return the icon, present for {@link EvidenceKind#SPC_ASSURANCE}
   */
  public abstract Optional<SpcAssurance> getAssurance();

  /**
   * Returns evidence in the form of a probability of missing the target.
   *
   * @param indicator the indicator
   * @param weight how much rides on it
   * @param probabilityOfMiss the probability of missing the year-end target, 0 to 1
   * @return the evidence
   * @throws IllegalArgumentException if the probability is outside 0 to 1 or not a number
   */
  public static PerformanceRiskEvidence ofProbability(
      IndicatorCode indicator, IndicatorWeight weight, double probabilityOfMiss) {
    return builder()
        .indicator(indicator)
        .weight(weight)
        .probabilityOfMiss(probabilityOfMiss)
        .build();
  }

  /**
   * Returns evidence in the form of a year-end forecast.
   *
   * @param indicator the indicator
   * @param weight how much rides on it
   * @param forecast the forecast year-end value
   * @param standardError the forecast's standard error, zero or more
   * @param target the annual target (not used for a range polarity)
   * @param polarity the indicator's polarity, not {@link Polarity#NONE}
   * @return the evidence
   * @throws IllegalArgumentException if the standard error is negative or the polarity is none
   */
  public static PerformanceRiskEvidence ofForecast(
      IndicatorCode indicator,
      IndicatorWeight weight,
      BigDecimal forecast,
      BigDecimal standardError,
      BigDecimal target,
      Polarity polarity) {
    return builder()
        .indicator(indicator)
        .weight(weight)
        .forecast(forecast)
        .standardError(standardError)
        .target(target)
        .polarity(polarity)
        .build();
  }

  /**
   * Returns evidence in the form of the SPC assurance icon.
   *
   * @param indicator the indicator
   * @param weight how much rides on it
   * @param assurance the assurance icon
   * @return the evidence
   */
  public static PerformanceRiskEvidence ofAssurance(
      IndicatorCode indicator, IndicatorWeight weight, SpcAssurance assurance) {
    return builder().indicator(indicator).weight(weight).assurance(assurance).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns which form the evidence takes.
   *
   * @return the kind of evidence
   */
  public EvidenceKind kind() {
    if (getProbabilityOfMiss().isPresent()) {
      return EvidenceKind.PROBABILITY;
    }
    return getForecast().isPresent() ? EvidenceKind.FORECAST : EvidenceKind.SPC_ASSURANCE;
  }

  @Value.Check
  PerformanceRiskEvidence normalise() {
    boolean p = getProbabilityOfMiss().isPresent();
    boolean anyForecast =
        getForecast().isPresent()
            || getStandardError().isPresent()
            || getTarget().isPresent()
            || getPolarity().isPresent();
    boolean allForecast =
        getForecast().isPresent()
            && getStandardError().isPresent()
            && getTarget().isPresent()
            && getPolarity().isPresent();
    boolean a = getAssurance().isPresent();
    checkArgument(
        !anyForecast || allForecast,
        "performance risk evidence for %s has a partial forecast: forecast, standard error, target"
            + " and polarity are all needed",
        getIndicator());
    int forms = (p ? 1 : 0) + (anyForecast ? 1 : 0) + (a ? 1 : 0);
    checkArgument(
        forms == 1,
        "performance risk evidence for %s gives %s forms of evidence; exactly one of probability,"
            + " forecast or SPC assurance is needed",
        getIndicator(),
        forms);
    getProbabilityOfMiss()
        .ifPresent(
            q ->
                checkArgument(
                    q >= 0 && q <= 1,
                    "probability of missing the target %s for %s is outside 0 to 1",
                    q,
                    getIndicator()));
    getStandardError()
        .ifPresent(
            se ->
                checkArgument(
                    se.signum() >= 0,
                    "forecast standard error %s for %s is negative",
                    se.toPlainString(),
                    getIndicator()));
    getPolarity()
        .ifPresent(
            pol ->
                checkArgument(
                    pol.hasDirection(),
                    "indicator %s has no polarity, so it has no target to miss",
                    getIndicator()));
    if (!allForecast) {
      return this;
    }
    BigDecimal f = getForecast().get();
    BigDecimal se = getStandardError().get();
    BigDecimal t = getTarget().get();
    if (f.equals(Decimals.normalise(f))
        && se.equals(Decimals.normalise(se))
        && t.equals(Decimals.normalise(t))) {
      return this;
    }
    return builder()
        .from(this)
        .forecast(Decimals.normalise(f))
        .standardError(Decimals.normalise(se))
        .target(Decimals.normalise(t))
        .build();
  }

  /** Builds a {@link PerformanceRiskEvidence}. */
  public static class Builder extends ImmutablePerformanceRiskEvidence.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
