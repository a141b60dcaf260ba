package dev.yardstick.indicators.benchmark;

/**
 * How many quantile bands a group is split into.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum QuantileCount {
  /** Four bands: the default, as LAIT and council reports show quartiles. */
  QUARTILES(4),
  /** Five bands, as Fingertips' quintile maps. */
  QUINTILES(5),
  /** Ten bands, as PHE's deprivation deciles. */
  DECILES(10);

  private final int bands;

  QuantileCount(int bands) {
    this.bands = bands;
  }

  /**
   * Returns the number of bands.
   *
   * @return 4, 5 or 10
   */
  public int getBands() {
    return bands;
  }
}
