package dev.yardstick.indicators.assessment.rating;

/**
 * How a total score as a percentage is compared with the whole-number band edges of a CQC rating
 * scheme.
 *
 * <p>CQC publishes its bands in whole percentages (25 to 38% inadequate, 39 to 62% requires
 * improvement, 63 to 87% good, 88% and above outstanding) and does not say how a fraction such as
 * 14 of 36 points (38.9%) is treated. The two readings below agree on every total possible with
 * CQC's nine quality statements; they differ only for fractions between an upper edge and the next
 * half (such as 38.1%, which 32 points of 84 give).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum PercentageRounding {

  /**
   * Round the percentage to a whole number, halves up, then band it: 38.9% is 39%, requires
   * improvement; 38.1% is 38%, inadequate. The default: the published edges are whole numbers.
   */
  WHOLE_PERCENT_HALF_UP,

  /**
   * Band the exact percentage: a band begins anywhere above the previous band's published upper
   * edge, so 38.1% is above 38% and requires improvement. This is the reading of CQC's wording for
   * quality statement scores ("over 87% = 4").
   */
  EXACT_ABOVE_UPPER_EDGE
}
