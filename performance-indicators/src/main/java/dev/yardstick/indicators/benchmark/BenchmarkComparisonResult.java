package dev.yardstick.indicators.benchmark;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.indicators.interval.ConfidenceInterval;
import dev.yardstick.indicators.interval.ConfidenceLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The result of comparing one value with a benchmark value: the verdict at each confidence level,
 * with the intervals that decided it and the options used.
 *
 * <p>Fingertips' two-level words follow from {@link #getOutcome()} and {@link
 * #getHighestSignificantLevel()}: "best" is {@link ComparisonOutcome#BETTER} significant at 99.8%,
 * "better" is better at 95% only, and likewise "worst" and "worse".
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class BenchmarkComparisonResult {

  BenchmarkComparisonResult() {}

  /**
   * Returns the organisation's value in the benchmark's unit.
   *
   * @return the value, or empty where it is undefined (a zero denominator)
   */
  public abstract OptionalDouble getEstimate();

  /**
   * Returns the benchmark value compared with.
   *
   * @return the benchmark
   */
  public abstract double getBenchmark();

  /**
   * Returns the polarity that turned higher and lower into better and worse.
   *
   * @return the polarity
   */
  public abstract Polarity getPolarity();

  /**
   * Returns the confidence levels compared at.
   *
   * @return the levels option
   */
  public abstract ComparisonLevels getLevels();

  /**
   * Returns the method of comparison.
   *
   * @return the method
   */
  public abstract ComparisonMethod getMethod();

  /**
   * Returns the intervals that decided the verdicts, one per level, lowest level first: the
   * organisation's confidence intervals ({@link ComparisonMethod#CONFIDENCE_INTERVAL}) or the
   * control limits around the benchmark ({@link ComparisonMethod#CONTROL_LIMITS}).
   *
   * @return the intervals; empty when {@link ComparisonOutcome#NOT_COMPARED}
   */
  public abstract List<ConfidenceInterval> getIntervals();

  /**
   * Returns the verdict at each level.
   *
   * @return the verdicts by level, in the order of {@link ComparisonLevels#getLevels()}
   */
  public abstract Map<ConfidenceLevel, ComparisonOutcome> getOutcomesByLevel();

  /**
   * Returns the verdict at the lowest level, the headline answer.
   *
   * @return the verdict
   */
  @Value.Derived
  public ComparisonOutcome getOutcome() {
    return getOutcomesByLevel().values().iterator().next();
  }

  /**
   * Returns the highest level at which the value differs significantly from the benchmark.
   *
   * @return the level, or empty when similar at every level or not compared
   */
  @Value.Derived
  public Optional<ConfidenceLevel> getHighestSignificantLevel() {
    ConfidenceLevel highest = null;
    for (Map.Entry<ConfidenceLevel, ComparisonOutcome> e : getOutcomesByLevel().entrySet()) {
      if (e.getValue() != ComparisonOutcome.SIMILAR
          && e.getValue() != ComparisonOutcome.NOT_COMPARED) {
        highest = e.getKey();
      }
    }
    return Optional.ofNullable(highest);
  }

  @Value.Check
  void check() {
    checkState(!getOutcomesByLevel().isEmpty(), "comparison has no outcome at any level");
    checkState(
        getOutcomesByLevel().keySet().equals(java.util.Set.copyOf(getLevels().getLevels())),
        "comparison outcomes are for levels %s, not the levels %s asked for",
        getOutcomesByLevel().keySet(),
        getLevels());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BenchmarkComparisonResult}. */
  public static class Builder extends ImmutableBenchmarkComparisonResult.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
