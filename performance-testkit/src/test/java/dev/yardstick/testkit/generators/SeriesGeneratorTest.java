package dev.yardstick.testkit.generators;

import static dev.yardstick.testkit.generators.Rates.assertRate;
import static dev.yardstick.testkit.generators.Rates.share;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.indicators.spc.SpecialCause;
import dev.yardstick.indicators.spc.XmrChart;
import dev.yardstick.indicators.trend.MannKendall;
import dev.yardstick.indicators.trend.MannKendallResult;
import dev.yardstick.indicators.trend.TrendDirection;
import dev.yardstick.indicators.trend.TrendStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeriesGeneratorTest {

  private static final int DRAWS = 10_000;

  @Test
  void generate_sameSeed_givesSameSeries() {
    SeriesGenerator series = ValueGenerators.series();
    qt().forAll(longs().all(), integers().between(0, 60))
        .check((seed, size) -> Arrays.equals(series.sample(seed, size), series.sample(seed, size)));
  }

  @Test
  void generate_lengthIsFromTheMinimumToTheSize_andValuesHaveOneDecimalPlace() {
    SeriesGenerator series = SeriesGenerator.defaults().withMinimumLength(3);
    qt().forAll(longs().all(), integers().between(0, 60))
        .check(
            (seed, size) -> {
              double[] values = series.sample(seed, size);
              boolean lengthOk = values.length >= 3 && values.length <= Math.max(3, size);
              boolean tenths =
                  Arrays.stream(values)
                      .filter(v -> !Double.isNaN(v))
                      .allMatch(v -> Math.abs(v * 10 - Math.rint(v * 10)) < 1e-6);
              boolean notAllMissing =
                  values.length == 0 || Arrays.stream(values).anyMatch(v -> !Double.isNaN(v));
              return lengthOk && tenths && notAllMissing;
            });
  }

  @Test
  void generate_leavesGapsAtTheGapRate() {
    SeriesGenerator series = SeriesGenerator.defaults().withMinimumLength(12);
    assertRate(
        "gaps",
        share(series, 36, DRAWS, s -> Arrays.stream(s).anyMatch(Double::isNaN)),
        SeriesGenerator.DEFAULT_GAP_RATE,
        0,
        DRAWS);
    assertEquals(
        0.0,
        share(series.withGapRate(0), 36, DRAWS, s -> Arrays.stream(s).anyMatch(Double::isNaN)));
  }

  @Test
  void generate_drawsConstantRunsAndFlatSeries_atTheStatedRates() {
    SeriesGenerator series = SeriesGenerator.defaults().withGapRate(0).withMinimumLength(12);
    double flat = share(series, 36, DRAWS, s -> Arrays.stream(s).allMatch(v -> v == s[0]));
    assertRate("all equal", flat, SeriesGenerator.ALL_EQUAL_RATE, 0.001, DRAWS);
    double runs = share(series, 36, DRAWS, SeriesGeneratorTest::hasRunOfThree);
    double expected =
        SeriesGenerator.ALL_EQUAL_RATE
            + (1 - SeriesGenerator.ALL_EQUAL_RATE) * SeriesGenerator.CONSTANT_RUN_RATE;
    // Rounding to tenths makes a chance run of three now and then.
    assertRate("constant runs", runs, expected, 0.02, DRAWS);
  }

  @Test
  void generate_feedsTheCalculators_withTrendsTheyDetectAndSpecialCausesTheySee() {
    SeriesGenerator series = SeriesGenerator.defaults().withGapRate(0).withMinimumLength(24);
    MannKendall mannKendall = MannKendall.withDefaults();
    XmrChart xmr = XmrChart.withDefaults();
    int trends = 0;
    int withSignals = 0;
    for (long seed = 0; seed < 1_000; seed++) {
      double[] values = series.sample(seed, 36);
      MannKendallResult result = mannKendall.calculate(values, Polarity.HIGHER_IS_BETTER);
      if (result.getStatus() != TrendStatus.CALCULATED) {
        continue;
      }
      trends +=
          result.getDirection().filter(d -> d != TrendDirection.NO_SIGNIFICANT_CHANGE).isPresent()
              ? 1
              : 0;
      withSignals +=
          xmr.calculate(values, Polarity.HIGHER_IS_BETTER).getSpecialCauses().stream()
                  .anyMatch(c -> c != SpecialCause.COMMON_CAUSE)
              ? 1
              : 0;
    }
    // Trends, steps and outliers are drawn on purpose, and the calculators see them in many
    // series but not all: the data is neither all signal nor all noise.
    assertTrue(trends > 200 && trends < 900, "series with a significant trend: " + trends);
    assertTrue(
        withSignals > 200 && withSignals < 950, "series with a special cause: " + withSignals);
  }

  @Test
  void settings_areKeptAndChecked() {
    SeriesGenerator series = SeriesGenerator.defaults().withGapRate(0.5).withMinimumLength(4);
    assertEquals(0.5, series.getGapRate());
    assertEquals(4, series.getMinimumLength());
    assertEquals("SeriesGenerator[gap rate 0.5, minimum length 4]", series.toString());
    assertEquals(
        "gap rate 1.5 is not in [0, 1]",
        assertThrows(IllegalArgumentException.class, () -> series.withGapRate(1.5)).getMessage());
    assertEquals(
        "minimum length -1 is negative",
        assertThrows(IllegalArgumentException.class, () -> series.withMinimumLength(-1))
            .getMessage());
    assertArrayEquals(new double[0], SeriesGenerator.defaults().sample(1L, 0));
  }

  @Test
  void nulls_areRefused() {
    new NullPointerTester().testAllPublicInstanceMethods(SeriesGenerator.defaults());
  }

  private static boolean hasRunOfThree(double[] values) {
    for (int i = 2; i < values.length; i++) {
      if (values[i] == values[i - 1] && values[i] == values[i - 2]) {
        return true;
      }
    }
    return false;
  }
}
