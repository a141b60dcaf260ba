package dev.yardstick.indicators.benchmark;

import static dev.yardstick.indicators.benchmark.PositionCalculatorTest.org;
import static dev.yardstick.indicators.benchmark.PositionCalculatorTest.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.indicators.ReferenceVectors;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.commons.statistics.descriptive.Quantile;
import org.junit.jupiter.api.Test;

class QuantileBandingTest {

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  @Test
  void hyndmanFan_publishedVectors_matchEveryType() {
    JsonNode file = ReferenceVectors.load("quantile_hyndman_fan.json");
    int checked = 0;
    for (JsonNode c : file.get("cases")) {
      double[] x = doubles(c.get("x"));
      double[] p = doubles(c.get("p"));
      double delta = c.get("delta").isNumber() ? c.get("delta").asDouble() : 0;
      for (int k = 1; k <= 9; k++) {
        QuantileMethod method = QuantileMethod.valueOf("HYNDMAN_FAN_" + k);
        Quantile q = Quantile.withDefaults().with(method.estimation().orElseThrow());
        for (int i = 0; i < p.length; i++) {
          JsonNode expected =
              c.has("expected_by_p")
                  ? c.get("expected_by_p").get(i).get("HF" + k)
                  : c.get("expected_by_type").get("HF" + k).get(i);
          double actual = x.length == 0 ? Double.NaN : q.evaluate(x, p[i]);
          if (expected.isTextual()) {
            assertEquals("NaN", expected.asText());
            assertTrue(Double.isNaN(actual));
          } else {
            assertEquals(
                expected.asDouble(), actual, delta, "HF" + k + " p=" + p[i] + " " + c.get("x"));
          }
          checked++;
        }
      }
    }
    assertEquals(180, checked);
  }

  @Test
  void boundaries_quartilesOfOneToFour_matchHyndmanFanVectorsThroughTheBanding() {
    // quantile_hyndman_fan.json, x = 1, 3, 2, 4: HF7 quartiles 1.75, 2.5, 3.25; HF6 1.25, 2.5, 3.75
    assertEquals(
        List.of(1.75, 2.5, 3.25),
        QuantileBanding.withDefaults()
            .calculate(values(1, 3, 2, 4), Polarity.NONE)
            .getBoundaries());
    assertEquals(
        List.of(1.25, 2.5, 3.75),
        QuantileBanding.withDefaults()
            .with(QuantileMethod.HYNDMAN_FAN_6)
            .calculate(values(1, 3, 2, 4), Polarity.NONE)
            .getBoundaries());
  }

