package dev.yardstick.core.status;

/**
 * The inspectors' judgement of a council's social services' prospects or capacity for improvement,
 * one of the two judgements behind the social-services star ratings of 2002 to 2005: poor,
 * uncertain, promising, excellent.
 *
 * <p>It was called "prospects for improvement" in 2002 and "capacity for improvement" by 2003 to
 * 2005, and was made separately for children's and adults' services (domain reference section 1.1).
 * It counted for less than {@link ServingPeopleWell}. The constants are in order from worst to
 * best, so their natural order ranks them.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum CapacityForImprovement {

  /** "Poor" prospects or capacity for improvement. */
  POOR("Poor"),

  /** "Uncertain" prospects or capacity for improvement. */
  UNCERTAIN("Uncertain"),

  /** "Promising" prospects or capacity for improvement. */
  PROMISING("Promising"),

  /** "Excellent" prospects or capacity for improvement. */
  EXCELLENT("Excellent");

  private final String wording;

  CapacityForImprovement(String wording) {
    this.wording = wording;
  }

  /**
   * Returns the official wording of the judgement, such as {@code Promising}.
   *
   * @return the wording
   */
  public String getWording() {
    return wording;
  }
}
