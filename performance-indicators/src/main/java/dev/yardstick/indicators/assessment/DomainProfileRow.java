package dev.yardstick.indicators.assessment;

import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.internal.YardstickStyle;
import org.immutables.value.Value;

/**
 * One domain's line of a {@link DomainProfile}: how many indicators sit in each band this year and
 * last, how many have no band, and how many moved up or down a band.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class DomainProfileRow {

  DomainProfileRow() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the domain.
   *
   * @return the domain
   */
  public abstract Domain getDomain();

  /**
   * Returns how many of the domain's indicators sit in each band this year.
   *
   * @return the counts
   */
  public abstract BandCounts getCounts();

  /**
   * Returns how many sat in each band last year.
   *
   * @return last year's counts
   */
  public abstract BandCounts getPreviousCounts();

  /**
   * Returns how many of the domain's indicators have no band this year (no data, suppressed or not
   * banded): shown, not hidden.
   *
   * @return the count
   */
  public abstract int getNotBanded();

  /**
   * Returns how many indicators banded both years moved to a better band.
   *
   * @return the count
   */
  public abstract int getImproved();

  /**
   * Returns how many indicators banded both years moved to a worse band.
   *
   * @return the count
   */
  public abstract int getWorsened();

  /**
   * Returns the change in a band's count since last year.
   *
   * @param band 1 to 5
   * @return this year's count minus last year's; negative for fewer
   * @throws IllegalArgumentException if the band is outside 1 to 5
   */
  public int getChange(int band) {
    return getCounts().getCount(band) - getPreviousCounts().getCount(band);
  }

  /**
   * Returns the line as text, such as {@code A National priorities...: bands 1-5: 0, 1, 2, 1, 0; 1
   * not banded; 1 improved, 0 worsened}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return getDomain()
        + ": "
        + getCounts()
        + "; "
        + getNotBanded()
        + " not banded; "
        + getImproved()
        + " improved, "
        + getWorsened()
        + " worsened";
  }

  /** Builds {@link DomainProfileRow}s. */
  public static class Builder extends ImmutableDomainProfileRow.Builder {
    /** Creates an empty builder, as {@link DomainProfileRow#builder()} does. */
    public Builder() {}
  }
}
