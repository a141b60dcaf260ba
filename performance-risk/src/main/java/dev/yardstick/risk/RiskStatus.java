package dev.yardstick.risk;

/**
 * Where a risk stands in its life.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum RiskStatus {
  /** The risk is live and managed: it is assessed, reviewed and counted on heat maps. */
  OPEN,
  /**
   * The risk is live but has been formally accepted (tolerated) at its current level by someone
   * with the authority to do so; it is still assessed and reviewed but needs no further treatment.
   */
  ACCEPTED,
  /** The risk has gone away or been terminated; it is kept for history only. */
  CLOSED;

  /**
   * Tells whether the risk is still live, that is open or accepted.
   *
   * @return {@code true} unless the risk is closed
   */
  public boolean isLive() {
    return this != CLOSED;
  }
}
