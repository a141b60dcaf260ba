package dev.yardstick.risk.matrix;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk scoring matrix: a likelihood scale, an impact scale, a way of scoring each (likelihood,
 * impact) cell and a banding of scores into ratings, in force from a date.
 *
 * <p>The {@link #fiveByFive(LocalDate) default} is the usual council matrix (domain reference
 * section 6): 5-point scales, score = likelihood x impact (1 to 25), banded Low 1 to 4, Medium 5 to
 * 10 and High 12 to 25. Smaller, larger and lookup-table matrices are built with {@link
 * #of(String, RiskScale, RiskScale, ScoreBanding, LocalDate)} or the builder.
 *
 * <p>A matrix is a versioned value (design decision 5): it has an effective-from date and an
 * optional last day in force, so last year's assessments are rated by last year's matrix (see
 * {@link RiskMatrixVersions}). It is validated when built: both scales are the right dimension,
 * every cell has a score and a rating (a lookup table with a missing cell is rejected, naming the
 * cell), and scores, hence ratings, never fall as likelihood or impact rises.
 *
 * <pre>{@code
 * RiskMatrix matrix = RiskMatrix.fiveByFive(LocalDate.of(2024, 4, 1));
 * RiskRating rating = matrix.rate(4, 3);               // score 12, High
 * matrix.rate(6, 3);  // IllegalArgumentException: likelihood 6 is outside the likelihood scale 1..5
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class RiskMatrix {

  RiskMatrix() {}

  /**
   * Returns the matrix's name, such as {@code "Corporate risk matrix"}.
   *
   * @return the name, not blank
   */
  public abstract String getName();

  /**
   * Returns the likelihood scale (the rows).
   *
   * @return the likelihood scale
   */
  public abstract RiskScale getLikelihoodScale();

  /**
   * Returns the impact scale (the columns).
   *
   * @return the impact scale
   */
  public abstract RiskScale getImpactScale();

  /**
   * Returns how cells are scored; {@link ScoringMethod#PRODUCT} unless set.
   *
   * @return the scoring method
   */
  @Value.Default
  public ScoringMethod getScoringMethod() {
    return ScoringMethod.PRODUCT;
  }

  /**
   * Returns the score of every cell for a {@link ScoringMethod#LOOKUP_TABLE} matrix.
   *
   * @return the table, empty for a product matrix
   */
  public abstract Map<MatrixCell, Integer> getTableScores();

  /**
   * Returns how scores are banded into ratings.
   *
   * @return the banding
   */
  public abstract ScoreBanding getBanding();

  /**
   * Returns the first day the matrix is in force.
   *
   * @return the effective-from date
   */
  public abstract LocalDate getEffectiveFrom();

  /**
   * Returns the last day the matrix is in force.
   *
   * @return the last day, inclusive, or empty if it has no end
   */
  public abstract Optional<LocalDate> getEffectiveTo();

  /**
   * Returns the default 5x5 product matrix, named {@code "5x5 likelihood x impact"}: the 5-point
   * scales of {@link RiskScale#likelihoodFivePoint()} and {@link RiskScale#impactFivePoint()} and
   * the {@link ScoreBanding#defaults() default banding}.
   *
   * @param effectiveFrom the first day in force
   * @return the matrix
   */
  public static RiskMatrix fiveByFive(LocalDate effectiveFrom) {
    return of(
        "5x5 likelihood x impact",
        RiskScale.likelihoodFivePoint(),
        RiskScale.impactFivePoint(),
        ScoreBanding.defaults(),
        effectiveFrom);
  }

  /**
   * Returns a product matrix (score = likelihood x impact) with no end date.
   *
   * @param name the matrix's name
   * @param likelihoodScale the likelihood scale
   * @param impactScale the impact scale
   * @param banding how scores are banded into ratings
   * @param effectiveFrom the first day in force
   * @return the matrix
   * @throws IllegalArgumentException if a scale has the wrong dimension or a cell's score is below
   *     the lowest band
   */
  public static RiskMatrix of(
      String name,
      RiskScale likelihoodScale,
      RiskScale impactScale,
      ScoreBanding banding,
      LocalDate effectiveFrom) {
    return builder()
        .name(name)
        .likelihoodScale(likelihoodScale)
        .impactScale(impactScale)
        .banding(banding)
        .effectiveFrom(effectiveFrom)
        .build();
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
   * Returns the score of a cell.
   *
   * @param likelihood the likelihood level
   * @param impact the impact level
   * @return the score
   * @throws IllegalArgumentException if a level is outside its scale; the message names it
   */
  public int score(int likelihood, int impact) {
    getLikelihoodScale().level(likelihood);
    getImpactScale().level(impact);
    return rawScore(likelihood, impact);
  }

  /**
   * Rates a cell: its score and band.
   *
   * @param likelihood the likelihood level
   * @param impact the impact level
   * @return the rating
   * @throws IllegalArgumentException if a level is outside its scale; the message names it
   */
  public RiskRating rate(int likelihood, int impact) {
    ScaleLevel l = getLikelihoodScale().level(likelihood);
    ScaleLevel i = getImpactScale().level(impact);
    int score = rawScore(likelihood, impact);
    RatingBand band = getBanding().band(score);
    return RiskRating.builder()
        .cell(MatrixCell.of(likelihood, impact))
        .score(score)
        .band(band)
        .bandHighestScore(getBanding().highestScore(band))
        .likelihoodDescriptor(l.getDescriptor())
        .impactDescriptor(i.getDescriptor())
        .method(getScoringMethod())
        .matrixName(getName())
        .matrixEffectiveFrom(getEffectiveFrom())
        .build();
  }

  /**
   * Rates a cell: its score and band.
   *
   * @param cell the likelihood and impact
   * @return the rating
   * @throws IllegalArgumentException if a level is outside its scale; the message names it
   */
  public RiskRating rate(MatrixCell cell) {
    Objects.requireNonNull(cell, "cell");
    return rate(cell.getLikelihood(), cell.getImpact());
  }

  /**
   * Returns the highest score on the matrix, that of the top-right cell.
   *
   * @return the maximum score (25 on the default matrix)
   */
  public int getMaximumScore() {
    return rawScore(getLikelihoodScale().size(), getImpactScale().size());
  }

  /**
   * Returns every cell of the matrix, by likelihood then impact.
   *
   * @return the cells, unmodifiable, likelihood-major
   */
  public List<MatrixCell> getCells() {
    List<MatrixCell> cells = new ArrayList<>();
    for (int l = 1; l <= getLikelihoodScale().size(); l++) {
      for (int i = 1; i <= getImpactScale().size(); i++) {
        cells.add(MatrixCell.of(l, i));
      }
    }
    return List.copyOf(cells);
  }

  /**
   * Tells whether the matrix is effective on a date.
   *
   * @param date the date
   * @return {@code true} if the date is on or after the effective-from date and not after the last
   *     day, if any
   */
  public boolean isEffectiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getEffectiveFrom())
        && getEffectiveTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  private int rawScore(int likelihood, int impact) {
    if (getScoringMethod() == ScoringMethod.PRODUCT) {
      return likelihood * impact;
    }
    Integer score = getTableScores().get(MatrixCell.of(likelihood, impact));
    if (score == null) {
      throw new IllegalStateException(
          "risk matrix '" + getName() + "' has no score for cell " + likelihood + "x" + impact);
    }
    return score;
  }

  @Value.Check
  void check() {
    checkArgument(!getName().isBlank(), "risk matrix name is blank");
    checkArgument(
        getLikelihoodScale().getDimension() == ScaleDimension.LIKELIHOOD,
        "risk matrix '%s' has an impact scale where its likelihood scale should be",
        getName());
    checkArgument(
        getImpactScale().getDimension() == ScaleDimension.IMPACT,
        "risk matrix '%s' has a likelihood scale where its impact scale should be",
        getName());
    getEffectiveTo()
        .ifPresent(
            to ->
                checkArgument(
                    !to.isBefore(getEffectiveFrom()),
                    "risk matrix '%s' ends on %s, before it starts on %s",
                    getName(),
                    to,
                    getEffectiveFrom()));
    int rows = getLikelihoodScale().size();
    int cols = getImpactScale().size();
    if (getScoringMethod() == ScoringMethod.PRODUCT) {
      checkArgument(
          getTableScores().isEmpty(),
          "risk matrix '%s' scores by product but has a lookup table",
          getName());
    } else {
      for (Map.Entry<MatrixCell, Integer> e : getTableScores().entrySet()) {
        MatrixCell c = e.getKey();
        checkArgument(
            c.getLikelihood() <= rows && c.getImpact() <= cols,
            "risk matrix '%s' has a score for cell %s, outside its %sx%s grid",
            getName(),
            c,
            rows,
            cols);
        checkArgument(
            e.getValue() >= 1,
            "risk matrix '%s' scores cell %s as %s; scores start at 1",
            getName(),
            c,
            e.getValue());
      }
      for (MatrixCell c : getCells()) {
        checkArgument(
            getTableScores().containsKey(c),
            "risk matrix '%s' has no score for cell %s (likelihood %s, impact %s): every cell"
                + " must be rated",
            getName(),
            c,
            c.getLikelihood(),
            c.getImpact());
      }
    }
    for (MatrixCell c : getCells()) {
      int score = rawScore(c.getLikelihood(), c.getImpact());
      checkArgument(
          score >= getBanding().getBands().get(0).getLowestScore(),
          "risk matrix '%s' cell %s scores %s, below the lowest rating band '%s': every cell"
              + " must be rated",
          getName(),
          c,
          score,
          getBanding().getBands().get(0));
      if (c.getLikelihood() < rows) {
        int above = rawScore(c.getLikelihood() + 1, c.getImpact());
        checkArgument(
            above >= score,
            "risk matrix '%s' is not monotonic: cell %s scores %s, less than cell %s at %s",
            getName(),
            MatrixCell.of(c.getLikelihood() + 1, c.getImpact()),
            above,
            c,
            score);
      }
      if (c.getImpact() < cols) {
        int right = rawScore(c.getLikelihood(), c.getImpact() + 1);
        checkArgument(
            right >= score,
            "risk matrix '%s' is not monotonic: cell %s scores %s, less than cell %s at %s",
            getName(),
            MatrixCell.of(c.getLikelihood(), c.getImpact() + 1),
            right,
            c,
            score);
      }
    }
  }

  /** Builds a {@link RiskMatrix}. */
  public static class Builder extends ImmutableRiskMatrix.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
