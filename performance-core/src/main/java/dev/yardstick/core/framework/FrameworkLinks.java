package dev.yardstick.core.framework;

import dev.yardstick.core.internal.YardstickStyle;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything in a {@link PerformanceFramework} linked to one outcome or one standard: the answer to
 * "what do we do about this, how do we measure it, and who is accountable?".
 *
 * <p>Lists keep the framework's order and hold each item once.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class FrameworkLinks {

  FrameworkLinks() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the objectives that link to the outcome or standard.
   *
   * @return the objectives
   */
  public abstract List<Objective> getObjectives();

  /**
   * Returns the indicators that measure the outcome or standard (the outcome's classified
   * indicators, or the standard's threshold criteria).
   *
   * @return the indicator codes
   */
  public abstract Set<IndicatorCode> getIndicators();

  /**
   * Returns the targets set for those indicators.
   *
   * @return the targets
   */
  public abstract List<Target> getTargets();

  /**
   * Returns the actions that serve the linked objectives or respond to those indicators.
   *
   * @return the actions
   */
  public abstract List<Action> getActions();

  /**
   * Returns the contracts with a key performance indicator among those indicators.
   *
   * @return the contracts
   */
  public abstract List<Contract> getContracts();

  /**
   * Returns the standards the linked objectives support (for an outcome), or the standard itself.
   *
   * @return the standards
   */
  public abstract List<Standard> getStandards();

  /**
   * Returns the outcomes the linked objectives contribute to (for a standard), or the outcome
   * itself.
   *
   * @return the outcomes
   */
  public abstract List<Outcome> getOutcomes();

  /** Builds a {@link FrameworkLinks}. */
  public static class Builder extends ImmutableFrameworkLinks.Builder {
    /** Creates a builder with nothing set; prefer {@link FrameworkLinks#builder()}. */
    public Builder() {}
  }
}
