package dev.yardstick.indicators.trend;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Polarity;
import java.util.Objects;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The ordinary least-squares line through a series, with the standard errors of its slope and
 * intercept, a confidence interval for the slope and the two-sided p-value of the slope's t test.
 *
 * <p>Method (any regression textbook; the formulas and vectors are those of Apache Commons Math
 * {@code SimpleRegression}, checked against the NIST StRD "Norris" certified values and R's {@code
 * summary(lm(y ~ x))}): with centred sums Sxx and Sxy (two passes, for accuracy), slope b = Sxy /
 * Sxx, intercept a = mean(y) - b mean(x), SSE = sum (y - a - bx)^2, MSE = SSE / (n - 2), SE(b) =
 * sqrt(MSE / Sxx), SE(a) = sqrt(MSE (1/n + mean(x)^2 / Sxx)), t = b / SE(b) on n - 2 degrees of
 * freedom (Student's t distribution of Apache Commons Statistics), slope interval b -/+ t(1 -
 * alpha/2, n - 2) SE(b).
 *
 * <p>{@link #calculate(double[], Polarity)} takes one value per period, oldest first, equally
 * spaced, and regresses on the 0-based time positions (so the slope is per period and the
 * intercept is the fitted value of the first period); {@link #calculate(double[], double[])} takes
 * any x.
 *
 * <h2>Options and defaults</h2>
 *
 * Confidence level 0.95; missing values refused ({@link MissingValues}).
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>fewer than 2 points, or all x equal: {@link TrendStatus#INSUFFICIENT_DATA}, no line;
 *   <li>exactly 2 points: {@link TrendStatus#INSUFFICIENT_DATA}, but the slope and intercept of
 *       the line through them are given; standard errors, interval and p-value are empty;
 *   <li>all y equal: slope 0, standard errors 0, t = 0, p = 1, no significant change;
 *   <li>a perfect non-flat fit (SSE = 0): standard errors 0, t empty (infinite), p = 0;
 *   <li>infinite values anywhere, or {@code NaN} in x: {@link IllegalArgumentException} naming
 *       the position.
 * </ul>
 *
 * <pre>{@code
 * LeastSquaresResult fit = LeastSquaresTrend.withDefaults().calculate(annual, Polarity.HIGHER_IS_BETTER);
 * fit.getSlope();                 // OptionalDouble[1.75] per year
 * fit.getSlopeLowerConfidenceLimit();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LeastSquaresTrend {

  /** The minimum number of points for a test of the slope. */
  public static final int MINIMUM_LENGTH = 3;

  private static final LeastSquaresTrend DEFAULTS =
      new LeastSquaresTrend(0.95, MissingValues.REFUSE);

  private final double confidenceLevel;
  private final MissingValues missingValues;

  private LeastSquaresTrend(double confidenceLevel, MissingValues missingValues) {
    this.confidenceLevel = confidenceLevel;
    this.missingValues = missingValues;
  }

  /**
   * Returns the calculator with its defaults: 95% confidence, missing values refused.
   *
   * @return the default calculator
   */
  public static LeastSquaresTrend withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that treats missing values as given.
   *
   * @param policy what to do with a {@code NaN} period
   * @return the configured calculator
   */
  public LeastSquaresTrend with(MissingValues policy) {
    Objects.requireNonNull(policy, "policy");
    return new LeastSquaresTrend(confidenceLevel, policy);
  }

  /**
   * Returns a copy with the given two-sided confidence level for the interval and the verdict.
   *
   * @param level the confidence level, such as 0.95
   * @return the configured calculator
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public LeastSquaresTrend withConfidenceLevel(double level) {
    checkArgument(level > 0 && level < 1, "confidence level %s is not between 0 and 1", level);
    return new LeastSquaresTrend(level, missingValues);
  }

  /**
   * Fits a line to a series over its 0-based time positions.
   *
   * @param values one value per period, oldest first; {@code NaN} for a missing period
   * @param polarity the indicator's polarity
   * @return the fit
   * @throws IllegalArgumentException for an infinite value, or a missing one when they are refused,
   *     naming its position
   */
  public LeastSquaresResult calculate(double[] values, Polarity polarity) {
    Objects.requireNonNull(polarity, "polarity");
    Series series = Series.of(values, missingValues, "values");
    return fit(series.positionsAsDoubles(), series.values, Series.boxed(values), polarity);
  }

  /**
   * Fits a line to points (x, y) with no polarity, such as a published regression example.
   *
   * @param x the explanatory values
   * @param y the responses, as many as {@code x}; {@code NaN} for a missing response
   * @return the fit
   * @throws IllegalArgumentException if the arrays differ in length, for a non-finite x or an
   *     infinite y, or a missing y when they are refused, naming the position
   */
  public LeastSquaresResult calculate(double[] x, double[] y) {
    Series.requireFinite(x, "x");
    Objects.requireNonNull(y, "y");
    checkArgument(
        x.length == y.length, "x has %s values but y has %s", x.length, y.length);
    Series series = Series.of(y, missingValues, "y");
    double[] keptX = new double[series.size()];
    for (int i = 0; i < keptX.length; i++) {
      keptX[i] = x[series.positions[i]];
    }
    LeastSquaresResult fit = fit(keptX, series.values, Series.boxed(y), Polarity.NONE);
    return LeastSquaresResult.builder().from(fit).x(Series.boxed(x)).build();
  }

  private LeastSquaresResult fit(
      double[] x, double[] y, java.util.List<Double> input, Polarity polarity) {
    int n = x.length;
    LeastSquaresResult.Builder result =
        LeastSquaresResult.builder()
            .values(input)
            .polarity(polarity)
            .missingValues(missingValues)
            .confidenceLevel(confidenceLevel)
            .size(n)
            .status(TrendStatus.INSUFFICIENT_DATA);
    if (n < 2) {
      return result.build();
    }
    double xbar = mean(x);
    double ybar = mean(y);
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - xbar;
      double dy = y[i] - ybar;
      sxx += dx * dx;
      sxy += dx * dy;
      syy += dy * dy;
    }
    if (sxx == 0) {
      return result.build();
    }
    boolean flat = Series.allEqual(y);
    double slope = flat ? 0 : sxy / sxx;
    double intercept = flat ? y[0] : ybar - slope * xbar;
    result.slope(slope).intercept(intercept);
    if (n < MINIMUM_LENGTH) {
      return result.build();
    }
    double sse = 0;
    if (!flat) {
      for (int i = 0; i < n; i++) {
        double residual = y[i] - intercept - slope * x[i];
        sse += residual * residual;
      }
    }
    double mse = sse / (n - 2);
    double seSlope = Math.sqrt(mse / sxx);
    double seIntercept = Math.sqrt(mse * (1.0 / n + xbar * xbar / sxx));
    TDistribution t = TDistribution.of(n - 2);
    double halfWidth = t.inverseSurvivalProbability((1 - confidenceLevel) / 2) * seSlope;
    double p;
    if (seSlope > 0) {
      double tStatistic = slope / seSlope;
      result.tStatistic(tStatistic);
      p = 2 * t.survivalProbability(Math.abs(tStatistic));
    } else if (slope == 0) {
      result.tStatistic(0);
      p = 1;
    } else {
      p = 0;
    }
    TrendDirection direction =
        p < 1 - confidenceLevel
            ? (slope > 0 ? TrendDirection.INCREASING : TrendDirection.DECREASING)
            : TrendDirection.NO_SIGNIFICANT_CHANGE;
    return result
        .status(TrendStatus.CALCULATED)
        .slopeStandardError(seSlope)
        .interceptStandardError(seIntercept)
        .sumOfSquaredErrors(sse)
        .meanSquareError(mse)
        .rSquare(syy > 0 ? Math.max(0, 1 - sse / syy) : 0)
        .slopeLowerConfidenceLimit(slope - halfWidth)
        .slopeUpperConfidenceLimit(slope + halfWidth)
        .pValue(p)
        .direction(direction)
        .build();
  }

  private static double mean(double[] v) {
    double sum = 0;
    for (double d : v) {
      sum += d;
    }
    double mean = sum / v.length;
    // Second pass correction (as Commons Math's Mean): removes most of the rounding of the sum.
    double correction = 0;
    for (double d : v) {
      correction += d - mean;
    }
    return mean + correction / v.length;
  }

  /**
   * Returns the options; for the defaults, {@code LeastSquaresTrend{confidence 0.95, REFUSE}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "LeastSquaresTrend{confidence " + confidenceLevel + ", " + missingValues + "}";
  }
}
