package dev.yardstick.indicators.assessment;

import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.status.RagStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Delivery and Improvement Statement: the statement of achievements, forecasts and risks a
 * council submitted to the inspectorate each spring and autumn, as data.
 *
 * <p>The statements (earlier "position statements") held quantitative and qualitative information,
 * plans, forecasts to the year end, and risks, and informed the inspectors' in-year monitoring
 * (domain reference section 0). Here each {@link StatementPriority} lists its achievements, its
 * indicators' latest values and year-end forecasts against target, and its risks by identifier (the
 * risk module is not a dependency of this one).
 *
 * <pre>{@code
 * DeliveryStatement dis = DeliveryStatement.builder()
 *     .organisation(council)
 *     .year(FinancialYear.of(2003))
 *     .season(StatementSeason.AUTUMN)
 *     .addPriorities(stability)
 *     .build();
 * dis.getForecastCounts().get(RagStatus.RED);   // forecasts off target beyond tolerance
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class DeliveryStatement {

  DeliveryStatement() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the council.
   *
   * @return the organisation
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the financial year the statement is about.
   *
   * @return the year
   */
  public abstract FinancialYear getYear();

  /**
   * Returns whether it is the spring or autumn statement.
   *
   * @return the season
   */
  public abstract StatementSeason getSeason();

  /**
   * Returns the priorities, in the order the council gave them.
   *
   * @return the priorities
   */
  public abstract List<StatementPriority> getPriorities();

  /**
   * Returns every risk attached to a priority, each once, in order of first mention.
   *
   * @return the risks, unmodifiable, in order of first mention
   */
  public Set<RiskId> getRisks() {
    Set<RiskId> risks = new LinkedHashSet<>();
    getPriorities().forEach(priority -> risks.addAll(priority.getRisks()));
    return Collections.unmodifiableSet(risks);
  }

  /**
   * Counts the indicators' forecast statuses over all priorities, every status present.
   *
   * @return the count of each status, unmodifiable, in the order of {@link RagStatus}
   */
  public Map<RagStatus, Integer> getForecastCounts() {
    Map<RagStatus, Integer> counts = new EnumMap<>(RagStatus.class);
    for (RagStatus status : RagStatus.values()) {
      counts.put(status, 0);
    }
    for (StatementPriority priority : getPriorities()) {
      for (PriorityIndicator indicator : priority.getIndicators()) {
        counts.merge(indicator.getForecastRag(), 1, Integer::sum);
      }
    }
    return Collections.unmodifiableMap(counts);
  }

  /** Builds {@link DeliveryStatement}s. */
  public static class Builder extends ImmutableDeliveryStatement.Builder {
    /** Creates an empty builder, as {@link DeliveryStatement#builder()} does. */
    public Builder() {}
  }
}
