package dev.yardstick.indicators.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Polarity;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The cut points of one PAF-style banding and the band on each side of them: {@code n} strictly
 * ascending cut points split the number line into {@code n + 1} bands, listed from the lowest
 * values up.
 *
 * <p>A one-sided banding has four cut points and bands 1 to 5 (higher is better) or 5 to 1 (lower
 * is better); fewer bands model indicators whose highest achievable band is below 5. A two-sided
 * banding ("best in the middle") runs, for example, {@code 2L, 3L, 4L, 5, 4H, 3H, 2H}.
 *
 * <pre>{@code
 * // PAF A1, lower is better: 5 up to 10, 4 up to 13, 3 up to 16, 2 up to 20, 1 above
 * BandThresholds a1 = BandThresholds.oneSided(Polarity.LOWER_IS_BETTER,
 *     new BigDecimal("10"), new BigDecimal("13"), new BigDecimal("16"), new BigDecimal("20"));
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class BandThresholds implements Serializable {

  private static final long serialVersionUID = 1L;

  BandThresholds() {}

  /**
   * Returns the cut points, strictly ascending, in the indicator's unit.
   *
   * @return the cut points
   */
  public abstract List<BigDecimal> getCutPoints();

  /**
   * Returns the bands from the lowest values up: one more than the cut points.
   *
   * @return the bands
   */
  public abstract List<BandCode> getBands();

  /**
   * Returns the band of a value that is already rounded as the scheme says.
   *
   * @param value the rounded value
   * @param rule which band a value on a cut point belongs to
   * @return the band
   */
  public BandCode bandOf(BigDecimal value, CutPointRule rule) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
    int index = 0;
    for (BigDecimal cut : getCutPoints()) {
      int c = value.compareTo(cut);
      if (c > 0 || (c == 0 && rule == CutPointRule.IN_BAND_ABOVE)) {
        index++;
      } else {
        break;
      }
    }
    return getBands().get(index);
  }

  @Value.Check
  BandThresholds normalise() {
    List<BigDecimal> cuts = getCutPoints();
    checkState(
        getBands().size() == cuts.size() + 1,
        "banding has %s cut points and %s bands; it needs one band more than cut points",
        cuts.size(),
        getBands().size());
    for (int i = 1; i < cuts.size(); i++) {
      checkState(
          cuts.get(i - 1).compareTo(cuts.get(i)) < 0,
          "banding cut points %s and %s are not strictly ascending",
          cuts.get(i - 1).toPlainString(),
          cuts.get(i).toPlainString());
    }
    boolean normal = true;
    for (BigDecimal cut : cuts) {
      normal &= cut.equals(Decimals.normalise(cut));
    }
    if (normal) {
      return this;
    }
    List<BigDecimal> normalised = new ArrayList<>();
    for (BigDecimal cut : cuts) {
      normalised.add(Decimals.normalise(cut));
    }
    return builder().from(this).cutPoints(normalised).build();
  }

  /**
   * Returns a one-sided five-band banding.
   *
   * @param polarity {@link Polarity#HIGHER_IS_BETTER} (band 1 below the first cut point) or {@link
   *     Polarity#LOWER_IS_BETTER} (band 5 below it)
   * @param cutPoints four strictly ascending cut points
   * @return the thresholds
   * @throws IllegalArgumentException if the polarity is not higher or lower is better, or there are
   *     not four cut points
   * @throws IllegalStateException if the cut points are not strictly ascending
   */
  public static BandThresholds oneSided(Polarity polarity, BigDecimal... cutPoints) {
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(cutPoints, "cutPoints");
    checkArgument(
        polarity.getKind() == Polarity.Kind.HIGHER_IS_BETTER
            || polarity.getKind() == Polarity.Kind.LOWER_IS_BETTER,
        "a one-sided banding needs HIGHER_IS_BETTER or LOWER_IS_BETTER, not %s",
        polarity);
    checkArgument(
        cutPoints.length == 4, "a five-band banding needs 4 cut points, not %s", cutPoints.length);
    Builder b = builder().addCutPoints(cutPoints);
    for (int i = 0; i < 5; i++) {
      int number = polarity.getKind() == Polarity.Kind.HIGHER_IS_BETTER ? i + 1 : 5 - i;
      b.addBands(BandCode.of(PafBand.of(number)));
    }
    return b.build();
  }

  /**
   * Returns a two-sided banding that is best (band 5) in the middle: with {@code 2k} cut points the
   * bands run from {@code (5-k)L} up to {@code 4L}, then {@code 5}, then {@code 4H} up to {@code
   * (5-k)H}. Six cut points give the DH form {@code 2L 3L 4L 5 4H 3H 2H}.
   *
   * @param cutPoints 2, 4, 6 or 8 strictly ascending cut points
   * @return the thresholds
   * @throws IllegalArgumentException if the number of cut points is not 2, 4, 6 or 8
   * @throws IllegalStateException if the cut points are not strictly ascending
   */
  public static BandThresholds twoSided(BigDecimal... cutPoints) {
    Objects.requireNonNull(cutPoints, "cutPoints");
    int n = cutPoints.length;
    checkArgument(
        n >= 2 && n <= 8 && n % 2 == 0,
        "a two-sided banding needs 2, 4, 6 or 8 cut points, not %s",
        n);
    int k = n / 2;
    Builder b = builder().addAllCutPoints(Arrays.asList(cutPoints));
    for (int i = 0; i < k; i++) {
      b.addBands(BandCode.of(PafBand.of(5 - k + i), BandCode.Side.LOW));
    }
    b.addBands(BandCode.of(PafBand.VERY_GOOD));
    for (int i = k - 1; i >= 0; i--) {
      b.addBands(BandCode.of(PafBand.of(5 - k + i), BandCode.Side.HIGH));
    }
    return b.build();
  }

  /**
   * Returns thresholds from cut points and bands.
   *
   * @param cutPoints strictly ascending cut points
   * @param bands the bands from the lowest values up, one more than the cut points
   * @return the thresholds
   * @throws IllegalStateException if the cut points are not ascending or the counts disagree
   */
  public static BandThresholds of(List<BigDecimal> cutPoints, List<BandCode> bands) {
    return builder().addAllCutPoints(cutPoints).addAllBands(bands).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BandThresholds}. */
  public static class Builder extends ImmutableBandThresholds.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
