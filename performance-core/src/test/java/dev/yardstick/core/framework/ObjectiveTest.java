package dev.yardstick.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObjectiveTest {

  static Objective independence() {
    return Objective.builder()
        .id(ObjectiveId.of("ASC-1"))
        .title("More older people helped to live at home")
        .level(ObjectiveLevel.SERVICE_PLAN)
        .parent(ObjectiveId.of("CP-3"))
        .owner(OwnerRole.of("Head of Adult Services"))
        .serviceArea(ServiceArea.OLDER_PEOPLE)
        .addIndicators(IndicatorCode.of("C32"), IndicatorCode.of("ASCOF 2B"))
        .addStandards(StandardId.of("STD-EQUIP"))
        .addOutcomes(OutcomeId.of("OUT-HOME"))
        .addRisks(RiskId.of("CR-12"))
        .build();
  }

  @Test
  void builder_keepsLinksInOrderAndRoundTrips() {
    Objective objective = independence();
    assertEquals(
        List.of(IndicatorCode.of("C32"), IndicatorCode.of("ASCOF 2B")),
        List.copyOf(objective.getIndicators()));
    assertEquals(Optional.of(ObjectiveId.of("CP-3")), objective.getParent());
    assertEquals("Head of Adult Services", objective.getOwner().getTitle());
    assertEquals(objective, Objective.builder().from(objective).build());
  }

  @Test
  void parentIsItself_throwsNamingTheObjective() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Objective.builder().from(independence()).parent(ObjectiveId.of("ASC-1")).build());
    assertEquals("objective ASC-1 names itself as its parent", e.getMessage());
  }

  @Test
  void missingOwner_throwsNamingTheAttribute() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Objective.builder()
                    .id(ObjectiveId.of("X"))
                    .title("t")
                    .level(ObjectiveLevel.TEAM_PLAN)
                    .build());
    assertTrue(e.getMessage().contains("owner"), e.getMessage());
  }

  @Test
  void levels_runFromCommunityPlanToIndividual() {
    assertTrue(ObjectiveLevel.COMMUNITY_PLAN.isAbove(ObjectiveLevel.CORPORATE_PLAN));
    assertTrue(ObjectiveLevel.TEAM_PLAN.isAbove(ObjectiveLevel.INDIVIDUAL));
    assertFalse(ObjectiveLevel.SERVICE_PLAN.isAbove(ObjectiveLevel.SERVICE_PLAN));
    assertFalse(ObjectiveLevel.INDIVIDUAL.isAbove(ObjectiveLevel.COMMUNITY_PLAN));
  }

  @Test
  void ownerRole_rejectsBlankAndKeepsTitle() {
    assertEquals("Head of Adult Services", OwnerRole.of("Head of Adult Services").toString());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OwnerRole.of(""));
    assertEquals("owner role must not be blank", e.getMessage());
  }

  @Test
  void equalsAndNulls() {
    Objective objective = independence();
    new EqualsTester()
        .addEqualityGroup(objective, Objective.builder().from(objective).build())
        .addEqualityGroup(Objective.builder().from(objective).parent(Optional.empty()).build())
        .addEqualityGroup(
            Objective.builder().from(objective).owner(OwnerRole.of("Director")).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(OwnerRole.of("Director"), OwnerRole.of("Director"))
        .addEqualityGroup(OwnerRole.of("director"))
        .testEquals();
    var tester = Testers.nullPointerTester();
    tester.testAllPublicStaticMethods(Objective.class);
    tester.testAllPublicStaticMethods(OwnerRole.class);
    tester.testAllPublicInstanceMethods(objective);
    tester.testAllPublicInstanceMethods(OwnerRole.of("Director"));
    tester.testAllPublicInstanceMethods(ObjectiveLevel.TEAM_PLAN);
  }
}
