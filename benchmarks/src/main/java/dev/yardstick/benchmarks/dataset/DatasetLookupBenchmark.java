package dev.yardstick.benchmarks.dataset;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.dataset.CrossSection;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import dev.yardstick.indicators.dataset.IndicatorSeries;
import java.util.ArrayList;
import java.util.List;
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
 * Series and cross-section look-ups in a national annual dataset (150 councils by 400
 * indicators by 20 years, 1.2 million values): {@link IndicatorDataset}'s binary searches against
 * the baseline of a linear scan of a {@code List<IndicatorValue>}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DatasetLookupBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class DatasetLookupBenchmark {

  private NationalData data;
  private IndicatorDataset dataset;
  private List<IndicatorValue> list;
  private SplittableRandom random;

  /** Creates the benchmark state; JMH calls it. */
  public DatasetLookupBenchmark() {
    data = NationalData.annual();
    dataset = IndicatorDataset.empty();
    list = List.of();
    random = new SplittableRandom(1);
  }

  /** Builds the dataset and the list of the same values. */
  @Setup
  public void setUp() {
    data = NationalData.annual();
    IndicatorDataset.Builder builder = IndicatorDataset.builder();
    List<IndicatorValue> values = new ArrayList<>();
    data.forEach(
        v -> {
          builder.add(v);
          values.add(v);
        });
    dataset = builder.build();
    list = values;
    random = new SplittableRandom(1);
  }

  private IndicatorCode anIndicator() {
    return data.indicators[random.nextInt(data.indicators.length)];
  }

  private OrganisationId anOrganisation() {
    return data.organisations[random.nextInt(data.organisations.length)];
  }

  private ReportingPeriod aPeriod() {
    return data.periods[random.nextInt(data.periods.length)];
  }

  /**
   * The series of one indicator for one council from the columnar dataset.
   *
   * @return the series
   */
  @Benchmark
  public IndicatorSeries seriesFromDataset() {
    return dataset.series(anIndicator(), anOrganisation());
  }

  /**
   * Baseline: the series by a linear scan of the list.
   *
   * @return the values found
   */
  @Benchmark
  public List<IndicatorValue> seriesByLinearScan() {
    IndicatorCode indicator = anIndicator();
    OrganisationId organisation = anOrganisation();
    List<IndicatorValue> found = new ArrayList<>();
    for (IndicatorValue v : list) {
      if (v.getIndicator().equals(indicator) && v.getOrganisation().equals(organisation)) {
        found.add(v);
      }
    }
    return found;
  }

  /**
   * The cross-section of one indicator in one year across all 150 councils from the dataset.
   *
   * @return the cross-section
   */
  @Benchmark
  public CrossSection crossSectionFromDataset() {
    return dataset.crossSection(anIndicator(), aPeriod());
  }

  /**
   * Baseline: the cross-section by a linear scan of the list.
   *
   * @return the values found
   */
  @Benchmark
  public List<IndicatorValue> crossSectionByLinearScan() {
    IndicatorCode indicator = anIndicator();
    ReportingPeriod period = aPeriod();
    List<IndicatorValue> found = new ArrayList<>();
    for (IndicatorValue v : list) {
      if (v.getIndicator().equals(indicator) && v.getPeriod().equals(period)) {
        found.add(v);
      }
    }
    return found;
  }
}
