package dev.yardstick.risk;

import static dev.yardstick.risk.CorporateRegister.APRIL;
import static dev.yardstick.risk.CorporateRegister.CR01;
import static dev.yardstick.risk.CorporateRegister.CR02;
import static dev.yardstick.risk.CorporateRegister.CR03;
import static dev.yardstick.risk.CorporateRegister.CR04;
import static dev.yardstick.risk.CorporateRegister.CR05;
import static dev.yardstick.risk.CorporateRegister.assessment;
import static dev.yardstick.risk.CorporateRegister.risk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.core.framework.Action;
import dev.yardstick.core.framework.ActionId;
import dev.yardstick.core.framework.ActionStatus;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.validation.ValidationReport;
import dev.yardstick.risk.matrix.MatrixCell;
import dev.yardstick.risk.matrix.RatingBand;
import dev.yardstick.risk.matrix.RiskMatrix;
import dev.yardstick.risk.matrix.RiskRating;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Worked examples on a small corporate register (see {@link CorporateRegister}). */
class RiskRegisterTest {

  private static final LocalDate AUGUST = LocalDate.of(2024, 8, 1);
  private final RiskRegister register = CorporateRegister.build();

  private static List<RiskId> ids(List<Risk> risks) {
    return risks.stream().map(Risk::getId).collect(Collectors.toList());
  }

  @Test
  void rating_workforceRisk_isScoredOnTheFiveByFive() {
    RiskRating residual = register.rating(CR01, ScoreKind.RESIDUAL, AUGUST).orElseThrow();
    assertEquals(12, residual.getScore());
    assertEquals("High", residual.getBand().getName());
    assertEquals(20, register.rating(CR01, ScoreKind.INHERENT, AUGUST).orElseThrow().getScore());
    RiskRating target = register.rating(CR01, ScoreKind.TARGET, AUGUST).orElseThrow();
    assertEquals(8, target.getScore());
    assertEquals("Medium", target.getBand().getName());
    assertEquals(
        "likelihood 3 (Possible) x impact 4 (Major) = 12: High (12 and above)",
        residual.explain());
    assertEquals(
        16, register.rating(CR01, ScoreKind.RESIDUAL, LocalDate.of(2024, 5, 1)).orElseThrow()
            .getScore());
    assertEquals(Optional.empty(), register.rating(CR04, ScoreKind.RESIDUAL, AUGUST));
  }

  @Test
  void liveRisks_excludeTheClosedRisk_andRisksNotYetRaised() {
    assertEquals(List.of(CR01, CR02, CR03, CR04), ids(register.liveRisks(AUGUST)));
    assertEquals(List.of(CR01, CR02, CR05), ids(register.liveRisks(APRIL)));
    assertEquals(RiskStatus.CLOSED, register.risk(CR05).orElseThrow().getStatus());
    assertEquals(RiskStatus.OPEN, register.riskOn(CR05, APRIL).orElseThrow().getStatus());
    assertEquals(2, register.history(CR05).size());
  }

  @Test
  void queries_byCategoryOwnerAndObjective() {
    assertEquals(List.of(CR01), ids(register.byCategory(RiskCategory.SAFEGUARDING, AUGUST)));
    assertEquals(
        List.of(CR02, CR03, CR04), ids(register.byOwnerRole(CorporateRegister.DASS, AUGUST)));
    assertEquals(
        List.of(CR01), ids(register.linkedTo(CorporateRegister.CHILDREN_SAFE, AUGUST)));
    assertEquals(List.of(), ids(register.byCategory(RiskCategory.REPUTATIONAL, AUGUST)));
  }

  @Test
  void aboveAppetite_flagsToleranceBreachAndUnitOverride() {
    List<AppetiteCheck> checks = register.appetiteChecks(AUGUST);
    assertEquals(3, checks.size());
    AppetiteCheck workforce = checks.get(0);
    assertEquals(CR01, workforce.getRiskId());
    assertEquals(AppetiteStatus.ABOVE_TOLERANCE, workforce.getStatus());
    assertEquals(EscalationLevel.CORPORATE_LEADERSHIP, workforce.getEscalation());
    assertEquals(
        "CR-01: residual 12 (High) is above appetite 6 and tolerance limit 9 for SAFEGUARDING;"
            + " escalate to CORPORATE_LEADERSHIP",
        workforce.explain());
    AppetiteCheck overspend = checks.get(1);
    assertEquals(8, overspend.getAppetite().orElseThrow().getAppetite());
    assertEquals(AppetiteStatus.ABOVE_APPETITE, overspend.getStatus());
    assertEquals(EscalationLevel.DIRECTORATE, overspend.getEscalation());
    AppetiteCheck deprivation = checks.get(2);
    assertEquals(AppetiteStatus.WITHIN_APPETITE, deprivation.getStatus());
    assertEquals(EscalationLevel.RISK_OWNER, deprivation.getEscalation());
    assertEquals(
        List.of(CR01, CR02),
        register.aboveAppetite(AUGUST).stream()
            .map(AppetiteCheck::getRiskId)
            .collect(Collectors.toList()));
  }

