package dev.yardstick.indicators.assessment.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CQC 2023 scheme: bands 25 to 38% inadequate, 39 to 62% requires improvement, 63 to 87% good,
 * 88% and above outstanding (CQC, "How we determine ratings", local authority guidance).
 */
class CqcAssessmentSchemeTest {

  private static final CqcAssessmentScheme CQC = CqcAssessmentScheme.cqc2023();
  private static final CqcAssessmentScheme OPEN =
      CqcAssessmentScheme.builder().from(CQC).qualityStatements(List.of()).build();

  /** Scores for {@code count} statements named S1, S2, ... adding up to {@code total}. */
  static List<QualityStatementScore> scoresTotalling(int count, int total) {
    List<QualityStatementScore> scores = new ArrayList<>();
    int remaining = total;
    for (int i = 0; i < count; i++) {
      int left = count - i - 1;
      int score = Math.max(1, Math.min(4, remaining - left));
      scores.add(QualityStatementScore.of("S" + (i + 1), score));
      remaining -= score;
    }
    assertEquals(0, remaining, "total " + total + " is not possible with " + count + " statements");
    return scores;
  }

  private static CqcRating rate(CqcAssessmentScheme scheme, int count, int total) {
    return scheme.rate(scoresTotalling(count, total)).getRating();
  }

  @Test
  void bandEdges_withTwentyFiveStatementsEveryPointIsOnePercent() {
    // 25 statements: the maximum is 100 points, so a total of t points is exactly t%.
    assertEquals(CqcRating.INADEQUATE, rate(OPEN, 25, 25));
    assertEquals(CqcRating.INADEQUATE, rate(OPEN, 25, 38));
    assertEquals(CqcRating.REQUIRES_IMPROVEMENT, rate(OPEN, 25, 39));
    assertEquals(CqcRating.REQUIRES_IMPROVEMENT, rate(OPEN, 25, 62));
    assertEquals(CqcRating.GOOD, rate(OPEN, 25, 63));
    assertEquals(CqcRating.GOOD, rate(OPEN, 25, 87));
    assertEquals(CqcRating.OUTSTANDING, rate(OPEN, 25, 88));
    assertEquals(CqcRating.OUTSTANDING, rate(OPEN, 25, 100));
    CqcAssessmentScheme exact = OPEN.with(PercentageRounding.EXACT_ABOVE_UPPER_EDGE);
    for (int total = 25; total <= 100; total++) {
      assertEquals(rate(OPEN, 25, total), rate(exact, 25, total), "whole percentages agree");
    }
  }

  @Test
  void rounding_nineStatements_14of36Is38point89PercentWhichIsRequiresImprovement() {
    CqcAssessmentResult result = CQC.rate(nineStatements(2, 2, 2, 2, 1, 1, 1, 1, 2));
    assertEquals(14, result.getTotalScore());
    assertEquals(36, result.getMaximumScore());
    assertEquals(new BigDecimal("38.89"), result.getPercentage());
    assertEquals(39, result.getWholePercentage());
    assertEquals(CqcRating.REQUIRES_IMPROVEMENT, result.getRating());
    assertEquals(BandPosition.LOWER, result.getPosition());
    assertEquals(
        "Requires improvement, lower half: 9 quality statements scored 14 of 36 points = 38.89%,"
            + " 39% as a whole percent (half up); requires improvement is 39 to 62%",
        result.getExplanation());
    assertEquals(
        CqcRating.REQUIRES_IMPROVEMENT,
        CQC.with(PercentageRounding.EXACT_ABOVE_UPPER_EDGE)
            .rate(nineStatements(2, 2, 2, 2, 1, 1, 1, 1, 2))
            .getRating());
  }

  @Test
  void rounding_halfUp_62point5PercentIsGood() {
    // 8 statements, 20 of 32 points = 62.5%: 63% rounded half up, good; and above 62%, good.
    CqcAssessmentResult result = OPEN.rate(scoresTotalling(8, 20));
    assertEquals(new BigDecimal("62.5"), result.getPercentage());
    assertEquals(63, result.getWholePercentage());
    assertEquals(CqcRating.GOOD, result.getRating());
    assertEquals(CqcRating.GOOD, rate(OPEN.with(PercentageRounding.EXACT_ABOVE_UPPER_EDGE), 8, 20));
    // 28 of 32 = 87.5%: 88%, outstanding, either way.
    assertEquals(CqcRating.OUTSTANDING, rate(OPEN, 8, 28));
    assertEquals(
        CqcRating.OUTSTANDING, rate(OPEN.with(PercentageRounding.EXACT_ABOVE_UPPER_EDGE), 8, 28));
  }

