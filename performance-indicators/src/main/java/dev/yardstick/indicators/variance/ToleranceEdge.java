package dev.yardstick.indicators.variance;

/**
 * Which colour a figure exactly at the far edge of the tolerance takes: the inclusive edge between
 * the amber and the red band.
 *
 * <p>For a target of at least 75% with a 5-point tolerance the edge is 70%.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ToleranceEdge {
  /** A figure exactly at the edge is within tolerance: 70% is amber. The default. */
  AMBER,
  /** A figure exactly at the edge is beyond tolerance: 70% is red, 70.1% amber. */
  RED
}
