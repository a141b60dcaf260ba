package dev.yardstick.risk.matrix;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import org.immutables.value.Value;

/**
 * A (likelihood, impact) pair: where a risk sits on a matrix, before it is scored.
 *
 * <p>A cell is independent of any particular matrix; {@link RiskMatrix#rate(MatrixCell)} checks
 * that both levels lie on the matrix's scales and turns the cell into a {@link RiskRating}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class MatrixCell {

  MatrixCell() {}

  /**
   * Returns the likelihood level.
   *
   * @return the likelihood level, at least 1
   */
  @Value.Parameter
  public abstract int getLikelihood();

  /**
   * Returns the impact level.
   *
   * @return the impact level, at least 1
   */
  @Value.Parameter
  public abstract int getImpact();

  /**
   * Returns the cell at a likelihood and an impact level.
   *
   * @param likelihood the likelihood level, at least 1
   * @param impact the impact level, at least 1
   * @return the cell
   * @throws IllegalArgumentException if either level is below 1
   */
  public static MatrixCell of(int likelihood, int impact) {
    return ImmutableMatrixCell.of(likelihood, impact);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns this cell with the likelihood lowered by some levels, never below level 1.
   *
   * @param levels the number of levels to lower it by, zero or more
   * @return the lowered cell
   * @throws IllegalArgumentException if {@code levels} is negative
   */
  public MatrixCell minusLikelihood(int levels) {
    checkArgument(levels >= 0, "levels %s is negative", levels);
    return of(Math.max(1, getLikelihood() - levels), getImpact());
  }

  /**
   * Returns this cell with the impact lowered by some levels, never below level 1.
   *
   * @param levels the number of levels to lower it by, zero or more
   * @return the lowered cell
   * @throws IllegalArgumentException if {@code levels} is negative
   */
  public MatrixCell minusImpact(int levels) {
    checkArgument(levels >= 0, "levels %s is negative", levels);
    return of(getLikelihood(), Math.max(1, getImpact() - levels));
  }

  /**
   * Tells whether this cell is higher than another on either axis: its likelihood or its impact is
   * above the other's.
   *
   * @param other the cell to compare with
   * @return {@code true} if either level is higher than the other cell's
   */
  public boolean exceedsOnEitherAxis(MatrixCell other) {
    return getLikelihood() > other.getLikelihood() || getImpact() > other.getImpact();
  }

  @Value.Check
  void check() {
    checkArgument(getLikelihood() >= 1, "likelihood %s is below 1", getLikelihood());
    checkArgument(getImpact() >= 1, "impact %s is below 1", getImpact());
  }

  /**
   * Returns the cell as {@code likelihood x impact}, for example {@code 4x3}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return getLikelihood() + "x" + getImpact();
  }

  /** Builds a {@link MatrixCell}. */
  public static class Builder extends ImmutableMatrixCell.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