  @Test
  void rounding_theTwoReadingsDiffer_between38And38point5Percent() {
    // 21 statements, 32 of 84 points = 38.095%: 38% rounded (inadequate), but above 38%.
    CqcAssessmentResult halfUp = OPEN.rate(scoresTotalling(21, 32));
    assertEquals(new BigDecimal("38.1"), halfUp.getPercentage());
    assertEquals(CqcRating.INADEQUATE, halfUp.getRating());
    assertEquals(BandPosition.UPPER, halfUp.getPosition());
    CqcAssessmentResult exact =
        OPEN.with(PercentageRounding.EXACT_ABOVE_UPPER_EDGE).rate(scoresTotalling(21, 32));
    assertEquals(CqcRating.REQUIRES_IMPROVEMENT, exact.getRating());
    assertEquals(BandPosition.LOWER, exact.getPosition());
    assertEquals(
        "Requires improvement, lower half: 21 quality statements scored 32 of 84 points = 38.1%"
            + " (banded exactly); requires improvement is 39 to 62%",
        exact.getExplanation());
  }

  @Test
  void position_splitsEachBandAtTheMidpointOfItsEdges() {
    // good is 63 to 87%, midpoint 75%: 75% (all 3s) is lower, 76% upper.
    assertEquals(BandPosition.LOWER, OPEN.rate(scoresTotalling(25, 75)).getPosition());
    assertEquals(BandPosition.UPPER, OPEN.rate(scoresTotalling(25, 76)).getPosition());
    // requires improvement 39 to 62%, midpoint 50.5%
    assertEquals(BandPosition.LOWER, OPEN.rate(scoresTotalling(25, 50)).getPosition());
    assertEquals(BandPosition.UPPER, OPEN.rate(scoresTotalling(25, 51)).getPosition());
    // outstanding 88 to 100%, midpoint 94%
    CqcAssessmentResult top = OPEN.rate(scoresTotalling(25, 100));
    assertEquals(BandPosition.UPPER, top.getPosition());
    assertEquals(
        "Outstanding, upper half: 25 quality statements scored 100 of 100 points = 100%, 100% as a"
            + " whole percent (half up); outstanding is 88% and above",
        top.getExplanation());
  }

  @Test
  void edges_ofEachBand() {
    assertEquals(25, CQC.lowerEdge(CqcRating.INADEQUATE));
    assertEquals(38, CQC.upperEdge(CqcRating.INADEQUATE));
    assertEquals(39, CQC.lowerEdge(CqcRating.REQUIRES_IMPROVEMENT));
    assertEquals(62, CQC.upperEdge(CqcRating.REQUIRES_IMPROVEMENT));
    assertEquals(63, CQC.lowerEdge(CqcRating.GOOD));
    assertEquals(87, CQC.upperEdge(CqcRating.GOOD));
    assertEquals(88, CQC.lowerEdge(CqcRating.OUTSTANDING));
    assertEquals(100, CQC.upperEdge(CqcRating.OUTSTANDING));
    assertEquals(9, CQC.getQualityStatements().size());
    assertTrue(CQC.appliesTo(FinancialYear.of(2024)));
    assertFalse(CQC.appliesTo(FinancialYear.of(2022)));
    assertEquals(
        "CQC local authority assessment 2023 (39/63/88%, WHOLE_PERCENT_HALF_UP)", CQC.toString());
  }

  @Test
  void oneStatement_setsTheRatingAlone() {
    assertEquals(CqcRating.INADEQUATE, rate(OPEN, 1, 1));
    assertEquals(CqcRating.REQUIRES_IMPROVEMENT, rate(OPEN, 1, 2));
    assertEquals(CqcRating.GOOD, rate(OPEN, 1, 3));
    assertEquals(CqcRating.OUTSTANDING, rate(OPEN, 1, 4));
    assertEquals(
        "Inadequate, lower half: 1 quality statement scored 1 of 4 points = 25%, 25% as a whole"
            + " percent (half up); inadequate is 25 to 38%",
        OPEN.rate(scoresTotalling(1, 1)).getExplanation());
  }

