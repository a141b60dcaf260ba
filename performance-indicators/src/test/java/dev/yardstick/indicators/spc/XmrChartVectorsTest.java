package dev.yardstick.indicators.spc;

import static dev.yardstick.indicators.ReferenceVectors.caseById;
import static dev.yardstick.indicators.ReferenceVectors.doubles;
import static dev.yardstick.indicators.ReferenceVectors.ints;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.indicators.ReferenceVectors;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published vectors of spc_xmr_limits.json, spc_special_cause_rules.json and spc_assurance_icons.json. */
class XmrChartVectorsTest {

  private static final XmrChart SCREENED = XmrChart.withDefaults();
  private static final XmrChart UNSCREENED =
      XmrChart.withDefaults().with(MovingRangeScreening.UNSCREENED);

  private static XmrLimits limits(XmrChart chart, double[] y) {
    return chart.calculateLimits(y).orElseThrow();
  }

  @Test
  void limits_nhsrPlotTheDotsSnapshots_matchToPrintedDigits() {
    JsonNode file = ReferenceVectors.load("spc_xmr_limits.json");
    String[] ids = {
      "ptd_spc_standard_snapshot_r1",
      "ptd_spc_standard_snapshot_r2_screened_outlier",
      "ptd_spc_standard_snapshot_r3_unscreened"
    };
    for (String id : ids) {
      JsonNode c = caseById(file, id);
      XmrChart chart = c.get("parameters").get("screen_outliers").asBoolean() ? SCREENED : UNSCREENED;
      XmrLimits l = limits(chart, doubles(c.get("input").get("y")));
      JsonNode e = c.get("expected");
      // R prints 7 significant digits.
      assertEquals(e.get("mean_col").asDouble(), l.getMean(), 5e-7, id);
      assertEquals(e.get("lpl").asDouble(), l.getLowerProcessLimit(), 5e-6, id);
      assertEquals(e.get("upl").asDouble(), l.getUpperProcessLimit(), 5e-6, id);
    }
  }

