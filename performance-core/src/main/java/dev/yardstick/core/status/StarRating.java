package dev.yardstick.core.status;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A council's social-services star rating: zero to three stars.
 *
 * <p>The Social Services Inspectorate first published star ratings in May 2002, and the Commission
 * for Social Care Inspection carried them on to 2005 for whole social services and to 2008 for
 * adult social care alone (domain reference section 1). They combined the judgements {@link
 * ServingPeopleWell} and {@link CapacityForImprovement} for children's and adults' services by a
 * published rule table; a failure in either service gave {@link #ZERO} stars. In 2003 there were 16
 * three-star, 74 two-star, 52 one-star and 8 zero-star councils.
 *
 * <p>Star ratings are ordered by the number of stars. A council that was not rated has no star
 * rating (an empty {@code Optional} or {@link RagStatus#NOT_RATED} where a status is needed), not
 * zero stars.
 *
 * <p>The text form, written by {@link #toString()} and read by {@link #parse(String)}, is the
 * number of stars and the word {@code star} or {@code stars}: {@code 0 stars}, {@code 1 star},
 * {@code 2 stars}, {@code 3 stars}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class StarRating implements Comparable<StarRating> {

  /** The fewest stars: {@value}. */
  public static final int MIN_STARS = 0;

  /** The most stars: {@value}. */
  public static final int MAX_STARS = 3;

  /** Zero stars: not serving people well, or a failure in children's or adults' services. */
  public static final StarRating ZERO = new StarRating(0);

  /** One star. */
  public static final StarRating ONE = new StarRating(1);

  /** Two stars. */
  public static final StarRating TWO = new StarRating(2);

  /** Three stars, the highest rating. */
  public static final StarRating THREE = new StarRating(3);

  private static final StarRating[] VALUES = {ZERO, ONE, TWO, THREE};

  private final int stars;

  private StarRating(int stars) {
    this.stars = stars;
  }

  /**
   * Returns the rating with a number of stars.
   *
   * @param stars the number of stars, from {@value #MIN_STARS} to {@value #MAX_STARS}
   * @return the rating
   * @throws IllegalArgumentException if {@code stars} is out of range; the message names it
   */
  public static StarRating of(int stars) {
    checkArgument(
        stars >= MIN_STARS && stars <= MAX_STARS,
        "star rating %s is outside the range %s to %s stars",
        stars,
        MIN_STARS,
        MAX_STARS);
    return VALUES[stars];
  }

  /**
   * Parses the text form written by {@link #toString()}, such as {@code 2 stars}.
   *
   * <p>Case and white space around the parts are ignored, and {@code star} and {@code stars} are
   * both accepted whatever the number.
   *
   * @param text a number of stars from 0 to 3, a space, and {@code star} or {@code stars}
   * @return the rating
   * @throws IllegalArgumentException if the text is not of that form or the number is out of range;
   *     the message quotes the text
   */
  public static StarRating parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.strip().toLowerCase(Locale.ROOT).split("\\s+", -1);
    if (parts.length == 2
        && (parts[1].equals("star") || parts[1].equals("stars"))
        && parts[0].length() == 1
        && parts[0].charAt(0) >= '0'
        && parts[0].charAt(0) <= '0' + MAX_STARS) {
      return VALUES[parts[0].charAt(0) - '0'];
    }
    throw new IllegalArgumentException(
        "star rating '" + text + "' is not of the form '<0 to 3> stars'");
  }

  /**
   * Returns the number of stars.
   *
   * @return the stars, from {@value #MIN_STARS} to {@value #MAX_STARS}
   */
  public int getStars() {
    return stars;
  }

  /**
   * Compares by the number of stars: more stars is greater.
   *
   * @param other the rating to compare with
   * @return negative, zero or positive as this rating has fewer, the same or more stars
   */
  @Override
  public int compareTo(StarRating other) {
    return Integer.compare(stars, other.stars);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof StarRating && ((StarRating) obj).stars == stars;
  }

  @Override
  public int hashCode() {
    return stars;
  }

  /**
   * Returns the text form that {@link #parse(String)} accepts: {@code 0 stars}, {@code 1 star},
   * {@code 2 stars} or {@code 3 stars}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return stars == 1 ? "1 star" : stars + " stars";
  }
}
