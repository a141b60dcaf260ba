package dev.yardstick.indicators.trend;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.status.DirectionOfTravel;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The result of a {@link MannKendall} test: the inputs and options used, S, its variance, Z, the
 * two-sided p-value, Kendall's tau, the direction, and Sen's slope and intercept.
 *
 * <p>Every statistic is empty when the status is {@link TrendStatus#INSUFFICIENT_DATA}; Sen's
 * slope and intercept are also empty above the test's Sen's slope maximum length.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class MannKendallResult {

  MannKendallResult() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The input series as given, oldest first, {@code NaN} marking a missing period.
   *
   * @return the values
   */
  public abstract List<Double> getValues();

  /**
   * The indicator's polarity, which turns the direction into a direction of travel.
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
   * The two-sided confidence level of the test, such as 0.95.
   *
   * @return the confidence level
   */
  public abstract double getConfidenceLevel();

  /**
   * The longest series for which Sen's slope is computed.
   *
   * @return the maximum length
   */
  public abstract int getSenSlopeMaximumLength();

  /**
   * Whether the test was made.
   *
   * @return the status
   */
  public abstract TrendStatus getStatus();

  /**
   * The number of values tested (missing values left out).
   *
   * @return n
   */
  public abstract int getSize();

  /**
   * The Mann-Kendall score: concordant minus discordant pairs.
   *
   * @return S, empty without a test
   */
  public abstract OptionalLong getS();

  /**
   * The variance of S with the tie correction.
   *
   * @return Var(S), empty without a test
   */
  public abstract OptionalDouble getVarianceOfS();

  /**
   * The normal score with continuity correction.
   *
   * @return Z, empty without a test
   */
  public abstract OptionalDouble getZ();

  /**
   * The two-sided p-value 2(1 - Phi(|Z|)).
   *
   * @return p, empty without a test
   */
  public abstract OptionalDouble getPValue();

  /**
   * Kendall's tau as pyMannKendall reports it: S / (n(n-1)/2).
   *
   * @return tau, empty without a test
   */
  public abstract OptionalDouble getTau();

  /**
   * The statistical direction at the test's confidence level.
   *
   * @return the direction, empty without a test
   */
  public abstract Optional<TrendDirection> getDirection();

  /**
   * Sen's slope: the median of the pairwise slopes, in the indicator's unit per period.
   *
   * @return the slope, empty without a test or above the maximum length
   */
  public abstract OptionalDouble getSenSlope();

  /**
   * The intercept of the Kendall-Theil line at time position 0 (the first period of the input).
   *
   * @return the intercept, empty when the slope is
   */
  public abstract OptionalDouble getSenIntercept();

  /**
   * The direction read through the polarity: improving, worsening or no significant change.
   *
   * @return the direction of travel; empty without a test or for a polarity with no better or
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
      return "Mann-Kendall test not made: "
          + getSize()
          + " values, at least "
          + MannKendall.MINIMUM_LENGTH
          + " are needed.";
    }
    return String.format(
        java.util.Locale.ROOT,
        "Mann-Kendall test on %d values: S = %d, Z = %.3f, p = %.4f, %s at %s%% confidence%s.",
        getSize(),
        getS().orElseThrow(),
        getZ().orElseThrow(),
        getPValue().orElseThrow(),
        getDirection().orElseThrow().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
        new java.math.BigDecimal(Double.toString(getConfidenceLevel() * 100))
            .stripTrailingZeros()
            .toPlainString(),
        getSenSlope().isPresent()
            ? String.format(java.util.Locale.ROOT, ", Sen's slope %.6g per period", getSenSlope().getAsDouble())
            : "");
  }

  @Value.Check
  void check() {
    boolean calculated = getStatus() == TrendStatus.CALCULATED;
    checkState(
        calculated == getS().isPresent()
            && calculated == getZ().isPresent()
            && calculated == getPValue().isPresent()
            && calculated == getDirection().isPresent(),
        "Mann-Kendall result with status %s must have S, Z, p-value and direction exactly when"
            + " calculated",
        getStatus());
    checkState(
        getSize() >= 0 && getSize() <= getValues().size(),
        "Mann-Kendall result size %s is not between 0 and the %s values",
        getSize(),
        getValues().size());
  }

  /** A builder of {@link MannKendallResult}. */
  public static class Builder extends ImmutableMannKendallResult.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
