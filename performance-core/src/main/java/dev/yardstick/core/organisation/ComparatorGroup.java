package dev.yardstick.core.organisation;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A named set of organisations that a council's figures are compared with, whose members change
 * over time.
 *
 * <p>Benchmarking sets a council beside its comparators: its statistical neighbours (the councils
 * most like it, ten in the children's services statistical-neighbour benchmarking tool, usually
 * fifteen in CIPFA's model), its region, or all of England (domain reference section 7). Members
 * join and leave: neighbour lists are revised, and councils are created and abolished. Each member
 * is held with the {@linkplain Membership span of dates} of its membership, so that last year's
 * figures are compared with last year's group.
 *
 * <pre>{@code
 * ComparatorGroup neighbours = ComparatorGroup.builder()
 *     .name("Hartlepool statistical neighbours")
 *     .kind(ComparatorGroup.Kind.STATISTICAL_NEIGHBOURS)
 *     .addMember(OrganisationId.parse("E06000002"), LocalDate.of(2002, 4, 1))
 *     .addMember(OrganisationId.parse("E06000003"), LocalDate.of(2002, 4, 1),
 *         LocalDate.of(2005, 3, 31))
 *     .build();
 * Set<OrganisationId> in2006 = neighbours.getMembers(LocalDate.of(2006, 4, 1)); // E06000002
 * }</pre>
 *
 * <p>An organisation may have several memberships of one group, but they must not overlap: it is a
 * member or not on any day.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ComparatorGroup {

  /** What a comparator group is. */
  public enum Kind {
    /** The councils most similar to one council by a statistical-neighbour model. */
    STATISTICAL_NEIGHBOURS,
    /** The councils of a region. */
    REGION,
    /** All councils of a country, such as England. */
    NATIONAL,
    /** Any other group chosen by the user, such as a family of similar councils. */
    CUSTOM
  }

  ComparatorGroup() {}

  /**
   * Returns a group with its memberships.
   *
   * @param name the group's name, such as {@code North East}
   * @param kind what the group is
   * @param memberships the memberships, which must not overlap for any one organisation
   * @return the group
   * @throws IllegalArgumentException if the name is blank or an organisation's memberships overlap
   */
  public static ComparatorGroup of(
      String name, Kind kind, Iterable<? extends Membership> memberships) {
    return builder().name(name).kind(kind).addAllMemberships(memberships).build();
  }

  /**
   * Returns a builder of groups.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the group's name, such as {@code Hartlepool statistical neighbours}.
   *
   * @return the name, not blank
   */
  public abstract String getName();

  /**
   * Returns what the group is.
   *
   * @return the kind
   */
  public abstract Kind getKind();

  /**
   * Returns every membership of the group, past, present and future.
   *
   * @return the memberships, in the order they were added
   */
  public abstract Set<Membership> getMemberships();

  /**
   * Returns the members of the group on a date.
   *
   * @param date the date, such as the last day of the period being compared
   * @return the organisations whose membership contains the date, in identifier order; empty if
   *     none
   */
  public SortedSet<OrganisationId> getMembers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    SortedSet<OrganisationId> members = new TreeSet<>();
    for (Membership membership : getMemberships()) {
      if (membership.contains(date)) {
        members.add(membership.getOrganisation());
      }
    }
    return Collections.unmodifiableSortedSet(members);
  }

  /**
   * Tells whether an organisation is a member of the group on a date.
   *
   * @param organisation the organisation
   * @param date the date
   * @return {@code true} if one of its memberships contains the date
   */
  public boolean isMember(OrganisationId organisation, LocalDate date) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(date, "date");
    return getMemberships().stream()
        .anyMatch(m -> m.getOrganisation().equals(organisation) && m.contains(date));
  }

  @Value.Check
  void check() {
    checkArgument(!getName().isBlank(), "comparator group name is blank");
    List<Membership> seen = new ArrayList<>();
    for (Membership membership : getMemberships()) {
      for (Membership earlier : seen) {
        checkArgument(
            !earlier.getOrganisation().equals(membership.getOrganisation())
                || !earlier.overlaps(membership),
            "comparator group '%s' has overlapping memberships of %s: %s and %s",
            getName(),
            membership.getOrganisation(),
            describe(earlier),
            describe(membership));
      }
      seen.add(membership);
    }
  }

  private static String describe(Membership membership) {
    return "from "
        + membership.getStart()
        + membership.getEnd().map(end -> " to " + end).orElse(" with no end");
  }

  /**
   * Builds {@link ComparatorGroup}s; the name and kind are required. Besides {@code
   * addMemberships}, it has {@link #addMember(OrganisationId, LocalDate)} and {@link
   * #addMember(OrganisationId, LocalDate, LocalDate)}.
   */
  public static class Builder extends ImmutableComparatorGroup.Builder {
    /** Creates an empty builder, as {@link ComparatorGroup#builder()} does. */
    public Builder() {}

    /**
     * Adds an open-ended membership.
     *
     * @param organisation the member
     * @param start the first day of membership
     * @return this builder
     */
    public Builder addMember(OrganisationId organisation, LocalDate start) {
      return addMemberships(Membership.of(organisation, start));
    }

    /**
     * Adds a membership from a start date to an end date, both inclusive.
     *
     * @param organisation the member
     * @param start the first day of membership
     * @param end the last day of membership
     * @return this builder
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public Builder addMember(OrganisationId organisation, LocalDate start, LocalDate end) {
      return addMemberships(Membership.of(organisation, start, end));
    }
  }
}
