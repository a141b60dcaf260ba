package dev.yardstick.examples.report.svg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void nice_widensToWholeSteps() {
    Scale s = Scale.nice(3.2, 97.1, 0, 500, 6);
    assertEquals(0, s.low());
    assertEquals(100, s.high());
    assertArrayEquals(new double[] {0, 20, 40, 60, 80, 100}, s.ticks(), 1e-9);
    assertEquals(250, s.map(50), 1e-9);
  }

  @Test
  void nice_ofOneValue_padsAroundIt() {
    Scale s = Scale.nice(5, 5, 0, 100, 5);
    assertEquals(true, s.low() < 5 && s.high() > 5);
  }

  @Test
  void map_canRunDownwards() {
    Scale s = Scale.exact(0, 10, 300, 100);
    assertEquals(300, s.map(0), 1e-9);
    assertEquals(100, s.map(10), 1e-9);
  }
}
