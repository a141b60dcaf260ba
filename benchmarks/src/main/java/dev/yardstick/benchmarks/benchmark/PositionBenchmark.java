package dev.yardstick.benchmarks.benchmark;

import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.indicators.benchmark.BenchmarkComparison;
import dev.yardstick.indicators.benchmark.BenchmarkComparisonResult;
import dev.yardstick.indicators.benchmark.ComparatorValues;
import dev.yardstick.indicators.benchmark.Position;
import dev.yardstick.indicators.benchmark.PositionCalculator;
import dev.yardstick.indicators.benchmark.QuantileBanding;
import dev.yardstick.indicators.benchmark.QuantileBands;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark position for a national dataset of one year: for every one of 150 councils on every
 * one of 400 indicators, its rank and position, its quartile band (Hyndman-Fan 7) and the 95%
 * Wilson-interval comparison of its proportion with the England value; against the practical
 * floor of sorting each cross-section once.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PositionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PositionBenchmark {

  private static final int COUNCILS = 150;
  private static final int INDICATORS = 400;

  private ComparatorValues[] crossSections;
  private double[][] values;
  private long[][] numerators;
  private long[][] denominators;
  private double[] england;
  private Polarity[] polarities;

  /** Creates the benchmark state; JMH calls it. */
  public PositionBenchmark() {
    crossSections = new ComparatorValues[0];
    values = new double[0][];
    numerators = new long[0][];
    denominators = new long[0][];
    england = new double[0];
    polarities = new Polarity[0];
  }

  /** Builds 400 cross-sections of 150 councils' proportions with a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20030401L);
    OrganisationId[] councils = new OrganisationId[COUNCILS];
    for (int c = 0; c < COUNCILS; c++) {
      councils[c] = OrganisationId.of(OrganisationId.Scheme.LOCAL, "council" + c);
    }
    crossSections = new ComparatorValues[INDICATORS];
    values = new double[INDICATORS][COUNCILS];
    numerators = new long[INDICATORS][COUNCILS];
    denominators = new long[INDICATORS][COUNCILS];
    england = new double[INDICATORS];
    polarities = new Polarity[INDICATORS];
    for (int i = 0; i < INDICATORS; i++) {
      double p = 0.05 + 0.9 * random.nextDouble();
      long sumX = 0;
      long sumN = 0;
      Map<OrganisationId, Double> m = new LinkedHashMap<>();
      for (int c = 0; c < COUNCILS; c++) {
        long n = 50 + random.nextInt(5000);
        double pc = Math.min(1, Math.max(0, p + 0.05 * (random.nextDouble() - 0.5)));
        long x = Math.round(pc * n);
        numerators[i][c] = x;
        denominators[i][c] = n;
        values[i][c] = (double) x / n;
        m.put(councils[c], values[i][c]);
        sumX += x;
        sumN += n;
      }
      crossSections[i] = ComparatorValues.of(m);
      england[i] = (double) sumX / sumN;
      polarities[i] = i % 2 == 0 ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
    }
  }

  /**
   * Baseline: sort a copy of each cross-section once.
   *
   * @return a value JMH consumes
   */
  @Benchmark
  public double baselineSortEachCrossSection() {
    double acc = 0;
    for (double[] v : values) {
      double[] copy = v.clone();
      Arrays.sort(copy);
      acc += copy[COUNCILS / 2];
    }
    return acc;
  }

  /**
   * Position, quartile band and CI comparison with England for every council on every indicator.
   *
   * @return a value JMH consumes
   */
  @Benchmark
  public double positionBandsAndComparison() {
    PositionCalculator positions = PositionCalculator.withDefaults();
    QuantileBanding quartiles = QuantileBanding.withDefaults();
    BenchmarkComparison comparison = BenchmarkComparison.withDefaults();
    double acc = 0;
    for (int i = 0; i < INDICATORS; i++) {
      List<Position> all = positions.calculateAll(crossSections[i], polarities[i]);
      QuantileBands bands = quartiles.calculate(crossSections[i], polarities[i]);
      for (int c = 0; c < COUNCILS; c++) {
        BenchmarkComparisonResult r =
            comparison.compareProportion(
                numerators[i][c], denominators[i][c], england[i], polarities[i]);
        acc += all.get(c).getRank() + r.getOutcome().ordinal();
      }
      acc += bands.getBands().size();
    }
    return acc;
  }
}