  private static ComparatorValues oneTo(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = i + 1;
    }
    return values(v);
  }

  @Test
  void fingertips_publishedBoundsAndCategories_match() {
    JsonNode file = ReferenceVectors.load("quantile_fingertips_categories.json");
    JsonNode quartileBounds =
        ReferenceVectors.caseById(file, "fingertips_quartile_bounds_1_to_50")
            .get("expected")
            .get("bounds");
    QuantileBands q = QuantileBanding.withDefaults().calculate(oneTo(50), Polarity.NONE);
    for (int i = 1; i <= 3; i++) {
      assertEquals(quartileBounds.get(i).asDouble(), q.getBoundaries().get(i - 1), 1e-10);
    }
    JsonNode quintileBounds =
        ReferenceVectors.caseById(file, "fingertips_quintile_bounds_1_to_50")
            .get("expected")
            .get("bounds");
    QuantileBands q5 =
        QuantileBanding.withDefaults()
            .with(QuantileCount.QUINTILES)
            .calculate(oneTo(50), Polarity.NONE);
    for (int i = 1; i <= 4; i++) {
      assertEquals(quintileBounds.get(i).asDouble(), q5.getBoundaries().get(i - 1), 1e-10);
    }
    QuantileBands quartiles = QuantileBanding.withDefaults().calculate(oneTo(10), Polarity.NONE);
    for (JsonNode row :
        ReferenceVectors.caseById(file, "fingertips_quartile_categories").get("expected")) {
      assertEquals(
          OptionalInt.of(row.get("category").asInt()),
          quartiles.bandOf(org(row.get("value").asInt() - 1)));
    }
    JsonNode quintiles =
        ReferenceVectors.caseById(file, "fingertips_quintile_categories").get("expected");
    QuantileBanding banding = QuantileBanding.withDefaults().with(QuantileCount.QUINTILES);
    for (JsonNode row : quintiles.get("default_polarity")) {
      assertEquals(
          OptionalInt.of(row.get("category").asInt()),
          banding.calculate(oneTo(10), Polarity.NONE).bandOf(org(row.get("value").asInt() - 1)));
    }
    // Fingertips numbers quintiles from the best (1) when high or low is good: bands + 1 - band.
    for (String pol : List.of("RagHighIsGood", "RagLowIsGood")) {
      Polarity polarity =
          pol.equals("RagHighIsGood") ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
      QuantileBands b = banding.calculate(oneTo(10), polarity);
      for (JsonNode row : quintiles.get(pol)) {
        assertEquals(
            row.get("category").asInt(),
            6 - b.bandOf(org(row.get("value").asInt() - 1)).getAsInt(),
            pol + row);
      }
    }
    // edge cases: fewer values than bands get no category
    assertEquals(
        QuantileBands.Status.INSUFFICIENT_DATA,
        QuantileBanding.withDefaults().calculate(oneTo(3), Polarity.NONE).getStatus());
    assertEquals(OptionalInt.empty(), banding.calculate(oneTo(4), Polarity.NONE).bandOf(org(0)));
  }

  @Test
  void pheRank_publishedDecileAssignments_match() {
    JsonNode file = ReferenceVectors.load("quantile_phe_assignment.json");
    int checked = 0;
    for (JsonNode c : file.get("cases")) {
      if (!c.has("rows")) {
        continue;
      }
      Polarity polarity =
          c.get("parameters").get("invert").asBoolean()
              ? Polarity.LOWER_IS_BETTER
              : Polarity.HIGHER_IS_BETTER;
      Map<OrganisationId, Double> m = new LinkedHashMap<>();
      ComparatorValues.Builder b = ComparatorValues.builder();
      for (JsonNode row : c.get("rows")) {
        OrganisationId id =
            OrganisationId.of(OrganisationId.Scheme.LOCAL, row.get("area").asText());
        if (row.get("value").isNull()) {
          b.addMissing(id);
        } else {
          m.put(id, row.get("value").asDouble());
        }
      }
      QuantileBands bands =
          QuantileBanding.withDefaults()
              .with(QuantileMethod.PHE_RANK)
              .with(QuantileCount.DECILES)
              .calculate(b.putAllValues(m).build(), polarity);
      for (JsonNode row : c.get("rows")) {
        OrganisationId id =
            OrganisationId.of(OrganisationId.Scheme.LOCAL, row.get("area").asText());
        if (!row.get("expected_quantile").isNull()) {
          assertEquals(
              row.get("expected_quantile").asInt(),
              bands.bandOf(id).getAsInt(),
              c.get("id") + " " + row);
          checked++;
        }
      }
    }
    assertEquals(47, checked);
  }

  @Test
  void equalCount_dealsBucketsLikeSqlNtile() {
    // SQL NTILE(4) over 10 rows: sizes 3, 3, 2, 2
    QuantileBands b =
        QuantileBanding.withDefaults()
            .with(QuantileMethod.EQUAL_COUNT)
            .calculate(oneTo(10), Polarity.HIGHER_IS_BETTER);
    Iterator<Integer> it = b.getBands().values().iterator();
    int[] expected = {1, 1, 1, 2, 2, 2, 3, 3, 4, 4};
    for (int e : expected) {
      assertEquals(e, it.next());
    }
    assertTrue(b.getBoundaries().isEmpty());
  }

  @Test
  void edgeCases_tiesAtABoundary_allEqual_range() {
    // HF7 quartiles of 1..5 are 2, 3, 4: values on a boundary go to the band below in value order
    QuantileBands higher =
        QuantileBanding.withDefaults().calculate(oneTo(5), Polarity.HIGHER_IS_BETTER);
    assertEquals(List.of(2.0, 3.0, 4.0), higher.getBoundaries());
    assertEquals(List.of(1, 1, 2, 3, 4), List.copyOf(higher.getBands().values()));
    QuantileBands lower =
        QuantileBanding.withDefaults().calculate(oneTo(5), Polarity.LOWER_IS_BETTER);
    assertEquals(List.of(4, 4, 3, 2, 1), List.copyOf(lower.getBands().values()));
    QuantileBands equal =
        QuantileBanding.withDefaults().calculate(values(3, 3, 3, 3, 3), Polarity.HIGHER_IS_BETTER);
    assertEquals(List.of(1, 1, 1, 1, 1), List.copyOf(equal.getBands().values()));
    QuantileBands pheEqual =
        QuantileBanding.withDefaults()
            .with(QuantileMethod.PHE_RANK)
            .calculate(values(3, 3, 3, 3, 3), Polarity.LOWER_IS_BETTER);
    assertEquals(List.of(1, 1, 1, 1, 1), List.copyOf(pheEqual.getBands().values()));
    QuantileBands range =
        QuantileBanding.withDefaults()
            .calculate(
                values(12, 9, 20, 15, 30, 11, 8, 2),
                Polarity.withinRange(java.math.BigDecimal.TEN, java.math.BigDecimal.valueOf(15)));
    assertEquals(4, range.bandOf(org(0)).getAsInt());
    assertEquals(1, range.bandOf(org(4)).getAsInt());
    ComparatorValues withMissing =
        ComparatorValues.builder().from(oneTo(8)).addMissing(org(20)).build();
    assertEquals(
        1, QuantileBanding.withDefaults().calculate(withMissing, Polarity.NONE).getMissingCount());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                QuantileBanding.withDefaults()
                    .with(MissingValuePolicy.REFUSE)
                    .calculate(withMissing, Polarity.NONE));
    assertTrue(e.getMessage().contains("council20"), e.getMessage());
  }

  @Test
  void nulls_areRefused_andResultsAreValues() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(ComparatorValues.class, values(1, 2));
    tester.setDefault(Polarity.class, Polarity.HIGHER_IS_BETTER);
    tester.testAllPublicStaticMethods(QuantileBanding.class);
    tester.testAllPublicInstanceMethods(QuantileBanding.withDefaults());
    QuantileBands a = QuantileBanding.withDefaults().calculate(oneTo(8), Polarity.NONE);
    tester.setDefault(OrganisationId.class, org(0));
    tester.testAllPublicInstanceMethods(a);
    new EqualsTester()
        .addEqualityGroup(a, QuantileBands.builder().from(a).build())
        .addEqualityGroup(
            QuantileBanding.withDefaults().calculate(oneTo(8), Polarity.HIGHER_IS_BETTER))
        .testEquals();
  }
}
