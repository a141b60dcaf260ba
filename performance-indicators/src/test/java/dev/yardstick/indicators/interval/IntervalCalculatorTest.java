package dev.yardstick.indicators.interval;

import static dev.yardstick.indicators.ReferenceVectors.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.indicators.ReferenceVectors;
import org.junit.jupiter.api.Test;

class IntervalCalculatorTest {

  private static final IntervalCalculator CALC = IntervalCalculator.withDefaults();

  private static ConfidenceLevel level(String text) {
    switch (text) {
      case "95%":
        return ConfidenceLevel.NINETY_FIVE_PERCENT;
      case "99.8%":
        return ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT;
      default:
        throw new AssertionError(text);
    }
  }

  @Test
  void proportion_phePublishedWilsonUnitRows_match() {
    JsonNode file = ReferenceVectors.load("ci_wilson_proportion.json");
    JsonNode rows = ReferenceVectors.caseById(file, "phe_wilson_unit").get("rows");
    for (JsonNode row : rows) {
      ConfidenceInterval ci =
          CALC.with(level(row.get("confidence").asText()))
              .proportion(row.get("x").asDouble(), row.get("n").asDouble());
      assertClose(row.get("lowercl").asDouble(), ci.getLower(), 1e-12, "lower " + row);
      assertClose(row.get("uppercl").asDouble(), ci.getUpper(), 1e-12, "upper " + row);
      assertEquals(IntervalMethod.WILSON, ci.getMethod());
    }
  }

  @Test
  void proportion_phePublishedProportionTables_matchAndMissingRowsAreNa() {
    JsonNode file = ReferenceVectors.load("ci_wilson_proportion.json");
    int checked = 0;
    for (JsonNode row : ReferenceVectors.caseById(file, "phe_proportion_table").get("rows")) {
      if (row.get("Numerator").isNull() || row.get("Denominator").isNull()) {
        // PHE gives NA for missing inputs: the library takes no missing number here, and
        // cross-section calculators count such rows as missing (see PositionCalculatorTest).
        assertTrue(row.get("lower95_0cl").isNull(), "missing input gives NA " + row);
        continue;
      }
      double m = row.get("multiplier").asDouble();
      double x = row.get("Numerator").asDouble();
      double n = row.get("Denominator").asDouble();
      ConfidenceInterval ci95 = CALC.proportion(x, n).multipliedBy(m);
      ConfidenceInterval ci998 =
          CALC.with(ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT)
              .proportion(x, n)
              .multipliedBy(m);
      assertClose(row.get("value").asDouble(), ci95.getEstimate(), 1e-12, "value " + row);
      assertClose(row.get("lower95_0cl").asDouble(), ci95.getLower(), 1e-12, "l95 " + row);
      assertClose(row.get("upper95_0cl").asDouble(), ci95.getUpper(), 1e-12, "u95 " + row);
      assertClose(row.get("lower99_8cl").asDouble(), ci998.getLower(), 1e-12, "l998 " + row);
      assertClose(row.get("upper99_8cl").asDouble(), ci998.getUpper(), 1e-12, "u998 " + row);
      checked++;
    }
    for (JsonNode row : ReferenceVectors.caseById(file, "phe_proportion_grouped").get("rows")) {
      if (row.get("Numerator").isNull() || row.get("Denominator").isNull()) {
        continue;
      }
      ConfidenceInterval ci =
          CALC.proportion(row.get("Numerator").asDouble(), row.get("Denominator").asDouble());
      assertClose(row.get("lowercl").asDouble(), ci.getLower(), 1e-12, "grouped " + row);
      assertClose(row.get("uppercl").asDouble(), ci.getUpper(), 1e-12, "grouped " + row);
      checked++;
    }
    assertTrue(checked >= 20, "checked " + checked);
  }

  @Test
  void count_phePublishedByarRows_matchAndNegativeLowerUsesExact() {
    JsonNode file = ReferenceVectors.load("ci_byars_exact_poisson.json");
    for (JsonNode row : ReferenceVectors.caseById(file, "phe_byars_unit").get("rows")) {
      ConfidenceInterval ci =
          CALC.with(CountIntervalMethod.BYAR)
              .with(level(row.get("confidence").asText()))
              .count(row.get("x").asDouble());
      assertClose(row.get("uppercl").asDouble(), ci.getUpper(), 1e-12, "upper " + row);
      if (row.get("lowercl").isNull()) {
        // PHE returns NA; the library substitutes the exact bound and says so.
        // R: qchisq(0.001, 2) / 2 = 0.0010005003335835344
        assertEquals(IntervalMethod.EXACT_POISSON, ci.getLowerBoundMethod());
        assertClose(0.0010005003335835344, ci.getLower(), 1e-12, "exact lower " + row);
      } else {
        assertEquals(IntervalMethod.BYAR, ci.getLowerBoundMethod());
        assertClose(row.get("lowercl").asDouble(), ci.getLower(), 1e-12, "lower " + row);
      }
    }
  }

