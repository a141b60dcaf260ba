package dev.yardstick.indicators.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PositionCalculatorTest {

  static OrganisationId org(int i) {
    return OrganisationId.of(OrganisationId.Scheme.LOCAL, "council" + i);
  }

  static ComparatorValues values(double... v) {
    Map<OrganisationId, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < v.length; i++) {
      m.put(org(i), v[i]);
    }
    return ComparatorValues.of(m);
  }

  @Test
  void calculate_tieRules_matchR() {
    // R: x <- c(5, 3, 3, 8, 1); rank(-x, ties.method = "min") = 2 3 3 1 5;
    // "average" = 2 3.5 3.5 1 5; "max" = 2 4 4 1 5
    ComparatorValues v = values(5, 3, 3, 8, 1);
    double[][] expected = {{2, 3, 3, 1, 5}, {2, 3.5, 3.5, 1, 5}, {2, 4, 4, 1, 5}};
    TieRule[] rules = {TieRule.MIN, TieRule.AVERAGE, TieRule.MAX};
    for (int r = 0; r < 3; r++) {
      List<Position> all =
          PositionCalculator.withDefaults()
              .with(rules[r])
              .calculateAll(v, Polarity.HIGHER_IS_BETTER);
      for (int i = 0; i < 5; i++) {
        assertEquals(expected[r][i], all.get(i).getRank(), rules[r] + " " + i);
        assertEquals(
            all.get(i),
            PositionCalculator.withDefaults()
                .with(rules[r])
                .calculate(v, org(i), Polarity.HIGHER_IS_BETTER));
      }
    }
  }

  @Test
  void calculate_summaryAndDistances_matchR() {
    // R: mean(x) = 4, median(x) = 3, sd(x) = 2.645751; (3 - 4) / sd(x) = -0.3779645
    Position p =
        PositionCalculator.withDefaults()
            .calculate(values(5, 3, 3, 8, 1), org(1), Polarity.LOWER_IS_BETTER, 2.5);
    assertEquals(2, p.getRank()); // 1 is best; 3 and 3 tie at rank 2
    assertEquals(5, p.getGroupSize());
    assertEquals(4, p.getMean(), 1e-15);
    assertEquals(3, p.getMedian());
    assertEquals(-1, p.getDifferenceFromMean(), 1e-15);
    assertEquals(0, p.getDifferenceFromMedian());
    assertEquals(OptionalDouble.of(1), p.getBest());
    assertEquals(OptionalDouble.of(2), p.getDifferenceFromBest());
    assertEquals(OptionalDouble.of(0.5), p.getDifferenceFromEngland());
    assertEquals(-0.3779645, p.getZScore().getAsDouble(), 1e-7);
    // worse: 5 and 8; equal: the two 3s -> (2 + 1) / 5 = 60%
    assertEquals(60, p.getPercentileRank(), 1e-12);
  }

  @Test
  void calculate_rangeAndNoPolarity_rankByDistanceAndByValue() {
    Polarity range = Polarity.withinRange(new BigDecimal("10"), new BigDecimal("15"));
    List<Position> all =
        PositionCalculator.withDefaults().calculateAll(values(12, 9, 20, 15, 16), range);
    assertEquals(1, all.get(0).getRank());
    assertEquals(1, all.get(3).getRank());
    assertEquals(3, all.get(1).getRank()); // 9 and 16 both 1 away
    assertEquals(3, all.get(4).getRank());
    assertEquals(5, all.get(2).getRank());
    assertFalse(all.get(0).getBest().isPresent());
    List<Position> none =
        PositionCalculator.withDefaults().calculateAll(values(12, 9, 20), Polarity.NONE);
    assertEquals(1, none.get(2).getRank());
    assertFalse(none.get(2).getDifferenceFromBest().isPresent());
  }

  @Test
  void calculateAll_returnsAnUnmodifiableList() {
    List<Position> all =
        PositionCalculator.withDefaults().calculateAll(values(12, 9, 20), Polarity.NONE);
    assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
  }

  @Test
  void edgeCases_groupOfOne_allEqual_missingValues() {
    Position one =
        PositionCalculator.withDefaults().calculate(values(7), org(0), Polarity.HIGHER_IS_BETTER);
    assertEquals(1, one.getRank());
    assertEquals(1, one.getGroupSize());
    assertEquals(50, one.getPercentileRank());
    assertFalse(one.getZScore().isPresent());
    List<Position> equal =
        PositionCalculator.withDefaults()
            .with(TieRule.AVERAGE)
            .calculateAll(values(4, 4, 4, 4), Polarity.HIGHER_IS_BETTER);
    for (Position p : equal) {
      assertEquals(2.5, p.getRank());
      assertEquals(50, p.getPercentileRank());
      assertFalse(p.getZScore().isPresent());
    }
    ComparatorValues withMissing =
        ComparatorValues.builder().from(values(1, 2, 3)).addMissing(org(9)).build();
    Position p =
        PositionCalculator.withDefaults().calculate(withMissing, org(2), Polarity.HIGHER_IS_BETTER);
    assertEquals(3, p.getGroupSize());
    assertEquals(1, p.getMissingCount());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PositionCalculator.withDefaults()
                    .with(MissingValuePolicy.REFUSE)
                    .calculate(withMissing, org(2), Polarity.HIGHER_IS_BETTER));
    assertTrue(e.getMessage().contains("LOCAL:council9"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PositionCalculator.withDefaults()
                    .calculate(withMissing, org(9), Polarity.HIGHER_IS_BETTER));
    assertTrue(
        e.getMessage().contains("council9") && e.getMessage().contains("missing"), e.getMessage());
  }

  @Test
  void badInput_isRefusedWithTheValueNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PositionCalculator.withDefaults()
                    .calculate(values(1, 2), org(0), Polarity.NONE, Double.NaN));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    IllegalStateException s =
        assertThrows(IllegalStateException.class, () -> values(1, Double.POSITIVE_INFINITY));
    assertTrue(
        s.getMessage().contains("Infinity") && s.getMessage().contains("council1"), s.getMessage());
    s =
        assertThrows(
            IllegalStateException.class,
            () -> ComparatorValues.builder().from(values(1)).addMissing(org(0)).build());
    assertTrue(s.getMessage().contains("council0"), s.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PositionCalculator.withDefaults()
                    .calculateAll(ComparatorValues.builder().build(), Polarity.NONE));
    assertTrue(e.getMessage().contains("no organisation"), e.getMessage());
  }

  @Test
  void nulls_areRefused_andResultsAreValues() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(ComparatorValues.class, values(1, 2));
    tester.setDefault(OrganisationId.class, org(0));
    tester.setDefault(Polarity.class, Polarity.HIGHER_IS_BETTER);
    tester.testAllPublicStaticMethods(PositionCalculator.class);
    tester.testAllPublicInstanceMethods(PositionCalculator.withDefaults());
    tester.testAllPublicStaticMethods(ComparatorValues.class);
    Position a =
        PositionCalculator.withDefaults()
            .calculate(values(1, 2), org(0), Polarity.HIGHER_IS_BETTER);
    new EqualsTester()
        .addEqualityGroup(a, Position.builder().from(a).build())
        .addEqualityGroup(
            PositionCalculator.withDefaults()
                .calculate(values(1, 2), org(1), Polarity.HIGHER_IS_BETTER))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(values(1, 2), values(1, 2))
        .addEqualityGroup(values(2, 1))
        .testEquals();
  }
}
