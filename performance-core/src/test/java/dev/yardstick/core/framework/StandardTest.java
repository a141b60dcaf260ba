package dev.yardstick.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardTest {

  private static final StandardCriterion DELIVERED =
      StandardCriterion.threshold(
          "Equipment delivered within 7 working days",
          IndicatorCode.of("D54"),
          Comparison.AT_LEAST,
          new BigDecimal("85.0"));

  static Standard equipment() {
    return Standard.builder()
        .id(StandardId.of("STD-EQUIP"))
        .statement("You will get the equipment you need within a week of assessment")
        .serviceArea(ServiceArea.PHYSICAL_DISABILITY)
        .effectiveFrom(LocalDate.of(2003, 4, 1))
        .effectiveTo(LocalDate.of(2004, 3, 31))
        .publishedToServiceUsers(true)
        .addCriteria(DELIVERED)
        .addCriteria(StandardCriterion.evidence("Every user is told the delivery date in writing"))
        .build();
  }

  @Test
  void criterion_threshold_isNormalisedAndMetInclusively() {
    assertEquals(new BigDecimal("85"), DELIVERED.getThreshold().orElseThrow());
    assertEquals(StandardCriterion.Kind.INDICATOR_THRESHOLD, DELIVERED.getKind());
    assertTrue(DELIVERED.isMetBy(new BigDecimal("85")));
    assertTrue(DELIVERED.isMetBy(new BigDecimal("91.5")));
    assertFalse(DELIVERED.isMetBy(new BigDecimal("84.99")));
    assertTrue(Comparison.AT_MOST.isMetBy(BigDecimal.ONE, BigDecimal.ONE));
    assertFalse(Comparison.AT_MOST.isMetBy(BigDecimal.TEN, BigDecimal.ONE));
  }

  @Test
  void criterion_evidence_cannotBeMetByAValue() {
    StandardCriterion evidence = StandardCriterion.evidence("Care plan in writing");
    assertEquals(StandardCriterion.Kind.EVIDENCE, evidence.getKind());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> evidence.isMetBy(BigDecimal.ONE));
    assertTrue(e.getMessage().contains("'Care plan in writing'"), e.getMessage());
  }

  @Test
  void criterion_partlyGiven_throwsNamingWhatIsMissing() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                StandardCriterion.builder()
                    .description("Half a criterion")
                    .indicator(IndicatorCode.of("D54"))
                    .build());
    assertTrue(e.getMessage().contains("'Half a criterion'"), e.getMessage());
    assertTrue(e.getMessage().contains("all of indicator, comparison and threshold"));
  }

  @Test
  void standard_queries() {
    Standard standard = equipment();
    assertEquals(Set.of(IndicatorCode.of("D54")), standard.getIndicators());
    assertTrue(standard.isEffectiveOn(LocalDate.of(2003, 4, 1)));
    assertTrue(standard.isEffectiveOn(LocalDate.of(2004, 3, 31)));
    assertFalse(standard.isEffectiveOn(LocalDate.of(2004, 4, 1)));
    assertFalse(standard.isEffectiveOn(LocalDate.of(2003, 3, 31)));
    assertTrue(standard.isPublishedToServiceUsers());
    Standard openEnded = Standard.builder().from(standard).effectiveTo(Optional.empty()).build();
    assertTrue(openEnded.isEffectiveOn(LocalDate.of(2030, 1, 1)));
  }

  @Test
  void standard_builderRoundTrips() {
    Standard standard = equipment();
    assertEquals(standard, Standard.builder().from(standard).build());
  }

  @Test
  void standard_withoutCriteria_throws() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Standard.builder().from(equipment()).criteria(Set.of()).build());
    assertEquals("standard STD-EQUIP must have at least one criterion", e.getMessage());
  }

  @Test
  void standard_endingBeforeItStarts_throwsNamingTheDates() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Standard.builder()
                    .from(equipment())
                    .effectiveTo(LocalDate.of(2003, 3, 31))
                    .build());
    assertEquals(
        "standard STD-EQUIP is effective to 2003-03-31, before it is effective from 2003-04-01",
        e.getMessage());
  }

  @Test
  void standard_blankStatement_throws() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Standard.builder().from(equipment()).statement("  ").build());
    assertEquals("standard statement must not be blank", e.getMessage());
  }

  @Test
  void equalsAndNulls() {
    Standard standard = equipment();
    new EqualsTester()
        .addEqualityGroup(standard, Standard.builder().from(standard).build())
        .addEqualityGroup(Standard.builder().from(standard).publishedToServiceUsers(false).build())
        .addEqualityGroup(Standard.builder().from(standard).id(StandardId.of("S2")).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            DELIVERED,
            StandardCriterion.threshold(
                "Equipment delivered within 7 working days",
                IndicatorCode.of("D54"),
                Comparison.AT_LEAST,
                new BigDecimal("85")))
        .addEqualityGroup(StandardCriterion.evidence("Equipment delivered within 7 working days"))
        .testEquals();
    var tester = Testers.nullPointerTester();
    tester.testAllPublicStaticMethods(Standard.class);
    tester.testAllPublicStaticMethods(StandardCriterion.class);
    tester.testAllPublicInstanceMethods(standard);
    tester.testAllPublicInstanceMethods(DELIVERED);
    tester.testAllPublicInstanceMethods(Comparison.AT_LEAST);
  }
}
