package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.organisation.OrganisationId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whom a {@link Target} is set for: a whole organisation (a council, by its {@link
 * OrganisationId}), a unit within one (a team, locality or establishment), or a unit named on its
 * own (a provider under contract, a team of a council the framework does not identify).
 *
 * <pre>{@code
 * TargetScope council = TargetScope.organisation(OrganisationId.gss("E10000015"));
 * TargetScope team =
 *     TargetScope.unitOf(OrganisationId.gss("E10000015"), "Older People's Team North");
 * TargetScope provider = TargetScope.unit("Northside Home Care Ltd");
 * }</pre>
 *
 * <p>The text form ({@link #toString()}) is the organisation, the unit, or both joined by {@code "
 * / "}. Unit names are names of teams or organisations, never of people.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class TargetScope {

  private final @Nullable OrganisationId organisation;
  private final @Nullable String unit;

  private TargetScope(@Nullable OrganisationId organisation, @Nullable String unit) {
    this.organisation = organisation;
    this.unit = unit;
  }

  /**
   * Returns the scope of a whole organisation.
   *
   * @param organisation the organisation
   * @return the scope
   */
  public static TargetScope organisation(OrganisationId organisation) {
    return new TargetScope(Objects.requireNonNull(organisation, "organisation"), null);
  }

  /**
   * Returns the scope of a unit named on its own.
   *
   * @param unit the name of the team, locality, establishment or provider
   * @return the scope
   * @throws IllegalArgumentException if the name is blank, longer than 500 characters, starts or
   *     ends with white space, or holds {@code " / "}
   */
  public static TargetScope unit(String unit) {
    return new TargetScope(null, checkUnit(unit));
  }

  /**
   * Returns the scope of a unit within an organisation.
   *
   * @param organisation the organisation
   * @param unit the name of the team, locality or establishment
   * @return the scope
   * @throws IllegalArgumentException if the name is blank, longer than 500 characters, starts or
   *     ends with white space, or holds {@code " / "}
   */
  public static TargetScope unitOf(OrganisationId organisation, String unit) {
    Objects.requireNonNull(organisation, "organisation");
    return new TargetScope(organisation, checkUnit(unit));
  }

  private static String checkUnit(String unit) {
    Texts.label(unit, "target unit");
    checkArgument(!unit.contains(" / "), "target unit '%s' must not contain ' / '", unit);
    return unit;
  }

  /**
   * Returns the organisation.
   *
   * @return the organisation, or empty for a unit named on its own
   */
  public Optional<OrganisationId> getOrganisation() {
    return Optional.ofNullable(organisation);
  }

  /**
   * Returns the unit's name.
   *
   * @return the unit, or empty for a whole organisation
   */
  public Optional<String> getUnit() {
    return Optional.ofNullable(unit);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof TargetScope)) {
      return false;
    }
    TargetScope other = (TargetScope) obj;
    return Objects.equals(organisation, other.organisation) && Objects.equals(unit, other.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organisation, unit);
  }

  /**
   * Returns the organisation, the unit, or both joined by {@code " / "}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    if (organisation == null) {
      return Objects.requireNonNull(unit);
    }
    return unit == null ? organisation.toString() : organisation + " / " + unit;
  }
}
