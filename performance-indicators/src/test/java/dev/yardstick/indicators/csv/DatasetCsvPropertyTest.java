package dev.yardstick.indicators.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.yardstick.indicators.TestIndicators;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class DatasetCsvPropertyTest {

  @Test
  void read_ofWrite_givesTheSameDataset() {
    qt().withExamples(300)
        .forAll(TestIndicators.datasets(40))
        .checkAssert(
            dataset -> {
              String text = write(dataset);
              try {
                assertEquals(dataset, DatasetCsv.read(new StringReader(text), TestIndicators.CATALOGUE));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static String write(IndicatorDataset dataset) {
    StringBuilder out = new StringBuilder();
    try {
      DatasetCsv.write(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
