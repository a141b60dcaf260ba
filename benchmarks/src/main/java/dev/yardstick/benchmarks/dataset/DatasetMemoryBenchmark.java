package dev.yardstick.benchmarks.dataset;

import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the heap a national dataset takes: bytes per value of an {@link IndicatorDataset}
 * against the baseline of an {@code ArrayList<IndicatorValue>} holding the same values.
 *
 * <p>A measurement program rather than a JMH benchmark: JMH measures time and allocation rate, not
 * the heap a structure retains. The program builds each structure from the same synthetic data
 * (150 councils by 400 indicators by months, half the indicators percentages with numerator and
 * denominator, half counts; key objects shared, as a loader would share them), and takes the used
 * heap after repeated full collections before and after, keeping the structure reachable. JOL was
 * not added: the figure wanted is the retained size of a whole graph, which the heap delta gives
 * without a new dependency. Run it with the serial collector: G1 keeps each large array in whole
 * regions, which adds a few megabytes of rounding to the figure.
 *
 * <p>Run: {@code java -Xmx12g -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar
 * dev.yardstick.benchmarks.dataset.DatasetMemoryBenchmark [values]} (default 10,000,000).
 */
public final class DatasetMemoryBenchmark {

  private DatasetMemoryBenchmark() {}

  /**
   * Runs the measurement and prints bytes per value for both structures and their ratio.
   *
   * @param args optionally the number of values, default 10,000,000
   */
  public static void main(String[] args) {
    long wanted = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    NationalData data = NationalData.monthly(wanted);
    long n = data.size();
    System.out.printf(
        Locale.ROOT,
        "%d values: %d indicators x %d organisations x %d months%n",
        n,
        data.indicators.length,
        data.organisations.length,
        data.periods.length);

    long before = usedHeap();
    IndicatorDataset.Builder builder = IndicatorDataset.builder();
    data.forEach(builder::add);
    IndicatorDataset dataset = builder.build();
    builder = null;
    long datasetBytes = usedHeap() - before;
    double datasetPerValue = (double) datasetBytes / n;
    System.out.printf(
        Locale.ROOT, "IndicatorDataset: %,d bytes, %.1f bytes per value (%d values)%n",
        datasetBytes, datasetPerValue, dataset.size());

    before = usedHeap();
    List<IndicatorValue> list = new ArrayList<>();
    data.forEach(list::add);
    long listBytes = usedHeap() - before;
    double listPerValue = (double) listBytes / n;
    System.out.printf(
        Locale.ROOT, "List<IndicatorValue>: %,d bytes, %.1f bytes per value (%d values)%n",
        listBytes, listPerValue, list.size());
    System.out.printf(Locale.ROOT, "ratio list / dataset: %.1f%n", listPerValue / datasetPerValue);
    // Keep both reachable until after the last measurement.
    if (dataset.size() + list.size() == 42) {
      System.out.println(dataset.toString() + list.get(0));
    }
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
