package dev.yardstick.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.risk.AppetiteCheck;
import dev.yardstick.risk.AppetiteStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreARiskTest {

  @Test
  void residual_scoresSixteenAndIsAboveTolerance() {
    assertEquals(16, ScoreARisk.residual().getScore());
    List<AppetiteCheck> above = ScoreARisk.aboveAppetite();
    assertEquals(1, above.size());
    assertEquals(AppetiteStatus.ABOVE_TOLERANCE, above.get(0).getStatus());
  }
}
