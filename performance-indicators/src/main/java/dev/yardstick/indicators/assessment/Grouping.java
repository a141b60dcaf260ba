package dev.yardstick.indicators.assessment;

/**
 * How a {@link Scorecard}'s rows are grouped for display.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum Grouping {
  /** By the indicator's domain, such as the five PAF domains; rows with none go last. */
  DOMAIN,
  /** By the indicator's service area; rows with none go last. */
  SERVICE_AREA,
  /**
   * By outcome: a row appears under each outcome it measures, so the groups may share rows; rows
   * with none go last.
   */
  OUTCOME
}