  @Test
  void calculate_snapshotR1_relativeToMeanAndNoSpecialCause() {
    JsonNode c = caseById(ReferenceVectors.load("spc_xmr_limits.json"), "ptd_spc_standard_snapshot_r1");
    double[] y = doubles(c.get("input").get("y"));
    XmrChartResult chart = SCREENED.calculate(y, Polarity.HIGHER_IS_BETTER);
    int[] expected = ints(c.get("expected").get("relative_to_mean_first_15_printed"));
    double mean = chart.getSegments().get(0).getLimits().orElseThrow().getMean();
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], (int) Math.signum(y[i] - mean), "point " + i);
    }
    chart.getSpecialCauses().forEach(s -> assertEquals(SpecialCause.COMMON_CAUSE, s));
  }

  @Test
  void calculate_facets_eachHalfHasItsOwnLimits() {
    JsonNode c = caseById(ReferenceVectors.load("spc_xmr_limits.json"), "ptd_spc_summary_facets");
    double[] y = doubles(c.get("input").get("y"));
    XmrChartResult chart = SCREENED.calculate(y, Polarity.HIGHER_IS_BETTER, 10);
    JsonNode e = c.get("expected");
    for (int f = 0; f < 2; f++) {
      XmrLimits l = chart.getSegments().get(f).getLimits().orElseThrow();
      JsonNode ef = e.get("facet_" + f);
      assertEquals(ef.get("mean_col").asDouble(), l.getMean(), 5e-3 * Math.abs(l.getMean()));
      assertEquals(ef.get("lpl").asDouble(), l.getLowerProcessLimit(), 5e-3);
      assertEquals(ef.get("upl").asDouble(), l.getUpperProcessLimit(), 5e-3);
    }
    chart.getPointTypes().forEach(t -> assertEquals(PointType.COMMON_CAUSE, t));
  }

  @Test
  void calculate_deviationsVignette_outlierIsTheOnlyImprovement() {
    JsonNode file = ReferenceVectors.load("spc_xmr_limits.json");
    JsonNode screened = caseById(file, "ptd_vignette_deviations_screened");
    double[] y = doubles(screened.get("input").get("y"));
    XmrChartResult chart = SCREENED.calculate(y, Polarity.HIGHER_IS_BETTER);
    XmrLimits l = chart.getSegments().get(0).getLimits().orElseThrow();
    JsonNode e = screened.get("expected");
    assertEquals(e.get("upl_rounded_2dp").asDouble(), l.getUpperProcessLimit(), 0.005);
    assertEquals(e.get("mean_rounded_2dp").asDouble(), l.getMean(), 0.005);
    assertEquals(e.get("lpl_rounded_2dp").asDouble(), l.getLowerProcessLimit(), 0.005);
    for (int i = 0; i < y.length; i++) {
      assertEquals(
          i == 4 ? PointType.SPECIAL_CAUSE_IMPROVEMENT : PointType.COMMON_CAUSE,
          chart.getPointTypes().get(i),
          "point " + i);
    }
    JsonNode unscreened = caseById(file, "ptd_vignette_deviations_unscreened_matches_MDC_Excel");
    XmrLimits u = limits(UNSCREENED, y);
    JsonNode eu = unscreened.get("expected");
    assertEquals(eu.get("upl_rounded_2dp").asDouble(), u.getUpperProcessLimit(), 0.005);
    assertEquals(eu.get("lpl_rounded_2dp").asDouble(), u.getLowerProcessLimit(), 0.005);
  }

  @Test
  void limits_nhspyUnitTests_matchExactlyUpToLastBits() {
    JsonNode file = ReferenceVectors.load("spc_xmr_limits.json");
    int checked = 0;
    for (JsonNode c : file.get("cases")) {
      String id = c.get("id").asText();
      if (!id.startsWith("nhspy_limits_calculations_") || id.endsWith("_empty")) {
        continue;
      }
      XmrLimits l = limits(SCREENED, doubles(c.get("input").get("y")));
      JsonNode e = c.get("expected");
      assertEquals(e.get("mean").asDouble(), l.getMean(), 1e-12, id);
      assertEquals(e.get("lpl").asDouble(), l.getLowerProcessLimit(), 1e-12, id);
      assertEquals(e.get("upl").asDouble(), l.getUpperProcessLimit(), 1e-12, id);
      assertEquals(e.get("nlpl").asDouble(), l.getLowerNearLimit(), 1e-12, id);
      assertEquals(e.get("nupl").asDouble(), l.getUpperNearLimit(), 1e-12, id);
      checked++;
    }
    assertEquals(8, checked);
  }

  @Test
  void calculate_nhspyPandasCases_limitsOutsideAndCloseFlags() {
    JsonNode file = ReferenceVectors.load("spc_xmr_limits.json");
    String[] ids = {
      "nhspy_pandas_spc_x_calc_sample1_fix_after_3",
      "nhspy_pandas_spc_x_calc_sample2",
      "nhspy_pandas_spc_x_calc_sample3",
      "nhspy_pandas_spc_x_calc_near_constant_zero_width_limits"
    };
    for (String id : ids) {
      JsonNode c = caseById(file, id);
      double[] y = doubles(c.get("input").get("y"));
      JsonNode fix = c.get("parameters").get("fix_after_n_points");
      XmrChart chart = fix.isNull() ? SCREENED : SCREENED.withBaselineLength(fix.asInt());
      XmrChartResult result = chart.calculate(y, Polarity.HIGHER_IS_BETTER);
      XmrLimits l = result.getSegments().get(0).getLimits().orElseThrow();
      JsonNode e = c.get("expected");
      assertEquals(e.get("mean").asDouble(), l.getMean(), 1e-12, id);
      assertEquals(e.get("lpl").asDouble(), l.getLowerProcessLimit(), 1e-12, id);
      assertEquals(e.get("upl").asDouble(), l.getUpperProcessLimit(), 1e-12, id);
      for (int i = 0; i < y.length; i++) {
        boolean outside = y[i] > l.getUpperProcessLimit() || y[i] < l.getLowerProcessLimit();
        boolean close =
            !outside && (y[i] > l.getUpperNearLimit() || y[i] < l.getLowerNearLimit());
        assertEquals(e.get("outside_limits").get(i).asBoolean(), outside, id + " point " + i);
        assertEquals(e.get("close_to_limits").get(i).asBoolean(), close, id + " point " + i);
        SpecialCause cause = result.getSpecialCauses().get(i);
        assertEquals(
            outside,
            cause == SpecialCause.ABOVE_UPPER_LIMIT || cause == SpecialCause.BELOW_LOWER_LIMIT,
            id + " point " + i);
        assertEquals(
            e.get("special_cause_flag").get(i).asBoolean(),
            cause != SpecialCause.COMMON_CAUSE,
            id + " point " + i);
      }
    }
  }

  @Test
  void limits_statproconWheelerCases_unscreened() {
    JsonNode file = ReferenceVectors.load("spc_xmr_limits.json");
    XmrLimits readme = limits(UNSCREENED, doubles(caseById(file, "statprocon_readme_wheeler_no_screening").get("input").get("y")));
    assertEquals(85.7, readme.getUpperProcessLimit(), 1e-9);
    assertEquals(-20.7, readme.getLowerProcessLimit(), 1e-9);
    assertEquals(32.5, readme.getMean(), 1e-12);
    assertEquals(20, readme.getAverageMovingRange(), 1e-12);
    XmrLimits small = limits(UNSCREENED, new double[] {3, 4, 5});
    assertEquals(6.66, small.getUpperProcessLimit(), 1e-12);
    assertEquals(1.34, small.getLowerProcessLimit(), 1e-12);
    XmrLimits upper = limits(UNSCREENED, doubles(caseById(file, "statprocon_upper_natural_process_limit").get("input").get("y")));
    // statprocon rounds the average moving range to 3 decimals first (49.667): 172.364 against
    // 172.3633 unrounded.
    assertEquals(172.364, upper.getUpperProcessLimit(), 1e-3);
  }

  @Test
  void limits_powerBiSpcRatioChart_unroundedFactor() {
    JsonNode c = caseById(ReferenceVectors.load("spc_xmr_limits.json"), "powerbi_spc_i_chart_ratio");
    double[] num = doubles(c.get("input").get("numerators"));
    double[] den = doubles(c.get("input").get("denominators"));
    double[] y = new double[num.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = num[i] / den[i];
    }
    JsonNode e = c.get("expected");
    for (MovingRangeScreening screening : MovingRangeScreening.values()) {
      XmrLimits l = limits(XmrChart.withDefaults().with(LimitFactor.UNROUNDED).with(screening), y);
      assertEquals(e.get("ul99").asDouble(), l.getUpperProcessLimit(), 5e-5);
      assertEquals(e.get("ll99").asDouble(), l.getLowerProcessLimit(), 5e-5);
      assertEquals(e.get("ul95").asDouble(), l.getUpperNearLimit(), 5e-5);
      assertEquals(e.get("ll95").asDouble(), l.getLowerNearLimit(), 5e-5);
    }
  }

  @Test
  void calculateLimits_statproconErrorCases_fewerThanTwoPointsHaveNoLimits() {
    assertEquals(java.util.Optional.empty(), SCREENED.calculateLimits(new double[0]));
    assertEquals(java.util.Optional.empty(), SCREENED.calculateLimits(new double[] {1}));
  }

  // ---- rule-level vectors (NHSRplotthedots unit tests, PowerBI-SPC tests) ----

  @Test
  void shiftEnds_nhsrSevenPointOneSideMean() {
    for (JsonNode v : caseById(ReferenceVectors.load("spc_special_cause_rules.json"), "ptd_seven_point_one_side_mean").get("vectors")) {
      int[] ends = SpecialCauseRules.shiftEnds(ints(v.get("input")), 7);
      int[] flags = new int[ends.length];
      for (int i = 0; i < ends.length; i++) {
        flags[i] = ends[i] != 0 ? 1 : 0;
      }
      assertArrayEquals(ints(v.get("expected")), flags, v.toString());
    }
  }

  @Test
  void partOfRun_nhsrPartOfSevenTrend() {
    for (JsonNode v : caseById(ReferenceVectors.load("spc_special_cause_rules.json"), "ptd_part_of_seven_trend").get("vectors")) {
      int[] part = SpecialCauseRules.partOfRun(ints(v.get("input")), 7);
      int[] flags = new int[part.length];
      for (int i = 0; i < part.length; i++) {
        flags[i] = part[i] != 0 ? 1 : 0;
      }
      assertArrayEquals(ints(v.get("expected")), flags, v.toString());
    }
  }

  @Test
  void trendEnds_nhsrSevenPointTrend() {
    for (JsonNode v : caseById(ReferenceVectors.load("spc_special_cause_rules.json"), "ptd_seven_point_trend").get("vectors")) {
      assertArrayEquals(
          ints(v.get("expected")), SpecialCauseRules.trendEnds(doubles(v.get("input")), 7), v.toString());
    }
  }

  @Test
  void twoInThree_nhsrTwoInThreeAndPartOf() {
    JsonNode file = ReferenceVectors.load("spc_special_cause_rules.json");
    for (JsonNode v : caseById(file, "ptd_two_in_three").get("vectors")) {
      boolean[] flagged = SpecialCauseRules.twoInThree(bools(v.get("close")), ints(v.get("relative_to_mean")));
      assertArrayEquals(ints(v.get("expected")), asInts(flagged), v.toString());
    }
    for (JsonNode v : caseById(file, "ptd_part_of_two_in_three").get("vectors")) {
      boolean[] close = bools(v.get("close"));
      boolean[] part =
          SpecialCauseRules.partOfTwoInThree(
              SpecialCauseRules.twoInThree(close, ints(v.get("relative_to_mean"))), close);
      assertArrayEquals(ints(v.get("expected")), asInts(part), v.toString());
    }
  }

  @Test
  void calculate_twoInThreeOppositeSides_isCommonCause() {
    JsonNode c = caseById(ReferenceVectors.load("spc_special_cause_rules.json"), "ptd_two_in_three_opposite_sides_end_to_end");
    XmrChartResult chart = SCREENED.calculate(doubles(c.get("input").get("y")), Polarity.HIGHER_IS_BETTER);
    List<PointType> types = chart.getPointTypes();
    assertEquals(PointType.COMMON_CAUSE, types.get(types.size() - 2));
    assertEquals(PointType.COMMON_CAUSE, types.get(types.size() - 1));
  }

  @Test
  void shift_powerBiSpcVectors_withTargetsAsCentre() {
    for (JsonNode v : caseById(ReferenceVectors.load("spc_special_cause_rules.json"), "powerbi_spc_shift").get("vectors")) {
      double[] val = doubles(v.get("val"));
      double[] target = doubles(v.get("targets"));
      int[] rtm = new int[val.length];
      for (int i = 0; i < val.length; i++) {
        rtm[i] = (int) Math.signum(val[i] - target[i]);
      }
      int n = v.get("n").asInt();
      assertArrayEquals(
          words(v.get("expected")), SpecialCauseRules.partOfRun(SpecialCauseRules.shiftEnds(rtm, n), n), v.toString());
    }
  }

  @Test
  void trend_powerBiSpcVectors() {
    for (JsonNode v : caseById(ReferenceVectors.load("spc_special_cause_rules.json"), "powerbi_spc_trend").get("vectors")) {
      int n = v.get("n").asInt();
      assertArrayEquals(
          words(v.get("expected")),
          SpecialCauseRules.partOfRun(SpecialCauseRules.trendEnds(doubles(v.get("val")), n), n),
          v.toString());
    }
  }

  @Test
  void labelPriority_outsideBeatsTrendBeatsTwoInThreeBeatsShift() {
    // The mock-based NHSRplotthedots label-priority case, rebuilt as a real series: alternating
    // noise, then 7 increasing points that are also 7 below the mean of 6.7 (trend outranks shift), then
    // a point far outside that also extends the trend (outside outranks trend).
    double[] y = {5, -5, 5, -5, 5, -5, 5, -5, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 100};
    XmrChartResult chart = SCREENED.calculate(y, Polarity.HIGHER_IS_BETTER);
    assertEquals(SpecialCause.ABOVE_UPPER_LIMIT, chart.getSpecialCauses().get(15));
    // The run of increases starts at the last -5 (point 7): 8 increasing points, 7 to 14.
    for (int i = 7; i < 15; i++) {
      assertEquals(SpecialCause.TREND_INCREASING, chart.getSpecialCauses().get(i), "point " + i);
    }
    // The outlier lifts the mean to 6.7: the noise is a run of 8 below it (a shift), and each -5
    // lies beyond the lower near limit, two in every three points (two-of-three outranks shift).
    for (int i = 0; i < 7; i++) {
      assertEquals(
          i % 2 == 0 ? SpecialCause.SHIFT_BELOW : SpecialCause.TWO_OF_THREE_BELOW,
          chart.getSpecialCauses().get(i),
          "point " + i);
    }
    assertEquals(VariationIcon.IMPROVEMENT_HIGH, chart.getVariationIcon().orElseThrow());
  }

  // ---- assurance icons (NHSRplotthedots tests) ----

  @Test
  void assuranceIcon_nhsrVectors() {
    JsonNode file = ReferenceVectors.load("spc_assurance_icons.json");
    JsonNode rows = caseById(file, "ptd_assurance_increase").get("input").get("rows");
    String[][] expected = {
      {"consistent_fail", "consistent_pass", "inconsistent"},
      {"consistent_pass", "consistent_fail", "inconsistent"}
    };
    Polarity[] polarities = {Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER};
    String[] ids = {"ptd_assurance_increase", "ptd_assurance_decrease"};
    for (int p = 0; p < 2; p++) {
      JsonNode published = caseById(file, ids[p]).get("expected");
      for (int r = 0; r < rows.size(); r++) {
        assertEquals(expected[p][r], published.get(r).asText());
        XmrChartResult chart = chartWithLimits(rows.get(r), polarities[p]);
        assertEquals(
            icon(published.get(r).asText()), chart.getAssuranceIcon(4).orElseThrow(), ids[p] + " row " + r);
        assertEquals(java.util.Optional.empty(), chartWithLimits(rows.get(r), Polarity.NONE).getAssuranceIcon(4));
      }
    }
  }

  @Test
  void assuranceIcon_usesTheLatestSegmentOnly() {
    JsonNode c = caseById(ReferenceVectors.load("spc_assurance_icons.json"), "ptd_assurance_uses_last_row_of_facet");
    JsonNode rows = c.get("input").get("rows_in_order_1");
    int[][] orders = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}};
    AssuranceIcon[] expected = {
      AssuranceIcon.HIT_AND_MISS, AssuranceIcon.CONSISTENTLY_PASSING, AssuranceIcon.CONSISTENTLY_FAILING
    };
    for (int o = 0; o < 3; o++) {
      XmrChartResult.Builder b =
          XmrChartResult.builder()
              .polarity(Polarity.LOWER_IS_BETTER)
              .screening(MovingRangeScreening.SCREENED)
              .limitFactor(LimitFactor.ROUNDED)
              .shiftLength(7)
              .trendLength(7);
      for (int k = 0; k < 3; k++) {
        JsonNode row = rows.get(orders[o][k]);
        b.addSegments(segment(k, row.get("lpl").asDouble(), (row.get("lpl").asDouble() + row.get("upl").asDouble()) / 2, row.get("upl").asDouble()));
        b.addValues(0.0).addSpecialCauses(SpecialCause.COMMON_CAUSE).addPointTypes(PointType.COMMON_CAUSE);
      }
      assertEquals(expected[o], b.build().getAssuranceIcon(4).orElseThrow(), "order " + o);
    }
  }

  private static XmrChartResult chartWithLimits(JsonNode row, Polarity polarity) {
    return XmrChartResult.builder()
        .polarity(polarity)
        .screening(MovingRangeScreening.SCREENED)
        .limitFactor(LimitFactor.ROUNDED)
        .shiftLength(7)
        .trendLength(7)
        .addSegments(segment(0, row.get("lpl").asDouble(), row.get("mean").asDouble(), row.get("upl").asDouble()))
        .addValues(row.get("mean").asDouble())
        .addSpecialCauses(SpecialCause.COMMON_CAUSE)
        .addPointTypes(PointType.COMMON_CAUSE)
        .build();
  }

  private static XmrSegment segment(int start, double lpl, double mean, double upl) {
    return XmrSegment.builder()
        .start(start)
        .end(start + 1)
        .limits(
            XmrLimits.builder()
                .baselineSize(2)
                .mean(mean)
                .averageMovingRange((upl - mean) / 2.66)
                .lowerProcessLimit(lpl)
                .upperProcessLimit(upl)
                .lowerNearLimit(mean - (mean - lpl) * 2 / 3)
                .upperNearLimit(mean + (upl - mean) * 2 / 3)
                .build())
        .build();
  }

  private static AssuranceIcon icon(String published) {
    switch (published) {
      case "consistent_pass":
        return AssuranceIcon.CONSISTENTLY_PASSING;
      case "consistent_fail":
        return AssuranceIcon.CONSISTENTLY_FAILING;
      default:
        return AssuranceIcon.HIT_AND_MISS;
    }
  }

  private static int[] words(JsonNode expected) {
    int[] d = new int[expected.size()];
    for (int i = 0; i < d.length; i++) {
      String w = expected.get(i).asText();
      d[i] = "upper".equals(w) ? 1 : ("lower".equals(w) ? -1 : 0);
    }
    return d;
  }

  private static boolean[] bools(JsonNode array) {
    boolean[] b = new boolean[array.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = array.get(i).asInt() != 0;
    }
    return b;
  }

  private static int[] asInts(boolean[] b) {
    int[] d = new int[b.length];
    for (int i = 0; i < b.length; i++) {
      d[i] = b[i] ? 1 : 0;
    }
    return d;
  }
}
