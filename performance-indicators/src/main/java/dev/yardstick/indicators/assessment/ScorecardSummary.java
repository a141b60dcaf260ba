package dev.yardstick.indicators.assessment;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.indicators.benchmark.PafBand;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The counts at the foot of a scorecard: how many rows are red, amber, green or without a colour
 * (and why), how many are improving or worsening, how many in the top quartile, and how many in
 * each PAF band.
 *
 * <p>Every status is counted, including zero counts, so "0 red" is shown rather than left out.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ScorecardSummary {

  ScorecardSummary() {}

  /**
   * Counts the statuses of some rows.
   *
   * @param rows the rows
   * @return the summary
   */
  public static ScorecardSummary of(Collection<ScorecardRow> rows) {
    Objects.requireNonNull(rows, "rows");
    Map<RagStatus, Integer> rag = new EnumMap<>(RagStatus.class);
    for (RagStatus status : RagStatus.values()) {
      rag.put(status, 0);
    }
    Map<DirectionOfTravel, Integer> direction = new EnumMap<>(DirectionOfTravel.class);
    for (DirectionOfTravel status : DirectionOfTravel.values()) {
      direction.put(status, 0);
    }
    Map<PafBand, Integer> bands = new EnumMap<>(PafBand.class);
    for (PafBand band : PafBand.values()) {
      bands.put(band, 0);
    }
    int topQuartile = 0;
    for (ScorecardRow row : rows) {
      rag.merge(row.getRag(), 1, Integer::sum);
      direction.merge(row.getDirectionOfTravel(), 1, Integer::sum);
      row.getBand().ifPresent(band -> bands.merge(band, 1, Integer::sum));
      topQuartile += row.isTopQuartile() ? 1 : 0;
    }
    return ImmutableScorecardSummary.builder()
        .rows(rows.size())
        .rag(rag)
        .directionOfTravel(direction)
        .bands(bands)
        .topQuartile(topQuartile)
        .build();
  }

  /**
   * Returns the number of rows.
   *
   * @return the count
   */
  public abstract int getRows();

  /**
   * Returns the number of rows of each RAG status, every status present.
   *
   * @return the counts
   */
  public abstract Map<RagStatus, Integer> getRag();

  /**
   * Returns the number of rows of each direction of travel, every direction present.
   *
   * @return the counts
   */
  public abstract Map<DirectionOfTravel, Integer> getDirectionOfTravel();

  /**
   * Returns the number of rows in each PAF band, every band present.
   *
   * @return the counts
   */
  public abstract Map<PafBand, Integer> getBands();

  /**
   * Returns the number of rows in the top quartile of their comparator group.
   *
   * @return the count
   */
  public abstract int getTopQuartile();

  /**
   * Returns the number of rows with a RAG status.
   *
   * @param status the status
   * @return the count
   */
  public int count(RagStatus status) {
    Objects.requireNonNull(status, "status");
    return getRag().getOrDefault(status, 0);
  }

  /**
   * Returns the number of rows with a direction of travel.
   *
   * @param direction the direction
   * @return the count
   */
  public int count(DirectionOfTravel direction) {
    Objects.requireNonNull(direction, "direction");
    return getDirectionOfTravel().getOrDefault(direction, 0);
  }

  /**
   * Returns the summary as one line, such as {@code 5 indicators: 1 red, 1 amber, 2 green, 1 no
   * data; 2 improving, 1 worsening; 1 in the top quartile}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder()
            .append(getRows())
            .append(getRows() == 1 ? " indicator: " : " indicators: ")
            .append(count(RagStatus.RED))
            .append(" red, ")
            .append(count(RagStatus.AMBER))
            .append(" amber, ")
            .append(count(RagStatus.GREEN))
            .append(" green");
    for (RagStatus status : RagStatus.values()) {
      if (!status.isColour() && count(status) > 0) {
        text.append(", ")
            .append(count(status))
            .append(' ')
            .append(status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    return text.append("; ")
        .append(count(DirectionOfTravel.IMPROVING))
        .append(" improving, ")
        .append(count(DirectionOfTravel.WORSENING))
        .append(" worsening; ")
        .append(getTopQuartile())
        .append(" in the top quartile")
        .toString();
  }
}
