package dev.yardstick.indicators.assessment.rating;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.status.StarRating;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A star rating with its derivation: the judgements as given, the key-indicator caps breached, the
 * judgements the table was read with, and the rating.
 *
 * <p>{@link #getExplanation()} writes the derivation as a sentence for a report, such as {@code 1
 * star: children's services capped at Some by PAF A1 = 21.3%; table read at children's services
 * Some/Uncertain, adults' services Most/Promising}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class StarRatingResult {

  StarRatingResult() {}

  /**
   * Returns a builder of results, for users' own tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name of the scheme that rated the judgements.
   *
   * @return the scheme's name
   */
  public abstract String getSchemeName();

  /**
   * Returns the inspectors' judgements, before any cap.
   *
   * @return the judgements as given
   */
  public abstract SocialServicesJudgements getJudgements();

  /**
   * Returns the key-indicator caps that the council's values breached, in the order applied.
   *
   * @return the breached caps, possibly empty
   */
  public abstract List<AppliedCap> getAppliedCaps();

  /**
   * Returns the caps that were not tested because no value was given for their indicator.
   *
   * @return the untested caps, possibly empty
   */
  public abstract List<KeyIndicatorCap> getUntestedCaps();

  /**
   * Returns the judgements after the caps: those the rule table was read with.
   *
   * @return the capped judgements
   */
  public abstract SocialServicesJudgements getCappedJudgements();

  /**
   * Returns the star rating.
   *
   * @return the rating
   */
  public abstract StarRating getRating();

  /**
   * Tells whether a key-indicator cap lowered a judgement.
   *
   * @return {@code true} if some cap was effective
   */
  public boolean isCapped() {
    return getAppliedCaps().stream().anyMatch(AppliedCap::isEffective);
  }

  /**
   * Explains the rating in one sentence: the rating, the caps that lowered a judgement, the
   * judgements the table was read with, and any caps not tested.
   *
   * @return the explanation, such as {@code 1 star: children's services capped at Some by PAF A1 =
   *     21.3%; table read at children's services Some/Uncertain, adults' services Most/Promising}
   */
  public String getExplanation() {
    StringBuilder text = new StringBuilder().append(getRating()).append(": ");
    for (AppliedCap cap : getAppliedCaps()) {
      if (cap.isEffective()) {
        text.append(cap).append("; ");
      }
    }
    text.append("table read at ").append(getCappedJudgements());
    if (!getUntestedCaps().isEmpty()) {
      text.append("; not tested for want of a value: ")
          .append(
              getUntestedCaps().stream()
                  .map(KeyIndicatorCap::getIndicator)
                  .collect(Collectors.joining(", ")));
    }
    return text.toString();
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

  /** Builds {@link StarRatingResult}s; every single-valued attribute is required. */
  public static class Builder extends ImmutableStarRatingResult.Builder {
    /** Creates an empty builder, as {@link StarRatingResult#builder()} does. */
    public Builder() {}
  }
}
