package dev.yardstick.core.framework;

import dev.yardstick.core.internal.YardstickStyle;
import org.immutables.value.Value;

/**
 * An indicator linked to an {@link Outcome}, classed by the Results-Based Accountability question
 * it answers and by its logic-model level.
 *
 * <p>The two classifications usually agree: "is anyone better off?" measures sit at outcome or
 * impact level, "how much" and "how well" measures at input or output level. A {@link
 * PerformanceFramework} reports a disagreement as a warning, since a council may have reasons.
 *
 * <pre>{@code
 * OutcomeIndicator atHome = OutcomeIndicator.of(IndicatorCode.of("ASCOF 2B"),
 *     RbaQuestion.IS_ANYONE_BETTER_OFF, LogicModelLevel.OUTCOME);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class OutcomeIndicator {

  OutcomeIndicator() {}

  /**
   * Returns a classified outcome indicator.
   *
   * @param indicator the indicator
   * @param question the RBA question it answers
   * @param level its logic-model level
   * @return the classified indicator
   */
  public static OutcomeIndicator of(
      IndicatorCode indicator, RbaQuestion question, LogicModelLevel level) {
    return builder().indicator(indicator).question(question).level(level).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator.
   *
   * @return the indicator code
   */
  public abstract IndicatorCode getIndicator();

  /**
   * Returns the Results-Based Accountability question the indicator answers.
   *
   * @return the question
   */
  public abstract RbaQuestion getQuestion();

  /**
   * Returns the logic-model level at which the indicator measures.
   *
   * @return the level
   */
  public abstract LogicModelLevel getLevel();

  /**
   * Tells whether the two classifications agree: "is anyone better off?" with outcome or impact,
   * the other two questions with input or output.
   *
   * @return {@code true} if they agree
   */
  public boolean isClassificationConsistent() {
    return (getQuestion() == RbaQuestion.IS_ANYONE_BETTER_OFF) == getLevel().isEffect();
  }

  /** Builds an {@link OutcomeIndicator}. */
  public static class Builder extends ImmutableOutcomeIndicator.Builder {
    /** Creates a builder with nothing set; prefer {@link OutcomeIndicator#builder()}. */
    public Builder() {}
  }
}