  @Test
  void rate_phePublishedRateTables_match() {
    JsonNode file = ReferenceVectors.load("ci_byars_exact_poisson.json");
    int checked = 0;
    for (JsonNode row : ReferenceVectors.caseById(file, "phe_rate_table").get("rows")) {
      if (row.get("Numerator").isNull() || row.get("Denominator").isNull()) {
        assertTrue(row.get("lower95_0cl").isNull());
        continue;
      }
      double x = row.get("Numerator").asDouble();
      double n = row.get("Denominator").asDouble();
      double m = row.get("multiplier").asDouble();
      ConfidenceInterval ci95 = CALC.rate(x, n, m);
      ConfidenceInterval ci998 =
          CALC.with(ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT).rate(x, n, m);
      String method = row.get("method").asText();
      assertEquals(
          method.equals("Byars") ? IntervalMethod.BYAR : IntervalMethod.EXACT_POISSON,
          ci95.getMethod(),
          "method " + row);
      assertClose(row.get("value").asDouble(), ci95.getEstimate(), 1e-12, "value " + row);
      assertClose(row.get("lower95_0cl").asDouble(), ci95.getLower(), 1e-12, "l95 " + row);
      assertClose(row.get("upper95_0cl").asDouble(), ci95.getUpper(), 1e-12, "u95 " + row);
      assertClose(row.get("lower99_8cl").asDouble(), ci998.getLower(), 1e-12, "l998 " + row);
      assertClose(row.get("upper99_8cl").asDouble(), ci998.getUpper(), 1e-12, "u998 " + row);
      checked++;
    }
    for (JsonNode row : ReferenceVectors.caseById(file, "phe_rate_grouped").get("rows")) {
      if (row.get("Numerator").isNull() || row.get("Denominator").isNull()) {
        continue;
      }
      ConfidenceInterval ci =
          CALC.rate(
              row.get("Numerator").asDouble(),
              row.get("Denominator").asDouble(),
              row.get("multiplier").asDouble());
      assertClose(row.get("lowercl").asDouble(), ci.getLower(), 1e-12, "grouped " + row);
      assertClose(row.get("uppercl").asDouble(), ci.getUpper(), 1e-12, "grouped " + row);
      checked++;
    }
    assertTrue(checked >= 20, "checked " + checked);
  }

  @Test
  void count_exactPoisson_matchesR() {
    // R 4.2: poisson.test(3, conf.level = 0.95)$conf.int = 0.6186721 8.7672731
    ConfidenceInterval ci = CALC.with(CountIntervalMethod.EXACT).count(3);
    assertEquals(0.6186721, ci.getLower(), 1e-7);
    assertEquals(8.7672731, ci.getUpper(), 1e-7);
    // R: poisson.test(0)$conf.int = 0.000000 3.688879
    ConfidenceInterval zero = CALC.count(0);
    assertEquals(0, zero.getLower());
    assertEquals(3.688879, zero.getUpper(), 1e-6);
  }

  @Test
  void proportion_zeroAndAll_haveBoundsAtTheEnds() {
    ConfidenceInterval none = CALC.proportion(0, 20);
    assertEquals(0, none.getLower());
    assertEquals(0, none.getEstimate());
    assertTrue(none.getUpper() > 0);
    ConfidenceInterval all = CALC.proportion(20, 20);
    assertEquals(1, all.getUpper());
    assertTrue(all.getLower() < 1);
    // R: prop.test(20, 20, correct = FALSE)$conf.int (Wilson) = 0.8388748 1.0000000
    assertEquals(0.8388748, all.getLower(), 1e-7);
  }

  @Test
  void mean_normalApproximation_isMeanPlusMinusZStandardError() {
    ConfidenceInterval ci = CALC.mean(10, 2, 16);
    // R: 10 + c(-1, 1) * qnorm(0.975) * 2 / sqrt(16) = 9.020018 10.979982
    assertEquals(9.020018, ci.getLower(), 1e-6);
    assertEquals(10.979982, ci.getUpper(), 1e-6);
    assertEquals(IntervalMethod.NORMAL, ci.getMethod());
  }

  @Test
  void confidenceLevel_zValues_areThePublicHealthConventions() {
    assertEquals(1.959964, ConfidenceLevel.NINETY_FIVE_PERCENT.getZ(), 1e-6);
    assertEquals(3.090232, ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT.getZ(), 1e-6);
    assertEquals(
        0.001, ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT.getTailProbability(), 1e-15);
    assertEquals("99.8%", ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT.toString());
    assertEquals("95%", ConfidenceLevel.NINETY_FIVE_PERCENT.toString());
  }

  @Test
  void badInput_isRefusedWithTheValueNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CALC.proportion(11, 10));
    assertTrue(e.getMessage().contains("11"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CALC.proportion(0, 0));
    assertTrue(e.getMessage().contains("denominator 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CALC.count(-1));
    assertTrue(e.getMessage().contains("count -1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CALC.rate(1, -5, 100));
    assertTrue(e.getMessage().contains("-5"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CALC.mean(1, 1, 0));
    assertTrue(e.getMessage().contains("sample size 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CALC.ratio(1, 0, 100));
    assertTrue(e.getMessage().contains("expected count 0"), e.getMessage());
    assertThrows(
        IllegalStateException.class,
        () ->
            ConfidenceInterval.of(
                1, 2, 0, ConfidenceLevel.NINETY_FIVE_PERCENT, IntervalMethod.NORMAL));
    assertThrows(IllegalArgumentException.class, () -> CALC.proportion(Double.NaN, 1));
  }

  @Test
  void nulls_areRefused() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(IntervalCalculator.class);
    tester.testAllPublicInstanceMethods(CALC);
    tester.testAllPublicInstanceMethods(CALC.proportion(1, 2));
  }

  @Test
  void confidenceInterval_equality_isByValue() {
    ConfidenceInterval a = CALC.proportion(1, 2);
    new EqualsTester()
        .addEqualityGroup(a, ConfidenceInterval.builder().from(a).build())
        .addEqualityGroup(CALC.proportion(1, 3))
        .addEqualityGroup(a.multipliedBy(100))
        .testEquals();
    assertFalse(a.contains(0.95)); // Wilson 1/2 at 95%: 0.0945 to 0.9055
    assertTrue(a.contains(0.5));
  }
}
