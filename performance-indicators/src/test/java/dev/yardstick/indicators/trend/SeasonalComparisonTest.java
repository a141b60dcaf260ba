package dev.yardstick.indicators.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.status.DirectionOfTravel;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SeasonalComparisonTest {

  /** Four years of a monthly indicator that dips every December (month 12). */
  private static double[] decemberDips(double lastDecember) {
    double[] y = new double[48];
    for (int i = 0; i < y.length; i++) {
      y[i] = i % 12 == 11 ? 60 + i / 12 : 80;
    }
    y[47] = lastDecember;
    return y;
  }

  @Test
  void compare_usualDecemberDip_withinSeasonalRange() {
    SeasonalComparisonResult r =
        SeasonalComparison.withDefaults().compare(decemberDips(61.5), Polarity.HIGHER_IS_BETTER);
    assertEquals(List.of(60.0, 61.0, 62.0), r.getSamePeriodValues());
    assertEquals(Optional.of(TrendDirection.NO_SIGNIFICANT_CHANGE), r.getDirection());
    assertEquals(Optional.of(DirectionOfTravel.NO_SIGNIFICANT_CHANGE), r.getDirectionOfTravel());
    assertEquals(OptionalDouble.of(-0.5), r.getChangeOnLastYear());
    assertTrue(r.explain().startsWith("Within"), r.explain());
  }

  @Test
  void compare_belowEveryEarlierDecember_worseningWhenHigherIsBetter() {
    SeasonalComparisonResult r =
        SeasonalComparison.withDefaults().compare(decemberDips(55), Polarity.HIGHER_IS_BETTER);
    assertEquals(Optional.of(DirectionOfTravel.WORSENING), r.getDirectionOfTravel());
  }

  @Test
  void compare_quarterlySeasonAndMissingYear_skipsTheGap() {
    double[] y = {5, 1, 1, 1, Double.NaN, 1, 1, 1, 7, 1, 1, 1, 8};
    SeasonalComparisonResult r =
        SeasonalComparison.withDefaults().withSeasonLength(4).compare(y, Polarity.LOWER_IS_BETTER);
    assertEquals(List.of(5.0, 7.0), r.getSamePeriodValues());
    assertEquals(Optional.of(DirectionOfTravel.WORSENING), r.getDirectionOfTravel());
  }

  @Test
  void compare_lessThanAYear_insufficientData() {
    SeasonalComparisonResult r =
        SeasonalComparison.withDefaults().compare(new double[] {1, 2, 3}, Polarity.NONE);
    assertEquals(TrendStatus.INSUFFICIENT_DATA, r.getStatus());
    assertEquals(Optional.empty(), r.getDirection());
  }

  @Test
  void compare_badInput_namesPosition() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SeasonalComparison.withDefaults().compare(new double[] {1, Double.NaN}, Polarity.NONE));
    assertTrue(e.getMessage().contains("position 1"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> SeasonalComparison.withDefaults().compare(new double[0], Polarity.NONE));
    assertThrows(IllegalArgumentException.class, () -> SeasonalComparison.withDefaults().withYears(0));
  }

  @Test
  void result_equalsBuilderAndNulls() {
    SeasonalComparisonResult a = SeasonalComparison.withDefaults().compare(decemberDips(61), Polarity.NONE);
    new EqualsTester()
        .addEqualityGroup(a, SeasonalComparisonResult.builder().from(a).build())
        .addEqualityGroup(SeasonalComparison.withDefaults().compare(decemberDips(62), Polarity.NONE))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(SeasonalComparison.withDefaults());
    new NullPointerTester().testAllPublicStaticMethods(SeasonalComparison.class);
    new NullPointerTester().testAllPublicInstanceMethods(a);
  }
}
