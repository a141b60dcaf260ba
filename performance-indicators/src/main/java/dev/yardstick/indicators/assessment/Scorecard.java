package dev.yardstick.indicators.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.ComparatorGroup;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.variance.RagPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A scorecard: for an organisation, a period and a set of indicators (a service area, a domain, an
 * outcome, a contract's indicators, a team's caseload measures), one {@link ScorecardRow} per
 * indicator, grouped for display, with a {@link ScorecardSummary summary} of statuses.
 *
 * <p>A scorecard is plain immutable data that any report engine, template or user interface can
 * render; every verdict in it carries its derivation. {@link ScorecardCalculator} computes one from
 * a dataset, a catalogue and a framework; it can also be put together by hand.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.builder()
 *     .title("Children's services, quarter 2")
 *     .organisation(council)
 *     .period(FinancialQuarter.parse("2003-04 Q2"))
 *     .addRows(a1Row, a2Row)
 *     .build();
 * card.getSummary().count(RagStatus.RED);
 * card.groupBy(Grouping.DOMAIN);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Scorecard {

  Scorecard() {}

  /**
   * Returns a builder of scorecards.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the scorecard's title.
   *
   * @return the title, not blank
   */
  public abstract String getTitle();

  /**
   * Returns the organisation whose performance the scorecard shows.
   *
   * @return the organisation
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the period the scorecard shows.
   *
   * @return the period
   */
  public abstract ReportingPeriod getPeriod();

  /**
   * Returns the comparator group the rows are ranked and banded in.
   *
   * @return the group, or empty if the rows were not benchmarked
   */
  public abstract Optional<ComparatorGroup> getComparatorGroup();

  /**
   * Returns the RAG policy the rows were coloured by.
   *
   * @return the policy, or empty if not recorded
   */
  public abstract Optional<RagPolicy> getRagPolicy();

  /**
   * Returns the rows, one per indicator, in the order given.
   *
   * @return the rows
   */
  public abstract List<ScorecardRow> getRows();

  /**
   * Returns the counts of statuses over all rows.
   *
   * @return the summary
   */
  public ScorecardSummary getSummary() {
    return ScorecardSummary.of(getRows());
  }

  /**
   * Groups the rows for display, groups in order of first appearance and rows in scorecard order;
   * rows with no domain, service area or outcome form a last group titled {@link
   * ScorecardGroup#UNGROUPED}.
   *
   * @param grouping by domain, service area or outcome
   * @return the groups, unmodifiable
   */
  public List<ScorecardGroup> groupBy(Grouping grouping) {
    Objects.requireNonNull(grouping, "grouping");
    Map<String, List<ScorecardRow>> groups = new LinkedHashMap<>();
    List<ScorecardRow> ungrouped = new ArrayList<>();
    for (ScorecardRow row : getRows()) {
      List<String> keys = new ArrayList<>();
      switch (grouping) {
        case DOMAIN:
          row.getDomain().ifPresent(domain -> keys.add(domain.toString()));
          break;
        case SERVICE_AREA:
          row.getServiceArea().ifPresent(area -> keys.add(area.toString()));
          break;
        default:
          row.getOutcomes().forEach(outcome -> keys.add(outcome.toString()));
          break;
      }
      if (keys.isEmpty()) {
        ungrouped.add(row);
      }
      for (String key : keys) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
      }
    }
    List<ScorecardGroup> result = new ArrayList<>();
    groups.forEach((title, rows) -> result.add(ScorecardGroup.of(title, rows)));
    if (!ungrouped.isEmpty()) {
      result.add(ScorecardGroup.of(ScorecardGroup.UNGROUPED, ungrouped));
    }
    return List.copyOf(result);
  }

  @Value.Check
  void check() {
    checkArgument(!getTitle().isBlank(), "scorecard has a blank title");
    Set<IndicatorCode> seen = new HashSet<>();
    for (ScorecardRow row : getRows()) {
      checkArgument(
          seen.add(row.getIndicator()),
          "scorecard '%s' has two rows for indicator %s",
          getTitle(),
          row.getIndicator());
    }
  }

  /** Builds {@link Scorecard}s. */
  public static class Builder extends ImmutableScorecard.Builder {
    /** Creates an empty builder, as {@link Scorecard#builder()} does. */
    public Builder() {}
  }
}
