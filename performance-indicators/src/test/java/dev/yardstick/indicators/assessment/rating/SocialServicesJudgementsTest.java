package dev.yardstick.indicators.assessment.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.status.CapacityForImprovement;
import dev.yardstick.core.status.ServingPeopleWell;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SocialServicesJudgementsTest {

  static final SocialServicesJudgements HULL =
      SocialServicesJudgements.of(
          ServingPeopleWell.MOST,
          CapacityForImprovement.PROMISING,
          ServingPeopleWell.SOME,
          CapacityForImprovement.PROMISING);

  @Test
  void all_listsEachOfThe256CombinationsOnce() {
    assertEquals(256, SocialServicesJudgements.all().size());
    assertEquals(256, new HashSet<>(SocialServicesJudgements.all()).size());
    assertEquals(
        SocialServicesJudgements.of(
            ServingPeopleWell.NO,
            CapacityForImprovement.POOR,
            ServingPeopleWell.NO,
            CapacityForImprovement.POOR),
        SocialServicesJudgements.all().get(0));
    assertEquals(
        SocialServicesJudgements.of(
            ServingPeopleWell.YES,
            CapacityForImprovement.EXCELLENT,
            ServingPeopleWell.YES,
            CapacityForImprovement.EXCELLENT),
        SocialServicesJudgements.all().get(255));
  }

  @Test
  void toString_namesBothServicesInReportWording() {
    assertEquals(
        "children's services Most/Promising, adults' services Some/Promising", HULL.toString());
    assertEquals("adults' services Some/Promising", HULL.describe(ServiceGroup.ADULTS));
  }

  @Test
  void accessorsByGroup_andCopies() {
    assertEquals(ServingPeopleWell.SOME, HULL.getServingPeopleWell(ServiceGroup.ADULTS));
    assertEquals(CapacityForImprovement.PROMISING, HULL.getCapacity(ServiceGroup.CHILDREN));
    SocialServicesJudgements capped =
        HULL.withServingPeopleWell(ServiceGroup.CHILDREN, ServingPeopleWell.SOME);
    assertEquals(ServingPeopleWell.SOME, capped.getChildrenServingPeopleWell());
    assertEquals(ServingPeopleWell.SOME, capped.getAdultsServingPeopleWell());
    assertEquals(
        CapacityForImprovement.POOR,
        HULL.withCapacity(ServiceGroup.ADULTS, CapacityForImprovement.POOR).getAdultsCapacity());
    assertEquals(
        "children's services Some/Promising, adults' services Most/Promising",
        HULL.mirror().toString());
    assertEquals(HULL, HULL.mirror().mirror());
    assertEquals(ServiceGroup.ADULTS, ServiceGroup.CHILDREN.other());
    assertEquals(ServiceGroup.CHILDREN, ServiceGroup.ADULTS.other());
  }

  @Test
  void builder_missingJudgement_isRejectedNamingIt() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                SocialServicesJudgements.builder()
                    .childrenServingPeopleWell(ServingPeopleWell.YES)
                    .build());
    assertTrue(e.getMessage().contains("adultsCapacity"), e.getMessage());
  }

  @Test
  void equals_byAllFourJudgements() {
    new EqualsTester()
        .addEqualityGroup(HULL, SocialServicesJudgements.builder().from(HULL).build())
        .addEqualityGroup(HULL.mirror())
        .addEqualityGroup(HULL.withCapacity(ServiceGroup.CHILDREN, CapacityForImprovement.POOR))
        .addEqualityGroup(HULL.withCapacity(ServiceGroup.ADULTS, CapacityForImprovement.POOR))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(SocialServicesJudgements.class);
    tester.testAllPublicInstanceMethods(HULL);
  }
}
