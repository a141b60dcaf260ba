package dev.yardstick.indicators.assessment.rating;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The Care Quality Commission's scheme for rating a local authority's adult social care (2023
 * onwards): each quality statement is scored 1 to 4, the scores are added with equal weight, the
 * total is taken as a percentage of the maximum, and the percentage is banded.
 *
 * <p>The published bands are: 25 to 38% inadequate; 39 to 62% requires improvement; 63 to 87% good;
 * 88% and above outstanding; and the position inside a band, upper or lower, is also reported (CQC,
 * "How we determine ratings", local authority assessment guidance; domain reference section 1.4).
 * The scheme holds the lower edge of each band above inadequate (39, 63 and 88) and a {@link
 * PercentageRounding} that says how a fractional percentage meets those whole-number edges; the
 * default, {@link PercentageRounding#WHOLE_PERCENT_HALF_UP}, rounds the percentage to a whole
 * number, halves up, before banding it. CQC does not state a rounding rule; with its nine quality
 * statements both readings give the same rating for every possible total.
 *
 * <pre>{@code
 * CqcAssessmentScheme scheme = CqcAssessmentScheme.cqc2023();
 * CqcAssessmentResult result = scheme.rate(List.of(
 *     QualityStatementScore.of("Assessing needs", 3),
 *     QualityStatementScore.of("Safeguarding", 2)));
 * result.getRating();            // GOOD: 5 of 8 points is 62.5%, 63% as a whole percent
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class CqcAssessmentScheme implements RatingScheme {

  /** The lowest percentage possible: every statement scored 1 of 4. */
  public static final int MIN_PERCENT = 25;

  /** The highest percentage possible: every statement scored 4 of 4. */
  public static final int MAX_PERCENT = 100;

  private static final CqcAssessmentScheme CQC_2023 =
      builder()
          .name("CQC local authority assessment 2023")
          .firstYear(FinancialYear.of(2023))
          .requiresImprovementFrom(39)
          .goodFrom(63)
          .outstandingFrom(88)
          .addQualityStatements(
              "Assessing needs",
              "Supporting people to live healthier lives",
              "Equity in experience and outcomes",
              "Care provision, integration and continuity",
              "Partnerships and communities",
              "Safe systems, pathways and transitions",
              "Safeguarding",
              "Governance, management and sustainability",
              "Learning, improvement and innovation")
          .build();

  CqcAssessmentScheme() {}

  /**
   * Returns CQC's 2023 scheme for local authority assessments: bands from 39, 63 and 88%, whole
   * percentages rounded half up, and the nine quality statements of the four themes (working with
   * people; providing support; ensuring safety within the system; leadership), as listed by the
   * Local Government Association's analysis of the first assessment reports.
   *
   * @return the scheme
   */
  public static CqcAssessmentScheme cqc2023() {
    return CQC_2023;
  }

  /**
   * Returns a builder of schemes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the scheme's name, such as {@code CQC local authority assessment 2023}.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String getName();

  /**
   * Returns the first financial year the scheme rates.
   *
   * @return the first year
   */
  @Override
  public abstract FinancialYear getFirstYear();

  /**
   * Returns the last financial year the scheme rates, if it was replaced.
   *
   * @return the last year, or empty
   */
  @Override
  public abstract Optional<FinancialYear> getLastYear();

  /**
   * Returns the lowest whole percentage rated requires improvement (39 in 2023).
   *
   * @return the edge, in per cent
   */
  public abstract int getRequiresImprovementFrom();

  /**
   * Returns the lowest whole percentage rated good (63 in 2023).
   *
   * @return the edge, in per cent
   */
  public abstract int getGoodFrom();

  /**
   * Returns the lowest whole percentage rated outstanding (88 in 2023).
   *
   * @return the edge, in per cent
   */
  public abstract int getOutstandingFrom();

  /**
   * Returns how a fractional percentage meets the whole-number edges.
   *
   * @return the rounding; by default {@link PercentageRounding#WHOLE_PERCENT_HALF_UP}
   */
  @Value.Default
  public PercentageRounding getRounding() {
    return PercentageRounding.WHOLE_PERCENT_HALF_UP;
  }

  /**
   * Returns the quality statements that may be scored. When the list is empty, any statement may.
   *
   * @return the statements, possibly empty
   */
  public abstract List<String> getQualityStatements();

  /**
   * Returns a copy of the scheme with another rounding.
   *
   * @param rounding how a fractional percentage meets the edges
   * @return the copy
   */
  public CqcAssessmentScheme with(PercentageRounding rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return builder().from(this).rounding(rounding).build();
  }

  /**
   * Returns the lowest whole percentage of a rating's band.
   *
   * @param rating the rating
   * @return the band's lower edge, in per cent
   */
  public int lowerEdge(CqcRating rating) {
    Objects.requireNonNull(rating, "rating");
    switch (rating) {
      case INADEQUATE:
        return MIN_PERCENT;
      case REQUIRES_IMPROVEMENT:
        return getRequiresImprovementFrom();
      case GOOD:
        return getGoodFrom();
      default:
        return getOutstandingFrom();
    }
  }

  /**
   * Returns the highest whole percentage of a rating's band: one below the next band's lower edge,
   * or 100 for outstanding.
   *
   * @param rating the rating
   * @return the band's upper edge, in per cent
   */
  public int upperEdge(CqcRating rating) {
    Objects.requireNonNull(rating, "rating");
    return rating == CqcRating.OUTSTANDING
        ? MAX_PERCENT
        : lowerEdge(CqcRating.values()[rating.ordinal() + 1]) - 1;
  }

  /**
   * Rates a local authority from its quality statement scores.
   *
   * <p>The percentage is 100 × total ÷ (4 × number of statements), computed exactly; it is banded
   * by {@link #getRounding()}. The position in the band compares the same percentage (whole, or
   * exact) with the midpoint of the band's edges.
   *
   * <h4>Edge cases</h4>
   *
   * <ul>
   *   <li>One statement: its score alone sets the rating (1 is 25%, inadequate; 4 is 100%).
   *   <li>Statements not assessed are left out: the percentage is of those scored.
   * </ul>
   *
   * @param scores the scores, one per quality statement assessed
   * @return the rating with its percentage and position
   * @throws IllegalArgumentException if there are no scores, two scores for one statement, or a
   *     statement the scheme does not list; the message names it
   * @throws IllegalStateException if the scheme is not valid; the message lists the errors
   */
  public CqcAssessmentResult rate(Collection<QualityStatementScore> scores) {
    Objects.requireNonNull(scores, "scores");
    checkArgument(!scores.isEmpty(), "no quality statement scores to rate by %s", getName());
    validate().throwIfInvalid();
    Set<String> seen = new HashSet<>();
    long total = 0;
    for (QualityStatementScore score : scores) {
      checkArgument(
          seen.add(score.getStatement()),
          "quality statement '%s' is scored twice",
          score.getStatement());
      checkArgument(
          getQualityStatements().isEmpty() || getQualityStatements().contains(score.getStatement()),
          "quality statement '%s' is not one of the statements of %s",
          score.getStatement(),
          getName());
      total += score.getScore();
    }
    long count = scores.size();
    CqcRating rating = CqcRating.INADEQUATE;
    for (CqcRating candidate : CqcRating.values()) {
      if (candidate != CqcRating.INADEQUATE && reaches(total, count, lowerEdge(candidate))) {
        rating = candidate;
      }
    }
    int sumOfEdges = lowerEdge(rating) + upperEdge(rating);
    boolean upper =
        getRounding() == PercentageRounding.WHOLE_PERCENT_HALF_UP
            ? 2 * wholePercent(total, count) > sumOfEdges
            : 50 * total > (long) sumOfEdges * count;
    return CqcAssessmentResult.builder()
        .schemeName(getName())
        .addAllScores(scores)
        .rounding(getRounding())
        .rating(rating)
        .bandFrom(lowerEdge(rating))
        .bandTo(upperEdge(rating))
        .position(upper ? BandPosition.UPPER : BandPosition.LOWER)
        .build();
  }

  /**
   * Checks the edges and the statements. Codes: {@code CQC_EDGES_NOT_ASCENDING} when the edges are
   * not strictly increasing between 25 (exclusive) and 100 (inclusive), and {@code
   * CQC_STATEMENT_DUPLICATE} when a quality statement is listed twice. Both are errors.
   *
   * @return the report
   */
  @Override
  public ValidationReport validate() {
    ValidationReport.Builder report = ValidationReport.builder();
    int[] edges = {
      MIN_PERCENT, getRequiresImprovementFrom(), getGoodFrom(), getOutstandingFrom(), MAX_PERCENT
    };
    String[] names = {
      "the minimum 25%", "requires improvement", "good", "outstanding", "the maximum 100%"
    };
    for (int i = 1; i < edges.length; i++) {
      boolean ascending =
          i == edges.length - 1 ? edges[i - 1] <= edges[i] : edges[i - 1] < edges[i];
      if (!ascending) {
        report.error(
            "CQC_EDGES_NOT_ASCENDING",
            getName(),
            "the edge of "
                + names[i - 1]
                + " ("
                + edges[i - 1]
                + "%) is not below the edge of "
                + names[i]
                + " ("
                + edges[i]
                + "%)");
      }
    }
    Set<String> statements = new HashSet<>();
    for (String statement : getQualityStatements()) {
      if (!statements.add(statement)) {
        report.error(
            "CQC_STATEMENT_DUPLICATE",
            getName(),
            "quality statement '" + statement + "' is listed twice");
      }
    }
    return report.build();
  }

  private boolean reaches(long total, long count, int edge) {
    if (getRounding() == PercentageRounding.WHOLE_PERCENT_HALF_UP) {
      return wholePercent(total, count) >= edge;
    }
    // exact percentage 25 * total / count above the previous band's upper edge (edge - 1)
    return 25 * total > (long) (edge - 1) * count;
  }

  static long wholePercent(long total, long count) {
    return BigDecimal.valueOf(25 * total)
        .divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  @Value.Check
  void check() {
    checkArgument(!getName().isBlank(), "CQC assessment scheme has a blank name");
    for (String statement : getQualityStatements()) {
      checkArgument(
          !statement.isBlank(), "CQC assessment scheme '%s' lists a blank statement", getName());
    }
  }

  /**
   * Returns the scheme's name and edges, such as {@code CQC local authority assessment 2023
   * (39/63/88%, WHOLE_PERCENT_HALF_UP)}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return getName()
        + " ("
        + getRequiresImprovementFrom()
        + "/"
        + getGoodFrom()
        + "/"
        + getOutstandingFrom()
        + "%, "
        + getRounding()
        + ")";
  }

  /** Builds {@link CqcAssessmentScheme}s; the name, first year and three edges are required. */
  public static class Builder extends ImmutableCqcAssessmentScheme.Builder {
    /** Creates an empty builder, as {@link CqcAssessmentScheme#builder()} does. */
    public Builder() {}
  }
}
