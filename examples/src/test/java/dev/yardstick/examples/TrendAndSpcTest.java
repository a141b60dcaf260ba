package dev.yardstick.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.indicators.spc.PointType;
import dev.yardstick.indicators.spc.VariationIcon;
import dev.yardstick.indicators.spc.XmrChartResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrendAndSpcTest {

  @Test
  void trend_isASignificantImprovement() {
    assertEquals(
        Optional.of(DirectionOfTravel.IMPROVING), TrendAndSpc.trend().getDirectionOfTravel());
  }

  @Test
  void spc_marksTheLaterMonthsAsImprovement() {
    XmrChartResult chart = TrendAndSpc.spc();
    assertEquals(Optional.of(VariationIcon.IMPROVEMENT_HIGH), chart.getVariationIcon());
    assertEquals(PointType.COMMON_CAUSE, chart.getPointTypes().get(3));
    assertEquals(PointType.SPECIAL_CAUSE_IMPROVEMENT, chart.getPointTypes().get(20));
  }
}
