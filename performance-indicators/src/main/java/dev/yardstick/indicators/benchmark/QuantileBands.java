package dev.yardstick.indicators.benchmark;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The quantile band of each organisation in a group, with the boundaries and options used.
 *
 * <p>Bands are numbered from 1, the worst, to the number of bands, the best, after polarity: the
 * "top quartile" is band 4 of {@link QuantileCount#QUARTILES}. For an indicator with no polarity,
 * band 1 holds the lowest values. (Legacy Fingertips numbers quintiles the other way round when
 * high is good: its category is {@code bands + 1 - band}.)
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class QuantileBands {

  QuantileBands() {}

  /** Whether bands could be assigned. */
  public enum Status {
    /** Every organisation with a value has a band. */
    BANDED,
    /** Fewer organisations with a value than bands: no band is assigned (as Fingertips and PHE). */
    INSUFFICIENT_DATA
  }

  /**
   * Returns the method.
   *
   * @return the method
   */
  public abstract QuantileMethod getMethod();

  /**
   * Returns the number of bands.
   *
   * @return the count option
   */
  public abstract QuantileCount getCount();

  /**
   * Returns the polarity that decided which band is best.
   *
   * @return the polarity
   */
  public abstract Polarity getPolarity();

  /**
   * Returns whether bands were assigned.
   *
   * @return the status
   */
  public abstract Status getStatus();

  /**
   * Returns the inner boundaries, ascending ({@code bands - 1} of them), for a Hyndman-Fan method:
   * in the indicator's unit, or for a range polarity in distance from the best range.
   *
   * @return the boundaries; empty for a rank method or insufficient data
   */
  public abstract List<Double> getBoundaries();

  /**
   * Returns each organisation's band, 1 (worst) to the number of bands (best).
   *
   * @return the bands by organisation, in input order; empty for insufficient data
   */
  public abstract Map<OrganisationId, Integer> getBands();

  /**
   * Returns the number of organisations left out for a missing value.
   *
   * @return the count
   */
  public abstract int getMissingCount();

  /**
   * Returns one organisation's band.
   *
   * @param organisation the organisation
   * @return the band, or empty if it has none
   */
  public OptionalInt bandOf(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    Integer band = getBands().get(organisation);
    return band == null ? OptionalInt.empty() : OptionalInt.of(band);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link QuantileBands}. */
  public static class Builder extends ImmutableQuantileBands.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
