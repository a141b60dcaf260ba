package dev.yardstick.indicators.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.indicators.benchmark.PafBand;
import java.util.Collection;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How many indicators sit in each of the five PAF bands ("blobs"), from band 1, investigate
 * urgently, to band 5, very good (domain reference section 2.2): the "balanced profile" councils
 * drew for each domain, and the evidence for a suggested "serving people well" judgement.
 *
 * <p>Indicators with no band (no data, suppressed, not banded) are not counted here; the caller
 * reports them separately.
 *
 * <pre>{@code
 * BandCounts counts = BandCounts.fromBands(List.of(5, 4, 4, 3, 1));
 * counts.getGoodOrBetter();      // 3
 * counts.getTotal();             // 5
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class BandCounts {

  /** The lowest band number: investigate urgently. */
  public static final int LOWEST_BAND = 1;

  /** The highest band number: very good. */
  public static final int HIGHEST_BAND = 5;

  private static final BandCounts NONE = of(0, 0, 0, 0, 0);

  BandCounts() {}

  /**
   * Returns the counts of each band.
   *
   * @param band1 indicators in band 1, investigate urgently
   * @param band2 indicators in band 2, ask questions
   * @param band3 indicators in band 3, acceptable
   * @param band4 indicators in band 4, good
   * @param band5 indicators in band 5, very good
   * @return the counts
   * @throws IllegalArgumentException if a count is negative; the message names the band
   */
  public static BandCounts of(int band1, int band2, int band3, int band4, int band5) {
    return ImmutableBandCounts.of(band1, band2, band3, band4, band5);
  }

  /**
   * Returns no indicators in any band.
   *
   * @return the empty counts
   */
  public static BandCounts none() {
    return NONE;
  }

  /**
   * Counts band numbers, such as each indicator's {@code PafBand} number.
   *
   * @param bands the band of each indicator, 1 to 5
   * @return the counts
   * @throws IllegalArgumentException if a band is outside 1 to 5; the message names it
   */
  public static BandCounts fromBands(Collection<Integer> bands) {
    Objects.requireNonNull(bands, "bands");
    int[] counts = new int[HIGHEST_BAND + 1];
    for (Integer band : bands) {
      Objects.requireNonNull(band, "band");
      checkArgument(band >= LOWEST_BAND && band <= HIGHEST_BAND, "PAF band %s is not 1 to 5", band);
      counts[band]++;
    }
    return of(counts[1], counts[2], counts[3], counts[4], counts[5]);
  }

  /**
   * Counts PAF bands.
   *
   * @param bands the band of each indicator
   * @return the counts
   */
  public static BandCounts fromPafBands(Collection<PafBand> bands) {
    Objects.requireNonNull(bands, "bands");
    int[] counts = new int[HIGHEST_BAND + 1];
    for (PafBand band : bands) {
      counts[Objects.requireNonNull(band, "band").getNumber()]++;
    }
    return of(counts[1], counts[2], counts[3], counts[4], counts[5]);
  }

  /**
   * Returns the number in band 1, investigate urgently.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int getBand1();

  /**
   * Returns the number in band 2, ask questions.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int getBand2();

  /**
   * Returns the number in band 3, acceptable.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int getBand3();

  /**
   * Returns the number in band 4, good.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int getBand4();

  /**
   * Returns the number in band 5, very good.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int getBand5();

  /**
   * Returns the number in a band.
   *
   * @param band 1 to 5
   * @return the count
   * @throws IllegalArgumentException if the band is outside 1 to 5
   */
  public int getCount(int band) {
    checkArgument(band >= LOWEST_BAND && band <= HIGHEST_BAND, "PAF band %s is not 1 to 5", band);
    switch (band) {
      case 1:
        return getBand1();
      case 2:
        return getBand2();
      case 3:
        return getBand3();
      case 4:
        return getBand4();
      default:
        return getBand5();
    }
  }

  /**
   * Returns the number of banded indicators.
   *
   * @return the total of the five counts
   */
  public int getTotal() {
    return getBand1() + getBand2() + getBand3() + getBand4() + getBand5();
  }

  /**
   * Returns the number in bands 4 and 5, good or very good.
   *
   * @return the count
   */
  public int getGoodOrBetter() {
    return getBand4() + getBand5();
  }

  /**
   * Returns these counts added to others, as profiles of two services or domains combine.
   *
   * @param other the other counts
   * @return the sums, band by band
   */
  public BandCounts plus(BandCounts other) {
    Objects.requireNonNull(other, "other");
    return of(
        getBand1() + other.getBand1(),
        getBand2() + other.getBand2(),
        getBand3() + other.getBand3(),
        getBand4() + other.getBand4(),
        getBand5() + other.getBand5());
  }

  /**
   * Returns the counts as text, such as {@code bands 1-5: 1, 0, 1, 2, 1}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return "bands 1-5: "
        + getBand1()
        + ", "
        + getBand2()
        + ", "
        + getBand3()
        + ", "
        + getBand4()
        + ", "
        + getBand5();
  }

  @Value.Check
  void check() {
    for (int band = LOWEST_BAND; band <= HIGHEST_BAND; band++) {
      checkArgument(getCount(band) >= 0, "band %s count %s is negative", band, getCount(band));
    }
  }
}
