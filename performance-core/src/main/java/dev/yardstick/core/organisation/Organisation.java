package dev.yardstick.core.organisation;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation whose performance is measured or compared: a council, an NHS body, a provider.
 *
 * <pre>{@code
 * Organisation hartlepool = Organisation.of(
 *     OrganisationId.parse("E06000001"), "Hartlepool",
 *     OrganisationType.UNITARY_AUTHORITY, Region.NORTH_EAST);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Organisation {

  Organisation() {}

  /**
   * Returns an organisation in a region.
   *
   * @param id the organisation's code
   * @param name the organisation's name, such as {@code Hartlepool}
   * @param type the kind of organisation
   * @param region the region it lies in
   * @return the organisation
   * @throws IllegalArgumentException if the name is blank
   */
  public static Organisation of(
      OrganisationId id, String name, OrganisationType type, Region region) {
    return builder().id(id).name(name).type(type).region(region).build();
  }

  /**
   * Returns a builder of organisations; the region may be left out.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the organisation's code.
   *
   * @return the identifier
   */
  public abstract OrganisationId getId();

  /**
   * Returns the organisation's name, such as {@code Kingston upon Hull}.
   *
   * @return the name, not blank
   */
  public abstract String getName();

  /**
   * Returns the kind of organisation.
   *
   * @return the type
   */
  public abstract OrganisationType getType();

  /**
   * Returns the region the organisation lies in.
   *
   * @return the region, or empty if it has none (a national body) or it is not known
   */
  public abstract Optional<Region> getRegion();

  @Value.Check
  void check() {
    checkArgument(!getName().isBlank(), "organisation %s has a blank name", getId());
  }

  /** Builds {@link Organisation}s; the identifier, name and type are required. */
  public static class Builder extends ImmutableOrganisation.Builder {
    /** Creates an empty builder, as {@link Organisation#builder()} does. */
    public Builder() {}
  }
}
