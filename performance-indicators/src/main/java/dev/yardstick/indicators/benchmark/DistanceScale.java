package dev.yardstick.indicators.benchmark;

/**
 * The scale statistical-neighbour distances are reported on.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum DistanceScale {
  /** The weighted Euclidean distance between standardised variables: the default. */
  STANDARDISED,
  /**
   * Divided by the distance to the farthest council, so all distances lie from 0 to 1, as CIPFA's
   * nearest-neighbour model reports them (domain reference 4.3).
   */
  FARTHEST_IS_ONE
}
