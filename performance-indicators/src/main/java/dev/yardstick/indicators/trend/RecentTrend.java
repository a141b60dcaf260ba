package dev.yardstick.indicators.trend;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Polarity;
import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The "recent trend" of the Fingertips public-health profiles (OHID, formerly Public Health
 * England): is the indicator increasing or decreasing significantly over its five most recent
 * annual values?
 *
 * <p>Method, as the Fingertips web service's {@code TrendMarkerCalculator} (fingertips-open, commit
 * 6780897) and the "Fingertips trend markers" technical guidance; time t = 1..5, oldest first:
 *
 * <ul>
 *   <li>proportions ({@link #calculateProportions}): the chi-square test for trend, chi2 = N (N
 *       sum x_t t - X sum n_t t)^2 / (X (N - X) (N sum n_t t^2 - (sum n_t t)^2)), N and X the
 *       summed denominators and counts;
 *   <li>other values with 95% confidence intervals ({@link #calculate}): least squares weighted by
 *       w_t = 1 / SE_t^2, SE_t = (upper_t - lower_t) / 3.92; chi2 = (b / SE(b))^2 with SE(b) =
 *       sqrt(Sw / (Sw Swtt - Swt^2));
 *   <li>significant when chi2 exceeds the chi-square quantile on 1 degree of freedom at the
 *       confidence level (9.5495 at 99.8%, from Apache Commons Statistics) <em>and</em> the slope
 *       over all points and every leave-one-out slope have the same sign (for proportions the
 *       unweighted least-squares slopes of the logit ln(x / (n - x)) on t);
 *   <li>direction: the sign of the weighted slope, or of N sum x_t t - X sum n_t t for
 *       proportions. (The code version read never sets the proportion slope and would label every
 *       significant proportion trend "decreasing"; this class uses the sign of the statistic.)
 * </ul>
 *
 * <p>Values must be annual and non-overlapping, one per year, in time order: the caller checks
 * this (Fingertips refuses other year ranges). Only the last {@code points} values are used.
 *
 * <h2>Options and defaults</h2>
 *
 * Five points and 99.8% confidence (Fingertips).
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>fewer values than points: {@link TrendStatus#INSUFFICIENT_DATA};
 *   <li>a used count of zero or equal to its denominator, or a zero-width interval: {@link
 *       TrendStatus#CANNOT_BE_CALCULATED} (Fingertips: "cannot be calculated");
 *   <li>a negative count, a count above its denominator, a denominator below 1, a non-finite value
 *       or limit, a lower limit above the upper: {@link IllegalArgumentException} naming the
 *       position.
 * </ul>
 *
 * <pre>{@code
 * RecentTrendResult r = RecentTrend.withDefaults()
 *     .calculateProportions(counts, denominators, Polarity.HIGHER_IS_BETTER);
 * r.explain();   // "Increasing and getting better: chi-square 47.90 > 9.55 ..."
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RecentTrend {

  private static final RecentTrend DEFAULTS = new RecentTrend(5, 0.998);

  /** Two-sided 95% normal quantile times two, as Fingertips writes it. */
  private static final double CI_WIDTH_IN_STANDARD_ERRORS = 3.92;

  private final int points;
  private final double confidenceLevel;

  private RecentTrend(int points, double confidenceLevel) {
    this.points = points;
    this.confidenceLevel = confidenceLevel;
  }

  /**
   * Returns the calculator with the Fingertips defaults: the five most recent points, 99.8%.
   *
   * @return the default calculator
   */
  public static RecentTrend withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that uses the given number of most recent points.
   *
   * @param count the number of points, at least 3
   * @return the configured calculator
   * @throws IllegalArgumentException if the count is below 3
   */
  public RecentTrend withPoints(int count) {
    checkArgument(count >= 3, "recent trend needs at least 3 points, not %s", count);
    return new RecentTrend(count, confidenceLevel);
  }

  /**
   * Returns a copy with the given confidence level.
   *
   * @param level the confidence level, such as 0.998
   * @return the configured calculator
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public RecentTrend withConfidenceLevel(double level) {
    checkArgument(level > 0 && level < 1, "confidence level %s is not between 0 and 1", level);
    return new RecentTrend(points, level);
  }

  /**
   * The chi-square value above which a trend is significant.
   *
   * @return the quantile of chi-square on 1 degree of freedom at the confidence level
   */
  public double getCriticalValue() {
    return ChiSquaredDistribution.of(1).inverseCumulativeProbability(confidenceLevel);
  }

  /**
   * Tests the recent trend of a proportion from its counts and denominators.
   *
   * @param counts the numerators, one per year, oldest first
   * @param denominators the denominators, as many as the counts
   * @param polarity the indicator's polarity
   * @return the result
   * @throws IllegalArgumentException if the arrays differ in length, or a count is negative or
   *     above its denominator, or a denominator is below 1, naming the position
   */
  public RecentTrendResult calculateProportions(
      long[] counts, long[] denominators, Polarity polarity) {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(denominators, "denominators");
    Objects.requireNonNull(polarity, "polarity");
    checkArgument(
        counts.length == denominators.length,
        "%s counts but %s denominators",
        counts.length,
        denominators.length);
    double[] values = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      checkArgument(
          denominators[i] >= 1, "denominator %s at position %s is below 1", denominators[i], i);
      checkArgument(
          counts[i] >= 0 && counts[i] <= denominators[i],
          "count %s at position %s is not between 0 and its denominator %s",
          counts[i],
          i,
          denominators[i]);
      values[i] = (double) counts[i] / denominators[i];
    }
    RecentTrendResult.Builder result =
        start(RecentTrendMethod.CHI_SQUARE_TEST_FOR_TREND, values, polarity);
    for (long c : counts) {
      result.addCounts(c);
    }
    for (long d : denominators) {
      result.addDenominators(d);
    }
    int m = counts.length;
    if (m < points) {
      return result.status(TrendStatus.INSUFFICIENT_DATA).build();
    }
    long[] x = Arrays.copyOfRange(counts, m - points, m);
    long[] n = Arrays.copyOfRange(denominators, m - points, m);
    for (int i = 0; i < points; i++) {
      if (x[i] == 0 || x[i] == n[i]) {
        return result.status(TrendStatus.CANNOT_BE_CALCULATED).build();
      }
    }
    double bigN = 0;
    double bigX = 0;
    double sxt = 0;
    double snt = 0;
    double sntt = 0;
    double[] t = new double[points];
    double[] logit = new double[points];
    double[] ones = new double[points];
    for (int i = 0; i < points; i++) {
      t[i] = i + 1;
      ones[i] = 1;
      logit[i] = Math.log((double) x[i] / (n[i] - x[i]));
      bigN += n[i];
      bigX += x[i];
      sxt += x[i] * t[i];
      snt += n[i] * t[i];
      sntt += n[i] * t[i] * t[i];
    }
    double difference = bigN * sxt - bigX * snt;
    double chiSquare =
        bigN * difference * difference / (bigX * (bigN - bigX) * (bigN * sntt - snt * snt));
    return finish(result, chiSquare, Math.signum(difference), robust(t, logit, ones));
  }

  /**
   * Tests the recent trend of values with 95% confidence intervals (rates, ratios, means).
   *
   * @param values the values, one per year, oldest first
   * @param lower95 the lower 95% confidence limits, as many as the values
   * @param upper95 the upper 95% confidence limits, as many as the values
   * @param polarity the indicator's polarity
   * @return the result
   * @throws IllegalArgumentException if the arrays differ in length, a value or limit is not
   *     finite, or a lower limit is above its upper limit, naming the position
   */
  public RecentTrendResult calculate(
      double[] values, double[] lower95, double[] upper95, Polarity polarity) {
    Series.requireFinite(values, "values");
    Series.requireFinite(lower95, "lower95");
    Series.requireFinite(upper95, "upper95");
    Objects.requireNonNull(polarity, "polarity");
    checkArgument(
        values.length == lower95.length && values.length == upper95.length,
        "%s values, %s lower limits and %s upper limits differ in number",
        values.length,
        lower95.length,
        upper95.length);
    for (int i = 0; i < values.length; i++) {
      checkArgument(
          lower95[i] <= upper95[i],
          "lower limit %s at position %s is above its upper limit %s",
          lower95[i],
          i,
          upper95[i]);
    }
    RecentTrendResult.Builder result =
        start(RecentTrendMethod.WEIGHTED_LEAST_SQUARES, values, polarity)
            .lowerLimits(Series.boxed(lower95))
            .upperLimits(Series.boxed(upper95));
    int m = values.length;
    if (m < points) {
      return result.status(TrendStatus.INSUFFICIENT_DATA).build();
    }
    double[] t = new double[points];
    double[] y = new double[points];
    double[] w = new double[points];
    for (int i = 0; i < points; i++) {
      int k = m - points + i;
      double se = (upper95[k] - lower95[k]) / CI_WIDTH_IN_STANDARD_ERRORS;
      if (se == 0) {
        return result.status(TrendStatus.CANNOT_BE_CALCULATED).build();
      }
      t[i] = i + 1;
      y[i] = values[k];
      w[i] = 1 / (se * se);
    }
    double sw = 0;
    double swt = 0;
    double swtt = 0;
    for (int i = 0; i < points; i++) {
      sw += w[i];
      swt += w[i] * t[i];
      swtt += w[i] * t[i] * t[i];
    }
    double slope = slope(t, y, w, -1);
    double se = Math.sqrt(sw / (sw * swtt - swt * swt));
    double chiSquare = (slope / se) * (slope / se);
    return finish(result.slope(slope), chiSquare, Math.signum(slope), robust(t, y, w));
  }

  private RecentTrendResult.Builder start(
      RecentTrendMethod method, double[] values, Polarity polarity) {
    return RecentTrendResult.builder()
        .method(method)
        .values(Series.boxed(values))
        .polarity(polarity)
        .points(points)
        .confidenceLevel(confidenceLevel)
        .criticalValue(getCriticalValue());
  }

  private RecentTrendResult finish(
      RecentTrendResult.Builder result, double chiSquare, double sign, boolean robust) {
    boolean significant = chiSquare > getCriticalValue() && robust && sign != 0;
    TrendDirection direction =
        !significant
            ? TrendDirection.NO_SIGNIFICANT_CHANGE
            : (sign > 0 ? TrendDirection.INCREASING : TrendDirection.DECREASING);
    return result
        .status(TrendStatus.CALCULATED)
        .chiSquare(chiSquare)
        .robust(robust)
        .direction(direction)
        .build();
  }

  /** Whether the slope over all points and every leave-one-out slope have one non-zero sign. */
  private static boolean robust(double[] t, double[] y, double[] w) {
    double sign = Math.signum(slope(t, y, w, -1));
    if (sign == 0) {
      return false;
    }
    for (int skip = 0; skip < t.length; skip++) {
      if (Math.signum(slope(t, y, w, skip)) != sign) {
        return false;
      }
    }
    return true;
  }

  /** The weighted least-squares slope of y on t, leaving out index {@code skip} (or none: -1). */
  private static double slope(double[] t, double[] y, double[] w, int skip) {
    double sw = 0;
    double swt = 0;
    double swy = 0;
    double swtt = 0;
    double swty = 0;
    for (int i = 0; i < t.length; i++) {
      if (i == skip) {
        continue;
      }
      sw += w[i];
      swt += w[i] * t[i];
      swy += w[i] * y[i];
      swtt += w[i] * t[i] * t[i];
      swty += w[i] * t[i] * y[i];
    }
    return (sw * swty - swt * swy) / (sw * swtt - swt * swt);
  }

  /**
   * Returns the options; for the defaults, {@code RecentTrend{5 points, confidence 0.998}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "RecentTrend{" + points + " points, confidence " + confidenceLevel + "}";
  }
}