  @Test
  void appetiteChecks_categoryWithoutAppetite_isExplicit() {
    RiskRegister r =
        register.withAssessment(
            assessment(
                CR04,
                LocalDate.of(2024, 6, 5),
                MatrixCell.of(4, 5),
                MatrixCell.of(4, 5),
                MatrixCell.of(2, 5)));
    AppetiteCheck provider = r.appetiteChecks(AUGUST).get(3);
    assertEquals(AppetiteStatus.NO_APPETITE_SET, provider.getStatus());
    assertEquals(EscalationLevel.RISK_OWNER, provider.getEscalation());
    assertFalse(provider.isAboveAppetite());
  }

  @Test
  void overdueReviews_atAugust_listUnassessedAndLateMediumRisk() {
    List<ReviewDue> overdue = register.overdueReviews(AUGUST);
    assertEquals(2, overdue.size());
    assertEquals(CR04, overdue.get(0).getRiskId());
    assertEquals(LocalDate.of(2024, 7, 1), overdue.get(0).getDueOn());
    assertEquals(31, overdue.get(0).getDaysOverdue());
    assertEquals(Optional.empty(), overdue.get(0).getLastAssessedOn());
    assertEquals(CR02, overdue.get(1).getRiskId());
    assertEquals(LocalDate.of(2024, 7, 20), overdue.get(1).getDueOn());
    assertEquals(12, overdue.get(1).getDaysOverdue());
    assertEquals("Medium", overdue.get(1).getResidualRating().orElseThrow().getName());
    ReviewDue workforce = register.reviews(AUGUST).get(0);
    assertEquals(LocalDate.of(2024, 8, 15), workforce.getDueOn());
    assertFalse(workforce.isOverdue());
    ReviewDue deprivation = register.reviews(AUGUST).get(2);
    assertEquals(LocalDate.of(2025, 5, 1), deprivation.getDueOn());
  }

  @Test
  void overdueReviews_onTheDueDate_isNotOverdue() {
    assertTrue(
        register.overdueReviews(LocalDate.of(2024, 7, 20)).stream()
            .noneMatch(r -> r.getRiskId().equals(CR02)));
    assertTrue(
        register.overdueReviews(LocalDate.of(2024, 7, 21)).stream()
            .anyMatch(r -> r.getRiskId().equals(CR02)));
  }

