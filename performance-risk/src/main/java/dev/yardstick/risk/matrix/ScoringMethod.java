package dev.yardstick.risk.matrix;

/**
 * How a {@link RiskMatrix} turns a (likelihood, impact) pair into a score.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ScoringMethod {
  /**
   * Score = likelihood x impact, 1 to 25 on a 5x5 matrix: the usual council method (domain
   * reference section 6) and SimpleRisk's "Classic" {@code L·I}.
   */
  PRODUCT,
  /**
   * Score read from a table with one entry per cell, for matrices that weight impact above
   * likelihood or colour cells by hand (SimpleRisk's stored lookup table, eramba's threshold
   * matrix). Every cell must have an entry and scores may not fall as either level rises.
   */
  LOOKUP_TABLE
}
