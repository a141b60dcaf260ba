package dev.yardstick.core.framework;

import java.util.Objects;

/**
 * The level of an {@link Objective} in the "golden thread" that runs from the community plan
 * through the council's corporate plan and the service and team plans to each member of staff's
 * individual objectives, so that everyone can see how their work serves the council's aims.
 *
 * <p>Levels are declared from the top down; a child objective normally sits at a lower level than
 * its parent.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ObjectiveLevel {
  /** The community plan (community strategy) agreed with partners and local people. */
  COMMUNITY_PLAN,
  /** The council's corporate plan, its contribution to the community plan. */
  CORPORATE_PLAN,
  /** A service plan, such as the social services department's or adult services' plan. */
  SERVICE_PLAN,
  /** A team plan. */
  TEAM_PLAN,
  /**
   * An individual's objective from supervision and appraisal ("managing individual performance"),
   * recorded against a role, never against a person's personal data.
   */
  INDIVIDUAL;

  /**
   * Tells whether this level is above another in the golden thread.
   *
   * @param other another level
   * @return {@code true} if this level is nearer the community plan than {@code other}
   */
  public boolean isAbove(ObjectiveLevel other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) < 0;
  }
}
