package dev.yardstick.indicators.assessment.rating;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.status.ServingPeopleWell;
import dev.yardstick.indicators.assessment.BandCounts;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A "serving people well" judgement suggested by a {@link ServingPeopleWellRule}, with the
 * evidence: the band counts, the judgement they alone suggest, and the key-indicator caps breached.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class SuggestedJudgement {

  SuggestedJudgement() {}

  /**
   * Returns a builder of suggestions, for users' own tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the service judged.
   *
   * @return children's or adults' services
   */
  public abstract ServiceGroup getService();

  /**
   * Returns how many of the service's indicators sit in each band.
   *
   * @return the counts
   */
  public abstract BandCounts getBands();

  /**
   * Returns the rule that made the suggestion.
   *
   * @return the rule
   */
  public abstract ServingPeopleWellRule getRule();

  /**
   * Returns the judgement the bands alone suggest.
   *
   * @return the judgement, or empty if no indicator is banded
   */
  public abstract Optional<ServingPeopleWell> getFromBands();

  /**
   * Returns the caps breached, in the scheme's order.
   *
   * @return the caps, possibly empty
   */
  public abstract List<AppliedCap> getAppliedCaps();

  /**
   * Returns the suggested judgement after the caps.
   *
   * @return the suggestion, or empty if no indicator is banded
   */
  public abstract Optional<ServingPeopleWell> getSuggestion();

  /**
   * Explains the suggestion, such as {@code children's services: Some suggested; 7 of 10 banded
   * indicators good or very good, 0 investigate urgently: Most; children's services capped at Some
   * by PAF A1 = 21.3%}.
   *
   * @return the explanation
   */
  public String getExplanation() {
    String service = getService().getWording() + ": ";
    if (getSuggestion().isEmpty()) {
      return service + "no suggestion; no indicator is banded";
    }
    StringBuilder text =
        new StringBuilder(service)
            .append(getSuggestion().get().getWording())
            .append(" suggested; ")
            .append(getBands().getGoodOrBetter())
            .append(" of ")
            .append(getBands().getTotal())
            .append(" banded indicators good or very good, ")
            .append(getBands().getBand1())
            .append(" investigate urgently: ")
            .append(getFromBands().map(ServingPeopleWell::getWording).orElse("none"));
    for (AppliedCap cap : getAppliedCaps()) {
      if (cap.isEffective()) {
        text.append("; ").append(cap);
      }
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

  @Value.Check
  void check() {
    if (getFromBands().isPresent() != getSuggestion().isPresent()) {
      throw new IllegalArgumentException(
          "suggested judgement for "
              + getService().getWording()
              + " must have both or neither of a judgement from bands and a suggestion");
    }
  }

  /** Builds {@link SuggestedJudgement}s. */
  public static class Builder extends ImmutableSuggestedJudgement.Builder {
    /** Creates an empty builder, as {@link SuggestedJudgement#builder()} does. */
    public Builder() {}
  }
}
