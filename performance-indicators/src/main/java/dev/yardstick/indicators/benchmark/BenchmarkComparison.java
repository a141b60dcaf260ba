package dev.yardstick.indicators.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Polarity;
import dev.yardstick.indicators.interval.ConfidenceInterval;
import dev.yardstick.indicators.interval.ConfidenceLevel;
import dev.yardstick.indicators.interval.CountIntervalMethod;
import dev.yardstick.indicators.interval.IntervalCalculator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares an organisation's value with a benchmark value (England, the region, the comparator
 * group's average) and says whether it is better, similar or worse, allowing for chance through
 * confidence intervals.
 *
 * <p>Method (methods reference 4.5; Fingertips comparers and FingertipsNext's {@code
 * BenchmarkComparisonEngine}): at each confidence level the benchmark inside the organisation's
 * closed interval is similar; an interval wholly above it is higher and wholly below it lower.
 * Polarity then names the verdict: higher is better when higher is better, worse when lower is
 * better; an indicator with no polarity, or one that is best within a range, keeps higher, similar
 * and lower. Intervals are Wilson for proportions, exact Poisson below 10 events and Byar from 10
 * for rates and ratios (PHE's rule; other {@link CountIntervalMethod}s by option), and normal for
 * means. The {@link ComparisonMethod#CONTROL_LIMITS} option uses limits around the benchmark
 * instead (Fingertips "SPC for proportions" and "SPC for DSR"); its Poisson limits use the
 * continuous chi-square form at the non-whole expected count, where Fingertips uses the whole
 * numbers next to it.
 *
 * <pre>{@code
 * BenchmarkComparisonResult r = BenchmarkComparison.withDefaults()
 *     .with(ComparisonLevels.NINETY_FIVE_AND_NINETY_NINE_POINT_EIGHT)
 *     .compareProportion(457, 5930, 0.0896, Polarity.LOWER_IS_BETTER);
 * r.getOutcome();                      // BETTER
 * r.getHighestSignificantLevel();      // Optional[99.8%]
 * }</pre>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>A zero or negative denominator or expected count, or a zero sample size, gives {@link
 *       ComparisonOutcome#NOT_COMPARED} with no estimate (Fingertips returns "None").
 *   <li>A benchmark exactly on an interval bound is similar (bounds are inclusive, as in
 *       Fingertips).
 *   <li>No events: the exact lower bound 0 is used.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class BenchmarkComparison {

  private static final BenchmarkComparison DEFAULTS =
      new BenchmarkComparison(
          ComparisonLevels.NINETY_FIVE,
          ComparisonMethod.CONFIDENCE_INTERVAL,
          CountIntervalMethod.EXACT_BELOW_TEN_BYAR_FROM_TEN);

  private final ComparisonLevels levels;
  private final ComparisonMethod method;
  private final CountIntervalMethod countMethod;

  private BenchmarkComparison(
      ComparisonLevels levels, ComparisonMethod method, CountIntervalMethod countMethod) {
    this.levels = levels;
    this.method = method;
    this.countMethod = countMethod;
  }

  /**
   * Returns the comparison with Fingertips' defaults: one level at 95%, the organisation's
   * confidence interval, and PHE's exact-below-ten, Byar-from-ten rule for counts.
   *
   * @return the default comparison
   */
  public static BenchmarkComparison withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a comparison at other levels.
   *
   * @param comparisonLevels the levels
   * @return a comparison with those levels and the other options unchanged
   */
  public BenchmarkComparison with(ComparisonLevels comparisonLevels) {
    return new BenchmarkComparison(
        Objects.requireNonNull(comparisonLevels, "comparisonLevels"), method, countMethod);
  }

  /**
   * Returns a comparison by another method.
   *
   * @param comparisonMethod the method
   * @return a comparison with that method and the other options unchanged
   */
  public BenchmarkComparison with(ComparisonMethod comparisonMethod) {
    return new BenchmarkComparison(
        levels, Objects.requireNonNull(comparisonMethod, "comparisonMethod"), countMethod);
  }

  /**
   * Returns a comparison with another interval method for counts, rates and ratios.
   *
   * @param countIntervalMethod the method
   * @return a comparison with that method and the other options unchanged
   */
  public BenchmarkComparison with(CountIntervalMethod countIntervalMethod) {
    return new BenchmarkComparison(
        levels, method, Objects.requireNonNull(countIntervalMethod, "countIntervalMethod"));
  }

  /**
   * Compares a proportion {@code numerator / denominator} with a benchmark proportion on the same
   * scale 0 to 1, by Wilson score intervals (or Wilson limits at the expected count {@code
   * denominator * benchmark} for {@link ComparisonMethod#CONTROL_LIMITS}).
   *
   * @param numerator the organisation's numerator, finite, from 0 to the denominator
   * @param denominator the organisation's denominator; zero or negative gives {@link
   *     ComparisonOutcome#NOT_COMPARED}
   * @param benchmark the benchmark proportion, from 0 to 1
   * @param polarity the indicator's polarity
   * @return the comparison
   * @throws IllegalArgumentException if the numerator is negative or above a positive denominator,
   *     or the benchmark is outside 0 to 1
   */
  public BenchmarkComparisonResult compareProportion(
      double numerator, double denominator, double benchmark, Polarity polarity) {
    Objects.requireNonNull(polarity, "polarity");
    checkArgument(
        Double.isFinite(benchmark) && benchmark >= 0 && benchmark <= 1,
        "benchmark proportion %s is not between 0 and 1",
        benchmark);
    checkFinite("numerator", numerator);
    checkFinite("denominator", denominator);
    if (denominator <= 0) {
      return notCompared(benchmark, polarity);
    }
    double p = numerator / denominator;
    return decide(
        p,
        benchmark,
        polarity,
        calc ->
            method == ComparisonMethod.CONFIDENCE_INTERVAL
                ? calc.proportion(numerator, denominator)
                : calc.proportion(denominator * benchmark, denominator));
  }

  /**
   * Compares a rate {@code events / denominator * multiplier} with a benchmark rate in the same
   * unit, by Poisson intervals of the events (or exact Poisson limits of the expected events {@code
   * benchmark * denominator / multiplier} for {@link ComparisonMethod#CONTROL_LIMITS}).
   *
   * @param events the organisation's number of events, finite and not negative
   * @param denominator the population or person-time; zero or negative gives {@link
   *     ComparisonOutcome#NOT_COMPARED}
   * @param multiplier the rate's unit, for example 100,000
   * @param benchmark the benchmark rate in the same unit, not negative
   * @param polarity the indicator's polarity
   * @return the comparison
   * @throws IllegalArgumentException if the events or benchmark are negative or the multiplier is
   *     not positive
   */
  public BenchmarkComparisonResult compareRate(
      double events, double denominator, double multiplier, double benchmark, Polarity polarity) {
    Objects.requireNonNull(polarity, "polarity");
    checkArgument(
        Double.isFinite(multiplier) && multiplier > 0,
        "rate multiplier %s is not a finite positive number",
        multiplier);
    checkArgument(
        Double.isFinite(benchmark) && benchmark >= 0,
        "benchmark rate %s is not a finite non-negative number",
        benchmark);
    checkFinite("events", events);
    checkArgument(events >= 0, "events %s is negative", events);
    checkFinite("denominator", denominator);
    if (denominator <= 0) {
      return notCompared(benchmark, polarity);
    }
    double rate = events / denominator * multiplier;
    return decide(
        rate,
        benchmark,
        polarity,
        calc ->
            method == ComparisonMethod.CONFIDENCE_INTERVAL
                ? calc.rate(events, denominator, multiplier)
                : limitsAroundExpected(
                        calc, benchmark * denominator / multiplier, multiplier / denominator)
                    .build());
  }

  /**
   * Compares an indirectly standardised ratio {@code observed / expected} with a benchmark ratio
   * (usually 1), by Poisson intervals of the observed count (or exact Poisson limits of {@code
   * benchmark * expected} for {@link ComparisonMethod#CONTROL_LIMITS}).
   *
   * @param observed the observed number of events, finite and not negative
   * @param expected the expected number; zero or negative gives {@link
   *     ComparisonOutcome#NOT_COMPARED}
   * @param benchmark the benchmark ratio, not negative
   * @param polarity the indicator's polarity
   * @return the comparison
   * @throws IllegalArgumentException if the observed count or benchmark is negative
   */
  public BenchmarkComparisonResult compareRatio(
      double observed, double expected, double benchmark, Polarity polarity) {
    return compareRate(observed, expected, 1, benchmark, polarity);
  }

  /**
   * Compares a mean with a benchmark value by the normal approximation, {@code mean -/+ z * sd /
   * sqrt(n)} (or limits {@code benchmark -/+ z * sd / sqrt(n)} for {@link
   * ComparisonMethod#CONTROL_LIMITS}).
   *
   * @param mean the organisation's mean, finite
   * @param standardDeviation the sample standard deviation, finite and not negative
   * @param sampleSize the number of observations; zero gives {@link ComparisonOutcome#NOT_COMPARED}
   * @param benchmark the benchmark value, finite
   * @param polarity the indicator's polarity
   * @return the comparison
   * @throws IllegalArgumentException if a number is not finite, the standard deviation or sample
   *     size is negative
   */
  public BenchmarkComparisonResult compareMean(
      double mean, double standardDeviation, long sampleSize, double benchmark, Polarity polarity) {
    Objects.requireNonNull(polarity, "polarity");
    checkFinite("mean", mean);
    checkFinite("benchmark", benchmark);
    checkArgument(sampleSize >= 0, "mean sample size %s is negative", sampleSize);
    checkArgument(
        Double.isFinite(standardDeviation) && standardDeviation >= 0,
        "mean standard deviation %s is not a finite non-negative number",
        standardDeviation);
    if (sampleSize == 0) {
      return notCompared(benchmark, polarity);
    }
    double se = standardDeviation / Math.sqrt(sampleSize);
    return decide(
        mean,
        benchmark,
        polarity,
        calc ->
            method == ComparisonMethod.CONFIDENCE_INTERVAL
                ? calc.normal(mean, se)
                : calc.normal(benchmark, se));
  }

  /**
   * Compares a value whose confidence intervals are already known (published with the data, or
   * computed by another method) with a benchmark value, by {@link
   * ComparisonMethod#CONFIDENCE_INTERVAL} whatever this comparison's method option.
   *
   * @param intervals the value's intervals, one for each level of this comparison's {@link
   *     ComparisonLevels}, with the same estimate
   * @param benchmark the benchmark value, finite
   * @param polarity the indicator's polarity
   * @return the comparison
   * @throws IllegalArgumentException if an interval is missing for a level, or the estimates differ
   */
  public BenchmarkComparisonResult compareIntervals(
      List<ConfidenceInterval> intervals, double benchmark, Polarity polarity) {
    Objects.requireNonNull(intervals, "intervals");
    Objects.requireNonNull(polarity, "polarity");
    checkFinite("benchmark", benchmark);
    Map<ConfidenceLevel, ConfidenceInterval> byLevel = new LinkedHashMap<>();
    for (ConfidenceInterval ci : intervals) {
      byLevel.put(Objects.requireNonNull(ci, "interval").getConfidenceLevel(), ci);
    }
    List<ConfidenceInterval> used = new ArrayList<>();
    for (ConfidenceLevel level : levels.getLevels()) {
      ConfidenceInterval ci = byLevel.get(level);
      checkArgument(
          ci != null, "no %s interval given; intervals are at %s", level, byLevel.keySet());
      checkArgument(
          used.isEmpty() || used.get(0).getEstimate() == ci.getEstimate(),
          "intervals have different estimates %s and %s",
          used.isEmpty() ? ci.getEstimate() : used.get(0).getEstimate(),
          ci.getEstimate());
      used.add(ci);
    }
    double estimate = used.get(0).getEstimate();
    return result(estimate, benchmark, polarity, ComparisonMethod.CONFIDENCE_INTERVAL, used);
  }

  /**
   * Compares two values that both have 95% confidence intervals, for example this year's value and
   * last year's: overlapping intervals (the lower bound of the higher interval not above the upper
   * bound of the lower one) are similar; otherwise the value is higher or lower than the other.
   * Fingertips' {@code DoubleOverlappingCIsComparer}. Overlap of two 95% intervals is a
   * conservative test (Schenker and Gentleman 2001, Am Stat 55:182-186).
   *
   * @param value the organisation's value with its interval
   * @param other the value compared with, with an interval at the same level
   * @param polarity the indicator's polarity
   * @return the outcome
   * @throws IllegalArgumentException if the intervals are at different levels
   */
  public ComparisonOutcome compareOverlap(
      ConfidenceInterval value, ConfidenceInterval other, Polarity polarity) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(polarity, "polarity");
    checkArgument(
        value.getConfidenceLevel() == other.getConfidenceLevel(),
        "intervals are at different levels %s and %s",
        value.getConfidenceLevel(),
        other.getConfidenceLevel());
    int direction;
    if (value.getLower() > other.getUpper()) {
      direction = 1;
    } else if (value.getUpper() < other.getLower()) {
      direction = -1;
    } else {
      direction = 0;
    }
    return name(direction, polarity);
  }

  private ConfidenceInterval.Builder limitsAroundExpected(
      IntervalCalculator calc, double expected, double scale) {
    ConfidenceInterval exact = calc.with(CountIntervalMethod.EXACT).count(expected);
    return ConfidenceInterval.builder()
        .from(exact)
        .estimate(exact.getEstimate() * scale)
        .lower(exact.getLower() * scale)
        .upper(exact.getUpper() * scale);
  }

  private BenchmarkComparisonResult decide(
      double estimate,
      double benchmark,
      Polarity polarity,
      Function<IntervalCalculator, ConfidenceInterval> interval) {
    IntervalCalculator base = IntervalCalculator.withDefaults().with(countMethod);
    List<ConfidenceInterval> used = new ArrayList<>();
    for (ConfidenceLevel level : levels.getLevels()) {
      used.add(interval.apply(base.with(level)));
    }
    return result(estimate, benchmark, polarity, method, used);
  }

  private BenchmarkComparisonResult result(
      double estimate,
      double benchmark,
      Polarity polarity,
      ComparisonMethod usedMethod,
      List<ConfidenceInterval> intervals) {
    BenchmarkComparisonResult.Builder result =
        BenchmarkComparisonResult.builder()
            .estimate(estimate)
            .benchmark(benchmark)
            .polarity(polarity)
            .levels(levels)
            .method(usedMethod)
            .addAllIntervals(intervals);
    for (ConfidenceInterval ci : intervals) {
      int direction;
      if (usedMethod == ComparisonMethod.CONFIDENCE_INTERVAL) {
        direction = ci.getLower() > benchmark ? 1 : ci.getUpper() < benchmark ? -1 : 0;
      } else {
        direction = estimate > ci.getUpper() ? 1 : estimate < ci.getLower() ? -1 : 0;
      }
      result.putOutcomesByLevel(ci.getConfidenceLevel(), name(direction, polarity));
    }
    return result.build();
  }

  private BenchmarkComparisonResult notCompared(double benchmark, Polarity polarity) {
    BenchmarkComparisonResult.Builder result =
        BenchmarkComparisonResult.builder()
            .benchmark(benchmark)
            .polarity(polarity)
            .levels(levels)
            .method(method);
    for (ConfidenceLevel level : levels.getLevels()) {
      result.putOutcomesByLevel(level, ComparisonOutcome.NOT_COMPARED);
    }
    return result.build();
  }

  /**
   * Names a direction (+1 higher, 0 similar, -1 lower) by polarity.
   *
   * @param direction the sign of the difference
   * @param polarity the polarity
   * @return the outcome
   */
  static ComparisonOutcome name(int direction, Polarity polarity) {
    if (direction == 0) {
      return ComparisonOutcome.SIMILAR;
    }
    switch (polarity.getKind()) {
      case HIGHER_IS_BETTER:
        return direction > 0 ? ComparisonOutcome.BETTER : ComparisonOutcome.WORSE;
      case LOWER_IS_BETTER:
        return direction > 0 ? ComparisonOutcome.WORSE : ComparisonOutcome.BETTER;
      default:
        return direction > 0 ? ComparisonOutcome.HIGHER : ComparisonOutcome.LOWER;
    }
  }

  private static void checkFinite(String name, double value) {
    checkArgument(Double.isFinite(value), "%s %s is not finite", name, value);
  }

  @Override
  public String toString() {
    return "BenchmarkComparison{" + levels + ", " + method + ", " + countMethod + "}";
  }
}
