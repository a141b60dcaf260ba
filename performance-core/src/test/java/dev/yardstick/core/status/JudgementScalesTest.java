package dev.yardstick.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JudgementScalesTest {

  @Test
  void servingPeopleWell_isOrderedWithTheOfficialWording() {
    assertEquals(
        List.of("No", "Some", "Most", "Yes"),
        Stream.of(ServingPeopleWell.values())
            .map(ServingPeopleWell::getWording)
            .collect(Collectors.toList()));
    assertTrue(ServingPeopleWell.SOME.compareTo(ServingPeopleWell.MOST) < 0);
  }

  @Test
  void capacityForImprovement_isOrderedWithTheOfficialWording() {
    assertEquals(
        List.of("Poor", "Uncertain", "Promising", "Excellent"),
        Stream.of(CapacityForImprovement.values())
            .map(CapacityForImprovement::getWording)
            .collect(Collectors.toList()));
    assertTrue(CapacityForImprovement.PROMISING.compareTo(CapacityForImprovement.EXCELLENT) < 0);
  }

  @Test
  void atMost_capsAJudgementAsAMissedKeyIndicatorDoes() {
    // Children's services missing a key-PI threshold are judged at most "Some".
    assertEquals(ServingPeopleWell.SOME, ServingPeopleWell.YES.atMost(ServingPeopleWell.SOME));
    assertEquals(ServingPeopleWell.SOME, ServingPeopleWell.MOST.atMost(ServingPeopleWell.SOME));
    assertEquals(ServingPeopleWell.NO, ServingPeopleWell.NO.atMost(ServingPeopleWell.SOME));
    for (ServingPeopleWell j : ServingPeopleWell.values()) {
      for (ServingPeopleWell cap : ServingPeopleWell.values()) {
        assertTrue(j.atMost(cap).compareTo(cap) <= 0 && j.atMost(cap).compareTo(j) <= 0);
      }
    }
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().testAllPublicInstanceMethods(ServingPeopleWell.MOST);
  }
}
