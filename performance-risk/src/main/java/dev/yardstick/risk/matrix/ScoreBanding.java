package dev.yardstick.risk.matrix;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How scores are grouped into ratings: an ordered list of {@link RatingBand}s, each holding the
 * scores from its lowest score up to the next band's lowest score less one; the last band is open
 * above.
 *
 * <p>The {@link #defaults() default} is Low 1 to 4, Medium 5 to 11 (5 to 10 on a 5x5 product
 * matrix, where 11 cannot occur) and High 12 and above, after the council template cited in the
 * domain reference section 6 [S79], which also notes that organisations move the cut-offs to
 * match their appetite (for example High from 16). It is configuration: build another banding with
 * {@link #of(RatingBand...)}.
 *
 * <pre>{@code
 * ScoreBanding banding = ScoreBanding.of(
 *     RatingBand.of("Low", 1), RatingBand.of("Medium", 7), RatingBand.of("High", 20));
 * String rating = banding.band(12).getName();                 // "Medium"
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ScoreBanding {

  ScoreBanding() {}

  /**
   * Returns the bands from the lowest rating to the highest.
   *
   * @return the bands, at least one, with strictly increasing lowest scores
   */
  public abstract List<RatingBand> getBands();

  /**
   * Returns the default banding: Low from 1, Medium from 5, High from 12.
   *
   * @return the default banding
   */
  public static ScoreBanding defaults() {
    return of(RatingBand.of("Low", 1), RatingBand.of("Medium", 5), RatingBand.of("High", 12));
  }

  /**
   * Returns a banding of the bands given, lowest first.
   *
   * @param bands the bands, lowest first
   * @return the banding
   * @throws IllegalArgumentException if there is no band, the lowest scores do not strictly
   *     increase or a name is repeated
   */
  public static ScoreBanding of(RatingBand... bands) {
    Objects.requireNonNull(bands, "bands");
    return builder().bands(Arrays.asList(bands)).build();
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
   * Returns the band a score falls into: the band with the highest lowest score not above it.
   *
   * @param score a score
   * @return the band
   * @throws IllegalArgumentException if the score is below the lowest band's lowest score
   */
  public RatingBand band(int score) {
    RatingBand found = null;
    for (RatingBand b : getBands()) {
      if (b.getLowestScore() <= score) {
        found = b;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException(
          "score "
              + score
              + " is below the lowest rating band '"
              + getBands().get(0).getName()
              + "', which starts at "
              + getBands().get(0).getLowestScore());
    }
    return found;
  }

  /**
   * Returns the band with a name.
   *
   * @param name the band's name, compared exactly
   * @return the band, or empty if no band has that name
   */
  public Optional<RatingBand> bandNamed(String name) {
    Objects.requireNonNull(name, "name");
    return getBands().stream().filter(b -> b.getName().equals(name)).findFirst();
  }

  /**
   * Returns the highest score of a band, or empty for the last band, which is open above.
   *
   * @param band one of this banding's bands
   * @return the highest score in the band, or empty for the last band
   * @throws IllegalArgumentException if the band is not one of this banding's
   */
  public Optional<Integer> highestScore(RatingBand band) {
    Objects.requireNonNull(band, "band");
    int i = getBands().indexOf(band);
    checkArgument(i >= 0, "rating band '%s' is not in the banding %s", band, getBands());
    return i + 1 < getBands().size()
        ? Optional.of(getBands().get(i + 1).getLowestScore() - 1)
        : Optional.empty();
  }

  @Value.Check
  void check() {
    checkArgument(!getBands().isEmpty(), "a score banding needs at least one rating band");
    Set<String> names = new HashSet<>();
    RatingBand previous = null;
    for (RatingBand b : getBands()) {
      checkArgument(names.add(b.getName()), "rating band name '%s' is repeated", b.getName());
      if (previous != null) {
        checkArgument(
            b.getLowestScore() > previous.getLowestScore(),
            "rating band '%s' starts at %s, not above the previous band '%s' at %s",
            b.getName(),
            b.getLowestScore(),
            previous.getName(),
            previous.getLowestScore());
      }
      previous = b;
    }
  }

  /** Builds a {@link ScoreBanding}. */
  public static class Builder extends ImmutableScoreBanding.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
