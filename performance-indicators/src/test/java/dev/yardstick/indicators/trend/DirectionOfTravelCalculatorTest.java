package dev.yardstick.indicators.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.status.DirectionOfTravel;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectionOfTravelCalculatorTest {

  private static final DirectionOfTravelCalculator DEFAULTS = DirectionOfTravelCalculator.withDefaults();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void assess_higherIsBetterRise_improving() {
    DirectionOfTravelResult r = DEFAULTS.assess(d("71.4"), d("68.9"), Polarity.HIGHER_IS_BETTER);
    assertEquals(Optional.of(DirectionOfTravel.IMPROVING), r.getDirectionOfTravel());
    assertEquals(Optional.of(d("2.5")), r.getChange());
    assertTrue(r.explain().startsWith("Improving: 71.4 against the previous period (68.9)"), r.explain());
  }

  @Test
  void assess_lowerIsBetterRise_worsening() {
    assertEquals(
        Optional.of(DirectionOfTravel.WORSENING),
        DEFAULTS.assess(d("12"), d("11"), Polarity.LOWER_IS_BETTER).getDirectionOfTravel());
  }

  @Test
  void assess_changeBelowAbsoluteMinimum_noSignificantChange() {
    DirectionOfTravelCalculator calc = DEFAULTS.with(MinimumChange.absolute(d("0.5")));
    assertEquals(
        Optional.of(DirectionOfTravel.NO_SIGNIFICANT_CHANGE),
        calc.assess(d("10.4"), d("10"), Polarity.HIGHER_IS_BETTER).getDirectionOfTravel());
    assertEquals(
        Optional.of(DirectionOfTravel.IMPROVING),
        calc.assess(d("10.5"), d("10"), Polarity.HIGHER_IS_BETTER).getDirectionOfTravel());
  }

  @Test
  void assess_relativeMinimum_isPercentOfPrevious() {
    DirectionOfTravelCalculator calc = DEFAULTS.with(MinimumChange.relative(d("5")));
    assertEquals(
        Optional.of(DirectionOfTravel.NO_SIGNIFICANT_CHANGE),
        calc.assess(d("104"), d("100"), Polarity.HIGHER_IS_BETTER).getDirectionOfTravel());
    DirectionOfTravelResult r = calc.assess(d("95"), d("100"), Polarity.HIGHER_IS_BETTER);
    assertEquals(Optional.of(DirectionOfTravel.WORSENING), r.getDirectionOfTravel());
    assertEquals(Optional.of(d("-5")), r.getRelativeChange());
  }

  @Test
  void assess_definitionBreak_notComparable() {
    DirectionOfTravelResult r =
        DEFAULTS
            .with(ComparisonBasis.SAME_PERIOD_LAST_YEAR)
            .assess(d("50"), d("40"), Polarity.HIGHER_IS_BETTER, Comparability.DEFINITION_BREAK);
    assertEquals(Optional.of(DirectionOfTravel.NOT_COMPARABLE), r.getDirectionOfTravel());
    assertEquals(Optional.empty(), r.getChange());
    assertTrue(r.explain().contains("same period last year"), r.explain());
  }

  @Test
  void assess_rangePolarity_nearerTheRangeIsBetter() {
    Polarity range = Polarity.withinRange(d("10"), d("15"));
    assertEquals(
        Optional.of(DirectionOfTravel.IMPROVING),
        DEFAULTS.assess(d("17"), d("19"), range).getDirectionOfTravel());
    assertEquals(
        Optional.of(DirectionOfTravel.NO_SIGNIFICANT_CHANGE),
        DEFAULTS.assess(d("12"), d("14"), range).getDirectionOfTravel());
  }

  @Test
  void assess_noPolarity_changeButNoVerdict() {
    DirectionOfTravelResult r = DEFAULTS.assess(d("3"), d("0"), Polarity.NONE);
    assertEquals(Optional.empty(), r.getDirectionOfTravel());
    assertEquals(Optional.of(TrendDirection.INCREASING), r.getMovement());
    assertEquals(Optional.empty(), r.getRelativeChange());
  }

  @Test
  void assess_equalValuesInAnyScale_noSignificantChange() {
    DirectionOfTravelResult r = DEFAULTS.assess(d("75.00"), d("75"), Polarity.HIGHER_IS_BETTER);
    assertEquals(Optional.of(DirectionOfTravel.NO_SIGNIFICANT_CHANGE), r.getDirectionOfTravel());
    assertEquals(Optional.of(BigDecimal.ZERO), r.getChange());
  }

  @Test
  void minimumChange_parseToStringRoundTripAndBadInput() {
    for (MinimumChange m :
        new MinimumChange[] {MinimumChange.NONE, MinimumChange.absolute(d("0.50")), MinimumChange.relative(d("2"))}) {
      assertEquals(m, MinimumChange.parse(m.toString()));
    }
    assertEquals("2%", MinimumChange.relative(d("2.0")).toString());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MinimumChange.parse("two%"));
    assertTrue(e.getMessage().contains("'two%'"), e.getMessage());
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> MinimumChange.absolute(d("-1")));
    assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
    new EqualsTester()
        .addEqualityGroup(MinimumChange.absolute(d("1.0")), MinimumChange.parse("1"))
        .addEqualityGroup(MinimumChange.relative(d("1")))
        .testEquals();
  }

  @Test
  void result_equalsBuilderAndNulls() {
    DirectionOfTravelResult a = DEFAULTS.assess(d("2"), d("1"), Polarity.HIGHER_IS_BETTER);
    new EqualsTester()
        .addEqualityGroup(a, DirectionOfTravelResult.builder().from(a).build(), DEFAULTS.assess(d("2.0"), d("1.00"), Polarity.HIGHER_IS_BETTER))
        .addEqualityGroup(DEFAULTS.assess(d("2"), d("1"), Polarity.LOWER_IS_BETTER))
        .testEquals();
    NullPointerTester npt = new NullPointerTester().setDefault(BigDecimal.class, BigDecimal.ONE).setDefault(Polarity.class, Polarity.NONE);
    npt.testAllPublicStaticMethods(DirectionOfTravelCalculator.class);
    npt.testAllPublicStaticMethods(MinimumChange.class);
    npt.testAllPublicInstanceMethods(MinimumChange.NONE);
    npt.testAllPublicInstanceMethods(a);
  }
}
