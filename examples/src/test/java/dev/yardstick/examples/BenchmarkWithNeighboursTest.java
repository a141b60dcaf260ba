package dev.yardstick.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.examples.data.ExampleDataset;
import dev.yardstick.indicators.benchmark.Position;
import dev.yardstick.indicators.funnel.FunnelPlot;
import org.junit.jupiter.api.Test;

class BenchmarkWithNeighboursTest {

  private static final ExampleDataset DATA = ExampleDataset.build(ExampleDataset.DEFAULT_SEED);

  @Test
  void rank_isAmongTheCouncilAndItsTenNeighbours() {
    Position position = BenchmarkWithNeighbours.rank(DATA);
    assertEquals(11, position.getGroupSize());
    assertEquals(DATA.getCouncil().getId(), position.getOrganisation());
    assertEquals(9.0, position.getRank());
  }

  @Test
  void funnel_placesEveryCouncilAndFindsSomeOutliers() {
    FunnelPlot plot = BenchmarkWithNeighbours.funnel(DATA);
    assertEquals(150, plot.getUnits().size());
    long above = BenchmarkWithNeighbours.aboveUpperLimit(plot);
    assertTrue(above >= 1 && above <= 15, "a few councils above the 99.8% limit: " + above);
  }
}
