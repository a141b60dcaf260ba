package dev.yardstick.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatioTest {

  @Test
  void getValue_percentage_isScaledAndRounded() {
    // PAF A1 style: 12 of 80 looked-after children had three or more placements.
    assertEquals(
        Optional.of(new BigDecimal("15")),
        Ratio.of(12, 80).getValue(Unit.PERCENTAGE, RoundingPolicy.of(1)));
    assertEquals(
        Optional.of(new BigDecimal("33.3")),
        Ratio.of(1, 3).getValue(Unit.PERCENTAGE, RoundingPolicy.of(1)));
    assertEquals(
        Optional.of(new BigDecimal("66.67")),
        Ratio.of(2, 3).getValue(Unit.PERCENTAGE, RoundingPolicy.of(2)));
  }

  @Test
  void getValue_ratePer100000_isScaledAndRounded() {
    // ASCOF 2A style: 37 admissions in a population of 153,000 aged 65 and over = 24.183...
    assertEquals(
        Optional.of(new BigDecimal("24.2")),
        Ratio.of(37, 153_000).getValue(Unit.PER_100_000, RoundingPolicy.of(1)));
  }

  @Test
  void getValue_roundsOnceFromTheExactQuotient() {
    // 1/8 = 0.125 exactly: half up to two places is 0.13; half even is 0.12.
    assertEquals(
        Optional.of(new BigDecimal("0.13")),
        Ratio.of(1, 8).getValue(Unit.RATIO, RoundingPolicy.of(2)));
    assertEquals(
        Optional.of(new BigDecimal("0.12")),
        Ratio.of(1, 8).getValue(Unit.RATIO, RoundingPolicy.of(2, RoundingMode.HALF_EVEN)));
    // 0.1249999... must not be rounded to 0.125 first and then to 0.13.
    assertEquals(
        Optional.of(new BigDecimal("0.12")),
        Ratio.of(1_249_999, 10_000_000).getValue(Unit.RATIO, RoundingPolicy.of(2)));
  }

  @Test
  void getValue_largeCounts_doNotOverflow() {
    assertEquals(
        Optional.of(new BigDecimal("100000")),
        Ratio.of(Long.MAX_VALUE, Long.MAX_VALUE).getValue(Unit.PER_100_000, RoundingPolicy.of(1)));
  }

  @Test
  void getValue_zeroDenominator_isEmpty() {
    assertEquals(Optional.empty(), Ratio.of(0, 0).getValue(Unit.PERCENTAGE, RoundingPolicy.of(1)));
    assertEquals(Optional.empty(), Ratio.of(5, 0).getValue(Unit.PERCENTAGE, RoundingPolicy.of(1)));
    assertEquals(
        Optional.empty(), Ratio.of(5, 0).getUnroundedValue(Unit.RATIO, MathContext.DECIMAL64));
    assertFalse(Ratio.of(5, 0).hasValue());
  }

  @Test
  void getUnroundedValue_hasTheStatedPrecision() {
    assertEquals(
        Optional.of(new BigDecimal("33.33333333333333")),
        Ratio.of(1, 3).getUnroundedValue(Unit.PERCENTAGE, MathContext.DECIMAL64));
    assertEquals(
        Optional.of(new BigDecimal("15")),
        Ratio.of(12, 80).getUnroundedValue(Unit.PERCENTAGE, MathContext.UNLIMITED));
  }

  @Test
  void getUnroundedValue_unlimitedNonTerminating_throws() {
    assertThrows(
        ArithmeticException.class,
        () -> Ratio.of(1, 3).getUnroundedValue(Unit.RATIO, MathContext.UNLIMITED));
  }

  @Test
  void plus_addsNumeratorsAndDenominators() {
    // Quarters rolled up: 3/20 + 5/30 = 8/50 (16%), not the mean of 15% and 16.7%.
    Ratio year = Ratio.of(3, 20).plus(Ratio.of(5, 30));
    assertEquals(Ratio.of(8, 50), year);
    assertEquals(
        Optional.of(new BigDecimal("16")), year.getValue(Unit.PERCENTAGE, RoundingPolicy.of(1)));
  }

  @Test
  void plus_overflow_throws() {
    assertThrows(ArithmeticException.class, () -> Ratio.of(Long.MAX_VALUE, 1).plus(Ratio.of(1, 1)));
  }

  @Test
  void isProportion_numeratorAtMostDenominator() {
    assertTrue(Ratio.of(3, 3).isProportion());
    assertTrue(Ratio.EMPTY.isProportion());
    assertFalse(Ratio.of(4, 3).isProportion());
  }

  @Test
  void of_negativeCounts_areRejectedNamingThem() {
    IllegalArgumentException n =
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(-1, 5));
    assertEquals("ratio numerator -1 is negative", n.getMessage());
    IllegalArgumentException d =
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(1, -5));
    assertEquals("ratio denominator -5 is negative", d.getMessage());
  }

  @Test
  void of_zeroOverZero_isEmpty() {
    assertSame(Ratio.EMPTY, Ratio.of(0, 0));
  }

  @Test
  void parse_readsTheTextForm() {
    assertEquals(Ratio.of(12, 80), Ratio.parse("12/80"));
    assertEquals(Ratio.of(12, 80), Ratio.parse(" 12 / 80 "));
    assertEquals("12/80", Ratio.of(12, 80).toString());
  }

  @Test
  void parse_badText_isRejectedQuotingIt() {
    for (String bad : new String[] {"", "12", "12/", "/80", "a/b", "-1/5", "1/2/3", "1.5/2"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Ratio.parse(bad));
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void equals_byCountsNotByValue() {
    new EqualsTester()
        .addEqualityGroup(Ratio.of(1, 2), Ratio.parse("1/2"))
        .addEqualityGroup(Ratio.of(2, 4))
        .addEqualityGroup(Ratio.of(2, 1))
        .addEqualityGroup(Ratio.EMPTY, Ratio.of(0, 0))
        .addEqualityGroup(Ratio.of(0, 7))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Ratio.class);
    tester.testAllPublicInstanceMethods(Ratio.of(3, 7));
  }
}
