package dev.yardstick.core.framework;

/**
 * Where a {@link Target} comes from, which tells a reader how much weight to put on missing it.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum TargetProvenance {
  /** Set in law or by statutory guidance, such as a Best Value performance indicator target. */
  STATUTORY,
  /** A national minimum standard or floor target that every council must reach. */
  NATIONAL_FLOOR,
  /** A council's own stretch target, beyond the national expectation. */
  LOCAL_STRETCH,
  /** A provisional figure entered until the real target is agreed; not to be reported as agreed. */
  PLACEHOLDER
}
