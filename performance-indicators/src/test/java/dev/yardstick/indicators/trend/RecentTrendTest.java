package dev.yardstick.indicators.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.indicators.ReferenceVectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentTrendTest {

  private static final RecentTrend FINGERTIPS = RecentTrend.withDefaults();

  /** The case's rows sorted oldest first. */
  private static List<JsonNode> rows(String id) {
    JsonNode c =
        ReferenceVectors.caseById(ReferenceVectors.load("trend_fingertips_recent_trend.json"), id);
    List<JsonNode> rows = new ArrayList<>();
    c.get("input").get("rows").forEach(rows::add);
    rows.sort(Comparator.comparingInt(r -> r.get("year").asInt()));
    return rows;
  }

  private static RecentTrendResult weighted(String id, Polarity polarity) {
    List<JsonNode> rows = rows(id);
    double[] v = new double[rows.size()];
    double[] lo = new double[rows.size()];
    double[] hi = new double[rows.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = rows.get(i).get("value").asDouble();
      lo[i] = rows.get(i).get("lower_ci95").asDouble();
      hi[i] = rows.get(i).get("upper_ci95").asDouble();
    }
    return FINGERTIPS.calculate(v, lo, hi, polarity);
  }

  private static RecentTrendResult proportions(String id, Polarity polarity) {
    List<JsonNode> rows = rows(id);
    long[] x = new long[rows.size()];
    long[] n = new long[rows.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = rows.get(i).get("count").asLong();
      n[i] = rows.get(i).get("denominator").asLong();
    }
    return FINGERTIPS.calculateProportions(x, n, polarity);
  }

  @Test
  void criticalValue_is99Point8PercentChiSquareOneDf() {
    assertEquals(9.54953570608324, FINGERTIPS.getCriticalValue(), 1e-9);
  }

  @Test
  void calculate_ciWeightedSignificant_chiSquare46Point77Increasing() {
    RecentTrendResult r =
        weighted("fingertips_trend_ci_weighted_significant", Polarity.HIGHER_IS_BETTER);
    assertEquals(46.77, Math.round(r.getChiSquare().getAsDouble() * 100) / 100.0, 0.0);
    assertTrue(r.isSignificant());
    assertTrue(r.isRobust());
    assertEquals(Optional.of(TrendDirection.INCREASING), r.getDirection());
    // The vector's derived note: weighted slope +1.7516 per year.
    assertEquals(1.7516, r.getSlope().getAsDouble(), 5e-5);
    assertEquals(Optional.of(DirectionOfTravel.IMPROVING), r.getDirectionOfTravel());
    assertTrue(r.explain().startsWith("Increasing and getting better"), r.explain());
  }

  @Test
  void calculate_ciWeightedNotSignificant_noChange() {
    RecentTrendResult r =
        weighted("fingertips_trend_ci_weighted_not_significant", Polarity.LOWER_IS_BETTER);
    assertFalse(r.isSignificant());
    assertEquals(Optional.of(TrendDirection.NO_SIGNIFICANT_CHANGE), r.getDirection());
    assertEquals(Optional.of(DirectionOfTravel.NO_SIGNIFICANT_CHANGE), r.getDirectionOfTravel());
  }

  @Test
  void calculateProportions_significant_chiSquare47Point9() {
    RecentTrendResult r =
        proportions("fingertips_trend_proportions_significant", Polarity.LOWER_IS_BETTER);
    assertEquals(47.9, Math.round(r.getChiSquare().getAsDouble() * 100) / 100.0, 0.0);
    assertTrue(r.isSignificant());
    assertEquals(Optional.of(TrendDirection.INCREASING), r.getDirection());
    assertEquals(Optional.of(DirectionOfTravel.WORSENING), r.getDirectionOfTravel());
  }

  @Test
  void calculateProportions_countEqualsDenominator_cannotBeCalculated() {
    RecentTrendResult r =
        proportions("fingertips_trend_proportions_cannot_be_calculated", Polarity.HIGHER_IS_BETTER);
    assertEquals(TrendStatus.CANNOT_BE_CALCULATED, r.getStatus());
    assertFalse(r.isSignificant());
    assertTrue(r.explain().contains("cannot be calculated"), r.explain());
  }

  @Test
  void calculate_fewerThanFivePoints_insufficientData() {
    RecentTrendResult r =
        FINGERTIPS.calculateProportions(new long[] {1, 2, 3, 4}, new long[] {9, 9, 9, 9}, Polarity.NONE);
    assertEquals(TrendStatus.INSUFFICIENT_DATA, r.getStatus());
    assertEquals(Optional.empty(), r.getDirection());
  }

  @Test
  void calculate_moreThanFivePoints_usesLastFive() {
    RecentTrendResult six =
        FINGERTIPS.calculateProportions(
            new long[] {900, 10, 12, 14, 16, 18}, new long[] {1000, 100, 100, 100, 100, 100}, Polarity.NONE);
    RecentTrendResult five =
        FINGERTIPS.calculateProportions(
            new long[] {10, 12, 14, 16, 18}, new long[] {100, 100, 100, 100, 100}, Polarity.NONE);
    assertEquals(five.getChiSquare(), six.getChiSquare());
  }

  @Test
  void calculate_badInput_namesPosition() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                FINGERTIPS.calculateProportions(
                    new long[] {1, 2, 30, 4, 5}, new long[] {10, 10, 10, 10, 10}, Polarity.NONE));
    assertTrue(e.getMessage().contains("count 30 at position 2"), e.getMessage());
    IllegalArgumentException ci =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                FINGERTIPS.calculate(
                    new double[] {1, 2, 3, 4, 5},
                    new double[] {0, 1, 4, 3, 4},
                    new double[] {2, 3, 3.5, 5, 6},
                    Polarity.NONE));
    assertTrue(ci.getMessage().contains("position 2"), ci.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FINGERTIPS.withPoints(2));
  }

  @Test
  void result_equalsBuilderAndNulls() {
    RecentTrendResult a =
        FINGERTIPS.calculateProportions(new long[] {10, 12, 14, 16, 18}, new long[] {100, 100, 100, 100, 100}, Polarity.NONE);
    new EqualsTester()
        .addEqualityGroup(a, RecentTrendResult.builder().from(a).build())
        .addEqualityGroup(
            FINGERTIPS.calculateProportions(new long[] {10, 12, 14, 16, 19}, new long[] {100, 100, 100, 100, 100}, Polarity.NONE))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(FINGERTIPS);
    new NullPointerTester().testAllPublicStaticMethods(RecentTrend.class);
    new NullPointerTester().testAllPublicInstanceMethods(a);
  }
}
