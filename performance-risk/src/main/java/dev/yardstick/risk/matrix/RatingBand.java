package dev.yardstick.risk.matrix;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import org.immutables.value.Value;

/**
 * A named rating that a range of scores falls into, such as {@code High} for scores 12 and above.
 *
 * <p>A band is identified by its name and the lowest score it holds; its upper end is the next
 * band's lowest score less one (see {@link ScoreBanding}). Bands order by their lowest score, so a
 * higher band is a worse rating.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class RatingBand implements Comparable<RatingBand> {

  RatingBand() {}

  /**
   * Returns the rating's name, such as {@code Low}, {@code Medium} or {@code High}.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String getName();

  /**
   * Returns the lowest score that has this rating.
   *
   * @return the lowest score, at least 1
   */
  @Value.Parameter
  public abstract int getLowestScore();

  /**
   * Returns a band.
   *
   * @param name the rating's name, not blank
   * @param lowestScore the lowest score with this rating, at least 1
   * @return the band
   * @throws IllegalArgumentException if the name is blank or the score below 1
   */
  public static RatingBand of(String name, int lowestScore) {
    return ImmutableRatingBand.of(name, lowestScore);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Compares bands by their lowest score: a band with a higher lowest score is the worse rating.
   *
   * @param other the band to compare with
   * @return negative, zero or positive as this band is lower, equal or higher
   */
  @Override
  public int compareTo(RatingBand other) {
    int c = Integer.compare(getLowestScore(), other.getLowestScore());
    return c != 0 ? c : getName().compareTo(other.getName());
  }

  @Value.Check
  void check() {
    checkArgument(!getName().isBlank(), "rating band name is blank");
    checkArgument(
        getLowestScore() >= 1,
        "rating band '%s' starts at score %s, below 1",
        getName(),
        getLowestScore());
  }

  /**
   * Returns the band's name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return getName();
  }

  /** Builds a {@link RatingBand}. */
  public static class Builder extends ImmutableRatingBand.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
