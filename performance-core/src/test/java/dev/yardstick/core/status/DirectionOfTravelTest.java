package dev.yardstick.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DirectionOfTravelTest {

  @Test
  void flip_swapsImprovingAndWorsening() {
    assertEquals(DirectionOfTravel.WORSENING, DirectionOfTravel.IMPROVING.flip());
    assertEquals(DirectionOfTravel.IMPROVING, DirectionOfTravel.WORSENING.flip());
  }

  @Test
  void flip_keepsNoChangeAndNotComparable() {
    assertEquals(
        DirectionOfTravel.NO_SIGNIFICANT_CHANGE, DirectionOfTravel.NO_SIGNIFICANT_CHANGE.flip());
    assertEquals(DirectionOfTravel.NOT_COMPARABLE, DirectionOfTravel.NOT_COMPARABLE.flip());
  }

  @Test
  void flip_twice_isIdentity() {
    for (DirectionOfTravel d : DirectionOfTravel.values()) {
      assertEquals(d, d.flip().flip());
    }
  }
}
