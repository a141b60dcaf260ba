package dev.yardstick.risk;

/**
 * The Orange Book's types of internal control (domain reference section 6, [S74]).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ControlType {
  /** Limits the chance of the risk event happening, such as separation of duties. */
  PREVENTIVE,
  /** Corrects the outcome once the event has happened, such as contingency plans. */
  CORRECTIVE,
  /** Steers people towards the desired outcome, such as procedures and training. */
  DIRECTIVE,
  /** Shows that the event has happened, such as reconciliations and audits. */
  DETECTIVE
}
