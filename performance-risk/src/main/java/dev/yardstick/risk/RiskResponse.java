package dev.yardstick.risk;

/**
 * The "four Ts" of risk response (domain reference section 6, [S74]).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum RiskResponse {
  /** Accept the risk at its current level, with no further action beyond monitoring. */
  TOLERATE,
  /** Act to reduce the likelihood or the impact. */
  TREAT,
  /** Pass the risk, or part of it, to a third party, such as an insurer or a provider. */
  TRANSFER,
  /** Stop the activity that gives rise to the risk. */
  TERMINATE
}
