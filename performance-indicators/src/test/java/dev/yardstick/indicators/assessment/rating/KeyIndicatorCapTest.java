package dev.yardstick.indicators.assessment.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.status.ServingPeopleWell;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KeyIndicatorCapTest {

  private static final KeyIndicatorCap A1 = StarRatingScheme.PAF_A1;
  private static final KeyIndicatorCap D38 = StarRatingScheme.PAF_D38;

  @Test
  void isBreachedBy_isStrictlyBeyondTheThreshold() {
    assertTrue(A1.isBreachedBy(new BigDecimal("21.3")));
    assertTrue(A1.isBreachedBy(new BigDecimal("20.01")));
    assertFalse(A1.isBreachedBy(new BigDecimal("20")), "more than 20% is the rule");
    assertFalse(A1.isBreachedBy(new BigDecimal("20.000")));
    assertFalse(A1.isBreachedBy(new BigDecimal("12")));
    assertTrue(D38.isBreachedBy(new BigDecimal("79.9")));
    assertFalse(D38.isBreachedBy(new BigDecimal("80")), "fewer than 80% is the rule");
    assertFalse(D38.isBreachedBy(new BigDecimal("95")));
  }

  @Test
  void toString_andFormat_readAsTheRule() {
    assertEquals("PAF A1 above 20% caps children's services at Some", A1.toString());
    assertEquals("PAF D38 below 80% caps adults' services at Most", D38.toString());
    assertEquals("21.3%", A1.format(new BigDecimal("21.30")));
    KeyIndicatorCap rate =
        KeyIndicatorCap.above(
            "LOCAL 1",
            "a rate",
            ServiceGroup.ADULTS,
            BigDecimal.TEN,
            Unit.PER_1_000,
            ServingPeopleWell.MOST);
    assertEquals("12 " + Unit.PER_1_000, rate.format(new BigDecimal("12.0")));
  }

  @Test
  void threshold_isNormalised() {
    KeyIndicatorCap cap =
        KeyIndicatorCap.above(
            "PAF A1",
            A1.getDescription(),
            ServiceGroup.CHILDREN,
            new BigDecimal("20.00"),
            Unit.PERCENTAGE,
            ServingPeopleWell.SOME);
    assertEquals(A1, cap);
    assertEquals("20", cap.getThreshold().toPlainString());
  }

  @Test
  void capAtYes_isRejectedNamingTheIndicator() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                KeyIndicatorCap.below(
                    "PAF D38",
                    "equipment",
                    ServiceGroup.ADULTS,
                    BigDecimal.TEN,
                    Unit.PERCENTAGE,
                    ServingPeopleWell.YES));
    assertEquals(
        "key indicator cap PAF D38 caps adults' services at Yes, which caps nothing",
        e.getMessage());
  }

  @Test
  void blankLabels_areRejected() {
    IllegalArgumentException indicator =
        assertThrows(
            IllegalArgumentException.class,
            () -> KeyIndicatorCap.builder().from(A1).indicator(" ").build());
    assertEquals("key indicator cap has a blank indicator label", indicator.getMessage());
    IllegalArgumentException description =
        assertThrows(
            IllegalArgumentException.class,
            () -> KeyIndicatorCap.builder().from(A1).description("").build());
    assertEquals("key indicator cap PAF A1 has a blank description", description.getMessage());
    assertThrows(IllegalArgumentException.class, () -> KeyIndicatorValue.of(" ", BigDecimal.ONE));
  }

  @Test
  void appliedCap_mustAgreeWithItsCap() {
    AppliedCap applied =
        AppliedCap.of(A1, new BigDecimal("21.3"), ServingPeopleWell.YES, ServingPeopleWell.SOME);
    assertTrue(applied.isEffective());
    assertEquals("children's services capped at Some by PAF A1 = 21.3%", applied.toString());
    AppliedCap idle =
        AppliedCap.of(A1, new BigDecimal("21.3"), ServingPeopleWell.NO, ServingPeopleWell.NO);
    assertFalse(idle.isEffective());
    assertEquals(
        "children's services already at or below Some when PAF A1 = 21.3%", idle.toString());
    IllegalArgumentException notBreached =
        assertThrows(
            IllegalArgumentException.class,
            () -> AppliedCap.of(A1, BigDecimal.TEN, ServingPeopleWell.YES, ServingPeopleWell.SOME));
    assertEquals(
        "value 10 does not breach the cap PAF A1 above 20% caps children's services at Some",
        notBreached.getMessage());
    IllegalArgumentException wrongAfter =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AppliedCap.of(
                    A1, new BigDecimal("30"), ServingPeopleWell.YES, ServingPeopleWell.MOST));
    assertTrue(wrongAfter.getMessage().contains("is Most, but Yes capped at Some is Some"));
  }

  @Test
  void equals_byAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(A1, KeyIndicatorCap.builder().from(A1).build())
        .addEqualityGroup(KeyIndicatorCap.builder().from(A1).threshold(BigDecimal.ONE).build())
        .addEqualityGroup(
            KeyIndicatorCap.builder().from(A1).breach(KeyIndicatorCap.Breach.BELOW).build())
        .addEqualityGroup(D38)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            KeyIndicatorValue.of("PAF A1", new BigDecimal("21.30")),
            KeyIndicatorValue.of("PAF A1", new BigDecimal("21.3")))
        .addEqualityGroup(KeyIndicatorValue.of("PAF A1", new BigDecimal("21")))
        .addEqualityGroup(KeyIndicatorValue.of("PAF D38", new BigDecimal("21.3")))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester().setDefault(KeyIndicatorCap.class, A1);
    tester.testAllPublicStaticMethods(KeyIndicatorCap.class);
    tester.testAllPublicInstanceMethods(A1);
    tester.testAllPublicStaticMethods(KeyIndicatorValue.class);
    tester.testAllPublicStaticMethods(AppliedCap.class);
  }
}
