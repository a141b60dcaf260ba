package dev.yardstick.risk;

/**
 * Where a residual score stands against the risk appetite and tolerance that apply to it.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum AppetiteStatus {
  /** The residual score is at or below the appetite: acceptable. */
  WITHIN_APPETITE,
  /**
   * The residual score is above the appetite but within the tolerance above it: tolerable for now,
   * with escalation and treatment (Maidstone's red zone).
   */
  ABOVE_APPETITE,
  /**
   * The residual score is above appetite plus tolerance: unacceptable whatever the upside
   * (Maidstone's black area).
   */
  ABOVE_TOLERANCE,
  /**
   * No appetite is set for the risk's category and organisation unit on the date: an explicit
   * state, never a silent default.
   */
  NO_APPETITE_SET
}
