package dev.yardstick.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RoundingPolicyTest {

  @Test
  void of_defaultsToHalfUp() {
    assertEquals(RoundingMode.HALF_UP, RoundingPolicy.of(3).getRoundingMode());
    assertEquals(3, RoundingPolicy.of(3).getScale());
    assertSame(RoundingPolicy.ONE_DECIMAL_PLACE, RoundingPolicy.of(1));
  }

  @Test
  void round_halfUp_roundsHalvesAwayFromZero() {
    RoundingPolicy oneDp = RoundingPolicy.of(1);
    assertEquals(new BigDecimal("2.3"), oneDp.round(new BigDecimal("2.25")));
    assertEquals(new BigDecimal("-2.3"), oneDp.round(new BigDecimal("-2.25")));
    assertEquals(
        new BigDecimal("2.2"),
        RoundingPolicy.of(1, RoundingMode.HALF_EVEN).round(new BigDecimal("2.25")));
  }

  @Test
  void round_returnsTheNormalForm() {
    BigDecimal rounded = RoundingPolicy.of(1).round(new BigDecimal("20.04"));
    assertEquals(0, rounded.scale());
    assertEquals("20", rounded.toString());
    assertEquals("100", RoundingPolicy.of(2).round(new BigDecimal("99.999")).toString());
  }

  @Test
  void round_negativeScale_roundsToTens() {
    assertEquals("1230", RoundingPolicy.of(-1).round(new BigDecimal("1234.5")).toPlainString());
  }

  @Test
  void format_showsExactlyTheScale() {
    assertEquals("20.0", RoundingPolicy.of(1).format(new BigDecimal("20.04")));
    assertEquals("0.50", RoundingPolicy.of(2).format(new BigDecimal("0.5")));
    assertEquals("1230", RoundingPolicy.of(-1).format(new BigDecimal("1234")));
    assertEquals("3", RoundingPolicy.of(0).format(new BigDecimal("2.5")));
  }

  @Test
  void of_scaleOutOfRange_isRejectedNamingIt() {
    IllegalArgumentException high =
        assertThrows(IllegalArgumentException.class, () -> RoundingPolicy.of(16));
    assertEquals("rounding scale 16 is outside the range -9 to 15", high.getMessage());
    IllegalArgumentException low =
        assertThrows(
            IllegalArgumentException.class, () -> RoundingPolicy.of(-10, RoundingMode.DOWN));
    assertEquals("rounding scale -10 is outside the range -9 to 15", low.getMessage());
  }

  @Test
  void of_unnecessary_isRejectedNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RoundingPolicy.of(1, RoundingMode.UNNECESSARY));
    assertTrue(e.getMessage().contains("UNNECESSARY"), e.getMessage());
  }

  @Test
  void toString_andParse_roundTrip() {
    assertEquals("1dp HALF_UP", RoundingPolicy.ONE_DECIMAL_PLACE.toString());
    assertEquals("-2dp HALF_EVEN", RoundingPolicy.of(-2, RoundingMode.HALF_EVEN).toString());
    assertEquals(
        RoundingPolicy.of(-2, RoundingMode.HALF_EVEN), RoundingPolicy.parse("-2dp half_even"));
    assertSame(RoundingPolicy.TWO_DECIMAL_PLACES, RoundingPolicy.parse(" 2dp "));
  }

  @Test
  void parse_badText_isRejectedQuotingIt() {
    for (String bad :
        new String[] {
          "",
          "dp",
          "1",
          "1 dp",
          "xdp HALF_UP",
          "1dp NEAREST",
          "1dp HALF_UP x",
          "16dp",
          "1dp UNNECESSARY"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RoundingPolicy.parse(bad));
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void equals_byScaleAndMode() {
    new EqualsTester()
        .addEqualityGroup(RoundingPolicy.of(1), RoundingPolicy.of(1, RoundingMode.HALF_UP))
        .addEqualityGroup(RoundingPolicy.of(1, RoundingMode.HALF_EVEN))
        .addEqualityGroup(RoundingPolicy.of(2))
        .addEqualityGroup(
            RoundingPolicy.of(-1, RoundingMode.FLOOR), RoundingPolicy.parse("-1dp FLOOR"))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(RoundingPolicy.class);
    tester.testAllPublicInstanceMethods(RoundingPolicy.of(3, RoundingMode.CEILING));
  }

  @Test
  void serialisation_roundTrip_isEqualAndRoundsAlike() {
    RoundingPolicy policy = RoundingPolicy.of(-1, RoundingMode.HALF_EVEN);

    RoundingPolicy back = SerializableTester.reserializeAndAssert(policy);

    assertEquals(policy.round(new BigDecimal("125")), back.round(new BigDecimal("125")));
  }
}
