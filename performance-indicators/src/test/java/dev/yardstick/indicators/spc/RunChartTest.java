package dev.yardstick.indicators.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.indicators.ReferenceVectors;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RunChartTest {

  private final RunChart rules = RunChart.withDefaults();

  @Test
  void limits_qicharts2AppendixTable_allRowsMatch() {
    JsonNode table =
        ReferenceVectors.caseById(
                ReferenceVectors.load("run_chart_anhoej.json"), "qicharts2_appendix2_critical_values")
            .get("table");
    assertEquals(91, table.size());
    for (JsonNode row : table) {
      int n = row.get("n").asInt();
      assertEquals(row.get("longest_run_max").asInt(), rules.longestRunLimit(n).getAsInt(), "n " + n);
      assertEquals(row.get("crossings_min").asInt(), rules.crossingsLimit(n).getAsInt(), "n " + n);
    }
  }

  @Test
  void analyse_vignetteN24Example_signalsOnRunOfNine() {
    // 24 useful points: 9 above, then alternating pairs; longest run 9 > 8 signals.
    double[] y = new double[24];
    for (int i = 0; i < 24; i++) {
      y[i] = i < 9 ? 10 : (i % 2 == 1 ? -1 : 1);
    }
    RunChartResult r = rules.analyse(y, 0);
    assertEquals(24, r.getUsefulObservations());
    assertEquals(OptionalInt.of(8), r.getLongestRunLimit());
    assertEquals(OptionalInt.of(8), r.getCrossingsLimit());
    assertEquals(9, r.getLongestRun());
    assertTrue(r.isLongestRunSignal());
    assertFalse(r.isCrossingsSignal());
    assertTrue(r.isSignal());
  }

  @Test
  void analyse_pointsOnCentre_neitherBreakNorExtendRuns() {
    RunChartResult r = rules.analyse(new double[] {1, 0, 1, 0, -1, 0, -1}, 0);
    assertEquals(4, r.getUsefulObservations());
    assertEquals(2, r.getLongestRun());
    assertEquals(1, r.getCrossings());
  }

  @Test
  void analyse_alternatingSeries_manyCrossingsNoSignal() {
    double[] y = new double[20];
    for (int i = 0; i < y.length; i++) {
      y[i] = i % 2;
    }
    RunChartResult r = rules.analyse(y);
    assertEquals(0.5, r.getCentre());
    assertEquals(19, r.getCrossings());
    assertFalse(r.isSignal());
    assertTrue(r.explain().startsWith("Random variation"), r.explain());
  }

  @Test
  void analyse_emptyAndConstant_noUsefulObservationsNoSignal() {
    for (double[] y : new double[][] {{}, {3, 3, 3}}) {
      RunChartResult r = rules.analyse(y);
      assertEquals(0, r.getUsefulObservations());
      assertEquals(OptionalInt.empty(), r.getLongestRunLimit());
      assertFalse(r.isSignal());
    }
  }

  @Test
  void analyse_nonFinite_namesPosition() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rules.analyse(new double[] {1, Double.NaN}));
    assertTrue(e.getMessage().contains("position 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> rules.withCrossingsProbability(1));
    assertThrows(IllegalArgumentException.class, () -> rules.longestRunLimit(-1));
  }

  @Test
  void result_equalsAndNulls() {
    RunChartResult a = rules.analyse(new double[] {1, 2, 3});
    new EqualsTester()
        .addEqualityGroup(a, RunChartResult.builder().from(a).build())
        .addEqualityGroup(rules.analyse(new double[] {1, 2, 4}))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(rules);
    new NullPointerTester().testAllPublicStaticMethods(RunChart.class);
    new NullPointerTester().testAllPublicInstanceMethods(a);
  }

  @Test
  void toString_namesTheClassAndItsOptions() {
    assertEquals(
        "RunChart{crossings probability 0.05, longest run offset 3}",
        RunChart.withDefaults().toString());
    assertEquals(
        "RunChart{crossings probability 0.1, longest run offset 2}",
        RunChart.withDefaults()
            .withCrossingsProbability(0.1)
            .withLongestRunOffset(2)
            .toString());
  }
}
