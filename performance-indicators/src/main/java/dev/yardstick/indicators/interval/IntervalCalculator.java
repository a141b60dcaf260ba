package dev.yardstick.indicators.interval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Confidence intervals for the statistics of public-health and social-care indicators: Wilson score
 * intervals for proportions, exact Poisson and Byar intervals for counts, rates and indirectly
 * standardised ratios, and the normal approximation for means.
 *
 * <p>The methods and their defaults are those of PHE/OHID's PHEindicatormethods (methods reference
 * 4.4): 95% confidence; Wilson for proportions ({@code phe_proportion}); exact limits below 10
 * events and Byar's from 10 for rates and ratios ({@code phe_rate}, {@code calculate_ISRatio}).
 * Chi-square quantiles come from Apache Commons Statistics' {@link ChiSquaredDistribution}, which
 * matches R's {@code qchisq}.
 *
 * <pre>{@code
 * IntervalCalculator intervals = IntervalCalculator.withDefaults();
 * ConfidenceInterval ci = intervals.proportion(65, 100);   // 0.5525 to 0.7364
 * ConfidenceInterval ci998 =
 *     intervals.with(ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT).count(10); // 2.92 to 24.19
 * }</pre>
 *
 * <p>Counts are {@code double} so that weighted or averaged counts, which PHE's own fixtures
 * contain, are accepted; they must be finite and not negative.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>A proportion of 0 has lower bound 0; a proportion of 1 has upper bound 1 (Wilson).
 *   <li>A count of 0 has lower bound 0 (exact); Byar's lower bound is undefined there and negative
 *       for one event at 99.8%: the exact lower bound stands in and {@link
 *       ConfidenceInterval#getLowerBoundMethod()} says so.
 *   <li>A zero denominator, expected count or sample size is refused with an {@link
 *       IllegalArgumentException}: there is no rate to bound.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class IntervalCalculator {

  /** Below this many events the PHE rule uses exact limits; from it, Byar's method. */
  static final double PHE_BYAR_THRESHOLD = 10;

  private static final IntervalCalculator DEFAULTS =
      new IntervalCalculator(
          ConfidenceLevel.NINETY_FIVE_PERCENT, CountIntervalMethod.EXACT_BELOW_TEN_BYAR_FROM_TEN);

  private final ConfidenceLevel level;
  private final CountIntervalMethod countMethod;

  private IntervalCalculator(ConfidenceLevel level, CountIntervalMethod countMethod) {
    this.level = level;
    this.countMethod = countMethod;
  }

  /**
   * Returns the calculator with the PHE defaults: 95% confidence and {@link
   * CountIntervalMethod#EXACT_BELOW_TEN_BYAR_FROM_TEN}.
   *
   * @return the default calculator
   */
  public static IntervalCalculator withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a calculator with a different confidence level.
   *
   * @param confidenceLevel the level
   * @return a calculator with that level and the other options unchanged
   */
  public IntervalCalculator with(ConfidenceLevel confidenceLevel) {
    return new IntervalCalculator(
        Objects.requireNonNull(confidenceLevel, "confidenceLevel"), countMethod);
  }

  /**
   * Returns a calculator with a different method for counts, rates and ratios.
   *
   * @param method the method
   * @return a calculator with that method and the other options unchanged
   */
  public IntervalCalculator with(CountIntervalMethod method) {
    return new IntervalCalculator(level, Objects.requireNonNull(method, "method"));
  }

  /**
   * Returns the confidence level.
   *
   * @return the level
   */
  public ConfidenceLevel getConfidenceLevel() {
    return level;
  }

  /**
   * Returns the method for counts, rates and ratios.
   *
   * @return the method
   */
  public CountIntervalMethod getCountMethod() {
    return countMethod;
  }

  /**
   * Returns the Wilson score interval of the proportion {@code numerator / denominator}, on the
   * scale 0 to 1 (use {@link ConfidenceInterval#multipliedBy(double)} for a percentage).
   *
   * @param numerator the number with the attribute, finite, from 0 to the denominator
   * @param denominator the number in the population, finite and positive
   * @return the interval; the estimate is {@code numerator / denominator}
   * @throws IllegalArgumentException if the numerator is negative or above the denominator, or the
   *     denominator is not positive
   */
  public ConfidenceInterval proportion(double numerator, double denominator) {
    checkCount("numerator", numerator);
    checkArgument(
        Double.isFinite(denominator) && denominator > 0,
        "proportion denominator %s is not a finite positive number",
        denominator);
    checkArgument(
        numerator <= denominator,
        "proportion numerator %s is greater than its denominator %s",
        numerator,
        denominator);
    double z = level.getZ();
    double z2 = z * z;
    double root = z * Math.sqrt(z2 + 4 * numerator * (1 - numerator / denominator));
    double lower = (2 * numerator + z2 - root) / (2 * (denominator + z2));
    double upper = (2 * numerator + z2 + root) / (2 * (denominator + z2));
    double p = numerator / denominator;
    // Rounding can put a bound a hair beyond p at x = 0 or x = n; the exact bounds are p there.
    return ConfidenceInterval.of(
        p,
        Math.max(0, Math.min(lower, p)),
        Math.min(1, Math.max(upper, p)),
        level,
        IntervalMethod.WILSON);
  }

  /**
   * Returns the interval of a Poisson count of events, by the configured {@link
   * CountIntervalMethod}.
   *
   * @param count the observed number of events, finite and not negative
   * @return the interval; the estimate is the count
   * @throws IllegalArgumentException if the count is negative or not finite
   */
  public ConfidenceInterval count(double count) {
    checkCount("count", count);
    boolean byar =
        countMethod == CountIntervalMethod.BYAR
            || (countMethod == CountIntervalMethod.EXACT_BELOW_TEN_BYAR_FROM_TEN
                && count >= PHE_BYAR_THRESHOLD);
    double exactLower = exactLower(count, level.getTailProbability());
    if (!byar) {
      return ConfidenceInterval.of(
          count,
          exactLower,
          exactUpper(count, level.getTailProbability()),
          level,
          IntervalMethod.EXACT_POISSON);
    }
    double z = level.getZ();
    double upper =
        (count + 1) * Math.pow(1 - 1 / (9 * (count + 1)) + z / (3 * Math.sqrt(count + 1)), 3);
    double lower =
        count > 0 ? count * Math.pow(1 - 1 / (9 * count) - z / (3 * Math.sqrt(count)), 3) : -1;
    ConfidenceInterval.Builder interval =
        ConfidenceInterval.builder()
            .estimate(count)
            .upper(upper)
            .confidenceLevel(level)
            .method(IntervalMethod.BYAR);
    if (lower >= 0) {
      interval.lower(lower);
    } else {
      interval.lower(exactLower).lowerBoundMethod(IntervalMethod.EXACT_POISSON);
    }
    return interval.build();
  }

  /**
   * Returns the interval of a rate: the count's interval divided by the denominator and multiplied
   * by the multiplier (PHEindicatormethods {@code phe_rate}).
   *
   * @param count the number of events, finite and not negative
   * @param denominator the population or person-time, finite and positive
   * @param multiplier the rate's unit, for example 100,000 for a rate per 100,000
   * @return the interval; the estimate is {@code count / denominator * multiplier}
   * @throws IllegalArgumentException if the count is negative or the denominator or multiplier is
   *     not positive
   */
  public ConfidenceInterval rate(double count, double denominator, double multiplier) {
    checkArgument(
        Double.isFinite(denominator) && denominator > 0,
        "rate denominator %s is not a finite positive number",
        denominator);
    checkArgument(
        Double.isFinite(multiplier) && multiplier > 0,
        "rate multiplier %s is not a finite positive number",
        multiplier);
    return count(count).multipliedBy(multiplier / denominator);
  }

  /**
   * Returns the interval of an indirectly standardised ratio {@code observed / expected}, times a
   * reference value such as 1 or 100 (PHEindicatormethods {@code calculate_ISRatio}).
   *
   * @param observed the observed number of events, finite and not negative
   * @param expected the expected number of events, finite and positive
   * @param referenceValue the value the ratio is scaled to, for example 100 for an ISR
   * @return the interval; the estimate is {@code observed / expected * referenceValue}
   * @throws IllegalArgumentException if the observed count is negative, or the expected count or
   *     the reference value is not positive
   */
  public ConfidenceInterval ratio(double observed, double expected, double referenceValue) {
    checkArgument(
        Double.isFinite(expected) && expected > 0,
        "ratio expected count %s is not a finite positive number",
        expected);
    checkArgument(
        Double.isFinite(referenceValue) && referenceValue > 0,
        "ratio reference value %s is not a finite positive number",
        referenceValue);
    return count(observed).multipliedBy(referenceValue / expected);
  }

  /**
   * Returns the normal-approximation interval of a mean, {@code mean -/+ z * sd / sqrt(n)}.
   *
   * @param mean the sample mean, finite
   * @param standardDeviation the sample standard deviation, finite and not negative
   * @param sampleSize the number of observations, positive
   * @return the interval
   * @throws IllegalArgumentException if the mean or standard deviation is not finite, the standard
   *     deviation is negative or the sample size is not positive
   */
  public ConfidenceInterval mean(double mean, double standardDeviation, long sampleSize) {
    checkArgument(sampleSize > 0, "mean sample size %s is not positive", sampleSize);
    checkArgument(
        Double.isFinite(standardDeviation) && standardDeviation >= 0,
        "mean standard deviation %s is not a finite non-negative number",
        standardDeviation);
    return normal(mean, standardDeviation / Math.sqrt(sampleSize));
  }

  /**
   * Returns the normal-approximation interval {@code estimate -/+ z * standardError}.
   *
   * @param estimate the estimate, finite
   * @param standardError its standard error, finite and not negative
   * @return the interval
   * @throws IllegalArgumentException if the estimate is not finite or the standard error is
   *     negative or not finite
   */
  public ConfidenceInterval normal(double estimate, double standardError) {
    checkArgument(Double.isFinite(estimate), "estimate %s is not finite", estimate);
    checkArgument(
        Double.isFinite(standardError) && standardError >= 0,
        "standard error %s is not a finite non-negative number",
        standardError);
    double half = level.getZ() * standardError;
    return ConfidenceInterval.of(
        estimate, estimate - half, estimate + half, level, IntervalMethod.NORMAL);
  }

  /**
   * Returns the exact Poisson lower bound {@code chi2(tail; 2x) / 2}, 0 for no events.
   *
   * @param count the observed count
   * @param tail the lower tail probability
   * @return the bound
   */
  static double exactLower(double count, double tail) {
    if (count == 0) {
      return 0;
    }
    return ChiSquaredDistribution.of(2 * count).inverseCumulativeProbability(tail) / 2;
  }

  /**
   * Returns the exact Poisson upper bound {@code chi2(1 - tail; 2x + 2) / 2}.
   *
   * @param count the observed count
   * @param tail the upper tail probability
   * @return the bound
   */
  static double exactUpper(double count, double tail) {
    return ChiSquaredDistribution.of(2 * count + 2).inverseCumulativeProbability(1 - tail) / 2;
  }

  private static void checkCount(String name, double value) {
    checkArgument(
        Double.isFinite(value) && value >= 0,
        "%s %s is not a finite non-negative number",
        name,
        value);
  }

  @Override
  public String toString() {
    return "IntervalCalculator{" + level + ", " + countMethod + "}";
  }
}
