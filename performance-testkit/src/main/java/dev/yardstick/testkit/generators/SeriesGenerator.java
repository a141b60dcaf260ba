package dev.yardstick.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.testkit.Generator;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A generator of time series of an indicator, such as 36 monthly values, as {@code double[]} with
 * missing periods as {@code NaN}, the form the trend and SPC calculators take.
 *
 * <p>A series is a level (from 0 to 100), plus noise with a standard deviation of 1 to 5, with
 * shapes laid over it on purpose, each independently:
 *
 * <ul>
 *   <li>a <b>trend</b>, with probability {@value #TREND_RATE}: a straight-line rise or fall of up
 *       to 2 a period;
 *   <li>a <b>step</b>, with probability {@value #STEP_RATE}: a shift of 3 to 6 standard deviations
 *       from a random period on (a process change, as SPC looks for);
 *   <li>a <b>constant run</b>, with probability {@value #CONSTANT_RUN_RATE}: 3 or more consecutive
 *       equal values; with probability {@value #ALL_EQUAL_RATE} the whole series is one value (zero
 *       variation, where limits and slopes degenerate);
 *   <li><b>outliers</b>, with probability {@value #OUTLIER_RATE}: one or two values 6 standard
 *       deviations out (a constant run drawn over one replaces it);
 *   <li><b>gaps</b>, with the gap rate ({@value #DEFAULT_GAP_RATE} unless set): 1 to 3 missing
 *       values ({@code NaN}), never all of them.
 * </ul>
 *
 * <p>Values are rounded to one decimal place, which makes ties as common as in published figures. A
 * series has from the minimum length ({@value #DEFAULT_MINIMUM_LENGTH} unless set) to the size (or
 * the minimum, if the size is smaller) values.
 *
 * <pre>{@code
 * SeriesGenerator complete = SeriesGenerator.defaults().withGapRate(0).withMinimumLength(12);
 * double[] months = complete.sample(11L, 36);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SeriesGenerator implements Generator<double[]> {

  /** The probability of a trend. */
  public static final double TREND_RATE = 0.4;

  /** The probability of a step change. */
  public static final double STEP_RATE = 0.25;

  /** The probability of a run of 3 or more equal values. */
  public static final double CONSTANT_RUN_RATE = 0.2;

  /** The probability that every value of the series is the same. */
  public static final double ALL_EQUAL_RATE = 0.05;

  /** The probability of one or two outliers. */
  public static final double OUTLIER_RATE = 0.2;

  /** The probability of missing values unless set with {@link #withGapRate(double)}. */
  public static final double DEFAULT_GAP_RATE = 0.2;

  /** The shortest series unless set with {@link #withMinimumLength(int)}. */
  public static final int DEFAULT_MINIMUM_LENGTH = 0;

  private static final SeriesGenerator DEFAULTS =
      new SeriesGenerator(DEFAULT_GAP_RATE, DEFAULT_MINIMUM_LENGTH);

  private final double gapRate;
  private final int minimumLength;

  private SeriesGenerator(double gapRate, int minimumLength) {
    this.gapRate = gapRate;
    this.minimumLength = minimumLength;
  }

  /**
   * Returns the generator with the default gap rate and minimum length.
   *
   * @return the default generator
   */
  public static SeriesGenerator defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that leaves values out at another rate; 0 for calculators that refuse gaps.
   *
   * @param rate the probability that a series has missing values, from 0 to 1
   * @return the new generator
   * @throws IllegalArgumentException if the rate is outside [0, 1]
   */
  public SeriesGenerator withGapRate(double rate) {
    checkArgument(rate >= 0 && rate <= 1, "gap rate %s is not in [0, 1]", rate);
    return new SeriesGenerator(rate, minimumLength);
  }

  /**
   * Returns a copy whose series have at least a number of values, such as the 3 a Mann-Kendall test
   * needs.
   *
   * @param length the shortest series, at least 0
   * @return the new generator
   * @throws IllegalArgumentException if the length is negative
   */
  public SeriesGenerator withMinimumLength(int length) {
    checkArgument(length >= 0, "minimum length %s is negative", length);
    return new SeriesGenerator(gapRate, length);
  }

  /**
   * Returns the probability that a series has missing values.
   *
   * @return the gap rate
   */
  public double getGapRate() {
    return gapRate;
  }

  /**
   * Returns the shortest series generated.
   *
   * @return the minimum length
   */
  public int getMinimumLength() {
    return minimumLength;
  }

  /**
   * Generates a series.
   *
   * @param random the only source of randomness
   * @param size the longest series (unless below the minimum length)
   * @return the series, a new array
   * @throws IllegalArgumentException if the size is negative
   */
  @Override
  public double[] generate(RandomGenerator random, int size) {
    Objects.requireNonNull(random, "random");
    checkArgument(size >= 0, "size %s is negative", size);
    int length = size <= minimumLength ? minimumLength : random.nextInt(minimumLength, size + 1);
    double level = random.nextDouble() * 100;
    double sd = 1 + random.nextDouble() * 4;
    double[] values = new double[length];
    if (random.nextDouble() < ALL_EQUAL_RATE) {
      Arrays.fill(values, round(level));
      addGaps(random, values);
      return values;
    }
    double slope = random.nextDouble() < TREND_RATE ? (random.nextDouble() * 4 - 2) : 0;
    int stepAt =
        random.nextDouble() < STEP_RATE && length > 1 ? 1 + random.nextInt(length - 1) : -1;
    double step = (3 + random.nextDouble() * 3) * sd * (random.nextBoolean() ? 1 : -1);
    for (int i = 0; i < length; i++) {
      double mean = level + slope * i + (stepAt >= 0 && i >= stepAt ? step : 0);
      values[i] = mean + random.nextGaussian() * sd;
    }
    if (random.nextDouble() < OUTLIER_RATE && length > 0) {
      int outliers = 1 + (length > 1 ? random.nextInt(2) : 0);
      for (int k = 0; k < outliers; k++) {
        int at = random.nextInt(length);
        values[at] += 6 * sd * (random.nextBoolean() ? 1 : -1);
      }
    }
    if (random.nextDouble() < CONSTANT_RUN_RATE && length >= 3) {
      int runLength = 3 + random.nextInt(length - 2);
      int from = random.nextInt(length - runLength + 1);
      Arrays.fill(values, from, from + runLength, values[from]);
    }
    for (int i = 0; i < length; i++) {
      values[i] = round(values[i]);
    }
    addGaps(random, values);
    return values;
  }

  private void addGaps(RandomGenerator random, double[] values) {
    if (values.length < 2 || random.nextDouble() >= gapRate) {
      return;
    }
    int gaps = 1 + random.nextInt(Math.min(3, values.length - 1));
    int left = gaps;
    while (left > 0) {
      int at = random.nextInt(values.length);
      if (!Double.isNaN(values[at])) {
        values[at] = Double.NaN;
        left--;
      }
    }
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /**
   * Describes the settings, such as {@code SeriesGenerator[gap rate 0.2, minimum length 0]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "SeriesGenerator[gap rate " + gapRate + ", minimum length " + minimumLength + "]";
  }
}
