package dev.yardstick.indicators;

import static dev.yardstick.indicators.TestIndicators.PERCENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class IndicatorValueTest {

  private static final OrganisationId HARTLEPOOL = OrganisationId.gss("E06000001");
  private static final FinancialYear YEAR = FinancialYear.of(2003);
  private static final IndicatorCode T1 = PERCENT.getCode();

  @Test
  void fromRatio_computesValueUnderTheDefinition() {
    IndicatorValue value = IndicatorValue.fromRatio(PERCENT, HARTLEPOOL, YEAR, 25, 200);
    assertEquals(Optional.of(new BigDecimal("12.5")), value.getValue());
    assertEquals(Optional.of(Ratio.of(25, 200)), value.getRatio());
    assertEquals(ValueQuality.FINAL, value.getQuality());
  }

  @Test
  void fromRatio_zeroDenominator_isMissingWithReason() {
    IndicatorValue value = IndicatorValue.fromRatio(PERCENT, HARTLEPOOL, YEAR, 0, 0);
    assertEquals(ValueQuality.MISSING, value.getQuality());
    assertEquals(Optional.empty(), value.getValue());
    assertEquals(Optional.of("zero denominator"), value.getQualityReason());
    assertEquals(OptionalLong.of(0), value.getDenominator());
  }

  @Test
  void fromRatio_numeratorAboveDenominatorOfPercentage_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IndicatorValue.fromRatio(PERCENT, HARTLEPOOL, YEAR, 201, 200));
    assertTrue(e.getMessage().contains("numerator 201"), e.getMessage());
  }

  @Test
  void value_isNormalised() {
    IndicatorValue a = IndicatorValue.of(T1, HARTLEPOOL, YEAR, new BigDecimal("12.50"));
    IndicatorValue b = IndicatorValue.of(T1, HARTLEPOOL, YEAR, new BigDecimal("12.5"));
    assertEquals(a, b);
    assertEquals("12.5", a.getValue().orElseThrow().toPlainString());
    assertEquals(
        "100",
        IndicatorValue.of(T1, HARTLEPOOL, YEAR, new BigDecimal("1E+2"))
            .getValue()
            .orElseThrow()
            .toPlainString());
  }

  @Test
  void suppressed_carriesNoValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                IndicatorValue.builder()
                    .indicator(T1)
                    .organisation(HARTLEPOOL)
                    .period(YEAR)
                    .quality(ValueQuality.SUPPRESSED)
                    .value(BigDecimal.ONE)
                    .build());
    assertTrue(e.getMessage().contains("SUPPRESSED") && e.getMessage().contains("T1"));
  }

  @Test
  void suppressed_mustNotRevealItsCounts() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                IndicatorValue.builder()
                    .indicator(T1)
                    .organisation(HARTLEPOOL)
                    .period(YEAR)
                    .quality(ValueQuality.SUPPRESSED)
                    .numerator(2)
                    .denominator(5)
                    .build());
    assertTrue(e.getMessage().contains("suppressed"), e.getMessage());
  }

  @Test
  void final_needsAValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IndicatorValue.builder().indicator(T1).organisation(HARTLEPOOL).period(YEAR).build());
    assertTrue(e.getMessage().contains("needs a value"), e.getMessage());
  }

  @Test
  void missing_needsAReason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                IndicatorValue.builder()
                    .indicator(T1)
                    .organisation(HARTLEPOOL)
                    .period(YEAR)
                    .quality(ValueQuality.MISSING)
                    .build());
    assertTrue(e.getMessage().contains("reason"), e.getMessage());
  }

  @Test
  void numeratorWithoutDenominator_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                IndicatorValue.builder()
                    .indicator(T1)
                    .organisation(HARTLEPOOL)
                    .period(YEAR)
                    .value(BigDecimal.ONE)
                    .numerator(1)
                    .build());
    assertTrue(e.getMessage().contains("together"), e.getMessage());
  }

  @Test
  void negativeCounts_areRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                IndicatorValue.builder()
                    .indicator(T1)
                    .organisation(HARTLEPOOL)
                    .period(YEAR)
                    .value(BigDecimal.ONE)
                    .numerator(-1)
                    .denominator(4)
                    .build());
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }

  @Test
  void valueFromRatio_needsPositiveDenominator() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                IndicatorValue.builder()
                    .indicator(T1)
                    .organisation(HARTLEPOOL)
                    .period(YEAR)
                    .value(BigDecimal.ONE)
                    .numerator(0)
                    .denominator(0)
                    .build());
    assertTrue(e.getMessage().contains("denominator above zero"), e.getMessage());
  }

  @Test
  void toString_leavesCommentaryOut() {
    IndicatorValue value =
        IndicatorValue.builder()
            .from(IndicatorValue.of(T1, HARTLEPOOL, YEAR, BigDecimal.TEN))
            .commentary("a private note")
            .build();
    assertEquals("IndicatorValue{T1 E06000001 2003-04 = 10 FINAL}", value.toString());
    assertFalse(value.toString().contains("private"));
  }

  @Test
  void equals_byEveryAttribute() {
    IndicatorValue base = IndicatorValue.of(T1, HARTLEPOOL, YEAR, BigDecimal.TEN);
    new EqualsTester()
        .addEqualityGroup(base, IndicatorValue.builder().from(base).build())
        .addEqualityGroup(IndicatorValue.builder().from(base).value(BigDecimal.ONE).build())
        .addEqualityGroup(IndicatorValue.builder().from(base).period(YEAR.next()).build())
        .addEqualityGroup(
            IndicatorValue.builder().from(base).quality(ValueQuality.PROVISIONAL).build())
        .addEqualityGroup(IndicatorValue.builder().from(base).commentary("note").build())
        .addEqualityGroup(IndicatorValue.missing(T1, HARTLEPOOL, YEAR, "not returned"))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(ReportingPeriod.class, YEAR);
    tester.setDefault(IndicatorCode.class, T1);
    tester.setDefault(OrganisationId.class, HARTLEPOOL);
    tester.setDefault(IndicatorDefinition.class, PERCENT);
    tester.testAllPublicStaticMethods(IndicatorValue.class);
    tester.testAllPublicInstanceMethods(IndicatorValue.of(T1, HARTLEPOOL, YEAR, BigDecimal.TEN));
  }

  @Test
  void quality_combine_takesTheWeakest() {
    assertEquals(ValueQuality.FINAL, ValueQuality.FINAL.combine(ValueQuality.FINAL));
    assertEquals(ValueQuality.PROVISIONAL, ValueQuality.FINAL.combine(ValueQuality.PROVISIONAL));
    assertEquals(ValueQuality.ESTIMATED, ValueQuality.PROVISIONAL.combine(ValueQuality.ESTIMATED));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ValueQuality.FINAL.combine(ValueQuality.SUPPRESSED));
    assertTrue(e.getMessage().contains("SUPPRESSED"));
  }
}
