package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An improvement action taken in response to performance ("Reporting performance, and using
 * information to identify problems and to take decisions to solve them"): what will be done, by
 * which role, by when, and how far it has got.
 *
 * <p>An action links, by identifier, to the objectives, indicators and risks it responds to.
 *
 * <p>Invariants, checked on construction ({@link IllegalStateException}): the percentage complete
 * is between 0 and 100; a {@link ActionStatus#NOT_STARTED} action is 0% complete and a {@link
 * ActionStatus#COMPLETED} one 100%; a completion date is given only for a completed action.
 *
 * <pre>{@code
 * Action review = Action.builder()
 *     .id(ActionId.of("ACT-7"))
 *     .description("Clear the backlog of overdue care-package reviews")
 *     .owner(OwnerRole.of("Review Team manager"))
 *     .dueDate(LocalDate.of(2003, 9, 30))
 *     .status(ActionStatus.IN_PROGRESS)
 *     .percentComplete(40)
 *     .addIndicators(IndicatorCode.of("D40"))
 *     .build();
 * review.isOverdueOn(LocalDate.of(2003, 10, 15));   // true
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Action {

  Action() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of this action.
   *
   * @return the identifier
   */
  public abstract ActionId getId();

  /**
   * Returns what will be done.
   *
   * @return the description
   */
  public abstract String getDescription();

  /**
   * Returns the role accountable for the action.
   *
   * @return the owner role
   */
  public abstract OwnerRole getOwner();

  /**
   * Returns the date by which the action is due.
   *
   * @return the due date; the action is overdue from the day after
   */
  public abstract LocalDate getDueDate();

  /**
   * Returns where the action stands.
   *
   * @return the status
   */
  public abstract ActionStatus getStatus();

  /**
   * Returns how far the action has got, as a whole percentage.
   *
   * @return 0 to 100; 0 unless set
   */
  @Value.Default
  public int getPercentComplete() {
    return 0;
  }

  /**
   * Returns the date the action was completed, which lets a report tell whether it was overdue on
   * an earlier date.
   *
   * @return the completion date, or empty if not completed or not recorded
   */
  public abstract Optional<LocalDate> getCompletedOn();

  /**
   * Returns the objectives the action serves.
   *
   * @return the objective identifiers, an unmodifiable set in the order added
   */
  public abstract Set<ObjectiveId> getObjectives();

  /**
   * Returns the indicators whose performance the action responds to.
   *
   * @return the indicator codes, an unmodifiable set in the order added
   */
  public abstract Set<IndicatorCode> getIndicators();

  /**
   * Returns the risks the action mitigates.
   *
   * @return the risk identifiers, an unmodifiable set in the order added
   */
  public abstract Set<RiskId> getRisks();

  /**
   * Tells whether the action was overdue on a date: the date is after the due date and the action
   * was still open then.
   *
   * <p>Edge cases: an action is not overdue on its due date. A cancelled action is never overdue. A
   * completed action with a completion date was overdue on dates after the due date and before the
   * completion date; a completed action without one is taken as never overdue.
   *
   * @param date the date of the report
   * @return {@code true} if overdue on that date
   */
  public boolean isOverdueOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!date.isAfter(getDueDate())) {
      return false;
    }
    if (getStatus().isOpen()) {
      return true;
    }
    return getStatus() == ActionStatus.COMPLETED
        && getCompletedOn().map(date::isBefore).orElse(false);
  }

  @Value.Check
  void check() {
    Texts.label(getDescription(), "action description");
    int percent = getPercentComplete();
    checkState(
        percent >= 0 && percent <= 100,
        "action %s has percentComplete %s, outside 0 to 100",
        getId(),
        percent);
    checkState(
        getStatus() != ActionStatus.NOT_STARTED || percent == 0,
        "action %s is NOT_STARTED but %s percent complete",
        getId(),
        percent);
    checkState(
        getStatus() != ActionStatus.COMPLETED || percent == 100,
        "action %s is COMPLETED but only %s percent complete",
        getId(),
        percent);
    checkState(
        getCompletedOn().isEmpty() || getStatus() == ActionStatus.COMPLETED,
        "action %s has a completion date but its status is %s",
        getId(),
        getStatus());
  }

  /** Builds an {@link Action}. */
  public static class Builder extends ImmutableAction.Builder {
    /** Creates a builder with nothing set; prefer {@link Action#builder()}. */
    public Builder() {}
  }
}
