package dev.yardstick.indicators.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Decimals;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Bands a value on a PAF-style banding: five bands from 1, investigate urgently, to 5, very good,
 * one- or two-sided, optionally with different thresholds for groups of councils.
 *
 * <p>Method (domain reference 2.2; Department of Health PAF guidance): round the value as the
 * scheme says, then find the band between the cut points, putting a value on a cut point on the
 * side the scheme's {@link CutPointRule} states.
 *
 * <pre>{@code
 * PafBandResult r = PafBanding.withDefaults().band(a1Scheme, new BigDecimal("12.96"));
 * r.getRoundedValue();   // 13 (12.96 to one decimal place)
 * r.getBand();           // 4 when 13 belongs to the band below it
 * }</pre>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>A value that rounds onto a cut point is banded by the rounded figure.
 *   <li>A group code the scheme has no thresholds for uses the thresholds for all councils, or is
 *       refused, by {@link UnknownGroupPolicy}.
 *   <li>The scheme's effective dates are the caller's to check ({@link
 *       BandingScheme#isEffectiveOn(java.time.LocalDate)}); the banding is applied as given.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class PafBanding {

  private static final PafBanding DEFAULTS =
      new PafBanding(UnknownGroupPolicy.USE_DEFAULT_THRESHOLDS);

  private final UnknownGroupPolicy unknownGroupPolicy;

  private PafBanding(UnknownGroupPolicy unknownGroupPolicy) {
    this.unknownGroupPolicy = unknownGroupPolicy;
  }

  /**
   * Returns the banding that uses the thresholds for all councils for an unknown group.
   *
   * @return the default banding
   */
  public static PafBanding withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a banding with another policy for unknown groups.
   *
   * @param policy the policy
   * @return the banding
   */
  public PafBanding with(UnknownGroupPolicy policy) {
    return new PafBanding(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Bands a value by the scheme's thresholds for all councils.
   *
   * @param scheme the banding scheme
   * @param value the value in the indicator's unit
   * @return the band
   */
  public PafBandResult band(BandingScheme scheme, BigDecimal value) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(value, "value");
    return result(scheme, value, scheme.getThresholds(), null);
  }

  /**
   * Bands a value of a council in a group by that group's thresholds.
   *
   * @param scheme the banding scheme
   * @param value the value in the indicator's unit
   * @param group the council's group code, such as {@code Group 1}
   * @return the band
   * @throws IllegalArgumentException if the scheme has no thresholds for the group and the policy
   *     is {@link UnknownGroupPolicy#REFUSE}
   */
  public PafBandResult band(BandingScheme scheme, BigDecimal value, String group) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(group, "group");
    BandThresholds thresholds = scheme.getGroupThresholds().get(group);
    if (thresholds == null) {
      checkArgument(
          unknownGroupPolicy == UnknownGroupPolicy.USE_DEFAULT_THRESHOLDS,
          "banding scheme %s has no thresholds for group '%s'; it has %s",
          scheme.getVersion(),
          group,
          scheme.getGroupThresholds().keySet());
      return result(scheme, value, scheme.getThresholds(), null);
    }
    return result(scheme, value, thresholds, group);
  }

  private static PafBandResult result(
      BandingScheme scheme, BigDecimal value, BandThresholds thresholds, @Nullable String group) {
    BigDecimal rounded = Decimals.normalise(scheme.getRounding().round(value));
    PafBandResult.Builder result =
        PafBandResult.builder()
            .value(Decimals.normalise(value))
            .roundedValue(rounded)
            .band(thresholds.bandOf(rounded, scheme.getCutPointRule()))
            .scheme(scheme)
            .thresholds(thresholds);
    if (group != null) {
      result.group(group);
    }
    return result.build();
  }

  @Override
  public String toString() {
    return "PafBanding{" + unknownGroupPolicy + "}";
  }
}
