package dev.yardstick.risk;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How much risk of a category the council (or one of its units) will accept, as residual scores:
 * an appetite, the highest acceptable residual score, and a tolerance, the extra points above it
 * that can be borne for a while with escalation; in force from a date.
 *
 * <p>After Coventry's and Maidstone's policies (domain reference section 6, [S77] and [S78]): a
 * residual score at or below the appetite is {@link AppetiteStatus#WITHIN_APPETITE within
 * appetite}; above it but not above appetite plus tolerance is {@link
 * AppetiteStatus#ABOVE_APPETITE above appetite} and goes to {@link #getAboveAppetiteEscalation()};
 * above that is {@link AppetiteStatus#ABOVE_TOLERANCE above tolerance} and goes to {@link
 * #getAboveToleranceEscalation()}. An appetite with an organisation unit applies to that unit's
 * risks and overrides the organisation-wide appetite for the same category (as ServiceNow entities
 * override their parent's). A {@link RiskRegister} rejects an appetite, or appetite plus
 * tolerance, above its matrix's maximum score.
 *
 * <pre>{@code
 * RiskAppetite safeguarding = RiskAppetite.of(
 *     RiskCategory.SAFEGUARDING, 6, 3, LocalDate.of(2024, 4, 1));
 * safeguarding.statusOf(8);    // ABOVE_APPETITE: 8 > 6 but not above 6 + 3
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class RiskAppetite {

  RiskAppetite() {}

  /**
   * Returns the category the appetite applies to.
   *
   * @return the category
   */
  public abstract RiskCategory getCategory();

  /**
   * Returns the organisation unit the appetite applies to.
   *
   * @return the unit, or empty for the whole organisation
   */
  public abstract Optional<OrganisationId> getOrganisationUnit();

  /**
   * Returns the highest acceptable residual score.
   *
   * @return the appetite, at least 1
   */
  public abstract int getAppetite();

  /**
   * Returns how many points above the appetite a residual score may go and still be tolerated.
   *
   * @return the tolerance, zero or more
   */
  public abstract int getTolerance();

  /**
   * Returns the first day in force.
   *
   * @return the effective-from date
   */
  public abstract LocalDate getEffectiveFrom();

  /**
   * Returns the last day in force.
   *
   * @return the last day, inclusive, or empty if it has no end
   */
  public abstract Optional<LocalDate> getEffectiveTo();

  /**
   * Returns who must act on a risk above appetite but within tolerance.
   *
   * @return the escalation level; {@link EscalationLevel#DIRECTORATE} unless set
   */
  @Value.Default
  public EscalationLevel getAboveAppetiteEscalation() {
    return EscalationLevel.DIRECTORATE;
  }

  /**
   * Returns who must act on a risk above tolerance.
   *
   * @return the escalation level; {@link EscalationLevel#CORPORATE_LEADERSHIP} unless set
   */
  @Value.Default
  public EscalationLevel getAboveToleranceEscalation() {
    return EscalationLevel.CORPORATE_LEADERSHIP;
  }

  /**
   * Returns an organisation-wide appetite with no end date and the default escalation levels.
   *
   * @param category the category
   * @param appetite the highest acceptable residual score, at least 1
   * @param tolerance points above the appetite that can be tolerated, zero or more
   * @param effectiveFrom the first day in force
   * @return the appetite
   * @throws IllegalArgumentException if the appetite is below 1 or the tolerance negative
   */
  public static RiskAppetite of(
      RiskCategory category, int appetite, int tolerance, LocalDate effectiveFrom) {
    return builder()
        .category(category)
        .appetite(appetite)
        .tolerance(tolerance)
        .effectiveFrom(effectiveFrom)
        .build();
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
   * Returns the highest residual score that is tolerated: appetite plus tolerance.
   *
   * @return the tolerance limit
   */
  public int getToleranceLimit() {
    return getAppetite() + getTolerance();
  }

  /**
   * Places a residual score against the appetite and tolerance.
   *
   * @param residualScore a residual score
   * @return within appetite, above appetite or above tolerance (never {@link
   *     AppetiteStatus#NO_APPETITE_SET})
   */
  public AppetiteStatus statusOf(int residualScore) {
    if (residualScore <= getAppetite()) {
      return AppetiteStatus.WITHIN_APPETITE;
    }
    return residualScore <= getToleranceLimit()
        ? AppetiteStatus.ABOVE_APPETITE
        : AppetiteStatus.ABOVE_TOLERANCE;
  }

  /**
   * Returns who must act on a risk with a residual score.
   *
   * @param residualScore a residual score
   * @return {@link EscalationLevel#RISK_OWNER} within appetite, otherwise the configured level
   */
  public EscalationLevel escalationFor(int residualScore) {
    switch (statusOf(residualScore)) {
      case WITHIN_APPETITE:
        return EscalationLevel.RISK_OWNER;
      case ABOVE_APPETITE:
        return getAboveAppetiteEscalation();
      default:
        return getAboveToleranceEscalation();
    }
  }

  /**
   * Tells whether the appetite is effective on a date.
   *
   * @param date the date
   * @return {@code true} from the effective-from date to the last day, inclusive
   */
  public boolean isEffectiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getEffectiveFrom())
        && getEffectiveTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  /**
   * Tells whether this appetite and another one cover the same category and unit on some common
   * day.
   *
   * @param other another appetite
   * @return {@code true} if both apply to the same category and unit and their dates overlap
   */
  public boolean overlaps(RiskAppetite other) {
    Objects.requireNonNull(other, "other");
    if (!getCategory().equals(other.getCategory())
        || !getOrganisationUnit().equals(other.getOrganisationUnit())) {
      return false;
    }
    boolean thisEndsBefore =
        getEffectiveTo().map(to -> to.isBefore(other.getEffectiveFrom())).orElse(false);
    boolean otherEndsBefore =
        other.getEffectiveTo().map(to -> to.isBefore(getEffectiveFrom())).orElse(false);
    return !thisEndsBefore && !otherEndsBefore;
  }

  @Value.Check
  void check() {
    checkArgument(
        getAppetite() >= 1,
        "risk appetite %s for category %s is below 1",
        getAppetite(),
        getCategory());
    checkArgument(
        getTolerance() >= 0,
        "risk tolerance %s for category %s is negative",
        getTolerance(),
        getCategory());
    getEffectiveTo()
        .ifPresent(
            to ->
                checkArgument(
                    !to.isBefore(getEffectiveFrom()),
                    "risk appetite for category %s ends on %s, before it starts on %s",
                    getCategory(),
                    to,
                    getEffectiveFrom()));
    checkArgument(
        getAboveAppetiteEscalation() != EscalationLevel.RISK_OWNER,
        "risk appetite for category %s escalates a risk above appetite only to the risk owner",
        getCategory());
    checkArgument(
        getAboveToleranceEscalation().compareTo(getAboveAppetiteEscalation()) >= 0,
        "risk appetite for category %s escalates above tolerance to %s, lower than %s above"
            + " appetite",
        getCategory(),
        getAboveToleranceEscalation(),
        getAboveAppetiteEscalation());
  }

  /** Builds a {@link RiskAppetite}. */
  public static class Builder extends ImmutableRiskAppetite.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
