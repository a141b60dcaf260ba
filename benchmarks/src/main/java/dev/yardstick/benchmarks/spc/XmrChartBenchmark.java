package dev.yardstick.benchmarks.spc;

import dev.yardstick.core.measure.Polarity;
import dev.yardstick.indicators.spc.XmrChart;
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
 * XmR charts over the monthly series of a national dataset: 150 councils x 400 indicators x 120
 * months (60,000 series, 7.2 million points) with every special-cause rule and icon, against the
 * baseline of the mean and limits only.
 *
 * <p>Series are noise around a level, with a step in a tenth of them, from a fixed seed.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar XmrChartBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class XmrChartBenchmark {

  private static final int SERIES = 150 * 400;
  private static final int MONTHS = 120;
  private static final XmrChart CHART = XmrChart.withDefaults();

  private double[][] series;

  /** Creates the benchmark state; JMH calls it. */
  public XmrChartBenchmark() {
    series = new double[0][];
  }

  /** Prepares the national dataset. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    series = new double[SERIES][MONTHS];
    for (int s = 0; s < SERIES; s++) {
      double level = 50 + random.nextDouble() * 40;
      boolean step = s % 10 == 0;
      for (int m = 0; m < MONTHS; m++) {
        series[s][m] = level + random.nextDouble() * 6 - 3 + (step && m >= 90 ? 8 : 0);
      }
    }
  }

  /**
   * Every chart with all rules, point types and the variation icon.
   *
   * @return the number of special-cause latest points, for JMH to consume
   */
  @Benchmark
  public int allRules() {
    int signals = 0;
    for (double[] y : series) {
      if (CHART.calculate(y, Polarity.HIGHER_IS_BETTER).getVariationIcon().orElseThrow().ordinal() != 0) {
        signals++;
      }
    }
    return signals;
  }

  /**
   * Baseline: the mean and limits of every series only.
   *
   * @return a sum of the upper limits, for JMH to consume
   */
  @Benchmark
  public double limitsOnly() {
    double sum = 0;
    for (double[] y : series) {
      sum += CHART.calculateLimits(y).orElseThrow().getUpperProcessLimit();
    }
    return sum;
  }
}
