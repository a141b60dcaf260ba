package dev.yardstick.indicators.trend;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.status.DirectionOfTravel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The result of a {@link LeastSquaresTrend} fit: the inputs and options used, the line, its
 * standard errors, the slope's confidence interval and p-value, and the direction.
 *
 * <p>The slope and intercept are present when there are at least 2 points with different x; every
 * other statistic only when the status is {@link TrendStatus#CALCULATED} (at least 3 points).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class LeastSquaresResult {

  LeastSquaresResult() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The explanatory values as given, or empty when the values were regressed on their 0-based time
   * positions.
   *
   * @return the x values
   */
  public abstract List<Double> getX();

  /**
   * The responses as given, {@code NaN} marking a missing period.
   *
   * @return the values
   */
  public abstract List<Double> getValues();

  /**
   * The indicator's polarity ({@link Polarity#NONE} for plain (x, y) points).
   *
   * @return the polarity
   */
  public abstract Polarity getPolarity();

  /**
   * What was done with missing values.
   *
   * @return the missing-value policy
   */
  public abstract MissingValues getMissingValues();

  /**
   * The two-sided confidence level of the interval and the verdict.
   *
   * @return the confidence level, such as 0.95
   */
  public abstract double getConfidenceLevel();

  /**
   * Whether the slope was tested.
   *
   * @return the status
   */
  public abstract TrendStatus getStatus();

  /**
   * The number of points fitted.
   *
   * @return n
   */
  public abstract int getSize();

  /**
   * The slope, in the value's unit per unit of x (per period for a series).
   *
   * @return the slope, empty with fewer than 2 points or no variation in x
   */
  public abstract OptionalDouble getSlope();

  /**
   * The intercept: the fitted value at x = 0 (the first period for a series).
   *
   * @return the intercept, empty when the slope is
   */
  public abstract OptionalDouble getIntercept();

  /**
   * The standard error of the slope.
   *
   * @return SE(b), empty unless calculated
   */
  public abstract OptionalDouble getSlopeStandardError();

  /**
   * The standard error of the intercept.
   *
   * @return SE(a), empty unless calculated
   */
  public abstract OptionalDouble getInterceptStandardError();

  /**
   * The sum of squared residuals.
   *
   * @return SSE, empty unless calculated
   */
  public abstract OptionalDouble getSumOfSquaredErrors();

  /**
   * The mean square error SSE / (n - 2).
   *
   * @return MSE, empty unless calculated
   */
  public abstract OptionalDouble getMeanSquareError();

  /**
   * The coefficient of determination; 0 when y has no variation.
   *
   * @return R squared, empty unless calculated
   */
  public abstract OptionalDouble getRSquare();

  /**
   * The t statistic of the slope on n - 2 degrees of freedom.
   *
   * @return t, empty unless calculated, and empty for a perfect non-flat fit (infinite t)
   */
  public abstract OptionalDouble getTStatistic();

  /**
   * The two-sided p-value of the slope.
   *
   * @return p, empty unless calculated
   */
  public abstract OptionalDouble getPValue();

  /**
   * The lower limit of the slope's confidence interval.
   *
   * @return the lower limit, empty unless calculated
   */
  public abstract OptionalDouble getSlopeLowerConfidenceLimit();

  /**
   * The upper limit of the slope's confidence interval.
   *
   * @return the upper limit, empty unless calculated
   */
  public abstract OptionalDouble getSlopeUpperConfidenceLimit();

  /**
   * The statistical direction: significant when p is below 1 - confidence level.
   *
   * @return the direction, empty unless calculated
   */
  public abstract Optional<TrendDirection> getDirection();

  /**
   * The direction read through the polarity.
   *
   * @return the direction of travel; empty unless calculated, or for a polarity with no better or
   *     worse for a slope
   */
  public Optional<DirectionOfTravel> getDirectionOfTravel() {
    return getDirection().flatMap(d -> d.toDirectionOfTravel(getPolarity()));
  }

  /**
   * Explains the result in one sentence.
   *
   * @return the explanation
   */
  public String explain() {
    if (getStatus() != TrendStatus.CALCULATED) {
      return "Least-squares slope not tested: "
          + getSize()
          + " points with different x, at least "
          + LeastSquaresTrend.MINIMUM_LENGTH
          + " are needed.";
    }
    return String.format(
        Locale.ROOT,
        "Least-squares slope %.6g (standard error %.3g, p = %.4f) over %d points: %s.",
        getSlope().orElseThrow(),
        getSlopeStandardError().orElseThrow(),
        getPValue().orElseThrow(),
        getSize(),
        getDirection().orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  @Value.Check
  void check() {
    boolean calculated = getStatus() == TrendStatus.CALCULATED;
    checkState(
        calculated == getPValue().isPresent() && calculated == getDirection().isPresent(),
        "least-squares result with status %s must have a p-value and direction exactly when"
            + " calculated",
        getStatus());
    checkState(
        !calculated || getSlope().isPresent(),
        "calculated least-squares result has no slope");
  }

  /** A builder of {@link LeastSquaresResult}. */
  public static class Builder extends ImmutableLeastSquaresResult.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
