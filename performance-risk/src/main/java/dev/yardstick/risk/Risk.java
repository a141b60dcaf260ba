package dev.yardstick.risk;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ObjectiveId;
import dev.yardstick.core.framework.OutcomeId;
import dev.yardstick.core.framework.OwnerRole;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.framework.StandardId;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A risk on a register: what might happen (cause, event, consequence), its category, who owns it,
 * what it threatens in the performance framework, and where it stands.
 *
 * <p>The description follows ISO 31000's "risk sources, potential events, their consequences"
 * (domain reference section 6): <em>because of</em> a cause, <em>there is a risk that</em> an
 * event happens, <em>which would lead to</em> a consequence. The owner is a role, never a person's
 * name. The risk links by identifier to the objectives, outcomes, standards and indicators it
 * threatens, so a register can answer "which risks threaten this objective?".
 *
 * <p>A {@code Risk} is one version of the record: closing or accepting a risk, or rewording it,
 * makes a new version with a later {@link #getRecordedOn() recorded-on date} (see {@link
 * #withStatus(RiskStatus, LocalDate)}), and a {@link RiskRegister} keeps every version.
 *
 * <pre>{@code
 * Risk risk = Risk.builder()
 *     .id(RiskId.of("CR-03"))
 *     .title("Shortage of qualified social workers")
 *     .cause("high vacancy and turnover rates in children's teams")
 *     .event("caseloads rise above safe levels")
 *     .consequence("visits are missed and children are left at risk of harm")
 *     .category(RiskCategory.SAFEGUARDING)
 *     .ownerRole(OwnerRole.of("Director of Children's Services"))
 *     .addObjectives(ObjectiveId.of("CS-1"))
 *     .raisedOn(LocalDate.of(2024, 4, 1))
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Risk {

  Risk() {}

  /**
   * Returns the risk's identifier on the register.
   *
   * @return the identifier
   */
  public abstract RiskId getId();

  /**
   * Returns a short title.
   *
   * @return the title, not blank
   */
  public abstract String getTitle();

  /**
   * Returns the cause: the source of the risk ("because of ...").
   *
   * @return the cause, not blank
   */
  public abstract String getCause();

  /**
   * Returns the event that might happen ("there is a risk that ...").
   *
   * @return the event, not blank
   */
  public abstract String getEvent();

  /**
   * Returns the consequence if it did ("which would lead to ...").
   *
   * @return the consequence, not blank
   */
  public abstract String getConsequence();

  /**
   * Returns the risk's category.
   *
   * @return the category
   */
  public abstract RiskCategory getCategory();

  /**
   * Returns the role that owns the risk.
   *
   * @return the owner role
   */
  public abstract OwnerRole getOwnerRole();

  /**
   * Returns the organisation unit whose register holds the risk, which decides which appetite
   * applies.
   *
   * @return the unit, or empty for the whole organisation
   */
  public abstract Optional<OrganisationId> getOrganisationUnit();

  /**
   * Returns the objectives the risk threatens.
   *
   * @return objective identifiers, possibly none
   */
  public abstract Set<ObjectiveId> getObjectives();

  /**
   * Returns the outcomes the risk threatens.
   *
   * @return outcome identifiers, possibly none
   */
  public abstract Set<OutcomeId> getOutcomes();

  /**
   * Returns the service standards the risk threatens.
   *
   * @return standard identifiers, possibly none
   */
  public abstract Set<StandardId> getStandards();

  /**
   * Returns the indicators whose performance the risk threatens (or, for a performance risk,
   * from which it is derived).
   *
   * @return indicator codes, possibly none
   */
  public abstract Set<IndicatorCode> getIndicators();

  /**
   * Returns the risk's status in this version.
   *
   * @return the status; {@link RiskStatus#OPEN} unless set
   */
  @Value.Default
  public RiskStatus getStatus() {
    return RiskStatus.OPEN;
  }

  /**
   * Returns the day the risk was first raised.
   *
   * @return the raised-on date
   */
  public abstract LocalDate getRaisedOn();

  /**
   * Returns the day this version of the record took effect: the raised-on date for the first
   * version, the day of the change for later ones.
   *
   * @return the recorded-on date; the raised-on date unless set
   */
  @Value.Default
  public LocalDate getRecordedOn() {
    return getRaisedOn();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new version of this risk with another status, recorded on a date.
   *
   * @param status the new status
   * @param on the day the change took effect, not before this version's recorded-on date
   * @return the new version
   * @throws IllegalArgumentException if {@code on} is before this version's recorded-on date
   */
  public Risk withStatus(RiskStatus status, LocalDate on) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(on, "on");
    checkArgument(
        !on.isBefore(getRecordedOn()),
        "risk %s status change on %s is before its current version of %s",
        getId(),
        on,
        getRecordedOn());
    return builder().from(this).status(status).recordedOn(on).build();
  }

  @Value.Check
  void check() {
    checkArgument(!getTitle().isBlank(), "risk %s has a blank title", getId());
    checkArgument(!getCause().isBlank(), "risk %s has a blank cause", getId());
    checkArgument(!getEvent().isBlank(), "risk %s has a blank event", getId());
    checkArgument(!getConsequence().isBlank(), "risk %s has a blank consequence", getId());
    checkArgument(
        !getRecordedOn().isBefore(getRaisedOn()),
        "risk %s version recorded on %s is before the risk was raised on %s",
        getId(),
        getRecordedOn(),
        getRaisedOn());
  }

  /** Builds a {@link Risk}. */
  public static class Builder extends ImmutableRisk.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
