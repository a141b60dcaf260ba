package dev.yardstick.indicators.assessment.rating;

/**
 * The Care Quality Commission's four-point rating of a local authority's adult social care (2023
 * onwards): inadequate, requires improvement, good, outstanding.
 *
 * <p>The constants are in order from worst to best, so their natural order ranks them.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum CqcRating {

  /** "Inadequate": 25 to 38% under the 2023 scheme. */
  INADEQUATE("Inadequate"),

  /** "Requires improvement": 39 to 62% under the 2023 scheme. */
  REQUIRES_IMPROVEMENT("Requires improvement"),

  /** "Good": 63 to 87% under the 2023 scheme. */
  GOOD("Good"),

  /** "Outstanding": 88% and above under the 2023 scheme. */
  OUTSTANDING("Outstanding");

  private final String wording;

  CqcRating(String wording) {
    this.wording = wording;
  }

  /**
   * Returns the rating as CQC writes it, such as {@code Requires improvement}.
   *
   * @return the wording
   */
  public String getWording() {
    return wording;
  }
}
