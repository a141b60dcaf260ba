package dev.yardstick.risk.performance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Range;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.UnitMismatchException;
import dev.yardstick.core.period.PeriodMismatchException;
import dev.yardstick.indicators.spc.AssuranceIcon;
import dev.yardstick.indicators.spc.XmrChartResult;
import dev.yardstick.indicators.variance.Forecast;
import dev.yardstick.indicators.variance.YearToDateActuals;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What is known about an indicator's chance of missing its year-end target, in one of three forms,
 * and how much rides on the indicator.
 *
 * <ul>
 *   <li>{@link #ofProbability a probability} of missing, worked out elsewhere;
 *   <li>a year-end forecast with its standard error (and, where it has them, degrees of freedom),
 *       the annual target and the polarity: {@link #from(Forecast, Target, IndicatorWeight) from
 *       the variance module's forecast}, or {@link #ofForecast by hand};
 *   <li>the SPC assurance icon: {@link #from(XmrChartResult, double, IndicatorCode,
 *       IndicatorWeight) from an XmR chart and a target}, or {@link #ofAssurance as an icon}.
 * </ul>
 *
 * <p>Exactly one form is filled in; the others are empty. Decimals are normalised on entry. The
 * weight can be stated or {@linkplain IndicatorWeight#from derived from the indicator's
 * definition}.
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
   * Returns the degrees of freedom of the forecast's standard error: where present, the year-end
   * value is read as the forecast plus the standard error times a Student's t variable on these
   * degrees of freedom; where absent, times a standard normal one.
   *
   * @return the degrees of freedom, at least 1, present only for {@link EvidenceKind#FORECAST}
   */
  public abstract OptionalInt getDegreesOfFreedom();

  /**
   * Returns the annual target, in the indicator's unit: at least this value for higher is better,
   * at most for lower is better.
   *
   * @return the target, present for a {@link EvidenceKind#FORECAST} with a one-sided polarity;
   *     empty for a range polarity, whose range is the target
   */
  public abstract Optional<BigDecimal> getTarget();

  /**
   * Returns the polarity the target is judged by: higher or lower is better, or best within the
   * range that meets the target.
   *
   * @return the polarity, present for {@link EvidenceKind#FORECAST}; never {@link Polarity#NONE}
   */
  public abstract Optional<Polarity> getPolarity();

  /**
   * Returns the SPC assurance icon.
   *
   * @return the icon, present for {@link EvidenceKind#SPC_ASSURANCE}
   */
  public abstract Optional<AssuranceIcon> getAssurance();

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
   * Returns evidence in the form of a year-end forecast stated by hand, with a standard error read
   * under the normal distribution (no degrees of freedom; set them on the {@link #builder()} for
   * Student's t).
   *
   * @param indicator the indicator
   * @param weight how much rides on it
   * @param forecast the forecast year-end value
   * @param standardError the forecast's standard error, zero or more
   * @param target the annual target; for a range polarity the range is the target and this value is
   *     not kept
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
   * Returns evidence from the variance module's forecast to year end and the annual target: the
   * forecast outturn, its standard error and degrees of freedom (Student's t, as the forecast's own
   * {@linkplain Forecast#getInterval prediction interval}), the values that meet the target ({@link
   * Target#getBounds()}) and the polarity of the forecast's figures.
   *
   * <p>The target's kind must agree with the polarity: at least or an increase on a baseline for
   * higher is better, at most or a reduction for lower is better, a range for best within a range.
   * A range target's own bounds are used, which may be narrower than the range the polarity calls
   * best.
   *
   * <h4>Edge cases</h4>
   *
   * <ul>
   *   <li>A forecast without a standard error gives no evidence ({@link Optional#empty()}):
   *       forecasts by {@linkplain
   *       dev.yardstick.indicators.variance.ForecastMethod#SEASONAL_PROFILE seasonal profile} or
   *       {@linkplain dev.yardstick.indicators.variance.ForecastMethod#LAST_YEARS_SHAPE last year's
   *       shape}, straight-line forecasts of a ratio, and those from too few periods. Without its
   *       uncertainty a forecast says whether it meets the target, not how likely a miss is;
   *       reading it as certain would overstate the risk or hide it. Use the SPC assurance icon
   *       ({@link #from(XmrChartResult, double, IndicatorCode, IndicatorWeight)}) or a probability
   *       judged by the owner ({@link #ofProbability}) instead.
   *   <li>A forecast without an outturn (a ratio whose projected denominator is zero) gives no
   *       evidence.
   *   <li>A forecast from a complete year has standard error zero: the miss is certain or ruled
   *       out.
   * </ul>
   *
   * @param forecast the forecast to year end
   * @param annualTarget the target for the forecast's indicator and financial year
   * @param weight how much rides on the indicator; {@link IndicatorWeight#from} derives it from the
   *     definition
   * @return the evidence, or empty if the forecast has no outturn or no standard error
   * @throws IllegalArgumentException if the target is for another indicator, the figures have no
   *     polarity, or the target's kind disagrees with the polarity; the message names the indicator
   *     and target
   * @throws UnitMismatchException if the target is in another unit than the forecast
   * @throws PeriodMismatchException if the target is not for the forecast's financial year
   */
  public static Optional<PerformanceRiskEvidence> from(
      Forecast forecast, Target annualTarget, IndicatorWeight weight) {
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(annualTarget, "annualTarget");
    Objects.requireNonNull(weight, "weight");
    YearToDateActuals actuals = forecast.getActuals();
    IndicatorCode indicator = actuals.getIndicator();
    checkArgument(
        annualTarget.getIndicator().equals(indicator),
        "target %s is for indicator %s, not %s",
        annualTarget.getId(),
        annualTarget.getIndicator(),
        indicator);
    String subject =
        "forecast of indicator " + indicator + " against target " + annualTarget.getId();
    UnitMismatchException.check(subject, annualTarget.getUnit(), actuals.getUnit());
    PeriodMismatchException.check(subject, annualTarget.getPeriod(), actuals.getYear());
    Polarity polarity = judgedBy(indicator, actuals.getPolarity(), annualTarget);
    if (forecast.getOutturn().isEmpty() || forecast.getStandardError().isEmpty()) {
      return Optional.empty();
    }
    Builder evidence =
        builder()
            .indicator(indicator)
            .weight(weight)
            .forecast(forecast.getOutturn().get())
            .standardError(forecast.getStandardError().get())
            .degreesOfFreedom(forecast.getDegreesOfFreedom())
            .polarity(polarity);
    if (polarity.getKind() != Polarity.Kind.WITHIN_RANGE) {
      evidence.target(annualTarget.getThreshold().orElseThrow());
    }
    return Optional.of(evidence.build());
  }

  /** The polarity the target is judged by, or an error if its kind disagrees with the figures'. */
  private static Polarity judgedBy(IndicatorCode indicator, Polarity polarity, Target target) {
    checkArgument(
        polarity.hasDirection(),
        "indicator %s has no polarity, so it has no target to miss",
        indicator);
    TargetKind kind = target.getKind();
    Polarity.Kind expected;
    if (kind == TargetKind.AT_LEAST || kind == TargetKind.INCREASE_ON_BASELINE) {
      expected = Polarity.Kind.HIGHER_IS_BETTER;
    } else if (kind == TargetKind.AT_MOST || kind == TargetKind.REDUCTION_ON_BASELINE) {
      expected = Polarity.Kind.LOWER_IS_BETTER;
    } else {
      expected = Polarity.Kind.WITHIN_RANGE;
    }
    checkArgument(
        polarity.getKind() == expected,
        "target %s of kind %s disagrees with indicator %s polarity %s",
        target.getId(),
        kind,
        indicator,
        polarity);
    if (expected != Polarity.Kind.WITHIN_RANGE) {
      return polarity;
    }
    Range<BigDecimal> bounds = target.getBounds();
    return Polarity.withinRange(bounds.lowerEndpoint(), bounds.upperEndpoint());
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
      IndicatorCode indicator, IndicatorWeight weight, AssuranceIcon assurance) {
    return builder().indicator(indicator).weight(weight).assurance(assurance).build();
  }

  /**
   * Returns evidence from an XmR chart of the indicator and its target: the chart's {@linkplain
   * XmrChartResult#getAssuranceIcon(double) assurance icon}, judged against the latest segment's
   * process limits (NHS Making Data Count; methods reference 1.5).
   *
   * <h4>Edge cases</h4>
   *
   * Empty where the chart gives no icon: a polarity with no better direction (none, or a range), an
   * empty series, or a latest segment of one point, which has no limits yet.
   *
   * @param chart the indicator's XmR chart
   * @param target the target, in the indicator's unit, for the periods charted
   * @param indicator the indicator charted
   * @param weight how much rides on it; {@link IndicatorWeight#from} derives it from the definition
   * @return the evidence, or empty if the chart gives no assurance icon
   * @throws IllegalArgumentException if the target is not finite
   */
  public static Optional<PerformanceRiskEvidence> from(
      XmrChartResult chart, double target, IndicatorCode indicator, IndicatorWeight weight) {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(weight, "weight");
    checkArgument(
        Double.isFinite(target), "target %s for indicator %s is not finite", target, indicator);
    return chart.getAssuranceIcon(target).map(icon -> ofAssurance(indicator, weight, icon));
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
  public EvidenceKind getKind() {
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
            || getDegreesOfFreedom().isPresent()
            || getTarget().isPresent()
            || getPolarity().isPresent();
    boolean range =
        getPolarity().map(pol -> pol.getKind() == Polarity.Kind.WITHIN_RANGE).orElse(false);
    boolean allForecast =
        getForecast().isPresent()
            && getStandardError().isPresent()
            && (getTarget().isPresent() || range)
            && getPolarity().isPresent();
    boolean a = getAssurance().isPresent();
    checkArgument(
        !anyForecast || allForecast,
        "performance risk evidence for %s has a partial forecast: forecast, standard error,"
            + " polarity and (unless the polarity is a range) target are all needed",
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
    getDegreesOfFreedom()
        .ifPresent(
            df ->
                checkArgument(
                    df >= 1,
                    "forecast degrees of freedom %s for %s are below 1",
                    df,
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
    Optional<BigDecimal> t = range ? Optional.empty() : getTarget().map(Decimals::normalise);
    if (f.equals(Decimals.normalise(f))
        && se.equals(Decimals.normalise(se))
        && t.equals(getTarget())) {
      return this;
    }
    return builder()
        .from(this)
        .forecast(Decimals.normalise(f))
        .standardError(Decimals.normalise(se))
        .target(t)
        .build();
  }

  /** Builds a {@link PerformanceRiskEvidence}. */
  public static class Builder extends ImmutablePerformanceRiskEvidence.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
