package dev.yardstick.core.measure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeasureKindTest {

  @Test
  void canRollUp_flowsSnapshotsAndRatios() {
    assertTrue(MeasureKind.FLOW_COUNT.canRollUp());
    assertTrue(MeasureKind.SNAPSHOT.canRollUp());
    assertTrue(MeasureKind.RATIO.canRollUp());
  }

  @Test
  void canRollUp_notMeansMediansOrDurations() {
    assertFalse(MeasureKind.MEAN.canRollUp());
    assertFalse(MeasureKind.MEDIAN.canRollUp());
    assertFalse(MeasureKind.DURATION.canRollUp());
  }
}
