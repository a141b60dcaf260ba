package dev.yardstick.indicators.benchmark;

/**
 * Which band a value exactly on a cut point belongs to.
 *
 * <p>The published PAF bandings give ranges such as "10 - 15"; the rule at the edges is part of
 * each banding and must be stated with it (domain reference 2.2 records that the numeric bands of
 * most years were not found), so a {@link BandingScheme} has no default.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum CutPointRule {
  /** A value equal to a cut point is in the band above it (bands are {@code [from, to)}). */
  IN_BAND_ABOVE,
  /** A value equal to a cut point is in the band below it (bands are {@code (from, to]}). */
  IN_BAND_BELOW
}
