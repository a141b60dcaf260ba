package dev.yardstick.indicators.assessment.rating;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A CQC local authority rating with its derivation: the quality statement scores, the total as a
 * percentage, the band and the position inside it.
 *
 * <p>{@link #getExplanation()} writes it for a report: {@code Good, lower half: 9 quality
 * statements scored 25 of 36 points = 69.44%, 69% as a whole percent (half up); good is 63 to 87%}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class CqcAssessmentResult {

  CqcAssessmentResult() {}

  /**
   * Returns a builder of results, for users' own tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name of the scheme that rated the scores.
   *
   * @return the scheme's name
   */
  public abstract String getSchemeName();

  /**
   * Returns the quality statement scores rated.
   *
   * @return the scores, not empty
   */
  public abstract List<QualityStatementScore> getScores();

  /**
   * Returns how the percentage met the band edges.
   *
   * @return the rounding
   */
  public abstract PercentageRounding getRounding();

  /**
   * Returns the rating.
   *
   * @return the rating
   */
  public abstract CqcRating getRating();

  /**
   * Returns the lowest whole percentage of the rating's band.
   *
   * @return the lower edge, in per cent
   */
  public abstract int getBandFrom();

  /**
   * Returns the highest whole percentage of the rating's band.
   *
   * @return the upper edge, in per cent
   */
  public abstract int getBandTo();

  /**
   * Returns whether the score is in the lower or upper half of its band.
   *
   * @return the position
   */
  public abstract BandPosition getPosition();

  /**
   * Returns the total of the scores.
   *
   * @return the total points
   */
  public int getTotalScore() {
    return getScores().stream().mapToInt(QualityStatementScore::getScore).sum();
  }

  /**
   * Returns the most points possible: 4 for each statement scored.
   *
   * @return the maximum points
   */
  public int getMaximumScore() {
    return QualityStatementScore.MAX_SCORE * getScores().size();
  }

  /**
   * Returns the total as a percentage of the maximum, rounded half up to two decimal places for
   * display (the rating was decided on the exact value).
   *
   * @return the percentage, 25 to 100, normalised
   */
  public BigDecimal getPercentage() {
    return Decimals.normalise(
        BigDecimal.valueOf(100L * getTotalScore())
            .divide(BigDecimal.valueOf(getMaximumScore()), 2, RoundingMode.HALF_UP));
  }

  /**
   * Returns the percentage rounded half up to a whole number, as CQC's whole-number bands read it.
   *
   * @return the whole percentage, 25 to 100
   */
  public int getWholePercentage() {
    return (int) CqcAssessmentScheme.wholePercent(getTotalScore(), getScores().size());
  }

  /**
   * Explains the rating in one sentence.
   *
   * @return the explanation, such as {@code Good, lower half: 9 quality statements scored 25 of 36
   *     points = 69.44%, 69% as a whole percent (half up); good is 63 to 87%}
   */
  public String getExplanation() {
    String statements = getScores().size() == 1 ? " quality statement" : " quality statements";
    String percentage =
        getRounding() == PercentageRounding.WHOLE_PERCENT_HALF_UP
            ? getPercentage().toPlainString()
                + "%, "
                + getWholePercentage()
                + "% as a whole percent (half up)"
            : getPercentage().toPlainString() + "% (banded exactly)";
    return getRating().getWording()
        + ", "
        + getPosition().name().toLowerCase(Locale.ROOT)
        + " half: "
        + getScores().size()
        + statements
        + " scored "
        + getTotalScore()
        + " of "
        + getMaximumScore()
        + " points = "
        + percentage
        + "; "
        + getRating().getWording().toLowerCase(Locale.ROOT)
        + " is "
        + getBandFrom()
        + (getBandTo() == CqcAssessmentScheme.MAX_PERCENT
            ? "% and above"
            : " to " + getBandTo() + "%");
  }

  /**
   * Returns the explanation.
   *
   * @return {@link #getExplanation()}
   */
  @Override
  public String toString() {
    return getExplanation();
  }

  @Value.Check
  void check() {
    checkArgument(!getScores().isEmpty(), "CQC assessment result has no scores");
    checkArgument(
        getBandFrom() <= getBandTo(),
        "CQC assessment result band %s to %s%% is empty",
        getBandFrom(),
        getBandTo());
  }

  /** Builds {@link CqcAssessmentResult}s; every single-valued attribute is required. */
  public static class Builder extends ImmutableCqcAssessmentResult.Builder {
    /** Creates an empty builder, as {@link CqcAssessmentResult#builder()} does. */
    public Builder() {}
  }
}
