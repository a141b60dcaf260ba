package dev.yardstick.indicators.assessment.rating;

/**
 * A published principle that a social-services star rating table declares it follows, and that
 * {@link StarRatingScheme#validate()} then checks over all 256 combinations of judgements.
 *
 * <p>Every table is also checked for completeness (every combination rated) and monotonicity
 * (improving one judgement never lowers the rating), whether or not it declares a principle. The
 * principles are those of the 2002 rule set (domain reference section 1.1, from Community Care's
 * reports of the Department of Health guidance).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum StarRatingPrinciple {

  /**
   * A failure in either children's or adults' services gives zero stars, however good the other is.
   * Yardstick reads "failure" as a "serving people well" judgement of {@code No}.
   */
  FAILURE_GIVES_ZERO,

  /**
   * Children's and adults' services carry equal weight: swapping their judgements leaves the rating
   * unchanged.
   */
  SYMMETRIC,

  /**
   * Current performance counts for more than prospects: raising a service's "serving people well"
   * judgement by one step gives at least the rating that raising its capacity for improvement by
   * one step gives, from the same starting point.
   */
  CURRENT_PERFORMANCE_COUNTS_MORE
}
