package dev.yardstick.indicators.assessment.rating;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CqcAssessmentSchemePropertyTest {

  private static final CqcAssessmentScheme OPEN =
      CqcAssessmentScheme.builder()
          .from(CqcAssessmentScheme.cqc2023())
          .qualityStatements(List.of())
          .build();

  private static List<QualityStatementScore> named(List<Integer> scores) {
    List<QualityStatementScore> named = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      named.add(QualityStatementScore.of("S" + i, scores.get(i)));
    }
    return named;
  }

  @Test
  void raisingOneScore_neverLowersTheRating() {
    qt().forAll(
            lists().of(integers().between(1, 4)).ofSizeBetween(1, 30), integers().between(0, 29))
        .check(
            (scores, index) -> {
              int i = index % scores.size();
              if (scores.get(i) == 4) {
                return true;
              }
              List<Integer> raised = new ArrayList<>(scores);
              raised.set(i, scores.get(i) + 1);
              return OPEN.rate(named(raised))
                      .getRating()
                      .compareTo(OPEN.rate(named(scores)).getRating())
                  >= 0;
            });
  }

  @Test
  void percentage_isBetween25And100_andTheRatingsBandHoldsTheWholePercentage() {
    qt().forAll(lists().of(integers().between(1, 4)).ofSizeBetween(1, 30))
        .check(
            scores -> {
              CqcAssessmentResult result = OPEN.rate(named(scores));
              int whole = result.getWholePercentage();
              return whole >= 25
                  && whole <= 100
                  && whole >= result.getBandFrom()
                  && whole <= result.getBandTo();
            });
  }

  @Test
  void theTwoRoundings_agreeOnEveryTotalOfNineStatements() {
    // CQC's nine quality statements give totals 9 to 36 of 36 points.
    qt().forAll(lists().of(integers().between(1, 4)).ofSize(9))
        .check(
            scores ->
                OPEN.rate(named(scores))
                    .getRating()
                    .equals(
                        OPEN.with(PercentageRounding.EXACT_ABOVE_UPPER_EDGE)
                            .rate(named(scores))
                            .getRating()));
  }

  @Test
  void orderOfScores_doesNotMatter() {
    qt().forAll(lists().of(integers().between(1, 4)).ofSizeBetween(1, 20))
        .check(
            scores -> {
              List<QualityStatementScore> named = named(scores);
              List<QualityStatementScore> reversed = new ArrayList<>(named);
              java.util.Collections.reverse(reversed);
              CqcAssessmentResult a = OPEN.rate(named);
              CqcAssessmentResult b = OPEN.rate(reversed);
              return a.getRating() == b.getRating()
                  && a.getPosition() == b.getPosition()
                  && a.getPercentage().equals(b.getPercentage());
            });
  }
}
