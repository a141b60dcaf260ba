package dev.yardstick.core.status;

import java.util.Objects;

/**
 * The inspectors' judgement of how well a council's social services serve people now, one of the
 * two judgements behind the social-services star ratings of 2002 to 2005: is the council serving
 * people well? No, Some, Most or Yes.
 *
 * <p>It was made separately for children's and adults' services (domain reference section 1.1), and
 * counted for more than {@link CapacityForImprovement}. The constants are in order from worst to
 * best, so their natural order ranks them. Missing a key-indicator threshold capped it: children's
 * services at {@link #SOME}, adults' at {@link #MOST} (see {@link #atMost}).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ServingPeopleWell {

  /**
   * "No": not serving people well. Yardstick reads this as the "failure" in either service that
   * gave zero stars (domain reference section 1.2; the published rule is not conclusive on it).
   */
  NO("No"),

  /** "Some": serving some people well. */
  SOME("Some"),

  /** "Most": serving most people well. */
  MOST("Most"),

  /** "Yes": serving people well. */
  YES("Yes");

  private final String wording;

  ServingPeopleWell(String wording) {
    this.wording = wording;
  }

  /**
   * Returns the official wording of the judgement, such as {@code Most}.
   *
   * @return the wording
   */
  public String getWording() {
    return wording;
  }

  /**
   * Returns this judgement capped at a maximum, as a missed key-indicator threshold caps it.
   *
   * @param cap the highest judgement allowed, such as {@link #SOME}
   * @return the lower of this judgement and {@code cap}
   */
  public ServingPeopleWell atMost(ServingPeopleWell cap) {
    Objects.requireNonNull(cap, "cap");
    return compareTo(cap) <= 0 ? this : cap;
  }
}