  @Test
  void reviews_withPolicyMissingARating_namesTheRating() {
    RiskRegister r =
        RiskRegister.builder()
            .from(register)
            .reviewPolicy(
                ReviewPolicy.builder().putIntervals("Low", java.time.Period.ofYears(1)).build())
            .build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> r.reviews(AUGUST));
    assertTrue(e.getMessage().contains("'High'"), e.getMessage());
    assertTrue(r.validate().hasIssue("RISK_REVIEW_NO_INTERVAL"));
  }

  @Test
  void movement_sinceLastAssessment() {
    assertEquals(Optional.of(Movement.DOWN), register.movement(CR01, AUGUST));
    assertEquals(Optional.empty(), register.movement(CR01, LocalDate.of(2024, 7, 14)));
    assertEquals(Optional.empty(), register.movement(CR02, AUGUST));
    RiskRegister worse =
        register.withAssessment(
            assessment(
                CR02,
                LocalDate.of(2024, 9, 1),
                MatrixCell.of(4, 4),
                MatrixCell.of(4, 3),
                MatrixCell.of(2, 3)));
    assertEquals(Optional.of(Movement.UP), worse.movement(CR02, LocalDate.of(2024, 9, 1)));
    RiskRegister same =
        register.withAssessment(
            assessment(
                CR02,
                LocalDate.of(2024, 9, 1),
                MatrixCell.of(4, 4),
                MatrixCell.of(3, 3),
                MatrixCell.of(2, 3)));
    assertEquals(Optional.of(Movement.SAME), same.movement(CR02, LocalDate.of(2024, 9, 1)));
  }

  @Test
  void heatMap_countsLiveRisksByPosition() {
    HeatMap residual = register.heatMap(ScoreKind.RESIDUAL, AUGUST);
    assertEquals(1, residual.count(3, 4));
    assertEquals(1, residual.count(3, 3));
    assertEquals(1, residual.count(2, 2));
    assertEquals(0, residual.count(4, 4));
    assertEquals(3, residual.getTotal());
    assertEquals(1, residual.getNotAssessed());
    assertEquals(25, residual.getCounts().size());
    Map<RatingBand, Integer> byBand = residual.getCountsByBand();
    assertEquals(List.of(1, 1, 1), List.copyOf(byBand.values()));
    RatingBand lowest = byBand.keySet().iterator().next();
    assertThrows(UnsupportedOperationException.class, () -> byBand.put(lowest, 5));
    HeatMap inherent = register.heatMap(ScoreKind.INHERENT, AUGUST);
    assertEquals(1, inherent.count(5, 4));
    assertEquals(1, inherent.count(4, 4));
    assertEquals(1, inherent.count(3, 3));
    HeatMap april = register.heatMap(ScoreKind.RESIDUAL, LocalDate.of(2024, 4, 30));
    assertEquals(1, april.count(4, 4));
    assertEquals(1, april.count(2, 3));
    assertEquals(1, april.count(3, 3));
    assertEquals(0, april.getNotAssessed());
  }

  @Test
  void asAt_showsTheRegisterAsItStood() {
    RiskRegister may = register.asAt(LocalDate.of(2024, 5, 31));
    assertEquals(4, may.getAssessments().size());
    assertEquals(RiskStatus.OPEN, may.risk(CR05).orElseThrow().getStatus());
    assertEquals(
        register.appetiteChecks(LocalDate.of(2024, 5, 31)),
        may.appetiteChecks(LocalDate.of(2024, 5, 31)));
  }

  @Test
  void actions_carryTheTargetTheyAimFor() {
    Action recruit =
        Action.builder()
            .id(ActionId.of("A-7"))
            .description("Recruitment and retention package for children's social workers")
            .owner(CorporateRegister.DCS)
            .dueDate(LocalDate.of(2024, 7, 31))
            .status(ActionStatus.IN_PROGRESS)
            .addRisks(CR01)
            .build();
    RiskRegister r =
        register.withAction(
            RiskAction.of(recruit, CR01, RiskResponse.TREAT, MatrixCell.of(2, 4)));
    assertEquals(MatrixCell.of(2, 4), r.actionsOn(CR01).get(0).getTarget());
    assertEquals(1, r.overdueActions(AUGUST).size());
    assertTrue(r.validate().isValid());
    RiskRegister aimingHigh =
        register.withAction(
            RiskAction.of(recruit, CR01, RiskResponse.TREAT, MatrixCell.of(5, 4)));
    assertTrue(aimingHigh.validate().hasIssue("RISK_ACTION_TARGET_ABOVE_RESIDUAL"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RiskAction.of(recruit, CR02, RiskResponse.TREAT, MatrixCell.of(2, 2)));
    assertTrue(e.getMessage().contains("CR-02"), e.getMessage());
  }

  @Test
  void validate_cleanRegister_hasNoErrors_andReportsOverlappingAppetites() {
    assertTrue(register.validate().isValid());
    ValidationReport overlapping =
        register
            .withAppetite(RiskAppetite.of(RiskCategory.SAFEGUARDING, 8, 2, LocalDate.of(2024, 6, 1)))
            .validate();
    assertTrue(overlapping.hasIssue("RISK_APPETITE_OVERLAP"));
    RiskRegister ambiguous =
        register.withAppetite(
            RiskAppetite.of(RiskCategory.SAFEGUARDING, 8, 2, LocalDate.of(2024, 6, 1)));
    assertThrows(IllegalStateException.class, () -> ambiguous.appetiteChecks(AUGUST));
  }

  @Test
  void validate_residualDifferentFromControls_isReportedAsInformation() {
    RiskAssessment withControls =
        RiskAssessment.builder()
            .from(
                assessment(
                    CR03,
                    LocalDate.of(2024, 9, 1),
                    MatrixCell.of(3, 3),
                    MatrixCell.of(2, 2),
                    MatrixCell.of(1, 2)))
            .addControls(
                Control.of(
                    "DoLS tracker", ControlType.DETECTIVE, ControlEffectiveness.EFFECTIVE, 1, 0))
            .build();
    assertEquals(MatrixCell.of(2, 3), withControls.getResidualImpliedByControls());
    ValidationReport report = register.withAssessment(withControls).validate();
    assertTrue(report.isValid());
    assertTrue(report.hasIssue("RISK_ASSESSMENT_CONTROLS_DIFFER"));
  }

  // ------------------------------------------------------------------ bad input

  @Test
  void withAssessment_datedBeforeTheRiskWasRaised_namesTheDates() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                register.withAssessment(
                    assessment(
                        CR04,
                        LocalDate.of(2024, 5, 15),
                        MatrixCell.of(3, 3),
                        MatrixCell.of(3, 3),
                        MatrixCell.of(3, 3))));
    assertEquals(
        "assessment of risk CR-04 is dated 2024-05-15, before the risk was raised on 2024-06-01",
        e.getMessage());
  }

  @Test
  void withAssessment_levelSixOnAFivePointScale_namesTheLevel() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                register.withAssessment(
                    assessment(
                        CR04,
                        LocalDate.of(2024, 6, 15),
                        MatrixCell.of(6, 3),
                        MatrixCell.of(3, 3),
                        MatrixCell.of(3, 3))));
    assertEquals(
        "assessment of risk CR-04 on 2024-06-15: inherent likelihood 6 is outside the likelihood"
            + " scale 1..5",
        e.getMessage());
  }

  @Test
  void withAssessment_ofUnknownRisk_orOutOfOrder_isRejected() {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                register.withAssessment(
                    assessment(
                        RiskId.of("CR-99"),
                        AUGUST,
                        MatrixCell.of(1, 1),
                        MatrixCell.of(1, 1),
                        MatrixCell.of(1, 1))));
    assertTrue(unknown.getMessage().contains("CR-99"), unknown.getMessage());
    IllegalArgumentException early =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                register.withAssessment(
                    assessment(
                        CR01,
                        LocalDate.of(2024, 7, 1),
                        MatrixCell.of(5, 4),
                        MatrixCell.of(3, 4),
                        MatrixCell.of(2, 4))));
    assertTrue(early.getMessage().contains("2024-07-15"), early.getMessage());
  }

  @Test
  void withAppetite_aboveTheMatrixMaximum_namesTheValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> register.withAppetite(RiskAppetite.of(RiskCategory.STRATEGIC, 30, 0, APRIL)));
    assertEquals(
        "risk appetite 30 for category STRATEGIC is above the maximum score 25 of risk matrix"
            + " '5x5 likelihood x impact'",
        e.getMessage());
    IllegalArgumentException tolerance =
        assertThrows(
            IllegalArgumentException.class,
            () -> register.withAppetite(RiskAppetite.of(RiskCategory.STRATEGIC, 20, 10, APRIL)));
    assertTrue(tolerance.getMessage().contains("is 30"), tolerance.getMessage());
  }

  @Test
  void withRisk_unknownCategory_namesTheCategory() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                register.withRisk(
                    risk(
                        RiskId.of("CR-06"),
                        RiskCategory.of("CYBER_SECURITY"),
                        CorporateRegister.DCS,
                        AUGUST)));
    assertTrue(e.getMessage().startsWith("risk CR-06 has unknown risk category CYBER_SECURITY"),
        e.getMessage());
    RiskRegister withCyber =
        RiskRegister.builder().from(register).addCategories(RiskCategory.of("CYBER_SECURITY"))
            .build()
            .withRisk(
                risk(
                    RiskId.of("CR-06"),
                    RiskCategory.of("CYBER_SECURITY"),
                    CorporateRegister.DCS,
                    AUGUST));
    assertEquals(5, withCyber.liveRisks(AUGUST).size());
  }

  @Test
  void withRisk_versionRecordedBeforeTheCurrentOne_isRejected() {
    Risk backdated =
        Risk.builder()
            .from(register.risk(CR05).orElseThrow())
            .recordedOn(LocalDate.of(2024, 5, 1))
            .build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> register.withRisk(backdated));
    assertTrue(e.getMessage().contains("2024-05-01"), e.getMessage());
  }

  @Test
  void matrixOn_beforeTheFirstMatrix_isAnError() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> register.heatMap(ScoreKind.RESIDUAL, LocalDate.of(2024, 3, 31)));
    assertTrue(e.getMessage().contains("2024-03-31"), e.getMessage());
  }

  @Test
  void newMatrixVersion_ratesLaterAssessments_andKeepsOldOnes() {
    RiskMatrix stricter =
        RiskMatrix.builder()
            .from(RiskMatrix.fiveByFive(LocalDate.of(2024, 7, 1)))
            .name("Stricter")
            .banding(
                dev.yardstick.risk.matrix.ScoreBanding.of(
                    RatingBand.of("Low", 1), RatingBand.of("Medium", 4), RatingBand.of("High", 9)))
            .build();
    RiskRegister r =
        RiskRegister.builder()
            .from(register)
            .matrices(
                dev.yardstick.risk.matrix.RiskMatrixVersions.of(
                    RiskMatrix.fiveByFive(APRIL), stricter))
            .build();
    assertEquals(
        "Medium",
        r.rating(CR02, ScoreKind.RESIDUAL, AUGUST).orElseThrow().getBand().getName());
    assertEquals(
        "Stricter", r.rating(CR01, ScoreKind.RESIDUAL, AUGUST).orElseThrow().getMatrixName());
  }
}
