package dev.yardstick.indicators.benchmark;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import org.immutables.value.Value;

/**
 * One statistical neighbour and its distance.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Neighbour {

  Neighbour() {}

  /**
   * Returns the neighbouring council.
   *
   * @return the council
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the distance on the result's {@link DistanceScale}.
   *
   * @return the distance, not negative
   */
  public abstract double getDistance();

  /**
   * Returns a neighbour.
   *
   * @param organisation the council
   * @param distance the distance
   * @return the neighbour
   */
  public static Neighbour of(OrganisationId organisation, double distance) {
    return ImmutableNeighbour.builder().organisation(organisation).distance(distance).build();
  }
}
