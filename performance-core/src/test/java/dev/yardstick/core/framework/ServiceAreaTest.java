package dev.yardstick.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceAreaTest {

  @Test
  void adults_containsItsFourClientGroups() {
    assertEquals(
        List.of(
            ServiceArea.OLDER_PEOPLE,
            ServiceArea.PHYSICAL_DISABILITY,
            ServiceArea.LEARNING_DISABILITY,
            ServiceArea.MENTAL_HEALTH),
        ServiceArea.ADULTS.getChildren());
    for (ServiceArea group : ServiceArea.ADULTS.getChildren()) {
      assertTrue(ServiceArea.ADULTS.contains(group));
      assertEquals(Optional.of(ServiceArea.ADULTS), group.getParent());
      assertFalse(group.contains(ServiceArea.ADULTS));
    }
  }

  @Test
  void contains_isReflexiveAndDoesNotCrossAreas() {
    for (ServiceArea area : ServiceArea.values()) {
      assertTrue(area.contains(area));
    }
    assertFalse(ServiceArea.ADULTS.contains(ServiceArea.CARERS));
    assertFalse(ServiceArea.CHILDREN_AND_FAMILIES.contains(ServiceArea.OLDER_PEOPLE));
    assertFalse(ServiceArea.OLDER_PEOPLE.contains(ServiceArea.MENTAL_HEALTH));
    assertEquals(List.of(), ServiceArea.CARERS.getChildren());
    assertEquals(Optional.empty(), ServiceArea.CORPORATE.getParent());
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().testAllPublicInstanceMethods(ServiceArea.ADULTS);
  }
}
