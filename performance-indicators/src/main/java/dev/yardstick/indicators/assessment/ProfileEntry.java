package dev.yardstick.indicators.assessment;

import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.indicators.benchmark.PafBand;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One indicator's band this year and last, in its domain: an input of a {@link DomainProfile}.
 *
 * <p>An indicator with no band (no data, suppressed, or not banded) has an empty band and is
 * counted as not banded, never as a band.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ProfileEntry {

  ProfileEntry() {}

  /**
   * Returns an entry for an indicator banded this year and last.
   *
   * @param indicator the indicator
   * @param domain its domain
   * @param band its band this year
   * @param previousBand its band last year
   * @return the entry
   */
  public static ProfileEntry of(
      IndicatorCode indicator, Domain domain, PafBand band, PafBand previousBand) {
    return builder()
        .indicator(indicator)
        .domain(domain)
        .band(band)
        .previousBand(previousBand)
        .build();
  }

  /**
   * Returns an entry for an indicator with no band in either year (no data, suppressed or not
   * banded).
   *
   * @param indicator the indicator
   * @param domain its domain
   * @return the entry
   */
  public static ProfileEntry notBanded(IndicatorCode indicator, Domain domain) {
    return builder().indicator(indicator).domain(domain).build();
  }

  /**
   * Returns a builder, for an indicator banded in one year only.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator.
   *
   * @return the code
   */
  public abstract IndicatorCode getIndicator();

  /**
   * Returns the indicator's domain.
   *
   * @return the domain
   */
  public abstract Domain getDomain();

  /**
   * Returns the indicator's band this year.
   *
   * @return the band, or empty if it has none
   */
  public abstract Optional<PafBand> getBand();

  /**
   * Returns the indicator's band last year.
   *
   * @return the band, or empty if it had none
   */
  public abstract Optional<PafBand> getPreviousBand();

  /** Builds {@link ProfileEntry}s; the indicator and domain are required. */
  public static class Builder extends ImmutableProfileEntry.Builder {
    /** Creates an empty builder, as {@link ProfileEntry#builder()} does. */
    public Builder() {}
  }
}
