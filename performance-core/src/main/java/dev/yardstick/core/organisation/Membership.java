package dev.yardstick.core.organisation;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation's membership of a {@link ComparatorGroup} over a span of dates.
 *
 * <p>Comparator groups change: statistical-neighbour lists are revised after a census, and councils
 * are created and abolished in reorganisations. A membership runs from its start date to its end
 * date, both inclusive; an open-ended membership has no end date. So a council that was a
 * statistical neighbour for the financial years 2002-03 to 2004-05 has a membership from 1 April
 * 2002 to 31 March 2005.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Membership {

  Membership() {}

  /**
   * Returns an open-ended membership from a start date.
   *
   * @param organisation the member
   * @param start the first day of membership
   * @return the membership
   */
  public static Membership of(OrganisationId organisation, LocalDate start) {
    return builder().organisation(organisation).start(start).build();
  }

  /**
   * Returns a membership from a start date to an end date, both inclusive.
   *
   * @param organisation the member
   * @param start the first day of membership
   * @param end the last day of membership
   * @return the membership
   * @throws IllegalArgumentException if {@code end} is before {@code start}; the message names both
   *     dates and the organisation
   */
  public static Membership of(OrganisationId organisation, LocalDate start, LocalDate end) {
    return builder().organisation(organisation).start(start).end(end).build();
  }

  /**
   * Returns a builder of memberships.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the member organisation.
   *
   * @return the identifier
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the first day of membership.
   *
   * @return the start date, inclusive
   */
  public abstract LocalDate getStart();

  /**
   * Returns the last day of membership.
   *
   * @return the end date, inclusive, or empty if the membership is open-ended
   */
  public abstract Optional<LocalDate> getEnd();

  /**
   * Tells whether the organisation is a member on a date.
   *
   * @param date the date
   * @return {@code true} if the date is on or after the start and on or before any end
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getStart()) && getEnd().map(end -> !date.isAfter(end)).orElse(true);
  }

  /**
   * Tells whether this membership and another share at least one day, whatever their organisations.
   *
   * @param other the other membership
   * @return {@code true} if the two spans of dates overlap
   */
  public boolean overlaps(Membership other) {
    Objects.requireNonNull(other, "other");
    boolean thisStartsInTime = other.getEnd().map(end -> !getStart().isAfter(end)).orElse(true);
    boolean otherStartsInTime = getEnd().map(end -> !other.getStart().isAfter(end)).orElse(true);
    return thisStartsInTime && otherStartsInTime;
  }

  @Value.Check
  void check() {
    getEnd()
        .ifPresent(
            end ->
                checkArgument(
                    !end.isBefore(getStart()),
                    "membership of %s ends on %s, before it starts on %s",
                    getOrganisation(),
                    end,
                    getStart()));
  }

  /** Builds {@link Membership}s; the organisation and start date are required. */
  public static class Builder extends ImmutableMembership.Builder {
    /** Creates an empty builder, as {@link Membership#builder()} does. */
    public Builder() {}
  }
}
