package dev.yardstick.indicators.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.indicators.ReferenceVectors;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LeastSquaresTrendTest {

  private static final LeastSquaresTrend OLS = LeastSquaresTrend.withDefaults();

  private static LeastSquaresResult fit(JsonNode c) {
    JsonNode points = c.get("input").get("points");
    double[] x = new double[points.size()];
    double[] y = new double[points.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = points.get(i).get("x").asDouble();
      y[i] = points.get(i).get("y").asDouble();
    }
    return OLS.calculate(x, y);
  }

  @Test
  void calculate_nistNorris_certifiedValues() {
    JsonNode file = ReferenceVectors.load("trend_ols_slope.json");
    LeastSquaresResult r = fit(ReferenceVectors.caseById(file, "nist_norris_certified"));
    JsonNode e = ReferenceVectors.caseById(file, "nist_norris_certified").get("expected");
    assertEquals(36, r.getSize());
    assertEquals(e.get("slope").asDouble(), r.getSlope().getAsDouble(), 1e-12);
    assertEquals(e.get("intercept").asDouble(), r.getIntercept().getAsDouble(), 1e-10);
    assertEquals(e.get("se_slope").asDouble(), r.getSlopeStandardError().getAsDouble(), 1e-12);
    assertEquals(e.get("se_intercept").asDouble(), r.getInterceptStandardError().getAsDouble(), 1e-10);
    assertEquals(e.get("r_square").asDouble(), r.getRSquare().getAsDouble(), 1e-12);
    assertEquals(e.get("mse").asDouble(), r.getMeanSquareError().getAsDouble(), 1e-10);
    assertEquals(e.get("sse").asDouble(), r.getSumOfSquaredErrors().getAsDouble(), 1e-9);
  }

  @Test
  void calculate_rVerifiedExamples_standardErrorsPAndInterval() {
    JsonNode file = ReferenceVectors.load("trend_ols_slope.json");
    for (String id : new String[] {"r_verified_infdata", "r_verified_infdata2_bad_fit"}) {
      LeastSquaresResult r = fit(ReferenceVectors.caseById(file, id));
      JsonNode e = ReferenceVectors.caseById(file, id).get("expected");
      assertEquals(e.get("se_slope").asDouble(), r.getSlopeStandardError().getAsDouble(), 1e-8, id);
      assertEquals(e.get("se_intercept").asDouble(), r.getInterceptStandardError().getAsDouble(), 1e-8, id);
      assertEquals(e.get("significance").asDouble(), r.getPValue().getAsDouble(), 1e-8, id);
      double halfWidth =
          (r.getSlopeUpperConfidenceLimit().getAsDouble() - r.getSlopeLowerConfidenceLimit().getAsDouble()) / 2;
      assertEquals(e.get("slope_ci_half_width_alpha_0.05").asDouble(), halfWidth, 1e-8, id);
    }
  }

  @Test
  void calculate_correlationExample_rSquare() {
    JsonNode file = ReferenceVectors.load("trend_ols_slope.json");
    LeastSquaresResult r = fit(ReferenceVectors.caseById(file, "correlation_example"));
    assertEquals(0.896123, r.getRSquare().getAsDouble(), 1e-6);
    assertTrue(r.getSlope().getAsDouble() < 0);
  }

  @Test
  void calculate_nanRulesOfCommonsMath_asStatuses() {
    // (1,2),(1,3): no variation in x.
    LeastSquaresResult flatX = OLS.calculate(new double[] {1, 1}, new double[] {2, 3});
    assertEquals(TrendStatus.INSUFFICIENT_DATA, flatX.getStatus());
    assertEquals(OptionalDouble.empty(), flatX.getSlope());
    // (1,2),(3,3): a line but no standard errors.
    LeastSquaresResult two = OLS.calculate(new double[] {1, 3}, new double[] {2, 3});
    assertEquals(TrendStatus.INSUFFICIENT_DATA, two.getStatus());
    assertEquals(OptionalDouble.of(0.5), two.getSlope());
    assertEquals(OptionalDouble.empty(), two.getSlopeStandardError());
    // (1,2),(3,3),(1,4): standard errors defined.
    LeastSquaresResult three = OLS.calculate(new double[] {1, 3, 1}, new double[] {2, 3, 4});
    assertEquals(TrendStatus.CALCULATED, three.getStatus());
    assertTrue(three.getSlopeStandardError().isPresent());
    assertEquals(TrendStatus.INSUFFICIENT_DATA, OLS.calculate(new double[0], new double[0]).getStatus());
  }

  @Test
  void calculate_rLmExample_seriesOnTimePositions() {
    // R 4.2.2: y <- c(3.1, 3.4, 3.3, 3.9, 4.2, 4.1); t <- 0:5; summary(lm(y ~ t))$coefficients
    // and confint(lm(y ~ t)).
    LeastSquaresResult r =
        OLS.calculate(new double[] {3.1, 3.4, 3.3, 3.9, 4.2, 4.1}, Polarity.HIGHER_IS_BETTER);
    assertEquals(0.228571428571429, r.getSlope().getAsDouble(), 1e-14);
    assertEquals(3.095238095238096, r.getIntercept().getAsDouble(), 1e-14);
    assertEquals(0.0445689865020861, r.getSlopeStandardError().getAsDouble(), 1e-14);
    assertEquals(0.1349393077648073, r.getInterceptStandardError().getAsDouble(), 1e-14);
    assertEquals(5.12848611804825, r.getTStatistic().getAsDouble(), 1e-12);
    assertEquals(6.84569112191706e-03, r.getPValue().getAsDouble(), 1e-14);
    assertEquals(0.104828084154085, r.getSlopeLowerConfidenceLimit().getAsDouble(), 1e-13);
    assertEquals(0.352314772988772, r.getSlopeUpperConfidenceLimit().getAsDouble(), 1e-13);
    assertEquals(Optional.of(DirectionOfTravel.IMPROVING), r.getDirectionOfTravel());
  }

  @Test
  void calculate_constantSeries_slopeZeroPOne() {
    LeastSquaresResult r = OLS.calculate(new double[] {0.1, 0.1, 0.1, 0.1}, Polarity.LOWER_IS_BETTER);
    assertEquals(OptionalDouble.of(0), r.getSlope());
    assertEquals(OptionalDouble.of(1), r.getPValue());
    assertEquals(Optional.of(DirectionOfTravel.NO_SIGNIFICANT_CHANGE), r.getDirectionOfTravel());
  }

  @Test
  void calculate_perfectLine_pZeroNoTStatistic() {
    LeastSquaresResult r = OLS.calculate(new double[] {1, 2, 3, 4}, Polarity.HIGHER_IS_BETTER);
    assertEquals(OptionalDouble.of(0), r.getPValue());
    assertEquals(OptionalDouble.empty(), r.getTStatistic());
    assertEquals(Optional.of(TrendDirection.INCREASING), r.getDirection());
  }

  @Test
  void calculate_badInput_rejectedNamingPosition() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> OLS.calculate(new double[] {1, Double.NaN}, new double[] {1, 2}));
    assertTrue(e.getMessage().contains("x has a non-finite value NaN at position 1"), e.getMessage());
    IllegalArgumentException lengths =
        assertThrows(
            IllegalArgumentException.class, () -> OLS.calculate(new double[] {1, 2}, new double[] {1}));
    assertTrue(lengths.getMessage().contains("2"), lengths.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> OLS.calculate(new double[] {1, Double.NaN, 3}, Polarity.NONE));
  }

  @Test
  void calculate_skippedGap_keepsTimePositions() {
    LeastSquaresResult r =
        OLS.with(MissingValues.SKIP).calculate(new double[] {0, Double.NaN, 2, 3.5, 4}, Polarity.NONE);
    assertEquals(4, r.getSize());
    LeastSquaresResult same = OLS.calculate(new double[] {0, 2, 3.5, 4}, new double[] {0, 2, 3.5, 4});
    assertTrue(r.getSlope().getAsDouble() < same.getSlope().getAsDouble() + 1);
    LeastSquaresResult explicit =
        OLS.calculate(new double[] {0, 2, 3, 4}, new double[] {0, 2, 3.5, 4});
    assertEquals(explicit.getSlope().getAsDouble(), r.getSlope().getAsDouble(), 1e-12);
  }

  @Test
  void result_equalsBuilderAndNulls() {
    LeastSquaresResult a = OLS.calculate(new double[] {1, 3, 2, 5}, Polarity.NONE);
    new EqualsTester()
        .addEqualityGroup(a, LeastSquaresResult.builder().from(a).build())
        .addEqualityGroup(OLS.calculate(new double[] {1, 3, 2, 6}, Polarity.NONE))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(OLS);
    new NullPointerTester().testAllPublicStaticMethods(LeastSquaresTrend.class);
    new NullPointerTester().testAllPublicInstanceMethods(a);
  }
}
