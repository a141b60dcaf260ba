package dev.yardstick.indicators.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.Polarity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XmrChartTest {

  private static final XmrChart MDC = XmrChart.withDefaults();

  @Test
  void calculate_empty_noSegmentsNoIcons() {
    XmrChartResult r = MDC.calculate(new double[0], Polarity.HIGHER_IS_BETTER);
    assertEquals(List.of(), r.getSegments());
    assertEquals(Optional.empty(), r.getVariationIcon());
    assertEquals(Optional.empty(), r.getAssuranceIcon(1));
    assertTrue(r.explain().contains("empty"));
  }

  @Test
  void calculate_onePoint_segmentWithoutLimitsCommonCause() {
    XmrChartResult r = MDC.calculate(new double[] {4}, Polarity.HIGHER_IS_BETTER);
    assertEquals(Optional.empty(), r.getSegments().get(0).getLimits());
    assertEquals(Optional.of(VariationIcon.COMMON_CAUSE), r.getVariationIcon());
    assertEquals(Optional.empty(), r.getAssuranceIcon(5));
  }

  @Test
  void calculate_twoPoints_limitsAndTrial() {
    XmrChartResult r = MDC.calculate(new double[] {4, 6}, Polarity.HIGHER_IS_BETTER);
    XmrSegment s = r.getSegments().get(0);
    assertTrue(s.isTrial());
    // AMR 2; screening keeps 2 < 6.534.
    assertEquals(5 + 2.66 * 2, s.getLimits().orElseThrow().getUpperProcessLimit(), 1e-12);
  }

  @Test
  void calculate_allEqual_zeroWidthLimitsAllCommonCause() {
    XmrChartResult r = MDC.calculate(new double[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, Polarity.LOWER_IS_BETTER);
    XmrLimits l = r.getSegments().get(0).getLimits().orElseThrow();
    assertEquals(0, l.getAverageMovingRange());
    assertEquals(3, l.getUpperProcessLimit());
    r.getSpecialCauses().forEach(c -> assertEquals(SpecialCause.COMMON_CAUSE, c));
    assertEquals(Optional.of(AssuranceIcon.CONSISTENTLY_FAILING), r.getAssuranceIcon(2));
  }

  @Test
  void calculate_rebase_rulesStayInsideSegments() {
    // Six low points then six high: rebasing at 6 gives two segments with their own limits and
    // no special cause; without the rebase the high points are outside the limits.
    double[] y = {1, 2, 1, 2, 1, 2, 11, 12, 11, 12, 11, 12};
    XmrChartResult r = MDC.withShiftLength(6).calculate(y, Polarity.HIGHER_IS_BETTER, 6);
    assertEquals(2, r.getSegments().size());
    assertEquals(11.5, r.getSegments().get(1).getLimits().orElseThrow().getMean(), 1e-12);
    r.getSpecialCauses().forEach(c -> assertEquals(SpecialCause.COMMON_CAUSE, c));
    XmrChartResult single = MDC.withShiftLength(6).calculate(y, Polarity.HIGHER_IS_BETTER);
    // One segment: the jump's moving range is screened out, the limits are 6.5 -/+ 2.66.
    assertEquals(SpecialCause.ABOVE_UPPER_LIMIT, single.getSpecialCauses().get(11));
    assertEquals(Optional.of(VariationIcon.IMPROVEMENT_HIGH), single.getVariationIcon());
  }

  @Test
  void variationIcon_byPolarity() {
    double[] y = {5, 5.5, 4.5, 5, 5.5, 4.5, 5, 5.5, 4.5, 5, 5.5, 20};
    assertEquals(Optional.of(VariationIcon.IMPROVEMENT_HIGH), MDC.calculate(y, Polarity.HIGHER_IS_BETTER).getVariationIcon());
    assertEquals(Optional.of(VariationIcon.CONCERN_HIGH), MDC.calculate(y, Polarity.LOWER_IS_BETTER).getVariationIcon());
    assertEquals(Optional.of(VariationIcon.NEUTRAL_HIGH), MDC.calculate(y, Polarity.NONE).getVariationIcon());
    y[11] = -10;
    assertEquals(Optional.of(VariationIcon.CONCERN_LOW), MDC.calculate(y, Polarity.HIGHER_IS_BETTER).getVariationIcon());
    assertEquals(Optional.of(VariationIcon.IMPROVEMENT_LOW), MDC.calculate(y, Polarity.LOWER_IS_BETTER).getVariationIcon());
    assertEquals(Optional.of(VariationIcon.NEUTRAL_LOW), MDC.calculate(y, Polarity.NONE).getVariationIcon());
  }

  @Test
  void assuranceIcon_targetOnALimit_isHitAndMiss() {
    XmrChartResult r = MDC.calculate(new double[] {4, 6, 4, 6}, Polarity.HIGHER_IS_BETTER);
    double upl = r.getSegments().get(0).getLimits().orElseThrow().getUpperProcessLimit();
    assertEquals(Optional.of(AssuranceIcon.HIT_AND_MISS), r.getAssuranceIcon(upl));
    assertThrows(IllegalArgumentException.class, () -> r.getAssuranceIcon(Double.NaN));
  }

  @Test
  void calculate_badInput_namesValueAndPosition() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MDC.calculate(new double[] {1, 2, Double.NaN}, Polarity.NONE));
    assertTrue(e.getMessage().contains("position 2"), e.getMessage());
    IllegalArgumentException rebase =
        assertThrows(
            IllegalArgumentException.class, () -> MDC.calculate(new double[] {1, 2, 3}, Polarity.NONE, 3));
    assertTrue(rebase.getMessage().contains("rebase position 3"), rebase.getMessage());
    IllegalArgumentException order =
        assertThrows(
            IllegalArgumentException.class,
            () -> MDC.calculate(new double[] {1, 2, 3, 4}, Polarity.NONE, 2, 1));
    assertTrue(order.getMessage().contains("rebase position 1 does not come after 2"), order.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MDC.withShiftLength(0));
    assertThrows(IllegalArgumentException.class, () -> MDC.withTrendLength(1));
    assertThrows(IllegalArgumentException.class, () -> MDC.withBaselineLength(1));
  }

  @Test
  void values_equalsBuildersAndNulls() {
    XmrChartResult a = MDC.calculate(new double[] {1, 3, 2, 4}, Polarity.HIGHER_IS_BETTER);
    XmrSegment segment = a.getSegments().get(0);
    XmrLimits limits = segment.getLimits().orElseThrow();
    new EqualsTester()
        .addEqualityGroup(a, XmrChartResult.builder().from(a).build())
        .addEqualityGroup(MDC.calculate(new double[] {1, 3, 2, 4}, Polarity.LOWER_IS_BETTER))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(segment, XmrSegment.builder().from(segment).build())
        .addEqualityGroup(XmrSegment.builder().from(segment).end(5).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(limits, XmrLimits.builder().from(limits).build())
        .addEqualityGroup(XmrLimits.builder().from(limits).baselineSize(3).build())
        .testEquals();
    NullPointerTester npt = new NullPointerTester().setDefault(Polarity.class, Polarity.NONE);
    npt.testAllPublicInstanceMethods(MDC);
    npt.testAllPublicStaticMethods(XmrChart.class);
    npt.testAllPublicInstanceMethods(a);
    npt.testAllPublicInstanceMethods(segment);
    npt.testAllPublicInstanceMethods(limits);
  }

  @Test
  void limits_outOfOrder_rejectedByCheck() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                XmrLimits.builder()
                    .baselineSize(2)
                    .mean(5)
                    .averageMovingRange(1)
                    .lowerProcessLimit(6)
                    .upperProcessLimit(7)
                    .lowerNearLimit(5)
                    .upperNearLimit(6)
                    .build());
    assertTrue(e.getMessage().contains("not in order"), e.getMessage());
  }

  @Test
  void toString_namesTheClassAndItsOptions() {
    assertEquals(
        "XmrChart{SCREENED, ROUNDED, shift 7, trend 7, no fixed baseline}", MDC.toString());
    assertEquals(
        "XmrChart{UNSCREENED, UNROUNDED, shift 8, trend 6, baseline 12}",
        MDC.with(MovingRangeScreening.UNSCREENED)
            .with(LimitFactor.UNROUNDED)
            .withShiftLength(8)
            .withTrendLength(6)
            .withBaselineLength(12)
            .toString());
  }
}
