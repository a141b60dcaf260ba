package dev.yardstick.indicators.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.indicators.ReferenceVectors;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MannKendallTest {

  private static final MannKendall SKIPPING = MannKendall.withDefaults().with(MissingValues.SKIP);

  @Test
  void calculate_pyMannKendall360WithGaps_matchesPublishedValues() {
    JsonNode c =
        ReferenceVectors.caseById(
            ReferenceVectors.load("trend_mann_kendall_sen.json"), "pymannkendall_arbitrary_360");
    double[] x = ReferenceVectors.doubles(c.get("input").get("x"));
    MannKendallResult r = SKIPPING.calculate(x);
    JsonNode o = c.get("expected").get("original_test");
    assertEquals(353, r.getSize());
    assertEquals(OptionalLong.of(o.get("s").asLong()), r.getS());
    assertEquals(o.get("var_s").asDouble(), r.getVarianceOfS().getAsDouble(), 1e-6);
    assertEquals(o.get("z").asDouble(), r.getZ().getAsDouble(), 1e-12);
    assertEquals(o.get("p").asDouble(), r.getPValue().getAsDouble(), 1e-12);
    assertEquals(o.get("Tau").asDouble(), r.getTau().getAsDouble(), 1e-15);
    assertEquals(Optional.of(TrendDirection.NO_SIGNIFICANT_CHANGE), r.getDirection());
    JsonNode sen = c.get("expected").get("sens_slope");
    assertEquals(sen.get("slope").asDouble(), r.getSenSlope().getAsDouble(), 1e-15);
    assertEquals(sen.get("intercept").asDouble(), r.getSenIntercept().getAsDouble(), 1e-11);
  }

  @Test
  void calculate_pyMannKendallConstant360_noTrendPOne() {
    double[] x = new double[360];
    Arrays.fill(x, 7);
    MannKendallResult r = MannKendall.withDefaults().calculate(x, Polarity.HIGHER_IS_BETTER);
    assertEquals(OptionalLong.of(0), r.getS());
    assertEquals(OptionalDouble.of(0), r.getVarianceOfS());
    assertEquals(OptionalDouble.of(0), r.getZ());
    assertEquals(OptionalDouble.of(1), r.getPValue());
    assertEquals(OptionalDouble.of(0), r.getTau());
    assertEquals(OptionalDouble.of(0), r.getSenSlope());
    assertEquals(Optional.of(DirectionOfTravel.NO_SIGNIFICANT_CHANGE), r.getDirectionOfTravel());
  }

  @Test
  void calculate_pyMannKendallIncreasing_sIs64620AndSlopeOne() {
    double[] x = new double[360];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }
    MannKendallResult r = MannKendall.withDefaults().calculate(x, Polarity.LOWER_IS_BETTER);
    assertEquals(OptionalLong.of(64620), r.getS());
    assertEquals(OptionalDouble.of(1.0), r.getTau());
    assertEquals(0.0, r.getPValue().getAsDouble(), 0.0);
    assertEquals(OptionalDouble.of(1.0), r.getSenSlope());
    assertEquals(0.0, r.getSenIntercept().getAsDouble(), 1e-12);
    assertEquals(Optional.of(TrendDirection.INCREASING), r.getDirection());
    assertEquals(Optional.of(DirectionOfTravel.WORSENING), r.getDirectionOfTravel());
  }

  @Test
  void calculate_fewerThanThreeValues_insufficientData() {
    for (double[] x : new double[][] {{}, {1}, {1, 2}, {1, Double.NaN, 2}}) {
      MannKendallResult r = SKIPPING.calculate(x, Polarity.HIGHER_IS_BETTER);
      assertEquals(TrendStatus.INSUFFICIENT_DATA, r.getStatus());
      assertEquals(OptionalLong.empty(), r.getS());
      assertEquals(Optional.empty(), r.getDirectionOfTravel());
      assertTrue(r.explain().contains("at least 3"), r.explain());
    }
  }

  @Test
  void calculate_missingValueRefusedByDefault_namesPosition() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MannKendall.withDefaults().calculate(new double[] {1, 2, Double.NaN, 4}));
    assertTrue(e.getMessage().contains("position 2"), e.getMessage());
    IllegalArgumentException inf =
        assertThrows(
            IllegalArgumentException.class,
            () -> SKIPPING.calculate(new double[] {1, Double.POSITIVE_INFINITY, 3, 4}));
    assertTrue(inf.getMessage().contains("position 1"), inf.getMessage());
  }

  @Test
  void calculate_ties_excludedFromSAndShrinkVariance() {
    // Pairs of (1, 1, 2, 2): 4 concordant, 0 discordant, 2 tied. Var S = (4*3*13 - 2*(2*1*9))/18.
    MannKendallResult r = MannKendall.withDefaults().calculate(new double[] {1, 1, 2, 2});
    assertEquals(OptionalLong.of(4), r.getS());
    assertEquals((4 * 3 * 13 - 2 * 18) / 18.0, r.getVarianceOfS().getAsDouble(), 1e-12);
  }

  @Test
  void calculate_rKendallCorTestWithTies_sameZAndP() {
    // R 4.2.2: cor.test(1:8, c(1, 3, 2, 5, 4, 6, 6, 8), method = "kendall", exact = FALSE,
    // continuity = TRUE) gives z = 2.742866395247, p = 0.00609054605658 (the same tie-corrected
    // variance and continuity correction as Mann-Kendall, since time has no ties).
    MannKendallResult r =
        MannKendall.withDefaults().calculate(new double[] {1, 3, 2, 5, 4, 6, 6, 8});
    assertEquals(2.742866395247, r.getZ().getAsDouble(), 1e-12);
    assertEquals(0.00609054605658, r.getPValue().getAsDouble(), 1e-13);
    assertEquals(Optional.of(TrendDirection.INCREASING), r.getDirection());
  }

  @Test
  void calculate_aboveSenLimit_testWithoutSlope() {
    MannKendallResult r =
        MannKendall.withDefaults().withSenSlopeMaximumLength(3).calculate(new double[] {1, 3, 2, 5});
    assertEquals(TrendStatus.CALCULATED, r.getStatus());
    assertEquals(OptionalDouble.empty(), r.getSenSlope());
    assertFalse(r.explain().contains("Sen"), r.explain());
  }

  @Test
  void kendallScore_matchesNaivePairCount_onTiesAndSignedZeros() {
    double[] y = {0.0, -0.0, 3, 3, 1, -2, 3, 0.0, 5, 5, -2};
    assertEquals(NaiveKendall.score(y), KendallScore.of(y).s);
  }

  @Test
  void options_badValues_rejectedWithMessage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MannKendall.withDefaults().withConfidenceLevel(1.5));
    assertTrue(e.getMessage().contains("1.5"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> MannKendall.withDefaults().withSenSlopeMaximumLength(-1));
  }

  @Test
  void result_equalsBuilderAndNulls() {
    MannKendallResult a = MannKendall.withDefaults().calculate(new double[] {1, 3, 2, 5, 4, 6});
    new EqualsTester()
        .addEqualityGroup(a, MannKendallResult.builder().from(a).build())
        .addEqualityGroup(MannKendall.withDefaults().calculate(new double[] {1, 3, 2, 5, 4, 7}))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(MannKendall.withDefaults());
    new NullPointerTester().testAllPublicStaticMethods(MannKendall.class);
    new NullPointerTester().testAllPublicInstanceMethods(a);
  }

  @Test
  void toString_namesTheClassAndItsOptions() {
    assertEquals(
        "MannKendall{confidence 0.95, REFUSE, Sen slope up to 5000 values}",
        MannKendall.withDefaults().toString());
    assertEquals(
        "MannKendall{confidence 0.95, SKIP, Sen slope up to 5000 values}", SKIPPING.toString());
  }
}
