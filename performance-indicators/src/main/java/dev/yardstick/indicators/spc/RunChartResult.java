package dev.yardstick.indicators.spc;

import dev.yardstick.core.internal.YardstickStyle;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The Anhøj runs analysis of a run chart ({@link RunChart}): inputs, options, counts, limits and
 * signals.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class RunChartResult {

  RunChartResult() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The values analysed, oldest first.
   *
   * @return the values
   */
  public abstract List<Double> getValues();

  /**
   * The centre line: the median unless given.
   *
   * @return the centre line
   */
  public abstract double getCentre();

  /**
   * The lower-tail probability of the crossings limit.
   *
   * @return the probability, 0.05 by default
   */
  public abstract double getCrossingsProbability();

  /**
   * The offset of the longest-run limit.
   *
   * @return the offset, 3 by default
   */
  public abstract int getLongestRunOffset();

  /**
   * The points not exactly on the centre line.
   *
   * @return n
   */
  public abstract int getUsefulObservations();

  /**
   * The longest run of useful points on one side.
   *
   * @return the longest run
   */
  public abstract int getLongestRun();

  /**
   * The number of times consecutive useful points change side.
   *
   * @return the crossings
   */
  public abstract int getCrossings();

  /**
   * The longest run allowed.
   *
   * @return the limit; empty without useful observations
   */
  public abstract OptionalInt getLongestRunLimit();

  /**
   * The fewest crossings allowed.
   *
   * @return the limit; empty without useful observations
   */
  public abstract OptionalInt getCrossingsLimit();

  /**
   * Whether the longest run is longer than its limit.
   *
   * @return the longest-run signal
   */
  public abstract boolean isLongestRunSignal();

  /**
   * Whether there are fewer crossings than the limit.
   *
   * @return the crossings signal
   */
  public abstract boolean isCrossingsSignal();

  /**
   * Whether either rule signals non-random variation.
   *
   * @return {@code true} for a signal
   */
  public boolean isSignal() {
    return isLongestRunSignal() || isCrossingsSignal();
  }

  /**
   * Explains the analysis in one sentence.
   *
   * @return the explanation
   */
  public String explain() {
    if (getUsefulObservations() == 0) {
      return "No runs analysis: no point lies off the centre line.";
    }
    return String.format(
        Locale.ROOT,
        "%s: longest run %d (limit %d), %d crossings (at least %d expected) among %d useful"
            + " observations.",
        isSignal() ? "Non-random variation" : "Random variation",
        getLongestRun(),
        getLongestRunLimit().orElseThrow(),
        getCrossings(),
        getCrossingsLimit().orElseThrow(),
        getUsefulObservations());
  }

  /** A builder of {@link RunChartResult}. */
  public static class Builder extends ImmutableRunChartResult.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
