package dev.yardstick.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionTest {

  private static final LocalDate DUE = LocalDate.of(2003, 9, 30);

  static Action reviews() {
    return Action.builder()
        .id(ActionId.of("ACT-7"))
        .description("Clear the backlog of overdue care-package reviews")
        .owner(OwnerRole.of("Review Team manager"))
        .dueDate(DUE)
        .status(ActionStatus.IN_PROGRESS)
        .percentComplete(40)
        .addIndicators(IndicatorCode.of("D40"))
        .addObjectives(ObjectiveId.of("ASC-2"))
        .addRisks(RiskId.of("CR-12"))
        .build();
  }

  @Test
  void isOverdueOn_openAction_fromTheDayAfterItsDueDate() {
    Action action = reviews();
    assertFalse(action.isOverdueOn(DUE.minusDays(1)));
    assertFalse(action.isOverdueOn(DUE));
    assertTrue(action.isOverdueOn(DUE.plusDays(1)));
  }

  @Test
  void isOverdueOn_completedLate_wasOverdueUntilCompletion() {
    Action done =
        Action.builder()
            .from(reviews())
            .status(ActionStatus.COMPLETED)
            .percentComplete(100)
            .completedOn(DUE.plusDays(10))
            .build();
    assertTrue(done.isOverdueOn(DUE.plusDays(9)));
    assertFalse(done.isOverdueOn(DUE.plusDays(10)));
    Action undated =
        Action.builder()
            .from(reviews())
            .status(ActionStatus.COMPLETED)
            .percentComplete(100)
            .build();
    assertFalse(undated.isOverdueOn(DUE.plusDays(1)));
  }

  @Test
  void isOverdueOn_cancelled_isNeverOverdue() {
    Action cancelled = Action.builder().from(reviews()).status(ActionStatus.CANCELLED).build();
    assertFalse(cancelled.isOverdueOn(DUE.plusYears(1)));
    assertFalse(ActionStatus.CANCELLED.isOpen());
    assertTrue(ActionStatus.NOT_STARTED.isOpen());
  }

  @Test
  void percentComplete_outOfRange_throwsNamingTheAction() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Action.builder().from(reviews()).percentComplete(101).build());
    assertEquals("action ACT-7 has percentComplete 101, outside 0 to 100", e.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> Action.builder().from(reviews()).percentComplete(-1).build());
  }

  @Test
  void statusAndPercentDisagree_throws() {
    IllegalStateException notStarted =
        assertThrows(
            IllegalStateException.class,
            () -> Action.builder().from(reviews()).status(ActionStatus.NOT_STARTED).build());
    assertEquals("action ACT-7 is NOT_STARTED but 40 percent complete", notStarted.getMessage());
    IllegalStateException completed =
        assertThrows(
            IllegalStateException.class,
            () -> Action.builder().from(reviews()).status(ActionStatus.COMPLETED).build());
    assertEquals("action ACT-7 is COMPLETED but only 40 percent complete", completed.getMessage());
    IllegalStateException date =
        assertThrows(
            IllegalStateException.class,
            () -> Action.builder().from(reviews()).completedOn(DUE).build());
    assertEquals(
        "action ACT-7 has a completion date but its status is IN_PROGRESS", date.getMessage());
  }

  @Test
  void builderRoundTrips_equalsAndNulls() {
    Action action = reviews();
    assertEquals(action, Action.builder().from(action).build());
    new EqualsTester()
        .addEqualityGroup(action, Action.builder().from(action).build())
        .addEqualityGroup(Action.builder().from(action).percentComplete(50).build())
        .addEqualityGroup(Action.builder().from(action).dueDate(DUE.plusDays(1)).build())
        .testEquals();
    var tester = Testers.nullPointerTester();
    tester.testAllPublicStaticMethods(Action.class);
    tester.testAllPublicInstanceMethods(action);
  }
}
