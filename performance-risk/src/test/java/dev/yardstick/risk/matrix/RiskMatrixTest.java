package dev.yardstick.risk.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskMatrixTest {

  private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
  private final RiskMatrix matrix = RiskMatrix.fiveByFive(APRIL);

  @Test
  void rate_fiveByFive_scoresByProductAndBandsByDefault() {
    assertEquals(1, matrix.score(1, 1));
    assertEquals(25, matrix.getMaximumScore());
    assertEquals("Low", matrix.rate(2, 2).getBand().getName());
    assertEquals("Low", matrix.rate(1, 4).getBand().getName());
    assertEquals("Medium", matrix.rate(1, 5).getBand().getName());
    assertEquals("Medium", matrix.rate(2, 5).getBand().getName());
    assertEquals("Medium", matrix.rate(3, 3).getBand().getName());
    assertEquals("High", matrix.rate(3, 4).getBand().getName());
    assertEquals("High", matrix.rate(5, 5).getBand().getName());
    RiskRating r = matrix.rate(2, 5);
    assertEquals(MatrixCell.of(2, 5), r.getCell());
    assertEquals(Optional.of(11), r.getBandHighestScore());
    assertEquals(
        "likelihood 2 (Unlikely) x impact 5 (Severe) = 10: Medium (5 to 11)", r.explain());
  }

  @Test
  void scales_haveTheCouncilDescriptors() {
    RiskScale l = matrix.getLikelihoodScale();
    assertEquals("Rare", l.level(1).getDescriptor());
    assertEquals("Almost certain", l.level(5).getDescriptor());
    assertEquals("Insignificant", matrix.getImpactScale().level(1).getDescriptor());
    assertEquals("Severe", matrix.getImpactScale().level(5).getDescriptor());
    assertEquals(4, RiskScale.likelihoodFourPoint().size());
    assertEquals("Critical", RiskScale.impactFourPoint().level(4).getDescriptor());
    assertEquals(3, RiskScale.impactThreePoint().size());
  }

  @Test
  void rate_threeByThree_withItsOwnBanding() {
    RiskMatrix small =
        RiskMatrix.of(
            "3x3",
            RiskScale.likelihoodThreePoint(),
            RiskScale.impactThreePoint(),
            ScoreBanding.of(
                RatingBand.of("Green", 1), RatingBand.of("Amber", 3), RatingBand.of("Red", 6)),
            APRIL);
    assertEquals(9, small.getMaximumScore());
    assertEquals("Amber", small.rate(2, 2).getBand().getName());
    assertEquals("Red", small.rate(2, 3).getBand().getName());
    assertEquals(9, small.getCells().size());
    assertThrows(UnsupportedOperationException.class, () -> small.getCells().remove(0));
  }

  @Test
  void rate_lookupTable_readsTheTable() {
    RiskMatrix table = lookupFourByFour(new HashMap<>());
    assertEquals(ScoringMethod.LOOKUP_TABLE, table.getScoringMethod());
    assertEquals(10, table.score(2, 4));
    assertEquals(
        "likelihood 2 (Possible), impact 4 (Critical): table score 10: Medium (5 to 11)",
        table.rate(2, 4).explain());
  }

  /** A 4x4 table weighting impact double likelihood: score = l + 2 * i. */
  private static RiskMatrix lookupFourByFour(Map<MatrixCell, Integer> overrides) {
    Map<MatrixCell, Integer> scores = new HashMap<>();
    for (int l = 1; l <= 4; l++) {
      for (int i = 1; i <= 4; i++) {
        scores.put(MatrixCell.of(l, i), l + 2 * i);
      }
    }
    scores.putAll(overrides);
    scores.values().removeIf(v -> v == 0);
    return RiskMatrix.builder()
        .name("4x4 table")
        .likelihoodScale(RiskScale.likelihoodFourPoint())
        .impactScale(RiskScale.impactFourPoint())
        .scoringMethod(ScoringMethod.LOOKUP_TABLE)
        .tableScores(scores)
        .banding(ScoreBanding.defaults())
        .effectiveFrom(APRIL)
        .build();
  }

  @Test
  void lookupTable_withAnUnratedCell_namesTheCell() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> lookupFourByFour(Map.of(MatrixCell.of(3, 2), 0)));
    assertEquals(
        "risk matrix '4x4 table' has no score for cell 3x2 (likelihood 3, impact 2): every cell"
            + " must be rated",
        e.getMessage());
  }

  @Test
  void lookupTable_notMonotonic_namesTheCells() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> lookupFourByFour(Map.of(MatrixCell.of(3, 3), 20)));
    assertTrue(e.getMessage().contains("is not monotonic"), e.getMessage());
    assertTrue(e.getMessage().contains("3x3"), e.getMessage());
  }

  @Test
  void lookupTable_cellOutsideTheGrid_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> lookupFourByFour(Map.of(MatrixCell.of(5, 1), 30)));
    assertTrue(e.getMessage().contains("cell 5x1, outside its 4x4 grid"), e.getMessage());
  }

  @Test
  void banding_thatLeavesLowCellsUnrated_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RiskMatrix.builder()
                    .from(matrix)
                    .banding(ScoreBanding.of(RatingBand.of("Low", 2), RatingBand.of("High", 12)))
                    .build());
    assertTrue(e.getMessage().contains("cell 1x1 scores 1, below the lowest rating band"),
        e.getMessage());
  }

  @Test
  void rate_levelSixOnAFivePointScale_namesTheLevel() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> matrix.rate(6, 3));
    assertEquals("likelihood 6 is outside the likelihood scale 1..5", e.getMessage());
    IllegalArgumentException impact =
        assertThrows(IllegalArgumentException.class, () -> matrix.score(3, 0));
    assertEquals("impact 0 is outside the impact scale 1..5", impact.getMessage());
  }

  @Test
  void scales_andBandings_rejectBadShapes() {
    assertThrows(IllegalArgumentException.class, () -> RiskScale.of(ScaleDimension.IMPACT, "Only"));
    IllegalArgumentException repeated =
        assertThrows(
            IllegalArgumentException.class,
            () -> RiskScale.of(ScaleDimension.IMPACT, "Minor", "Minor"));
    assertTrue(repeated.getMessage().contains("'Minor'"), repeated.getMessage());
    IllegalArgumentException misnumbered =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RiskScale.builder()
                    .dimension(ScaleDimension.LIKELIHOOD)
                    .addLevels(ScaleLevel.of(1, "Low"), ScaleLevel.of(3, "High"))
                    .build());
    assertTrue(misnumbered.getMessage().contains("numbered 3"), misnumbered.getMessage());
    IllegalArgumentException swapped =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RiskMatrix.of(
                    "swapped",
                    RiskScale.impactFivePoint(),
                    RiskScale.likelihoodFivePoint(),
                    ScoreBanding.defaults(),
                    APRIL));
    assertTrue(swapped.getMessage().contains("'swapped'"), swapped.getMessage());
    IllegalArgumentException order =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoreBanding.of(RatingBand.of("Low", 1), RatingBand.of("High", 1)));
    assertTrue(order.getMessage().contains("'High' starts at 1"), order.getMessage());
    IllegalArgumentException below =
        assertThrows(IllegalArgumentException.class, () -> ScoreBanding.defaults().band(0));
    assertTrue(below.getMessage().startsWith("score 0 is below"), below.getMessage());
  }

  @Test
  void versions_pickTheMatrixEffectiveOnADate() {
    RiskMatrix v2 =
        RiskMatrix.builder()
            .from(RiskMatrix.fiveByFive(LocalDate.of(2025, 4, 1)))
            .banding(ScoreBanding.of(RatingBand.of("Low", 1), RatingBand.of("Medium", 7),
                RatingBand.of("High", 16)))
            .effectiveTo(LocalDate.of(2026, 3, 31))
            .build();
    RiskMatrixVersions versions = RiskMatrixVersions.of(matrix, v2);
    assertEquals(Optional.empty(), versions.effectiveOn(LocalDate.of(2024, 3, 31)));
    assertEquals(Optional.of(matrix), versions.effectiveOn(LocalDate.of(2025, 3, 31)));
    assertEquals(Optional.of(v2), versions.effectiveOn(LocalDate.of(2025, 4, 1)));
    assertEquals(Optional.empty(), versions.effectiveOn(LocalDate.of(2026, 4, 1)));
    assertEquals(v2, versions.latest());
    assertTrue(v2.isEffectiveOn(LocalDate.of(2026, 3, 31)));
    assertFalse(v2.isEffectiveOn(LocalDate.of(2026, 4, 1)));
  }

  @Test
  void versions_overlappingOrOfAnotherSize_areRejected() {
    RiskMatrix overlapping =
        RiskMatrix.builder().from(matrix).effectiveTo(LocalDate.of(2025, 6, 30)).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RiskMatrixVersions.of(overlapping, RiskMatrix.fiveByFive(LocalDate.of(2025, 4, 1))));
    assertTrue(e.getMessage().contains("runs to 2025-06-30"), e.getMessage());
    RiskMatrix fourByFour =
        RiskMatrix.of(
            "4x4",
            RiskScale.likelihoodFourPoint(),
            RiskScale.impactFourPoint(),
            ScoreBanding.defaults(),
            LocalDate.of(2025, 4, 1));
    IllegalArgumentException size =
        assertThrows(IllegalArgumentException.class, () -> RiskMatrixVersions.of(matrix, fourByFour));
    assertTrue(size.getMessage().contains("4x4"), size.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> RiskMatrixVersions.of(matrix, RiskMatrix.fiveByFive(APRIL)));
  }

  @Test
  void cell_derivedCopies_stayOnTheGrid() {
    assertEquals(MatrixCell.of(1, 3), MatrixCell.of(2, 3).minusLikelihood(4));
    assertEquals(MatrixCell.of(2, 2), MatrixCell.of(2, 3).minusImpact(1));
    assertEquals("2x3", MatrixCell.of(2, 3).toString());
    assertThrows(IllegalArgumentException.class, () -> MatrixCell.of(0, 1));
    assertThrows(IllegalArgumentException.class, () -> MatrixCell.of(2, 3).minusImpact(-1));
  }
}
