package dev.yardstick.indicators.assessment;

import dev.yardstick.core.internal.YardstickStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A titled group of a {@link Scorecard}'s rows, with its own summary.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ScorecardGroup {

  /** The title of the group of rows with no domain, service area or outcome. */
  public static final String UNGROUPED = "(none)";

  ScorecardGroup() {}

  /**
   * Returns a group.
   *
   * @param title the group's title, such as a domain's {@code toString()}
   * @param rows the rows, in scorecard order
   * @return the group
   */
  public static ScorecardGroup of(String title, List<ScorecardRow> rows) {
    return ImmutableScorecardGroup.of(title, rows);
  }

  /**
   * Returns the group's title.
   *
   * @return the title
   */
  @Value.Parameter
  public abstract String getTitle();

  /**
   * Returns the rows.
   *
   * @return the rows, in scorecard order
   */
  @Value.Parameter
  public abstract List<ScorecardRow> getRows();

  /**
   * Returns the counts of the group's statuses.
   *
   * @return the summary
   */
  public ScorecardSummary getSummary() {
    return ScorecardSummary.of(getRows());
  }
}
