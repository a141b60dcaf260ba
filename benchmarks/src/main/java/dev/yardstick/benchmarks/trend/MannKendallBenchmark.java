package dev.yardstick.benchmarks.trend;

import dev.yardstick.indicators.trend.MannKendall;
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
 * The Mann-Kendall test with its O(n log n) merge-sort count of S (Knight 1966) against the naive
 * O(n^2) count over all pairs, the baseline.
 *
 * <p>The fast test runs on 100,000 and 10,000 points (Sen's slope off, since its exact median
 * needs all pair slopes); the naive count runs on 10,000 points only, a 100,000-point run taking
 * about a hundred times as long: multiply its time by 100 to compare at 100,000. Values are
 * integers from 0 to 999 in random order, so ties occur.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MannKendallBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class MannKendallBenchmark {

  private static final MannKendall TEST = MannKendall.withDefaults().withSenSlopeMaximumLength(0);

  private double[] long100k;
  private double[] long10k;

  /** Creates the benchmark state; JMH calls it. */
  public MannKendallBenchmark() {
    long100k = new double[0];
    long10k = new double[0];
  }

  /** Prepares the series from a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    long100k = random.ints(100_000, 0, 1000).asDoubleStream().toArray();
    long10k = random.ints(10_000, 0, 1000).asDoubleStream().toArray();
  }

  /**
   * The library's test on 100,000 points.
   *
   * @return S, for JMH to consume
   */
  @Benchmark
  public long fast100k() {
    return TEST.calculate(long100k).getS().orElseThrow();
  }

  /**
   * The library's test on 10,000 points.
   *
   * @return S, for JMH to consume
   */
  @Benchmark
  public long fast10k() {
    return TEST.calculate(long10k).getS().orElseThrow();
  }

  /**
   * Baseline: the naive pair count of S on 10,000 points.
   *
   * @return S, for JMH to consume
   */
  @Benchmark
  public long naive10k() {
    double[] y = long10k;
    long s = 0;
    for (int i = 0; i < y.length; i++) {
      double yi = y[i];
      for (int j = i + 1; j < y.length; j++) {
        s += (long) Math.signum(y[j] - yi);
      }
    }
    return s;
  }
}
