package dev.yardstick.risk.matrix;

import dev.yardstick.core.internal.YardstickStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rating of one (likelihood, impact) pair on a {@link RiskMatrix}: the cell, its score, its
 * band and how they were reached, so that a report can show the working (as eramba stores
 * {@code "(2 + 3) x (1 + 2) = 15"} beside each score).
 *
 * <pre>{@code
 * RiskRating rating = RiskMatrix.fiveByFive(LocalDate.of(2024, 4, 1)).rate(4, 3);
 * rating.explain();
 * // "likelihood 4 (Likely) x impact 3 (Moderate) = 12: High (12 and above)"
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class RiskRating {

  RiskRating() {}

  /**
   * Returns the likelihood and impact rated.
   *
   * @return the cell
   */
  public abstract MatrixCell getCell();

  /**
   * Returns the score of the cell.
   *
   * @return the score, at least 1
   */
  public abstract int getScore();

  /**
   * Returns the band the score falls into.
   *
   * @return the band
   */
  public abstract RatingBand getBand();

  /**
   * Returns the highest score of the band, or empty when the band is open above.
   *
   * @return the band's highest score, or empty for the top band
   */
  public abstract Optional<Integer> getBandHighestScore();

  /**
   * Returns the likelihood level's descriptor, such as {@code Likely}.
   *
   * @return the descriptor
   */
  public abstract String getLikelihoodDescriptor();

  /**
   * Returns the impact level's descriptor, such as {@code Moderate}.
   *
   * @return the descriptor
   */
  public abstract String getImpactDescriptor();

  /**
   * Returns how the score was found.
   *
   * @return the scoring method
   */
  public abstract ScoringMethod getMethod();

  /**
   * Returns the name of the matrix used.
   *
   * @return the matrix name
   */
  public abstract String getMatrixName();

  /**
   * Returns the first day the matrix used was in force.
   *
   * @return the matrix's effective-from date
   */
  public abstract LocalDate getMatrixEffectiveFrom();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Explains the rating in one sentence, such as {@code "likelihood 4 (Likely) x impact 3
   * (Moderate) = 12: High (12 and above)"}; a lookup-table rating reads {@code "likelihood 4
   * (Likely), impact 3 (Moderate): table score 12: High (12 and above)"}.
   *
   * @return the explanation
   */
  public String explain() {
    String l = "likelihood " + getCell().getLikelihood() + " (" + getLikelihoodDescriptor() + ")";
    String i = "impact " + getCell().getImpact() + " (" + getImpactDescriptor() + ")";
    String score =
        getMethod() == ScoringMethod.PRODUCT
            ? l + " x " + i + " = " + getScore()
            : l + ", " + i + ": table score " + getScore();
    String range =
        getBandHighestScore()
            .map(h -> getBand().getLowestScore() + " to " + h)
            .orElse(getBand().getLowestScore() + " and above");
    return score + ": " + getBand().getName() + " (" + range + ")";
  }

  /** Builds a {@link RiskRating}. */
  public static class Builder extends ImmutableRiskRating.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
