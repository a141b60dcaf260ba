package dev.yardstick.indicators.benchmark;

import static dev.yardstick.indicators.benchmark.PositionCalculatorTest.org;
import static dev.yardstick.indicators.benchmark.PositionCalculatorTest.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutlierDetectorTest {

  @Test
  void modifiedZScore_matchesR() {
    // R: y <- c(10, 11, 12, 11, 10, 30, 11); 0.6745 * (y - median(y)) / mad(y, constant = 1)
    //    = -0.6745 0 0.6745 0 -0.6745 12.8155 0
    Outliers o = OutlierDetector.withDefaults().detect(values(10, 11, 12, 11, 10, 30, 11));
    assertEquals(Set.of(org(5)), o.getOutliers());
    assertEquals(12.8155, o.getScores().get(org(5)), 1e-10);
    assertEquals(-0.6745, o.getScores().get(org(0)), 1e-10);
    assertEquals(11, o.getCentre());
    assertFalse(o.isMeanAbsoluteDeviationUsed());
  }

  @Test
  void zScore_matchesR_andMissesTheMaskedOutlier() {
    // R: (y - mean(y)) / sd(y) = ... 2.2576522836 for 30: below 3, so no outlier by z-score
    Outliers o =
        OutlierDetector.withDefaults()
            .with(OutlierMethod.Z_SCORE)
            .detect(values(10, 11, 12, 11, 10, 30, 11));
    assertEquals(2.2576522836, o.getScores().get(org(5)), 1e-9);
    assertEquals(-0.4907939747, o.getScores().get(org(0)), 1e-9);
    assertTrue(o.getOutliers().isEmpty());
    assertEquals(3.0, o.getThreshold());
    assertEquals(
        Set.of(org(5)),
        OutlierDetector.withDefaults()
            .with(OutlierMethod.Z_SCORE)
            .withThreshold(2)
            .detect(values(10, 11, 12, 11, 10, 30, 11))
            .getOutliers());
  }

  @Test
  void zeroSpread_madZeroUsesMeanAbsoluteDeviation_allEqualHasNoOutlier() {
    // R: w <- c(5,5,5,5,6,20); m <- median(w); (w - m) / (1.253314 * mean(abs(w - m)))
    //    = 0 0 0 0 0.2992067431 4.4881011462
    Outliers o = OutlierDetector.withDefaults().detect(values(5, 5, 5, 5, 6, 20));
    assertTrue(o.isMeanAbsoluteDeviationUsed());
    assertEquals(4.4881011462, o.getScores().get(org(5)), 1e-9);
    assertEquals(0.2992067431, o.getScores().get(org(4)), 1e-9);
    assertEquals(Set.of(org(5)), o.getOutliers());
    for (OutlierMethod m : OutlierMethod.values()) {
      Outliers equal = OutlierDetector.withDefaults().with(m).detect(values(4, 4, 4));
      assertEquals(0, equal.getSpread());
      assertTrue(equal.getOutliers().isEmpty());
      assertEquals(0, equal.getScores().get(org(1)));
      Outliers one = OutlierDetector.withDefaults().with(m).detect(values(4));
      assertTrue(one.getOutliers().isEmpty());
    }
  }

  @Test
  void badInput_isRefusedWithTheValueNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> OutlierDetector.withDefaults().withThreshold(-1));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OutlierDetector.withDefaults()
                    .detect(ComparatorValues.builder().addMissing(org(3)).build()));
    assertTrue(e.getMessage().contains("no organisation"), e.getMessage());
  }

  @Test
  void nulls_areRefused_andResultsAreValues() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(ComparatorValues.class, values(1, 2));
    tester.testAllPublicStaticMethods(OutlierDetector.class);
    tester.testAllPublicInstanceMethods(OutlierDetector.withDefaults());
    Outliers a = OutlierDetector.withDefaults().detect(values(1, 2, 3));
    new EqualsTester()
        .addEqualityGroup(a, Outliers.builder().from(a).build())
        .addEqualityGroup(OutlierDetector.withDefaults().detect(values(1, 2, 4)))
        .testEquals();
  }
}
