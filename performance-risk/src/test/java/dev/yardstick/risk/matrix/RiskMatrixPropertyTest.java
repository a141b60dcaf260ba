package dev.yardstick.risk.matrix;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RiskMatrixPropertyTest {

  private static final RiskMatrix MATRIX = RiskMatrix.fiveByFive(LocalDate.of(2024, 4, 1));

  @Test
  void score_isMonotonicInLikelihoodAndImpact() {
    qt().forAll(
            integers().between(1, 5),
            integers().between(1, 5),
            integers().between(1, 5),
            integers().between(1, 5))
        .check(
            (l1, i1, l2, i2) ->
                !(l1 <= l2 && i1 <= i2)
                    || (MATRIX.score(l1, i1) <= MATRIX.score(l2, i2)
                        && MATRIX.rate(l1, i1).getBand().compareTo(MATRIX.rate(l2, i2).getBand())
                            <= 0));
  }

  @Test
  void rating_lowerLikelihoodNeverRaisesTheRating() {
    qt().forAll(integers().between(1, 5), integers().between(1, 5), integers().between(0, 6))
        .check(
            (l, i, drop) -> {
              MatrixCell cell = MatrixCell.of(l, i);
              MatrixCell lower = cell.minusLikelihood(drop);
              return MATRIX.rate(lower).getBand().compareTo(MATRIX.rate(cell).getBand()) <= 0;
            });
  }

  @Test
  void builder_roundTrips() {
    qt().forAll(integers().between(1, 5), integers().between(1, 5))
        .check(
            (l, i) -> {
              RiskRating r = MATRIX.rate(l, i);
              MatrixCell c = MatrixCell.of(l, i);
              return RiskRating.builder().from(r).build().equals(r)
                  && MatrixCell.builder().from(c).build().equals(c)
                  && RiskMatrix.builder().from(MATRIX).build().equals(MATRIX);
            });
  }

  @Test
  void banding_everyScoreFallsInExactlyTheBandWhoseRangeHoldsIt() {
    ScoreBanding banding = ScoreBanding.defaults();
    qt().forAll(integers().between(1, 100))
        .check(
            s -> {
              RatingBand b = banding.band(s);
              return b.getLowestScore() <= s
                  && banding.highestScore(b).map(h -> s <= h).orElse(true);
            });
  }
}
