package dev.yardstick.risk;

/**
 * The three scores of a risk assessment (domain reference section 6).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ScoreKind {
  /** The exposure before any control is in place (the Orange Book's inherent risk). */
  INHERENT,
  /** The exposure with the current controls working as assessed. */
  RESIDUAL,
  /** The exposure the council aims to reach once its planned actions are done. */
  TARGET
}
