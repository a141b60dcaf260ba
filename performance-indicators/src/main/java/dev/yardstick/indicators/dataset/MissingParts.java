package dev.yardstick.indicators.dataset;

/**
 * What a {@link RollUpCalculator} does when some months or quarters of the period being rolled
 * up have no usable value (none reported, missing or suppressed).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum MissingParts {
  /**
   * Give no figure: the result has status {@link RollUpStatus#INCOMPLETE} and lists the missing
   * parts. The default, because a year-to-date figure short of a month understates a flow.
   */
  NOT_CALCULATED,
  /**
   * Roll up the parts there are: the result has status {@link RollUpStatus#PARTIAL} and lists the
   * missing parts, so a report can say "9 of 12 months".
   */
  USE_AVAILABLE
}
