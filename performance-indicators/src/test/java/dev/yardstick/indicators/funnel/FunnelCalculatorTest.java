package dev.yardstick.indicators.funnel;

import static dev.yardstick.indicators.ReferenceVectors.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.indicators.ReferenceVectors;
import dev.yardstick.indicators.interval.ConfidenceLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunnelCalculatorTest {

  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE_PERCENT;
  private static final ConfidenceLevel P998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT;

  static OrganisationId org(int i) {
    return OrganisationId.of(OrganisationId.Scheme.LOCAL, "unit" + i);
  }

  static FunnelCurve curve(
      FunnelPlot plot, ConfidenceLevel level, LimitSide side, boolean adjusted) {
    return plot.getCurves().stream()
        .filter(
            c ->
                c.getConfidenceLevel() == level
                    && c.getSide() == side
                    && c.isOverdispersionAdjusted() == adjusted)
        .findFirst()
        .orElseThrow();
  }

  /** PHE's significance words from the positions at both levels. */
  private static String pheSignificance(FunnelUnit u) {
    Map<ConfidenceLevel, LimitPosition> p = u.getPositions();
    if (p.get(P998) == LimitPosition.BELOW_LOWER) {
      return "Low (0.001)";
    }
    if (p.get(P95) == LimitPosition.BELOW_LOWER) {
      return "Low (0.025)";
    }
    if (p.get(P998) == LimitPosition.ABOVE_UPPER) {
      return "High (0.001)";
    }
    if (p.get(P95) == LimitPosition.ABOVE_UPPER) {
      return "High (0.025)";
    }
    return "Not significant";
  }

  private static List<FunnelInput> proportionInputs(JsonNode file, double maxDenominator) {
    List<FunnelInput> in = new ArrayList<>();
    int i = 0;
    for (JsonNode row :
        ReferenceVectors.caseById(file, "phe_funnel_proportion_significance").get("rows")) {
      if (row.get("denominator").asDouble() < maxDenominator) {
        in.add(
            FunnelInput.of(
                org(i++), row.get("numerator").asDouble(), row.get("denominator").asDouble()));
      }
    }
    return in;
  }

  private static void checkProportionLimits(JsonNode c, List<FunnelInput> inputs) {
    JsonNode expected = c.get("expected");
    double[] steps = new double[expected.size()];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = expected.get(i).get("Population").asDouble();
    }
    FunnelPlot plot = FunnelCalculator.withDefaults().withCurveSteps(steps).proportions(inputs);
    assertClose(
        expected.get(0).get("Baseline").asDouble(), plot.getTarget() * 100, 1e-7, "baseline");
    String[][] columns = {
      {"Lower2s0025limit", "Upper2s0025limit"}, {"Lower3s0001limit", "Upper3s0001limit"}
    };
    ConfidenceLevel[] levels = {P95, P998};
    for (int l = 0; l < 2; l++) {
      List<FunnelPoint> lower = curve(plot, levels[l], LimitSide.LOWER, false).getPoints();
      List<FunnelPoint> upper = curve(plot, levels[l], LimitSide.UPPER, false).getPoints();
      for (int i = 0; i < steps.length; i++) {
        JsonNode row = expected.get(i);
        double lo = row.get(columns[l][0]).asDouble();
        double hi = row.get(columns[l][1]).asDouble();
        assertEquals(steps[i], lower.get(i).getX());
        // published to 6-8 significant digits: relative 1e-6 (absolute where the limit is 0)
        assertEquals(lo, lower.get(i).getY() * 100, 1e-6 * Math.max(1, lo), "lower " + row);
        assertEquals(hi, upper.get(i).getY() * 100, 1e-6 * Math.max(1, hi), "upper " + row);
      }
    }
  }

  @Test
  void proportions_phePublishedLimits_match() {
    JsonNode file = ReferenceVectors.load("funnel_phe_proportion.json");
    checkProportionLimits(
        ReferenceVectors.caseById(file, "phe_funnel_proportion_limits"),
        proportionInputs(file, Double.POSITIVE_INFINITY));
    checkProportionLimits(
        ReferenceVectors.caseById(file, "phe_funnel_proportion_limits_axis_variation"),
        proportionInputs(file, 31000));
  }

  @Test
  void proportions_phePublishedSignificance_allRowsMatch() {
    JsonNode file = ReferenceVectors.load("funnel_phe_proportion.json");
    JsonNode rows =
        ReferenceVectors.caseById(file, "phe_funnel_proportion_significance").get("rows");
    FunnelPlot plot =
        FunnelCalculator.withDefaults()
            .proportions(proportionInputs(file, Double.POSITIVE_INFINITY));
    assertEquals(303, rows.size());
    assertEquals(rows.size(), plot.getUnits().size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(
          rows.get(i).get("significance").asText(),
          pheSignificance(plot.getUnits().get(i)),
          "" + rows.get(i));
    }
  }

  @Test
  void ratios_phePublishedLimitsAndSignificance_match() {
    JsonNode file = ReferenceVectors.load("funnel_phe_ratio.json");
    JsonNode rows = ReferenceVectors.caseById(file, "phe_funnel_ratio_significance").get("rows");
    List<FunnelInput> inputs = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      inputs.add(
          FunnelInput.of(
              org(i), rows.get(i).get("obs").asDouble(), rows.get(i).get("expected").asDouble()));
    }
    JsonNode expected =
        ReferenceVectors.caseById(file, "phe_funnel_ratio_limits").get("expected");
    double[] steps = new double[expected.size()];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = expected.get(i).get("Observed_events").asDouble();
    }
    FunnelPlot plot = FunnelCalculator.withDefaults().withCurveSteps(steps).ratios(inputs);
    assertEquals(1, plot.getTarget());
    assertEquals(300, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(
          rows.get(i).get("significance").asText(),
          pheSignificance(plot.getUnits().get(i)),
          "" + rows.get(i));
    }
    String[] prefixes = {"2s", "3s"};
    ConfidenceLevel[] levels = {P95, P998};
    for (int l = 0; l < 2; l++) {
      List<FunnelPoint> lower = curve(plot, levels[l], LimitSide.LOWER, false).getPoints();
      List<FunnelPoint> upper = curve(plot, levels[l], LimitSide.UPPER, false).getPoints();
      for (int i = 0; i < steps.length; i++) {
        JsonNode row = expected.get(i);
        // PHE bisects: relative 1e-4 at O = 1 and 1e-5 elsewhere (methods reference 6)
        double tol = steps[i] == 1 ? 1e-4 : 1e-5;
        String p = prefixes[l];
        assertClose(
            row.get("lower_" + p + "_exp_events").asDouble(), lower.get(i).getX(), tol, "x " + row);
        assertClose(
            row.get("lower_" + p + "_isr").asDouble(), lower.get(i).getY() * 100, tol, "y " + row);
        assertClose(
            row.get("upper_" + p + "_exp_events").asDouble(), upper.get(i).getX(), tol, "x " + row);
        assertClose(
            row.get("upper_" + p + "_isr").asDouble(), upper.get(i).getY() * 100, tol, "y " + row);
      }
    }
  }

  private static List<FunnelInput> rateInputs(JsonNode rows, String mode) {
    List<FunnelInput> in = new ArrayList<>();
    int maxIndex = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).get("ev").asDouble() > rows.get(maxIndex).get("ev").asDouble()) {
        maxIndex = i;
      }
    }
    if (mode.equals("zero")) {
      double maxPop = 0;
      double[] pop = new double[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        pop[i] = 1e5 * rows.get(i).get("ev").asDouble() / rows.get(i).get("rate").asDouble();
        maxPop = Math.max(maxPop, pop[i]);
      }
      for (int i = 0; i < rows.size(); i++) {
        if (pop[i] > maxPop / 2) {
          in.add(
              FunnelInput.of(org(i), i == maxIndex ? 0 : rows.get(i).get("ev").asDouble(), pop[i]));
        }
      }
      return in;
    }
    for (int i = 0; i < rows.size(); i++) {
      double ev = rows.get(i).get("ev").asDouble();
      double rate = rows.get(i).get("rate").asDouble();
      if (mode.equals("dsr")) {
        in.add(FunnelInput.ofStandardisedRate(org(i), ev, rate, 1e5));
      } else {
        double events = i == maxIndex ? 5 : ev;
        in.add(FunnelInput.of(org(i), events, 1e5 * events / rate));
      }
    }
    return in;
  }

  @Test
  void rates_phePublishedLimitTables_match() {
    JsonNode file = ReferenceVectors.load("funnel_phe_rate.json");
    JsonNode rows =
        ReferenceVectors.caseById(file, "phe_funnel_rate_limits_dsr").get("input").get("rows");
    String[][] cases = {
      {"phe_funnel_rate_limits_dsr", "dsr"},
      {"phe_funnel_rate_limits_crude_with_small_count", "small"},
      {"phe_funnel_rate_limits_crude_zero_events_with_denominator", "zero"}
    };
    for (String[] c : cases) {
      JsonNode expected = ReferenceVectors.caseById(file, c[0]).get("expected");
      double[] steps = new double[expected.size()];
      for (int i = 0; i < steps.length; i++) {
        steps[i] = expected.get(i).get("Events").asDouble();
      }
      FunnelCalculator calc =
          FunnelCalculator.withDefaults()
              .with(c[1].equals("dsr") ? RateType.DIRECTLY_STANDARDISED : RateType.CRUDE)
              .withCurveSteps(steps);
      FunnelPlot plot = calc.rates(rateInputs(rows, c[1]), 1e5);
      assertClose(
          expected.get(0).get("baseline").asDouble(), plot.getTarget(), 1e-8, c[0] + " baseline");
      String[] prefixes = {"2s", "3s"};
      ConfidenceLevel[] levels = {P95, P998};
      for (int l = 0; l < 2; l++) {
        List<FunnelPoint> lower = curve(plot, levels[l], LimitSide.LOWER, false).getPoints();
        List<FunnelPoint> upper = curve(plot, levels[l], LimitSide.UPPER, false).getPoints();
        for (int i = 0; i < steps.length; i++) {
          JsonNode row = expected.get(i);
          double tol = steps[i] == 1 ? 1e-4 : 1e-5;
          String p = prefixes[l];
          // x is the population; PHE shows it per year of data (3 years here)
          assertClose(
              row.get("lower_" + p + "_population_1_year").asDouble(),
              lower.get(i).getX() / 3,
              tol,
              c[0] + row);
          assertClose(
              row.get("lower_" + p + "_limit").asDouble(), lower.get(i).getY(), tol, c[0] + row);
          assertClose(
              row.get("upper_" + p + "_population_1_year").asDouble(),
              upper.get(i).getX() / 3,
              tol,
              c[0] + row);
          assertClose(
              row.get("upper_" + p + "_limit").asDouble(), upper.get(i).getY(), tol, c[0] + row);
        }
      }
    }
  }

  @Test
  void rates_phePublishedSignificance_allColumnsMatch() {
    JsonNode file = ReferenceVectors.load("funnel_phe_rate.json");
    JsonNode rows = ReferenceVectors.caseById(file, "phe_funnel_rate_significance").get("rows");
    int checked = 0;
    for (String type : List.of("dsr", "crude")) {
      for (String per : List.of("100000", "100")) {
        for (String zeros : List.of("with_0", "without_0")) {
          double m = Double.parseDouble(per);
          List<FunnelInput> inputs = new ArrayList<>();
          List<JsonNode> used = new ArrayList<>();
          for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            double count = r.get("count").asDouble();
            if (zeros.equals("without_0") && count == 0) {
              continue;
            }
            if (type.equals("dsr")) {
              double rate = r.get("rate_dsr").asDouble() * m / 1e5;
              inputs.add(FunnelInput.ofStandardisedRate(org(i), count, rate, m));
            } else {
              inputs.add(FunnelInput.of(org(i), count, r.get("pop").asDouble()));
            }
            used.add(r);
          }
          FunnelPlot plot =
              FunnelCalculator.withDefaults()
                  .with(type.equals("dsr") ? RateType.DIRECTLY_STANDARDISED : RateType.CRUDE)
                  .rates(inputs, m);
          String column = type + "_per_" + per + "_" + zeros;
          for (int i = 0; i < used.size(); i++) {
            String expected = used.get(i).get(column).asText();
            FunnelUnit u = plot.getUnits().get(i);
            if (expected.startsWith("Not applicable")) {
              assertTrue(u.getStatus() != UnitStatus.INCLUDED, column + used.get(i));
            } else {
              assertEquals(UnitStatus.INCLUDED, u.getStatus(), column + used.get(i));
              assertEquals(expected, pheSignificance(u), column + " " + used.get(i));
            }
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 300, "checked " + checked);
  }

  @Test
  void ratios_funnelPlotRPoissonLimits_match() {
    JsonNode file = ReferenceVectors.load("funnel_funnelplotr.json");
    JsonNode e = ReferenceVectors.caseById(file, "funnelplotr_poisson_limits").get("expected");
    FunnelPlot plot =
        FunnelCalculator.withDefaults()
            .with(FunnelMethod.RATIO_FUNNELPLOTR)
            .withCurveSteps(15, 20, 30)
            .ratios(List.of(FunnelInput.of(org(1), 20, 20), FunnelInput.of(org(2), 10, 15)));
    for (int i = 0; i < 3; i++) {
      assertEquals(
          e.get("ll95_round7").get(i).asDouble(),
          curve(plot, P95, LimitSide.LOWER, false).getPoints().get(i).getY(),
          5e-8);
      assertEquals(
          e.get("ul95_round6").get(i).asDouble(),
          curve(plot, P95, LimitSide.UPPER, false).getPoints().get(i).getY(),
          5e-7);
      assertEquals(
          e.get("ll998_round7").get(i).asDouble(),
          curve(plot, P998, LimitSide.LOWER, false).getPoints().get(i).getY(),
          5e-8);
      assertEquals(
          e.get("ul998_round6").get(i).asDouble(),
          curve(plot, P998, LimitSide.UPPER, false).getPoints().get(i).getY(),
          5e-7);
    }
    assertEquals(LimitPosition.INSIDE, plot.getUnits().get(0).getPositions().get(P95));
  }

  @Test
  void exactMethods_spiegelhalterInterpolation_matchR() {
    // R: r <- qbinom(p, n, 0.3); Fr <- pbinom(r, n, 0.3); Fm <- pbinom(r - 1, n, 0.3);
    //    (r - (Fr - p) / (Fr - Fm)) / n
    double[][] binom = {
      {50, 0.001, 0.103129984548}, {50, 0.025, 0.166139380312}, {50, 0.975, 0.420135886717},
      {50, 0.999, 0.499069588548}, {200, 0.001, 0.200523260211}, {200, 0.025, 0.235030537069},
      {200, 0.975, 0.362040775349}, {200, 0.999, 0.400105406228}
    };
    for (double[] b : binom) {
      assertEquals(
          b[2],
          FunnelCalculator.binomialLimit(b[0], 0.3, b[1]),
          1e-11,
          "binomial " + b[0] + " " + b[1]);
    }
    // R: the same with qpois/ppois at mean E, divided by E. At E = 5, p = 0.001 R's formula gives
    // -0.1703 (r = 0); the library clips it to 0.
    FunnelPlot plot =
        FunnelCalculator.withDefaults()
            .with(FunnelMethod.RATIO_EXACT_POISSON_INTERPOLATED)
            .withCurveSteps(5, 40)
            .ratios(List.of(FunnelInput.of(org(1), 3, 5)));
    assertEquals(0, curve(plot, P998, LimitSide.LOWER, false).getPoints().get(0).getY());
    assertEquals(
        0.108413159103, curve(plot, P95, LimitSide.LOWER, false).getPoints().get(0).getY(), 1e-11);
    assertEquals(
        1.875311717533, curve(plot, P95, LimitSide.UPPER, false).getPoints().get(0).getY(), 1e-11);
    assertEquals(
        2.554270756328, curve(plot, P998, LimitSide.UPPER, false).getPoints().get(0).getY(), 1e-11);
    assertEquals(
        0.535000708099, curve(plot, P998, LimitSide.LOWER, false).getPoints().get(1).getY(), 1e-11);
    assertEquals(
        0.689095325471, curve(plot, P95, LimitSide.LOWER, false).getPoints().get(1).getY(), 1e-11);
    assertEquals(
        1.309479631573, curve(plot, P95, LimitSide.UPPER, false).getPoints().get(1).getY(), 1e-11);
    assertEquals(
        1.511290571698, curve(plot, P998, LimitSide.UPPER, false).getPoints().get(1).getY(), 1e-11);
  }

  @Test
  void overdispersion_additiveRandomEffects_matchesAnIndependentRComputation() {
    // R: x <- c(30,45,80,12,60,150,25,90); n <- c(100,120,200,60,150,300,90,210);
    // th <- sum(x)/sum(n); Y <- asin(sqrt(x/n)); s <- 1/(2*sqrt(n)); z <- (Y - asin(sqrt(th)))/s;
    // q <- quantile(z, c(.1,.9), type = 7); zw <- pmin(pmax(z, q[1]), q[2]); phi <- mean(zw^2);
    // w <- 1/s^2; tau2 <- max(0, (I*phi - (I-1)) / (sum(w) - sum(w^2)/sum(w)))
    // gives th 0.4, phi 2.714210385934, tau2 0.003534180245, q -2.748712805887 1.634741352987;
    // limits at n = 100: sin(asin(sqrt(th)) -/+ qnorm(.975 or .999)*sqrt(1/(4*100) + tau2))^2
    double[] x = {30, 45, 80, 12, 60, 150, 25, 90};
    double[] n = {100, 120, 200, 60, 150, 300, 90, 210};
    List<FunnelInput> in = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      in.add(FunnelInput.of(org(i), x[i], n[i]));
    }
    FunnelPlot plot =
        FunnelCalculator.withDefaults()
            .with(Overdispersion.ADDITIVE_RANDOM_EFFECTS)
            .withCurveSteps(100, 200)
            .proportions(in);
    OverdispersionAdjustment od = plot.getOverdispersion().orElseThrow();
    assertEquals(0.4, plot.getTarget(), 1e-15);
    assertEquals(2.714210385934, od.getPhi(), 1e-11);
    assertEquals(0.003534180245, od.getTauSquared(), 1e-12);
    assertEquals(-2.748712805887, od.getWinsorisedBelow(), 1e-11);
    assertEquals(1.634741352987, od.getWinsorisedAbove(), 1e-11);
    assertEquals(8, od.getUnitCount());
    assertEquals(
        0.257720975475, curve(plot, P95, LimitSide.LOWER, true).getPoints().get(0).getY(), 1e-11);
    assertEquals(
        0.551479625559, curve(plot, P95, LimitSide.UPPER, true).getPoints().get(0).getY(), 1e-11);
    assertEquals(
        0.185037621853, curve(plot, P998, LimitSide.LOWER, true).getPoints().get(0).getY(), 1e-11);
    assertEquals(
        0.637572482759, curve(plot, P998, LimitSide.UPPER, true).getPoints().get(0).getY(), 1e-11);
    // 12/60 = 0.2 is below the plain 99.8% limit at n = 60 (Wilson inversion 0.2046) but inside
    // the widened one: sin(asin(sqrt(0.4)) - 3.090232 * sqrt(1/240 + tau2))^2 = 0.1618
    FunnelUnit small = plot.getUnits().get(3);
    assertEquals(LimitPosition.BELOW_LOWER, small.getPositions().get(P998));
    assertEquals(LimitPosition.INSIDE, small.getAdjustedPositions().get(P998));
    assertEquals(LimitPosition.BELOW_LOWER, small.getAdjustedPositions().get(P95));
    assertEquals(8, plot.getCurves().size());
  }

  @Test
  void edgeCases_zeroDenominatorsAreExcludedAndCounted_zeroAndAllArePlaced() {
    FunnelPlot plot =
        FunnelCalculator.withDefaults()
            .proportions(
                List.of(
                    FunnelInput.of(org(1), 0, 0),
                    FunnelInput.of(org(2), 0, 50),
                    FunnelInput.of(org(3), 50, 50),
                    FunnelInput.of(org(4), 30, 100)));
    assertEquals(1, plot.getExcludedCount());
    assertEquals(UnitStatus.EXCLUDED, plot.getUnits().get(0).getStatus());
    assertFalse(plot.getUnits().get(0).getValue().isPresent());
    assertTrue(plot.getUnits().get(0).getPositions().isEmpty());
    assertEquals(LimitPosition.BELOW_LOWER, plot.getUnits().get(1).getPositions().get(P998));
    assertEquals(LimitPosition.ABOVE_UPPER, plot.getUnits().get(2).getPositions().get(P998));
    assertEquals(0.4, plot.getTarget(), 1e-15);
    assertTrue(curve(plot, P95, LimitSide.LOWER, false).getPoints().size() >= 50);
    FunnelPlot one =
        FunnelCalculator.withDefaults()
            .with(Overdispersion.ADDITIVE_RANDOM_EFFECTS)
            .proportions(List.of(FunnelInput.of(org(1), 3, 10)));
    assertEquals(LimitPosition.INSIDE, one.getUnits().get(0).getPositions().get(P95));
    assertFalse(one.getOverdispersion().isPresent());
  }

  @Test
  void badInput_isRefusedWithTheValueNamed() {
    FunnelCalculator calc = FunnelCalculator.withDefaults();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> calc.proportions(List.of(FunnelInput.of(org(1), 11, 10))));
    assertTrue(e.getMessage().contains("11") && e.getMessage().contains("unit1"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> calc.proportions(List.of(FunnelInput.of(org(1), 0, 0))));
    assertTrue(e.getMessage().contains("no organisation"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                calc.with(FunnelMethod.PROPORTION_EXACT_BINOMIAL)
                    .proportions(List.of(FunnelInput.of(org(1), 1, 10.5))));
    assertTrue(e.getMessage().contains("10.5"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> calc.rates(List.of(FunnelInput.of(org(1), 1, 10)), 0));
    assertTrue(e.getMessage().contains("multiplier 0"), e.getMessage());
    IllegalStateException s =
        assertThrows(IllegalStateException.class, () -> FunnelInput.of(org(1), -1, 10));
    assertTrue(s.getMessage().contains("-1"), s.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> calc.withCurvePoints(1));
    assertTrue(e.getMessage().contains("curve points 1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> calc.withCurveSteps(0));
    assertTrue(e.getMessage().contains("curve step 0"), e.getMessage());
  }

  @Test
  void nulls_areRefused_andResultsAreValues() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(OrganisationId.class, org(1));
    tester.testAllPublicStaticMethods(FunnelCalculator.class);
    tester.testAllPublicInstanceMethods(FunnelCalculator.withDefaults());
    tester.testAllPublicStaticMethods(FunnelInput.class);
    List<FunnelInput> in = List.of(FunnelInput.of(org(1), 3, 10), FunnelInput.of(org(2), 5, 12));
    FunnelPlot a = FunnelCalculator.withDefaults().proportions(in);
    new EqualsTester()
        .addEqualityGroup(
            a,
            FunnelCalculator.withDefaults().proportions(in),
            FunnelPlot.builder().from(a).build())
        .addEqualityGroup(
            FunnelCalculator.withDefaults()
                .with(FunnelMethod.PROPORTION_EXACT_BINOMIAL)
                .proportions(in))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(FunnelInput.of(org(1), 3, 10), FunnelInput.of(org(1), 3, 10))
        .addEqualityGroup(FunnelInput.of(org(1), 3, 11))
        .testEquals();
  }
}
