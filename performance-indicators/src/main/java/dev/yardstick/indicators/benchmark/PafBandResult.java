package dev.yardstick.indicators.benchmark;

import dev.yardstick.core.internal.YardstickStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The PAF-style band of one value, with the rounded value that was banded and the scheme,
 * thresholds and group that were used.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class PafBandResult {

  PafBandResult() {}

  /**
   * Returns the value as given.
   *
   * @return the value
   */
  public abstract BigDecimal getValue();

  /**
   * Returns the value rounded as the scheme says: the figure that was banded.
   *
   * @return the rounded value
   */
  public abstract BigDecimal getRoundedValue();

  /**
   * Returns the band.
   *
   * @return the band code, such as {@code 4} or {@code 2H}
   */
  public abstract BandCode getBand();

  /**
   * Returns the banding scheme used.
   *
   * @return the scheme
   */
  public abstract BandingScheme getScheme();

  /**
   * Returns the group whose thresholds were used.
   *
   * @return the group code, or empty where the scheme's thresholds for all councils were used
   */
  public abstract Optional<String> getGroup();

  /**
   * Returns the thresholds used.
   *
   * @return the thresholds
   */
  public abstract BandThresholds getThresholds();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PafBandResult}. */
  public static class Builder extends ImmutablePafBandResult.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
