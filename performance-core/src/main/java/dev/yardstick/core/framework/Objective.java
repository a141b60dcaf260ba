package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An objective in the golden thread of plans: what the council, a service, a team or an individual
 * means to achieve ("Setting objectives and targets for service improvement").
 *
 * <p>Objectives form a tree through {@link #getParent()}: a service-plan objective points to the
 * corporate-plan objective it serves. Each objective has an {@link ObjectiveLevel}, an accountable
 * {@link OwnerRole} (a role, never a person's personal data) and links, by identifier, to the
 * indicators that measure it, the standards and outcomes it serves and the risks that threaten it.
 * A {@link PerformanceFramework} checks that the links resolve and that the tree has no cycles.
 *
 * <pre>{@code
 * Objective independence = Objective.builder()
 *     .id(ObjectiveId.of("ASC-1"))
 *     .title("More older people helped to live at home")
 *     .level(ObjectiveLevel.SERVICE_PLAN)
 *     .parent(ObjectiveId.of("CP-3"))
 *     .owner(OwnerRole.of("Head of Adult Services"))
 *     .addIndicators(IndicatorCode.of("C32"))
 *     .addOutcomes(OutcomeId.of("OUT-HOME"))
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Objective {

  Objective() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of this objective.
   *
   * @return the identifier
   */
  public abstract ObjectiveId getId();

  /**
   * Returns the title of the objective.
   *
   * @return the title
   */
  public abstract String getTitle();

  /**
   * Returns the level of the plan the objective belongs to.
   *
   * @return the level
   */
  public abstract ObjectiveLevel getLevel();

  /**
   * Returns the objective this one serves, one level up the golden thread.
   *
   * @return the parent's identifier, or empty for a root objective
   */
  public abstract Optional<ObjectiveId> getParent();

  /**
   * Returns the role accountable for the objective.
   *
   * @return the owner role
   */
  public abstract OwnerRole getOwner();

  /**
   * Returns the service area the objective is about.
   *
   * @return the service area, or empty for a cross-cutting objective
   */
  public abstract Optional<ServiceArea> getServiceArea();

  /**
   * Returns the indicators that measure progress on the objective.
   *
   * @return the indicator codes, an unmodifiable set in the order added
   */
  public abstract Set<IndicatorCode> getIndicators();

  /**
   * Returns the service quality standards the objective supports.
   *
   * @return the standard identifiers, an unmodifiable set in the order added
   */
  public abstract Set<StandardId> getStandards();

  /**
   * Returns the outcomes for people that the objective contributes to.
   *
   * @return the outcome identifiers, an unmodifiable set in the order added
   */
  public abstract Set<OutcomeId> getOutcomes();

  /**
   * Returns the risks, in the risk register, that threaten the objective.
   *
   * @return the risk identifiers, an unmodifiable set in the order added
   */
  public abstract Set<RiskId> getRisks();

  @Value.Check
  void check() {
    Texts.label(getTitle(), "objective title");
    getParent()
        .ifPresent(
            parent ->
                checkState(
                    !parent.equals(getId()), "objective %s names itself as its parent", getId()));
  }

  /** Builds an {@link Objective}. */
  public static class Builder extends ImmutableObjective.Builder {
    /** Creates a builder with nothing set; prefer {@link Objective#builder()}. */
    public Builder() {}
  }
}
