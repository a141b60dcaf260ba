package dev.yardstick.risk;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.risk.matrix.MatrixCell;
import dev.yardstick.risk.matrix.RatingBand;
import dev.yardstick.risk.matrix.RiskMatrix;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A risk heat map as data: how many live risks sit in each cell of the matrix, by their inherent,
 * residual or target position on a date. A report draws it; the library only counts.
 *
 * <p>Every cell of the matrix has a count, zeros included. Risks that are live but not yet
 * assessed are counted in {@link #getNotAssessed()}, so that {@link #getTotal()} plus that figure
 * is the number of live risks.
 *
 * <pre>{@code
 * HeatMap residual = register.heatMap(ScoreKind.RESIDUAL, LocalDate.of(2024, 9, 30));
 * int inTopRight = residual.count(5, 5);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class HeatMap {

  HeatMap() {}

  /**
   * Returns which score the risks are placed by.
   *
   * @return inherent, residual or target
   */
  public abstract ScoreKind getKind();

  /**
   * Returns the date of the map.
   *
   * @return the date
   */
  public abstract LocalDate getAsAt();

  /**
   * Returns the matrix in force on the date, whose cells the map counts.
   *
   * @return the matrix
   */
  public abstract RiskMatrix getMatrix();

  /**
   * Returns the count of risks in each cell.
   *
   * @return counts for every cell of the matrix, likelihood-major
   */
  public abstract Map<MatrixCell, Integer> getCounts();

  /**
   * Returns the number of live risks with no assessment on or before the date.
   *
   * @return the number not assessed
   */
  public abstract int getNotAssessed();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the count in one cell.
   *
   * @param likelihood the likelihood level
   * @param impact the impact level
   * @return the count
   * @throws IllegalArgumentException if a level is outside the matrix; the message names it
   */
  public int count(int likelihood, int impact) {
    getMatrix().score(likelihood, impact);
    return getCounts().get(MatrixCell.of(likelihood, impact));
  }

  /**
   * Returns the number of risks placed on the map.
   *
   * @return the sum of the cell counts
   */
  public int getTotal() {
    return getCounts().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Returns the number of risks in each rating band, lowest band first.
   *
   * @return counts by band, unmodifiable, lowest band first, every band of the matrix's banding
   *     included
   */
  public Map<RatingBand, Integer> getCountsByBand() {
    Map<RatingBand, Integer> byBand = new LinkedHashMap<>();
    for (RatingBand b : getMatrix().getBanding().getBands()) {
      byBand.put(b, 0);
    }
    for (Map.Entry<MatrixCell, Integer> e : getCounts().entrySet()) {
      byBand.merge(getMatrix().rate(e.getKey()).getBand(), e.getValue(), Integer::sum);
    }
    return Collections.unmodifiableMap(byBand);
  }

  @Value.Check
  void check() {
    checkArgument(getNotAssessed() >= 0, "heat map not-assessed count %s is negative",
        getNotAssessed());
    for (MatrixCell c : getMatrix().getCells()) {
      Integer n = getCounts().get(c);
      checkArgument(n != null, "heat map has no count for cell %s", c);
      checkArgument(n >= 0, "heat map count %s for cell %s is negative", n, c);
    }
    checkArgument(
        getCounts().size() == getMatrix().getCells().size(),
        "heat map has counts for cells outside the matrix: %s",
        getCounts().keySet());
    Objects.requireNonNull(getKind(), "kind");
  }

  /** Builds a {@link HeatMap}. */
  public static class Builder extends ImmutableHeatMap.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
