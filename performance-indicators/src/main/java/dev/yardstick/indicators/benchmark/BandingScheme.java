package dev.yardstick.indicators.benchmark;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.RoundingPolicy;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One version of an indicator's PAF-style banding: the thresholds, how the value is rounded before
 * it is banded, which band a value on a cut point belongs to, the dates it applies between, and
 * different thresholds for named groups of councils where the banding has them.
 *
 * <p>Bandings changed between years and were sometimes revised backwards (domain reference 2.2), so
 * a scheme is versioned data with effective dates (design decision 5). Cost indicators B12 and B17
 * had "Group 1" and "Group 2" bandings; {@link #getGroupThresholds()} holds such thresholds by
 * group code. The value is rounded by {@link #getRounding()} first, so the band never disagrees
 * with the figure printed beside it (design decision 1).
 *
 * <pre>{@code
 * BandingScheme a1 = BandingScheme.builder()
 *     .version("2002-03")
 *     .effectiveFrom(LocalDate.of(2002, 4, 1))
 *     .rounding(RoundingPolicy.ONE_DECIMAL_PLACE)
 *     .cutPointRule(CutPointRule.IN_BAND_BELOW)
 *     .thresholds(BandThresholds.oneSided(Polarity.LOWER_IS_BETTER,
 *         new BigDecimal("10"), new BigDecimal("13"), new BigDecimal("16"), new BigDecimal("20")))
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class BandingScheme implements Serializable {

  private static final long serialVersionUID = 1L;

  BandingScheme() {}

  /**
   * Returns the version label, such as {@code 2002-03} or {@code 2002-03 revised Nov 2002}.
   *
   * @return the version
   */
  public abstract String getVersion();

  /**
   * Returns the first day the banding applies to.
   *
   * @return the first day, inclusive
   */
  public abstract LocalDate getEffectiveFrom();

  /**
   * Returns the last day the banding applies to.
   *
   * @return the last day, inclusive, or empty while it is current
   */
  public abstract Optional<LocalDate> getEffectiveTo();

  /**
   * Returns how the value is rounded before banding: the indicator's published rounding, so the
   * band agrees with the printed figure.
   *
   * @return the rounding policy
   */
  public abstract RoundingPolicy getRounding();

  /**
   * Returns which band a value exactly on a cut point belongs to; stated by each scheme, with no
   * default.
   *
   * @return the rule
   */
  public abstract CutPointRule getCutPointRule();

  /**
   * Returns the thresholds for every council without group thresholds of its own.
   *
   * @return the thresholds
   */
  public abstract BandThresholds getThresholds();

  /**
   * Returns thresholds for named groups of councils, by group code (such as {@code Group 1}).
   *
   * @return the group thresholds, often empty
   */
  public abstract Map<String, BandThresholds> getGroupThresholds();

  /**
   * Tells whether the banding applies on a day.
   *
   * @param date the day
   * @return {@code true} if the day is within the effective dates
   */
  public boolean isEffectiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getEffectiveFrom())
        && getEffectiveTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  @Value.Check
  void check() {
    checkState(!getVersion().isBlank(), "banding scheme version is blank");
    getEffectiveTo()
        .ifPresent(
            to ->
                checkState(
                    !to.isBefore(getEffectiveFrom()),
                    "banding scheme %s ends on %s, before it starts on %s",
                    getVersion(),
                    to,
                    getEffectiveFrom()));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BandingScheme}. */
  public static class Builder extends ImmutableBandingScheme.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
