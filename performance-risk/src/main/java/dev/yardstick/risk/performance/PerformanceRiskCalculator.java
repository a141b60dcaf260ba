package dev.yardstick.risk.performance;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Polarity;
import dev.yardstick.indicators.spc.AssuranceIcon;
import dev.yardstick.risk.matrix.RiskMatrix;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Derives a risk from an indicator: the likelihood of missing the year-end target from a forecast
 * and its uncertainty (or a stated probability, or the SPC assurance icon), the impact from the
 * indicator's weight. This links the performance half of Yardstick to the risk half.
 *
 * <h2>Method</h2>
 *
 * <p><b>Probability of a miss from a forecast.</b> The year-end value is read as {@code X = f + s
 * × T}, the forecast {@code f} plus its standard error {@code s} times a variable {@code T} with
 * distribution function {@code F}: Student's t on the forecast's degrees of freedom where it has
 * them (the distribution behind the forecast's own prediction interval, {@link
 * dev.yardstick.indicators.variance.Forecast#getInterval}), otherwise the standard normal (the
 * usual large-sample reading of a forecast interval). With target {@code t}: higher is better,
 * {@code P(miss) = P(X < t) = F((t − f) / s)}; lower is better, {@code P(miss) = P(X > t) = 1 −
 * F((t − f) / s)}; best within {@code [lo, hi]}, {@code P(miss) = F((lo − f) / s) + 1 − F((hi −
 * f) / s)}. {@code F} is Apache Commons Statistics' {@code TDistribution} or {@code
 * NormalDistribution}, the same as R's {@code pt(q, df)} and {@code pnorm(q)}. The arithmetic is
 * in {@code double}. The probability never falls as the forecast moves further to the failing side
 * of the target.
 *
 * <p><b>Likelihood from a probability.</b> Level {@code k} is the highest level whose lower
 * probability bound is not above {@code P(miss)}; bounds are lower-inclusive. The defaults for a
 * 5-point scale are 1 Rare below 5%, 2 Unlikely from 5%, 3 Possible from 20%, 4 Likely from 50%
 * and 5 Almost certain from 80%: percentage guidance of the kind council risk policies print beside
 * their likelihood descriptors (Yardstick's own choice; no single published source; configure your
 * own with {@link #withLikelihoodBounds(double...)}).
 *
 * <p><b>Likelihood from the SPC assurance icon</b> (NHS Making Data Count), as {@link
 * dev.yardstick.indicators.spc.XmrChartResult#getAssuranceIcon(double)} gives it: by default
 * {@link AssuranceIcon#CONSISTENTLY_PASSING} is 1, {@link AssuranceIcon#HIT_AND_MISS} is 3 and
 * {@link AssuranceIcon#CONSISTENTLY_FAILING} is 5 on a 5-point scale.
 *
 * <p><b>Impact from the weight.</b> By default {@link IndicatorWeight#RATING_CAPPING} is 5
 * (Severe: missing it caps the council's rating), {@link IndicatorWeight#KEY} is 4 (Major) and
 * {@link IndicatorWeight#SUPPORTING} is 2 (Minor). {@link IndicatorWeight#from} derives the weight
 * from the indicator's definition: a key indicator, whose miss caps a rating, is rating-capping.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>A standard error of zero means the forecast is certain: {@code P(miss)} is 1 if the
 *       forecast misses the target and 0 if it meets it.
 *   <li>A forecast without a standard error gives no evidence: see {@link
 *       PerformanceRiskEvidence#from(dev.yardstick.indicators.variance.Forecast,
 *       dev.yardstick.core.framework.Target, IndicatorWeight)}.
 *   <li>A forecast exactly on the target meets it (at least for higher is better, at most for lower
 *       is better; a range includes its bounds).
 *   <li>A configuration that does not fit the matrix (a different number of likelihood bounds, an
 *       impact or likelihood level off the scale) is an error naming the value, never clamped.
 * </ul>
 *
 * <pre>{@code
 * Forecast forecast = ForecastCalculator.withDefaults().calculate(actualsToSeptember);
 * Optional<PerformanceRisk> risk =
 *     PerformanceRiskEvidence.from(forecast, annualTarget, IndicatorWeight.from(definition))
 *         .map(e -> PerformanceRiskCalculator.withDefaults()
 *             .assess(e, RiskMatrix.fiveByFive(LocalDate.of(2024, 4, 1))));
 *
 * PerformanceRisk byHand = PerformanceRiskCalculator.withDefaults().assess(
 *     PerformanceRiskEvidence.ofForecast(IndicatorCode.of("C28"), IndicatorWeight.RATING_CAPPING,
 *         new BigDecimal("70"), new BigDecimal("5"), new BigDecimal("75"),
 *         Polarity.HIGHER_IS_BETTER),
 *     RiskMatrix.fiveByFive(LocalDate.of(2024, 4, 1)));
 * byHand.getProbabilityOfMiss();   // 0.841 = pnorm(1)
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class PerformanceRiskCalculator {

  private static final PerformanceRiskCalculator DEFAULTS =
      new PerformanceRiskCalculator(
          List.of(0.05, 0.20, 0.50, 0.80),
          new EnumMap<>(
              Map.of(
                  IndicatorWeight.RATING_CAPPING, 5,
                  IndicatorWeight.KEY, 4,
                  IndicatorWeight.SUPPORTING, 2)),
          new EnumMap<>(
              Map.of(
                  AssuranceIcon.CONSISTENTLY_PASSING, 1,
                  AssuranceIcon.HIT_AND_MISS, 3,
                  AssuranceIcon.CONSISTENTLY_FAILING, 5)));

  private final List<Double> likelihoodBounds;
  private final EnumMap<IndicatorWeight, Integer> impacts;
  private final EnumMap<AssuranceIcon, Integer> assuranceLikelihoods;

  private PerformanceRiskCalculator(
      List<Double> likelihoodBounds,
      EnumMap<IndicatorWeight, Integer> impacts,
      EnumMap<AssuranceIcon, Integer> assuranceLikelihoods) {
    this.likelihoodBounds = List.copyOf(likelihoodBounds);
    this.impacts = impacts;
    this.assuranceLikelihoods = assuranceLikelihoods;
  }

  /**
   * Returns the calculator with the defaults for a 5x5 matrix described above.
   *
   * @return the default calculator
   */
  public static PerformanceRiskCalculator withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that maps probabilities to likelihood levels by other bounds.
   *
   * @param lowerBounds the lowest probability of levels 2, 3, ... n, strictly increasing, each
   *     above 0 and at most 1 (level 1 starts at 0)
   * @return the new calculator
   * @throws IllegalArgumentException if the bounds are empty, not increasing or out of range
   */
  public PerformanceRiskCalculator withLikelihoodBounds(double... lowerBounds) {
    Objects.requireNonNull(lowerBounds, "lowerBounds");
    checkArgument(lowerBounds.length >= 1, "likelihood bounds are empty");
    List<Double> bounds = new ArrayList<>();
    double previous = 0;
    for (double b : lowerBounds) {
      checkArgument(
          b > previous && b <= 1,
          "likelihood bound %s is not above %s and at most 1",
          b,
          previous);
      bounds.add(b);
      previous = b;
    }
    return new PerformanceRiskCalculator(bounds, impacts, assuranceLikelihoods);
  }

  /**
   * Returns a copy that gives missing an indicator of a weight another impact level.
   *
   * @param weight the weight
   * @param impactLevel the impact level, at least 1
   * @return the new calculator
   * @throws IllegalArgumentException if the level is below 1
   */
  public PerformanceRiskCalculator withImpact(IndicatorWeight weight, int impactLevel) {
    Objects.requireNonNull(weight, "weight");
    checkArgument(impactLevel >= 1, "impact level %s for %s is below 1", impactLevel, weight);
    EnumMap<IndicatorWeight, Integer> copy = new EnumMap<>(impacts);
    copy.put(weight, impactLevel);
    return new PerformanceRiskCalculator(likelihoodBounds, copy, assuranceLikelihoods);
  }

  /**
   * Returns a copy that gives an SPC assurance icon another likelihood level.
   *
   * @param assurance the icon
   * @param likelihoodLevel the likelihood level, at least 1
   * @return the new calculator
   * @throws IllegalArgumentException if the level is below 1
   */
  public PerformanceRiskCalculator withAssuranceLikelihood(
      AssuranceIcon assurance, int likelihoodLevel) {
    Objects.requireNonNull(assurance, "assurance");
    checkArgument(
        likelihoodLevel >= 1, "likelihood level %s for %s is below 1", likelihoodLevel, assurance);
    EnumMap<AssuranceIcon, Integer> copy = new EnumMap<>(assuranceLikelihoods);
    copy.put(assurance, likelihoodLevel);
    return new PerformanceRiskCalculator(likelihoodBounds, impacts, copy);
  }

  /**
   * Assesses the risk of an indicator missing its year-end target.
   *
   * @param evidence what is known about the indicator
   * @param matrix the matrix to rate the risk on
   * @return the performance risk
   * @throws IllegalArgumentException if the likelihood bounds do not fit the matrix's likelihood
   *     scale (one fewer bound than levels) or a configured level is off a scale
   */
  public PerformanceRisk assess(PerformanceRiskEvidence evidence, RiskMatrix matrix) {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(matrix, "matrix");
    int levels = matrix.getLikelihoodScale().size();
    PerformanceRisk.Builder result = PerformanceRisk.builder().evidence(evidence);
    int likelihood;
    if (evidence.getKind() == EvidenceKind.SPC_ASSURANCE) {
      likelihood = assuranceLikelihoods.get(evidence.getAssurance().orElseThrow());
    } else {
      checkArgument(
          likelihoodBounds.size() == levels - 1,
          "%s likelihood bounds %s do not fit the %s-level likelihood scale of matrix '%s'",
          likelihoodBounds.size(),
          likelihoodBounds,
          levels,
          matrix.getName());
      double p =
          evidence.getKind() == EvidenceKind.PROBABILITY
              ? evidence.getProbabilityOfMiss().orElseThrow()
              : probabilityOfMiss(evidence);
      result.probabilityOfMiss(p);
      likelihood = 1;
      for (double bound : likelihoodBounds) {
        if (p >= bound) {
          likelihood++;
        }
      }
    }
    int impact = impacts.get(evidence.getWeight());
    return result.rating(matrix.rate(likelihood, impact)).build();
  }

  /**
   * Returns the probability that the year-end value misses the target, for forecast evidence, by
   * the model described in the class documentation (Student's t where the evidence has degrees of
   * freedom, otherwise normal).
   *
   * @param evidence forecast evidence
   * @return the probability, 0 to 1
   * @throws IllegalArgumentException if the evidence is not a forecast
   */
  public static double probabilityOfMiss(PerformanceRiskEvidence evidence) {
    Objects.requireNonNull(evidence, "evidence");
    checkArgument(
        evidence.getKind() == EvidenceKind.FORECAST,
        "evidence for %s is %s, not a forecast",
        evidence.getIndicator(),
        evidence.getKind());
    BigDecimal f = evidence.getForecast().orElseThrow();
    BigDecimal s = evidence.getStandardError().orElseThrow();
    ContinuousDistribution t = standardised(evidence.getDegreesOfFreedom());
    Polarity polarity = evidence.getPolarity().orElseThrow();
    if (polarity.getKind() == Polarity.Kind.WITHIN_RANGE) {
      BigDecimal lo = polarity.getRangeLower().orElseThrow();
      BigDecimal hi = polarity.getRangeUpper().orElseThrow();
      return below(t, f, s, lo) + above(t, f, s, hi);
    }
    BigDecimal target = evidence.getTarget().orElseThrow();
    return polarity.getKind() == Polarity.Kind.HIGHER_IS_BETTER
        ? below(t, f, s, target)
        : above(t, f, s, target);
  }

  /** Student's t on the degrees of freedom, or the standard normal without them. */
  private static ContinuousDistribution standardised(OptionalInt degreesOfFreedom) {
    return degreesOfFreedom.isPresent()
        ? TDistribution.of(degreesOfFreedom.getAsInt())
        : NormalDistribution.of(0, 1);
  }

  /** P(X < bound) for X = f + s T; with s = 0, 1 if f is below the bound. */
  private static double below(
      ContinuousDistribution t, BigDecimal f, BigDecimal s, BigDecimal bound) {
    if (s.signum() == 0) {
      return f.compareTo(bound) < 0 ? 1 : 0;
    }
    return t.cumulativeProbability(z(f, s, bound));
  }

  /** P(X > bound) for X = f + s T; with s = 0, 1 if f is above the bound. */
  private static double above(
      ContinuousDistribution t, BigDecimal f, BigDecimal s, BigDecimal bound) {
    if (s.signum() == 0) {
      return f.compareTo(bound) > 0 ? 1 : 0;
    }
    return t.survivalProbability(z(f, s, bound));
  }

  /** The bound in standard errors from the forecast, in double arithmetic. */
  private static double z(BigDecimal f, BigDecimal s, BigDecimal bound) {
    return (bound.doubleValue() - f.doubleValue()) / s.doubleValue();
  }

  /**
   * Returns the options; for the defaults, {@code PerformanceRiskCalculator{likelihood bounds
   * [0.05, 0.2, 0.5, 0.8], impacts {RATING_CAPPING=5, KEY=4, SUPPORTING=2}, assurance likelihoods
   * {CONSISTENTLY_PASSING=1, CONSISTENTLY_FAILING=5, HIT_AND_MISS=3}}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "PerformanceRiskCalculator{likelihood bounds "
        + likelihoodBounds
        + ", impacts "
        + impacts
        + ", assurance likelihoods "
        + assuranceLikelihoods
        + "}";
  }
}
