package dev.yardstick.indicators.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PafBandingTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** An illustrative A1-style banding: lower is better, 10/13/16/20. */
  private static BandingScheme a1(CutPointRule rule) {
    return BandingScheme.builder()
        .version("2002-03")
        .effectiveFrom(LocalDate.of(2002, 4, 1))
        .effectiveTo(LocalDate.of(2003, 3, 31))
        .rounding(RoundingPolicy.ONE_DECIMAL_PLACE)
        .cutPointRule(rule)
        .thresholds(
            BandThresholds.oneSided(Polarity.LOWER_IS_BETTER, d("10"), d("13"), d("16"), d("20")))
        .build();
  }

  @Test
  void band_oneSidedLowerIsBetter_usesTheRoundedValueAndTheStatedEdgeRule() {
    PafBanding banding = PafBanding.withDefaults();
    PafBandResult below = banding.band(a1(CutPointRule.IN_BAND_BELOW), d("12.96"));
    assertEquals(d("13"), below.getRoundedValue());
    assertEquals(BandCode.parse("4"), below.getBand());
    assertEquals(d("12.96"), below.getValue());
    PafBandResult above = banding.band(a1(CutPointRule.IN_BAND_ABOVE), d("12.96"));
    assertEquals(BandCode.parse("3"), above.getBand());
    assertEquals(
        PafBand.VERY_GOOD,
        banding.band(a1(CutPointRule.IN_BAND_BELOW), d("2")).getBand().getBand());
    assertEquals(
        PafBand.INVESTIGATE_URGENTLY,
        banding.band(a1(CutPointRule.IN_BAND_BELOW), d("20.06")).getBand().getBand());
    assertEquals(
        PafBand.ASK_QUESTIONS,
        banding.band(a1(CutPointRule.IN_BAND_BELOW), d("20.04")).getBand().getBand());
  }

  @Test
  void band_twoSided_isBestInTheMiddleWithSides() {
    // Second CP plan style: 10-15% is good (domain reference 2.2)
    BandThresholds t = BandThresholds.twoSided(d("4"), d("7"), d("10"), d("15"), d("20"), d("25"));
    assertEquals("[2L, 3L, 4L, 5, 4H, 3H, 2H]", t.getBands().toString());
    BandingScheme scheme =
        BandingScheme.builder()
            .version("2006-07")
            .effectiveFrom(LocalDate.of(2006, 4, 1))
            .rounding(RoundingPolicy.WHOLE_NUMBER)
            .cutPointRule(CutPointRule.IN_BAND_ABOVE)
            .thresholds(t)
            .build();
    PafBanding banding = PafBanding.withDefaults();
    assertEquals("5", banding.band(scheme, d("12")).getBand().toString());
    assertEquals("5", banding.band(scheme, d("10")).getBand().toString());
    assertEquals("4H", banding.band(scheme, d("15")).getBand().toString());
    assertEquals("2L", banding.band(scheme, d("3")).getBand().toString());
    assertEquals("2H", banding.band(scheme, d("40")).getBand().toString());
    assertEquals(Optional.of(BandCode.Side.LOW), banding.band(scheme, d("8")).getBand().getSide());
  }

  @Test
  void band_groupThresholds_areUsedForTheirGroup() {
    BandingScheme scheme =
        BandingScheme.builder()
            .from(a1(CutPointRule.IN_BAND_BELOW))
            .putGroupThresholds(
                "Group 1",
                BandThresholds.oneSided(Polarity.LOWER_IS_BETTER, d("1"), d("2"), d("3"), d("4")))
            .build();
    PafBandResult r = PafBanding.withDefaults().band(scheme, d("3.5"), "Group 1");
    assertEquals(PafBand.ASK_QUESTIONS, r.getBand().getBand());
    assertEquals(Optional.of("Group 1"), r.getGroup());
    PafBandResult other = PafBanding.withDefaults().band(scheme, d("3.5"), "Group 2");
    assertEquals(PafBand.VERY_GOOD, other.getBand().getBand());
    assertEquals(Optional.empty(), other.getGroup());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PafBanding.withDefaults()
                    .with(UnknownGroupPolicy.REFUSE)
                    .band(scheme, d("3.5"), "Group 2"));
    assertTrue(e.getMessage().contains("Group 2"), e.getMessage());
  }

  @Test
  void band_flippingPolarity_reversesTheBands() {
    qt().forAll(integers().between(-100, 400))
        .assuming(v -> v % 50 != 0)
        .check(
            v -> {
              BandThresholds higher =
                  BandThresholds.oneSided(
                      Polarity.HIGHER_IS_BETTER, d("0"), d("50"), d("100"), d("150"));
              BandThresholds lower =
                  BandThresholds.oneSided(
                      Polarity.LOWER_IS_BETTER, d("0"), d("50"), d("100"), d("150"));
              int h =
                  higher
                      .bandOf(BigDecimal.valueOf(v), CutPointRule.IN_BAND_ABOVE)
                      .getBand()
                      .getNumber();
              int l =
                  lower
                      .bandOf(BigDecimal.valueOf(v), CutPointRule.IN_BAND_ABOVE)
                      .getBand()
                      .getNumber();
              return h == 6 - l;
            });
  }

  @Test
  void scheme_effectiveDates_andNormalisedCutPoints() {
    BandingScheme s = a1(CutPointRule.IN_BAND_BELOW);
    assertTrue(s.isEffectiveOn(LocalDate.of(2003, 3, 31)));
    assertFalse(s.isEffectiveOn(LocalDate.of(2003, 4, 1)));
    assertFalse(s.isEffectiveOn(LocalDate.of(2002, 3, 31)));
    assertEquals(RoundingMode.HALF_UP, s.getRounding().getRoundingMode());
    assertEquals(
        BandThresholds.oneSided(Polarity.HIGHER_IS_BETTER, d("1.0"), d("2"), d("3"), d("4")),
        BandThresholds.oneSided(Polarity.HIGHER_IS_BETTER, d("1"), d("2.00"), d("3"), d("4")));
  }

  @Test
  void bandCode_textForm_roundTrips() {
    for (String text : new String[] {"1", "2H", "3L", "4H", "5"}) {
      assertEquals(text, BandCode.parse(text).toString());
    }
    assertThrows(IllegalArgumentException.class, () -> BandCode.parse("5H"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BandCode.parse("6"));
    assertTrue(e.getMessage().contains("'6'"), e.getMessage());
    assertTrue(BandCode.parse("2H").compareTo(BandCode.parse("4")) < 0);
    assertEquals("Ask questions", PafBand.of(2).getLabel());
  }

  @Test
  void pafBand_of_numberOutsideOneToFive_isRejectedNamingTheNumber() {
    assertEquals(PafBand.VERY_GOOD, PafBand.of(5));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PafBand.of(6));
    assertEquals("PAF band number 6 is not 1 to 5", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PafBand.of(0));
  }

  @Test
  void badSchemes_areRefusedWithTheProblemNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                BandThresholds.of(
                    java.util.List.of(d("2"), d("1")),
                    java.util.List.of(
                        BandCode.parse("1"), BandCode.parse("2"), BandCode.parse("3"))));
    assertTrue(e.getMessage().contains("2 and 1"), e.getMessage());
    IllegalArgumentException a =
        assertThrows(
            IllegalArgumentException.class,
            () -> BandThresholds.oneSided(Polarity.NONE, d("1"), d("2"), d("3"), d("4")));
    assertTrue(a.getMessage().contains("NONE"), a.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> BandThresholds.twoSided(d("1"), d("2"), d("3")));
    e =
        assertThrows(
            IllegalStateException.class,
            () ->
                BandingScheme.builder()
                    .from(a1(CutPointRule.IN_BAND_BELOW))
                    .effectiveTo(LocalDate.of(2001, 1, 1))
                    .build());
    assertTrue(e.getMessage().contains("2001-01-01"), e.getMessage());
  }

  @Test
  void nulls_areRefused_andValuesCompareByValue() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(BandingScheme.class, a1(CutPointRule.IN_BAND_BELOW));
    tester.setDefault(Polarity.class, Polarity.HIGHER_IS_BETTER);
    tester.testAllPublicStaticMethods(PafBanding.class);
    tester.testAllPublicInstanceMethods(PafBanding.withDefaults());
    tester.testAllPublicStaticMethods(BandCode.class);
    new EqualsTester()
        .addEqualityGroup(a1(CutPointRule.IN_BAND_BELOW), a1(CutPointRule.IN_BAND_BELOW))
        .addEqualityGroup(a1(CutPointRule.IN_BAND_ABOVE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            BandCode.parse("2H"), BandCode.of(PafBand.ASK_QUESTIONS, BandCode.Side.HIGH))
        .addEqualityGroup(BandCode.parse("2"))
        .testEquals();
    PafBandResult r = PafBanding.withDefaults().band(a1(CutPointRule.IN_BAND_BELOW), d("12"));
    new EqualsTester()
        .addEqualityGroup(r, PafBandResult.builder().from(r).build())
        .addEqualityGroup(PafBanding.withDefaults().band(a1(CutPointRule.IN_BAND_BELOW), d("14")))
        .testEquals();
  }
}
