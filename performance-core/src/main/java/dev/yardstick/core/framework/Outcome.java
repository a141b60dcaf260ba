package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import dev.yardstick.core.internal.YardstickStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An outcome: a result for people that the council's services aim at, such as "older people live
 * independently at home for longer", with the population it is for and the indicators that show
 * whether it is being achieved.
 *
 * <p>Each linked indicator is classed by the Results-Based Accountability question it answers and
 * by logic-model level (see {@link OutcomeIndicator}); an indicator appears at most once.
 *
 * <pre>{@code
 * Outcome home = Outcome.builder()
 *     .id(OutcomeId.of("OUT-HOME"))
 *     .statement("Older people live independently at home for longer")
 *     .population("People aged 65 and over")
 *     .serviceArea(ServiceArea.OLDER_PEOPLE)
 *     .addIndicators(OutcomeIndicator.of(IndicatorCode.of("C32"),
 *         RbaQuestion.HOW_MUCH_DID_WE_DO, LogicModelLevel.OUTPUT))
 *     .addIndicators(OutcomeIndicator.of(IndicatorCode.of("ASCOF 2B"),
 *         RbaQuestion.IS_ANYONE_BETTER_OFF, LogicModelLevel.OUTCOME))
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Outcome {

  Outcome() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of this outcome.
   *
   * @return the identifier
   */
  public abstract OutcomeId getId();

  /**
   * Returns the outcome, stated as a result for people.
   *
   * @return the statement
   */
  public abstract String getStatement();

  /**
   * Returns for whom the outcome is sought, described as a population, never as individuals.
   *
   * @return the population, such as "People aged 65 and over"
   */
  public abstract String getPopulation();

  /**
   * Returns the service area the outcome belongs to.
   *
   * @return the service area, or empty for a cross-cutting outcome
   */
  public abstract Optional<ServiceArea> getServiceArea();

  /**
   * Returns the classified indicators, in the order given.
   *
   * @return the indicators, an unmodifiable list with each indicator code at most once
   */
  public abstract List<OutcomeIndicator> getIndicators();

  /**
   * Returns the indicators that answer one Results-Based Accountability question.
   *
   * @param question the question
   * @return those indicators, in order; empty if none answers it
   */
  public List<OutcomeIndicator> getIndicatorsAnswering(RbaQuestion question) {
    Objects.requireNonNull(question, "question");
    return getIndicators().stream()
        .filter(i -> i.getQuestion() == question)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the indicators at one logic-model level.
   *
   * @param level the level
   * @return those indicators, in order; empty if none is at that level
   */
  public List<OutcomeIndicator> getIndicatorsAt(LogicModelLevel level) {
    Objects.requireNonNull(level, "level");
    return getIndicators().stream()
        .filter(i -> i.getLevel() == level)
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    Texts.label(getStatement(), "outcome statement");
    Texts.label(getPopulation(), "outcome population");
    Set<IndicatorCode> seen = new HashSet<>();
    for (OutcomeIndicator indicator : getIndicators()) {
      checkState(
          seen.add(indicator.getIndicator()),
          "outcome %s lists indicator %s more than once",
          getId(),
          indicator.getIndicator());
    }
  }

  /** Builds an {@link Outcome}. */
  public static class Builder extends ImmutableOutcome.Builder {
    /** Creates a builder with nothing set; prefer {@link Outcome#builder()}. */
    public Builder() {}
  }
}
