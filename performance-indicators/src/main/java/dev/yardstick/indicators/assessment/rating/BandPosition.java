package dev.yardstick.indicators.assessment.rating;

/**
 * Where a percentage score sits inside its rating band: in the lower or the upper half.
 *
 * <p>CQC reports whether a local authority is in the upper threshold of its rating ("good, nearing
 * outstanding") or the lower ("good, nearer to requires improvement"), but does not publish where
 * the halves meet. Yardstick splits each band at the midpoint of its published whole-number edges
 * (good, 63 to 87%, at 75%); a score exactly at the midpoint is in the lower half.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum BandPosition {

  /** The lower half of the band: nearer the rating below. */
  LOWER,

  /** The upper half of the band: nearer the rating above. */
  UPPER
}
