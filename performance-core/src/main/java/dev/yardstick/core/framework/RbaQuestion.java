package dev.yardstick.core.framework;

/**
 * The Results-Based Accountability question a performance measure answers.
 *
 * <p>RBA sorts a service's performance measures into three questions; only the third is about
 * whether people's lives changed. Source: Mark Friedman, <i>Trying Hard Is Not Good Enough</i>
 * (2005), the performance-accountability quadrant.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum RbaQuestion {
  /** How much did we do? The quantity of effort: people served, assessments done, hours given. */
  HOW_MUCH_DID_WE_DO,
  /** How well did we do it? The quality of effort: timeliness, satisfaction, cost per unit. */
  HOW_WELL_DID_WE_DO_IT,
  /** Is anyone better off? The effect on people: independence kept, skills gained, harm avoided. */
  IS_ANYONE_BETTER_OFF
}
