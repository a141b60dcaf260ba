package dev.yardstick.benchmarks;

import dev.yardstick.core.measure.Decimals;
import java.math.BigDecimal;
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
 * The set-up check of the benchmarks module: the cost of normalising an indicator value on entry
 * ({@link Decimals#normalise}) against the baseline of the bare {@link BigDecimal#stripTrailingZeros}
 * it builds on.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DecimalsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class DecimalsBenchmark {

  private BigDecimal[] values;

  /** Creates the benchmark state; JMH calls it. */
  public DecimalsBenchmark() {
    values = new BigDecimal[0];
  }

  /** Prepares 1,024 indicator-like values with trailing zeros and large magnitudes. */
  @Setup
  public void setUp() {
    values = new BigDecimal[1024];
    for (int i = 0; i < values.length; i++) {
      values[i] = BigDecimal.valueOf(i * 125L, i % 4).multiply(BigDecimal.TEN.pow(i % 3));
    }
  }

  /**
   * Baseline: strip trailing zeros only.
   *
   * @return a value JMH consumes
   */
  @Benchmark
  public int baselineStripTrailingZeros() {
    int acc = 0;
    for (BigDecimal value : values) {
      acc += value.stripTrailingZeros().scale();
    }
    return acc;
  }

  /**
   * Yardstick's normal form.
   *
   * @return a value JMH consumes
   */
  @Benchmark
  public int normalise() {
    int acc = 0;
    for (BigDecimal value : values) {
      acc += Decimals.normalise(value).scale();
    }
    return acc;
  }
}
