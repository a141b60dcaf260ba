package dev.yardstick.indicators.benchmark;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.ComparatorGroup;
import dev.yardstick.core.organisation.OrganisationId;
import java.util.List;
import org.immutables.value.Value;

/**
 * A council's statistical neighbours, nearest first, with their distances, the comparator group
 * they form, and the options used.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class NeighbourGroup {

  NeighbourGroup() {}

  /**
   * Returns the council the neighbours are for.
   *
   * @return the council
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the neighbours, nearest first (ties by identifier).
   *
   * @return the neighbours
   */
  public abstract List<Neighbour> getNeighbours();

  /**
   * Returns the scale of the distances.
   *
   * @return the scale
   */
  public abstract DistanceScale getScale();

  /**
   * Returns the neighbours as a comparator group of kind {@link
   * ComparatorGroup.Kind#STATISTICAL_NEIGHBOURS}, members from the date given.
   *
   * @return the group
   */
  public abstract ComparatorGroup getComparatorGroup();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NeighbourGroup}. */
  public static class Builder extends ImmutableNeighbourGroup.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