  @Test
  void validate_edgesOutOfOrder_areReportedNamingThem() {
    CqcAssessmentScheme bad =
        CqcAssessmentScheme.builder().from(CQC).goodFrom(30).outstandingFrom(101).build();
    ValidationReport report = bad.validate();
    assertEquals(
        List.of(
            "the edge of requires improvement (39%) is not below the edge of good (30%)",
            "the edge of outstanding (101%) is not below the edge of the maximum 100% (100%)"),
        report.getIssues("CQC_EDGES_NOT_ASCENDING").stream()
            .map(issue -> issue.getMessage())
            .collect(java.util.stream.Collectors.toList()));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> bad.rate(scoresTotalling(1, 3)));
    assertTrue(e.getMessage().startsWith("2 validation errors:"), e.getMessage());
    assertTrue(
        CqcAssessmentScheme.builder()
            .from(CQC)
            .requiresImprovementFrom(25)
            .build()
            .validate()
            .hasIssue("CQC_EDGES_NOT_ASCENDING"));
    assertTrue(CQC.validate().getIssues().isEmpty());
  }

  @Test
  void validate_duplicateStatement_isReportedNamingIt() {
    ValidationReport report =
        CqcAssessmentScheme.builder()
            .from(CQC)
            .addQualityStatements("Safeguarding")
            .build()
            .validate();
    assertEquals(
        "quality statement 'Safeguarding' is listed twice",
        report.getIssues("CQC_STATEMENT_DUPLICATE").get(0).getMessage());
  }

  @Test
  void rate_badScores_areRejectedNamingThem() {
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> CQC.rate(List.of()));
    assertEquals(
        "no quality statement scores to rate by CQC local authority assessment 2023",
        empty.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CQC.rate(
                    List.of(
                        QualityStatementScore.of("Safeguarding", 3),
                        QualityStatementScore.of("Safeguarding", 2))));
    assertEquals("quality statement 'Safeguarding' is scored twice", twice.getMessage());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> CQC.rate(List.of(QualityStatementScore.of("Well-led", 3))));
    assertEquals(
        "quality statement 'Well-led' is not one of the statements of CQC local authority"
            + " assessment 2023",
        unknown.getMessage());
    IllegalArgumentException range =
        assertThrows(
            IllegalArgumentException.class, () -> QualityStatementScore.of("Safeguarding", 5));
    assertEquals(
        "quality statement 'Safeguarding' has score 5, outside 1 to 4", range.getMessage());
    assertThrows(IllegalArgumentException.class, () -> QualityStatementScore.of("Safeguarding", 0));
    assertThrows(IllegalArgumentException.class, () -> QualityStatementScore.of(" ", 2));
  }

  @Test
  void equals_byAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(CQC, CqcAssessmentScheme.builder().from(CQC).build())
        .addEqualityGroup(CQC.with(PercentageRounding.EXACT_ABOVE_UPPER_EDGE))
        .addEqualityGroup(OPEN)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            QualityStatementScore.of("Safeguarding", 3),
            QualityStatementScore.of("Safeguarding", 3))
        .addEqualityGroup(QualityStatementScore.of("Safeguarding", 2))
        .addEqualityGroup(QualityStatementScore.of("Assessing needs", 3))
        .testEquals();
    CqcAssessmentResult result = OPEN.rate(scoresTotalling(3, 9));
    new EqualsTester()
        .addEqualityGroup(result, CqcAssessmentResult.builder().from(result).build())
        .addEqualityGroup(
            CqcAssessmentResult.builder().from(result).position(BandPosition.UPPER).build())
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(FinancialYear.class, FinancialYear.of(2023));
    tester.testAllPublicStaticMethods(CqcAssessmentScheme.class);
    tester.testAllPublicInstanceMethods(CQC);
    tester.testAllPublicStaticMethods(QualityStatementScore.class);
    tester.testAllPublicInstanceMethods(OPEN.rate(scoresTotalling(3, 9)));
  }

  private static List<QualityStatementScore> nineStatements(int... scores) {
    List<QualityStatementScore> list = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      list.add(QualityStatementScore.of(CQC.getQualityStatements().get(i), scores[i]));
    }
    return list;
  }
}
