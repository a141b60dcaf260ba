package dev.yardstick.indicators.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.ObjectiveId;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.internal.YardstickStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One priority of a {@link DeliveryStatement}: what was achieved, where its indicators stand and
 * are forecast to end the year, and the risks attached, by identifier in the risk register.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class StatementPriority {

  StatementPriority() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the priority's title, such as {@code Stability for looked-after children}.
   *
   * @return the title, not blank
   */
  public abstract String getTitle();

  /**
   * Returns the objective of the performance framework the priority serves.
   *
   * @return the objective, or empty
   */
  public abstract Optional<ObjectiveId> getObjective();

  /**
   * Returns the achievements since the last statement, one sentence each.
   *
   * @return the achievements, possibly empty
   */
  public abstract List<String> getAchievements();

  /**
   * Returns the priority's indicators with their latest values and forecasts.
   *
   * @return the indicators, possibly empty
   */
  public abstract List<PriorityIndicator> getIndicators();

  /**
   * Returns the risks attached to the priority, as identifiers in the council's risk register.
   *
   * @return the risks, possibly empty
   */
  public abstract List<RiskId> getRisks();

  /**
   * Returns the plans for the rest of the year.
   *
   * @return the plans, or empty
   */
  public abstract Optional<String> getPlans();

  @Value.Check
  void check() {
    checkArgument(!getTitle().isBlank(), "statement priority has a blank title");
  }

  /** Builds {@link StatementPriority}s. */
  public static class Builder extends ImmutableStatementPriority.Builder {
    /** Creates an empty builder, as {@link StatementPriority#builder()} does. */
    public Builder() {}
  }
}
