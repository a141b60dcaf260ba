package dev.yardstick.core.framework;

/**
 * The level of a logic model (input, output, outcome, impact) at which an indicator measures a
 * service: from the resources put in to the long-term change in people's lives.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum LogicModelLevel {
  /** Resources put in: money, staff, beds commissioned. */
  INPUT,
  /** Activity delivered: assessments completed, hours of home care, reviews held. */
  OUTPUT,
  /** The direct result for the people served: living at home 91 days after reablement. */
  OUTCOME,
  /** The long-term, population-level change the outcome contributes to. */
  IMPACT;

  /**
   * Tells whether this level measures an effect on people (outcome or impact) rather than effort
   * (input or output).
   *
   * @return {@code true} for {@link #OUTCOME} and {@link #IMPACT}
   */
  public boolean isEffect() {
    return this == OUTCOME || this == IMPACT;
  }
}
