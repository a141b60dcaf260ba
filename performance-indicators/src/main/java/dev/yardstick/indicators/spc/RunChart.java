package dev.yardstick.indicators.spc;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.OptionalInt;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * The Anhøj rules for run charts: an unusually long run on one side of the centre line, or
 * unusually few crossings of it, signal non-random variation.
 *
 * <p>Anchor: qicharts2 (Jacob Anhøj), validated in Anhøj and Olesen 2014 (PLoS ONE 9(11):
 * e113825) and Anhøj 2015 (PLoS ONE 10(3): e0121349); longest-run limit after Schilling 2012,
 * crossings limit after Chen 2010. With n useful observations (points not exactly on the centre
 * line, which neither break nor extend a run):
 *
 * <ul>
 *   <li>longest run L: the most consecutive useful points on one side; signal when L &gt;
 *       round(log2(n) + 3);
 *   <li>crossings C: the number of times consecutive useful points change side; signal when C
 *       &lt; the smallest c with P(Binomial(n - 1, 1/2) &le; c) &ge; 0.05 (R {@code qbinom(0.05, n
 *       - 1, 0.5)}), from the binomial distribution of Apache Commons Statistics.
 * </ul>
 *
 * <h2>Options and defaults</h2>
 *
 * The crossings probability (0.05) and the longest-run offset (3) are those of qicharts2. The
 * centre line is the median of the values unless given.
 *
 * <h2>Edge cases</h2>
 *
 * No useful observations (an empty series, or every point on the centre line): no signal and no
 * limits. Non-finite values: {@link IllegalArgumentException} naming the position.
 *
 * <pre>{@code
 * RunChartResult runs = RunChart.withDefaults().analyse(values);
 * runs.isSignal();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RunChart {

  private static final RunChart DEFAULTS = new RunChart(0.05, 3);

  private final double crossingsProbability;
  private final int longestRunOffset;

  private RunChart(double crossingsProbability, int longestRunOffset) {
    this.crossingsProbability = crossingsProbability;
    this.longestRunOffset = longestRunOffset;
  }

  /**
   * Returns the rules with the qicharts2 defaults.
   *
   * @return the default rules
   */
  public static RunChart withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with the given lower-tail probability for the crossings limit.
   *
   * @param probability the probability, such as 0.05
   * @return the configured rules
   * @throws IllegalArgumentException if the probability is not strictly between 0 and 1
   */
  public RunChart withCrossingsProbability(double probability) {
    checkArgument(
        probability > 0 && probability < 1, "crossings probability %s is not between 0 and 1",
        probability);
    return new RunChart(probability, longestRunOffset);
  }

  /**
   * Returns a copy with the given offset of the longest-run limit round(log2(n) + offset).
   *
   * @param offset the offset, at least 0
   * @return the configured rules
   * @throws IllegalArgumentException if the offset is negative
   */
  public RunChart withLongestRunOffset(int offset) {
    checkArgument(offset >= 0, "longest-run offset %s is negative", offset);
    return new RunChart(crossingsProbability, offset);
  }

  /**
   * The longest run allowed before a signal.
   *
   * @param usefulObservations n, the points not on the centre line
   * @return round(log2(n) + offset); empty for n = 0
   * @throws IllegalArgumentException if n is negative
   */
  public OptionalInt longestRunLimit(int usefulObservations) {
    checkArgument(usefulObservations >= 0, "useful observations %s is negative", usefulObservations);
    if (usefulObservations == 0) {
      return OptionalInt.empty();
    }
    double log2 = Math.log(usefulObservations) / Math.log(2);
    return OptionalInt.of((int) Math.round(log2 + longestRunOffset));
  }

  /**
   * The fewest crossings allowed before a signal.
   *
   * @param usefulObservations n, the points not on the centre line
   * @return qbinom(probability, n - 1, 0.5); empty for n = 0
   * @throws IllegalArgumentException if n is negative
   */
  public OptionalInt crossingsLimit(int usefulObservations) {
    checkArgument(usefulObservations >= 0, "useful observations %s is negative", usefulObservations);
    if (usefulObservations == 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(
        BinomialDistribution.of(usefulObservations - 1, 0.5)
            .inverseCumulativeProbability(crossingsProbability));
  }

  /**
   * Applies the rules around the median of the values.
   *
   * @param values one value per period, oldest first
   * @return the analysis
   * @throws IllegalArgumentException for a non-finite value, naming its position
   */
  public RunChartResult analyse(double[] values) {
    requireFinite(values);
    double centre = values.length == 0 ? 0 : Median.withDefaults().withCopy(true).evaluate(values);
    return analyse(values, centre);
  }

  /**
   * Applies the rules around a given centre line (a baseline median, or a control chart's mean).
   *
   * @param values one value per period, oldest first
   * @param centre the centre line
   * @return the analysis
   * @throws IllegalArgumentException for a non-finite value or centre, naming the position
   */
  public RunChartResult analyse(double[] values, double centre) {
    requireFinite(values);
    checkArgument(Double.isFinite(centre), "centre %s is not finite", centre);
    int useful = 0;
    int longest = 0;
    int run = 0;
    int crossings = 0;
    int side = 0;
    for (double v : values) {
      int s = v > centre ? 1 : (v < centre ? -1 : 0);
      if (s == 0) {
        continue;
      }
      useful++;
      if (s == side) {
        run++;
      } else {
        if (side != 0) {
          crossings++;
        }
        run = 1;
        side = s;
      }
      longest = Math.max(longest, run);
    }
    OptionalInt runLimit = longestRunLimit(useful);
    OptionalInt crossingsLimit = crossingsLimit(useful);
    return RunChartResult.builder()
        .values(boxed(values))
        .centre(centre)
        .crossingsProbability(crossingsProbability)
        .longestRunOffset(longestRunOffset)
        .usefulObservations(useful)
        .longestRun(longest)
        .crossings(crossings)
        .longestRunLimit(runLimit)
        .crossingsLimit(crossingsLimit)
        .longestRunSignal(runLimit.isPresent() && longest > runLimit.getAsInt())
        .crossingsSignal(crossingsLimit.isPresent() && crossings < crossingsLimit.getAsInt())
        .build();
  }

  private static java.util.List<Double> boxed(double[] values) {
    java.util.List<Double> list = new java.util.ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return list;
  }

  private static void requireFinite(double[] values) {
    Objects.requireNonNull(values, "values");
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "values has a non-finite value " + values[i] + " at position " + i);
      }
    }
  }

  /**
   * Returns the options; for the defaults, {@code RunChart{crossings probability 0.05, longest run
   * offset 3}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "RunChart{crossings probability "
        + crossingsProbability
        + ", longest run offset "
        + longestRunOffset
        + "}";
  }
}
