package dev.yardstick.indicators.trend;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Polarity;
import java.util.Objects;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Mann-Kendall test for a monotonic trend, with Sen's slope and its intercept (the
 * Kendall-Theil line).
 *
 * <p>Method, as pyMannKendall's {@code original_test} and {@code sens_slope} (Hussain and Mahmud
 * 2019, JOSS 4(39):1556, cross-checked by its authors against the R packages modifiedmk, trend and
 * rkt):
 *
 * <ul>
 *   <li>S = sum over pairs {@code i < j} of sign(x_j - x_i), counted in O(n log n) time by a
 *       merge sort (Knight 1966), not over all n(n-1)/2 pairs;
 *   <li>Var(S) = [n(n-1)(2n+5) - sum t(t-1)(2t+5)] / 18, t the size of each group of tied values;
 *   <li>Z = (S - 1)/sqrt(Var S) for S &gt; 0, 0 for S = 0, (S + 1)/sqrt(Var S) for S &lt; 0
 *       (continuity correction); two-sided p = 2(1 - Phi(|Z|)), Phi the standard normal
 *       distribution of Apache Commons Statistics; a trend when |Z| &gt; z at 1 - alpha/2;
 *   <li>Kendall's tau = S / (n(n-1)/2);
 *   <li>Sen's slope: the median of (x_j - x_i)/(t_j - t_i) over all pairs, t the original 0-based
 *       time positions; intercept = median(x) - median(t) * slope.
 * </ul>
 *
 * <p>Values are one per period, in time order, equally spaced; statistics work on {@code double[]}.
 * A missing period is {@code NaN} and handled by the {@link MissingValues} option (default {@link
 * MissingValues#REFUSE}; pyMannKendall skips, as {@link MissingValues#SKIP} does).
 *
 * <h2>Options and defaults</h2>
 *
 * <ul>
 *   <li>confidence level 0.95 (alpha 0.05, pyMannKendall's default);
 *   <li>Sen's slope up to 5,000 values: the exact median needs all n(n-1)/2 pair slopes in memory
 *       (about 100 MB at 5,000 values); above the limit the slope is empty and the test is still
 *       made.
 * </ul>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>fewer than 3 values (after skipping missing ones): {@link TrendStatus#INSUFFICIENT_DATA},
 *       every statistic empty (with 2 values Var S = 1 and the test means nothing);
 *   <li>all values equal: S = 0, Var S = 0, Z = 0, p = 1, no trend, slope 0 (as published by
 *       pyMannKendall);
 *   <li>ties: counted in neither direction and shrinking Var S;
 *   <li>infinite values: {@link IllegalArgumentException} naming the position.
 * </ul>
 *
 * <p>For n &lt; 10 the normal approximation is rough; serially correlated monthly data inflate
 * significance (see {@link SeasonalComparison} for seasonal series).
 *
 * <pre>{@code
 * MannKendallResult r = MannKendall.withDefaults().calculate(values, Polarity.LOWER_IS_BETTER);
 * r.getDirectionOfTravel();   // Optional[IMPROVING] for a significant fall
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MannKendall {

  /** The minimum number of values for a test. */
  public static final int MINIMUM_LENGTH = 3;

  private static final MannKendall DEFAULTS = new MannKendall(0.95, MissingValues.REFUSE, 5_000);
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private final double confidenceLevel;
  private final MissingValues missingValues;
  private final int senSlopeMaximumLength;

  private MannKendall(double confidenceLevel, MissingValues missingValues, int senLimit) {
    this.confidenceLevel = confidenceLevel;
    this.missingValues = missingValues;
    this.senSlopeMaximumLength = senLimit;
  }

  /**
   * Returns the test with its defaults: 95% confidence, missing values refused, Sen's slope up to
   * 5,000 values.
   *
   * @return the default test
   */
  public static MannKendall withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that treats missing values as given.
   *
   * @param policy what to do with a {@code NaN} period
   * @return the configured test
   */
  public MannKendall with(MissingValues policy) {
    Objects.requireNonNull(policy, "policy");
    return new MannKendall(confidenceLevel, policy, senSlopeMaximumLength);
  }

  /**
   * Returns a copy that declares a trend at the given two-sided confidence level.
   *
   * @param level the confidence level, such as 0.95 (alpha 0.05)
   * @return the configured test
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public MannKendall withConfidenceLevel(double level) {
    checkArgument(level > 0 && level < 1, "confidence level %s is not between 0 and 1", level);
    return new MannKendall(level, missingValues, senSlopeMaximumLength);
  }

  /**
   * Returns a copy that computes Sen's slope for series of up to the given number of values.
   *
   * @param maximumLength the longest series (after skipping missing values) for Sen's slope
   * @return the configured test
   * @throws IllegalArgumentException if the length is negative
   */
  public MannKendall withSenSlopeMaximumLength(int maximumLength) {
    checkArgument(maximumLength >= 0, "Sen's slope maximum length %s is negative", maximumLength);
    return new MannKendall(confidenceLevel, missingValues, maximumLength);
  }

  /**
   * Tests a series of a context indicator (no polarity).
   *
   * @param values one value per period, oldest first; {@code NaN} for a missing period
   * @return the test result
   * @throws IllegalArgumentException for an infinite value, or a missing one when they are refused
   */
  public MannKendallResult calculate(double[] values) {
    return calculate(values, Polarity.NONE);
  }

  /**
   * Tests a series for a monotonic trend and reads the verdict through the polarity.
   *
   * @param values one value per period, oldest first; {@code NaN} for a missing period
   * @param polarity the indicator's polarity
   * @return the test result
   * @throws IllegalArgumentException for an infinite value, or a missing one when they are refused,
   *     naming its position
   */
  public MannKendallResult calculate(double[] values, Polarity polarity) {
    Objects.requireNonNull(polarity, "polarity");
    Series series = Series.of(values, missingValues, "values");
    MannKendallResult.Builder result =
        MannKendallResult.builder()
            .values(Series.boxed(values))
            .polarity(polarity)
            .missingValues(missingValues)
            .confidenceLevel(confidenceLevel)
            .senSlopeMaximumLength(senSlopeMaximumLength)
            .size(series.size());
    int n = series.size();
    if (n < MINIMUM_LENGTH) {
      return result.status(TrendStatus.INSUFFICIENT_DATA).build();
    }
    KendallScore score = KendallScore.of(series.values);
    long s = score.s;
    double varS = ((double) n * (n - 1) * (2L * n + 5) - score.tieTerm) / 18.0;
    double z;
    if (s > 0) {
      z = (s - 1) / Math.sqrt(varS);
    } else if (s < 0) {
      z = (s + 1) / Math.sqrt(varS);
    } else {
      z = 0;
    }
    double p = 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.abs(z)));
    double critical = STANDARD_NORMAL.inverseSurvivalProbability((1 - confidenceLevel) / 2);
    TrendDirection direction;
    if (Math.abs(z) > critical) {
      direction = z > 0 ? TrendDirection.INCREASING : TrendDirection.DECREASING;
    } else {
      direction = TrendDirection.NO_SIGNIFICANT_CHANGE;
    }
    result
        .status(TrendStatus.CALCULATED)
        .s(s)
        .varianceOfS(varS)
        .z(z)
        .pValue(p)
        .tau(s / ((double) n * (n - 1) / 2))
        .direction(direction);
    if (n <= senSlopeMaximumLength) {
      double slope = senSlope(series);
      double medianPosition = Median.withDefaults().withCopy(true).evaluate(series.positionsAsDoubles());
      double medianValue = Median.withDefaults().withCopy(true).evaluate(series.values);
      result.senSlope(slope).senIntercept(medianValue - medianPosition * slope);
    }
    return result.build();
  }

  private static double senSlope(Series series) {
    double[] x = series.values;
    int[] t = series.positions;
    int n = x.length;
    double[] slopes = new double[(int) ((long) n * (n - 1) / 2)];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        slopes[k++] = (x[j] - x[i]) / (t[j] - t[i]);
      }
    }
    return Median.withDefaults().withCopy(false).evaluate(slopes);
  }

  /**
   * Returns the options; for the defaults, {@code MannKendall{confidence 0.95, REFUSE, Sen slope up
   * to 5000 values}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "MannKendall{confidence "
        + confidenceLevel
        + ", "
        + missingValues
        + ", Sen slope up to "
        + senSlopeMaximumLength
        + " values}";
  }
}
