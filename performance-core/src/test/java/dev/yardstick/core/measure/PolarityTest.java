package dev.yardstick.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolarityTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void compareGoodness_lowerIsBetter_prefersTheLowerValue() {
    // PAF A1: fewer placement moves is better.
    assertTrue(Polarity.LOWER_IS_BETTER.compareGoodness(d("12.5"), d("14")) > 0);
    assertTrue(Polarity.HIGHER_IS_BETTER.compareGoodness(d("12.5"), d("14")) < 0);
    assertEquals(0, Polarity.HIGHER_IS_BETTER.compareGoodness(d("14.0"), d("14")));
  }

  @Test
  void compareGoodness_withinRange_insideIsBestAndNearerIsBetter() {
    // Second child-protection plans: best at 10 to 15%.
    Polarity range = Polarity.withinRange(d("10"), d("15"));
    assertEquals(0, range.compareGoodness(d("11"), d("14.9")));
    assertTrue(range.compareGoodness(d("12"), d("9")) > 0);
    assertTrue(range.compareGoodness(d("16"), d("8")) > 0);
    assertTrue(range.compareGoodness(d("20"), d("6")) < 0);
  }

  @Test
  void compareGoodness_none_throws() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Polarity.NONE.compareGoodness(d("1"), d("2")));
    assertTrue(e.getMessage().contains("no polarity"), e.getMessage());
    assertFalse(Polarity.NONE.hasDirection());
  }

  @Test
  void distanceFromRange_isZeroInsideAndToTheNearerBoundOutside() {
    Polarity range = Polarity.withinRange(d("10"), d("15"));
    assertEquals(d("0"), range.distanceFromRange(d("12")));
    assertEquals(d("2.5"), range.distanceFromRange(d("7.5")));
    assertEquals(d("1"), range.distanceFromRange(d("16")));
    assertThrows(
        IllegalStateException.class, () -> Polarity.HIGHER_IS_BETTER.distanceFromRange(d("1")));
  }

  @Test
  void withinRange_lowerAboveUpper_isRejectedNamingBoth() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Polarity.withinRange(d("15"), d("10")));
    assertEquals(
        "polarity range lower bound 15 is greater than its upper bound 10", e.getMessage());
  }

  @Test
  void withinRange_boundsAreNormalised() {
    Polarity range = Polarity.withinRange(d("10.00"), d("1.5E+1"));
    assertEquals(Optional.of(d("10")), range.getRangeLower());
    assertEquals("WITHIN_RANGE[10,15]", range.toString());
    assertEquals(Optional.empty(), Polarity.NONE.getRangeUpper());
  }

  @Test
  void flip_swapsHigherAndLowerAndKeepsTheOthers() {
    assertSame(Polarity.LOWER_IS_BETTER, Polarity.HIGHER_IS_BETTER.flip());
    assertSame(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER.flip());
    assertSame(Polarity.NONE, Polarity.NONE.flip());
    Polarity range = Polarity.withinRange(d("10"), d("15"));
    assertEquals(range, range.flip());
  }

  @Test
  void parse_readsEveryForm() {
    assertSame(Polarity.HIGHER_IS_BETTER, Polarity.parse("HIGHER_IS_BETTER"));
    assertSame(Polarity.NONE, Polarity.parse(" NONE "));
    assertEquals(Polarity.withinRange(d("10"), d("15")), Polarity.parse("WITHIN_RANGE[10, 15.0]"));
  }

  @Test
  void parse_badText_isRejectedQuotingIt() {
    for (String bad :
        new String[] {
          "", "higher", "WITHIN_RANGE[10]", "WITHIN_RANGE[a,b]", "WITHIN_RANGE[15,10]"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Polarity.parse(bad));
      assertTrue(
          e.getMessage().contains("'" + bad + "'") || e.getMessage().contains("15 is greater"),
          e.getMessage());
    }
  }

  @Test
  void equals_byKindAndBounds() {
    new EqualsTester()
        .addEqualityGroup(Polarity.HIGHER_IS_BETTER, Polarity.parse("HIGHER_IS_BETTER"))
        .addEqualityGroup(Polarity.LOWER_IS_BETTER)
        .addEqualityGroup(Polarity.NONE)
        .addEqualityGroup(
            Polarity.withinRange(d("10"), d("15")), Polarity.withinRange(d("10.0"), d("15.00")))
        .addEqualityGroup(Polarity.withinRange(d("10"), d("16")))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Polarity.class);
    tester.testAllPublicInstanceMethods(Polarity.withinRange(d("1"), d("2")));
    tester.testAllPublicInstanceMethods(Polarity.HIGHER_IS_BETTER);
  }

  @Test
  void serialisation_constants_readBackAsThemselves() {
    assertSame(
        Polarity.HIGHER_IS_BETTER, SerializableTester.reserialize(Polarity.HIGHER_IS_BETTER));
    assertSame(Polarity.LOWER_IS_BETTER, SerializableTester.reserialize(Polarity.LOWER_IS_BETTER));
    assertSame(Polarity.NONE, SerializableTester.reserialize(Polarity.NONE));
  }

  @Test
  void serialisation_range_isEqual() {
    SerializableTester.reserializeAndAssert(Polarity.withinRange(d("2.5"), d("4")));
  }
}
