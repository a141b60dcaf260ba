package dev.yardstick.risk;

/**
 * The assurance opinion on how well a control works in practice: the qualitative companion to the
 * levels by which a {@link Control} reduces likelihood and impact.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ControlEffectiveness {
  /** The control is designed well and evidence shows it operates as intended. */
  EFFECTIVE,
  /** The control operates, but with gaps in design or in practice. */
  PARTIALLY_EFFECTIVE,
  /** The control does not work; it may claim no reduction. */
  INEFFECTIVE,
  /** Nobody has tested the control yet. */
  NOT_ASSESSED
}
