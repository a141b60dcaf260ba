package dev.yardstick.risk;

import static dev.yardstick.risk.CorporateRegister.APRIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.Action;
import dev.yardstick.core.framework.ActionId;
import dev.yardstick.core.framework.ActionStatus;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ObjectiveId;
import dev.yardstick.core.framework.OwnerRole;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.risk.matrix.MatrixCell;
import dev.yardstick.risk.matrix.RatingBand;
import dev.yardstick.risk.matrix.RiskMatrix;
import dev.yardstick.risk.matrix.RiskMatrixVersions;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Equality, null handling and invariants of the register's value types. */
class RiskValueTypesTest {

  private static final RiskId ID = RiskId.of("CR-01");

  private static RiskAssessment assessment(MatrixCell residual) {
    return CorporateRegister.assessment(
        ID, APRIL, MatrixCell.of(4, 4), residual, MatrixCell.of(2, 2));
  }

  private static Action action() {
    return Action.builder()
        .id(ActionId.of("A-1"))
        .description("Recruit")
        .owner(CorporateRegister.DCS)
        .dueDate(APRIL.plusMonths(3))
        .status(ActionStatus.NOT_STARTED)
        .addRisks(ID)
        .build();
  }

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, APRIL)
        .setDefault(RiskId.class, ID)
        .setDefault(OwnerRole.class, CorporateRegister.DCS)
        .setDefault(ObjectiveId.class, ObjectiveId.of("CS-1"))
        .setDefault(IndicatorCode.class, IndicatorCode.of("C28"))
        .setDefault(OrganisationId.class, CorporateRegister.ADULTS)
        .setDefault(RiskCategory.class, RiskCategory.SAFEGUARDING)
        .setDefault(MatrixCell.class, MatrixCell.of(1, 1))
        .setDefault(RatingBand.class, RatingBand.of("Low", 1))
        .setDefault(RiskMatrix.class, RiskMatrix.fiveByFive(APRIL))
        .setDefault(RiskMatrixVersions.class, RiskMatrixVersions.of(RiskMatrix.fiveByFive(APRIL)))
        .setDefault(Action.class, action())
        .setDefault(Risk.class, CorporateRegister.risk(ID, RiskCategory.SAFEGUARDING,
            CorporateRegister.DCS, APRIL))
        .setDefault(RiskAssessment.class, assessment(MatrixCell.of(3, 3)))
        .setDefault(Optional.class, Optional.empty());
  }

  @Test
  void equals_valueTypes() {
    Risk risk = CorporateRegister.risk(ID, RiskCategory.SAFEGUARDING, CorporateRegister.DCS, APRIL);
    RiskRegister register = CorporateRegister.build();
    new EqualsTester()
        .addEqualityGroup(risk, Risk.builder().from(risk).build())
        .addEqualityGroup(risk.withStatus(RiskStatus.CLOSED, APRIL.plusDays(1)))
        .addEqualityGroup(assessment(MatrixCell.of(3, 3)), assessment(MatrixCell.of(3, 3)))
        .addEqualityGroup(assessment(MatrixCell.of(2, 3)))
        .addEqualityGroup(
            Control.of("Panel", ControlType.PREVENTIVE, ControlEffectiveness.EFFECTIVE, 1, 0),
            Control.of("Panel", ControlType.PREVENTIVE, ControlEffectiveness.EFFECTIVE, 1, 0))
        .addEqualityGroup(
            Control.of("Panel", ControlType.PREVENTIVE, ControlEffectiveness.EFFECTIVE, 0, 1))
        .addEqualityGroup(
            RiskAppetite.of(RiskCategory.FINANCIAL, 10, 5, APRIL),
            RiskAppetite.of(RiskCategory.FINANCIAL, 10, 5, APRIL))
        .addEqualityGroup(RiskAppetite.of(RiskCategory.FINANCIAL, 10, 4, APRIL))
        .addEqualityGroup(ReviewPolicy.defaults(), ReviewPolicy.defaults())
        .addEqualityGroup(
            RiskAction.of(action(), ID, RiskResponse.TREAT, MatrixCell.of(2, 2)),
            RiskAction.of(action(), ID, RiskResponse.TREAT, MatrixCell.of(2, 2)))
        .addEqualityGroup(RiskAction.of(action(), ID, RiskResponse.TRANSFER, MatrixCell.of(2, 2)))
        .addEqualityGroup(register, CorporateRegister.build())
        .addEqualityGroup(register.asAt(APRIL))
        .addEqualityGroup(
            register.heatMap(ScoreKind.RESIDUAL, APRIL.plusMonths(4)),
            register.heatMap(ScoreKind.RESIDUAL, APRIL.plusMonths(4)))
        .addEqualityGroup(register.heatMap(ScoreKind.INHERENT, APRIL.plusMonths(4)))
        .addEqualityGroup(
            register.appetiteChecks(APRIL.plusMonths(4)).get(0),
            CorporateRegister.build().appetiteChecks(APRIL.plusMonths(4)).get(0))
        .addEqualityGroup(register.reviews(APRIL.plusMonths(4)).get(0))
        .addEqualityGroup(RiskCategory.SAFEGUARDING, RiskCategory.of("SAFEGUARDING"))
        .addEqualityGroup(RiskCategory.of("CYBER_SECURITY"), RiskCategory.parse(" CYBER_SECURITY"))
        .testEquals();
  }

  @Test
  void nulls_publicMethodsRejectNull() {
    NullPointerTester t = tester();
    for (Class<?> c :
        new Class<?>[] {
          Risk.class,
          RiskAssessment.class,
          Control.class,
          RiskAppetite.class,
          AppetiteCheck.class,
          ReviewPolicy.class,
          ReviewDue.class,
          HeatMap.class,
          RiskAction.class,
          RiskRegister.class,
          RiskCategory.class
        }) {
      t.testAllPublicStaticMethods(c);
    }
    RiskRegister register = CorporateRegister.build();
    LocalDate august = APRIL.plusMonths(4);
    t.testAllPublicInstanceMethods(register);
    t.testAllPublicInstanceMethods(register.risk(ID).orElseThrow());
    t.testAllPublicInstanceMethods(assessment(MatrixCell.of(3, 3)));
    t.testAllPublicInstanceMethods(RiskAppetite.of(RiskCategory.FINANCIAL, 10, 5, APRIL));
    t.testAllPublicInstanceMethods(ReviewPolicy.defaults());
    t.testAllPublicInstanceMethods(register.heatMap(ScoreKind.RESIDUAL, august));
    t.testAllPublicInstanceMethods(register.appetiteChecks(august).get(0));
    t.testAllPublicInstanceMethods(register.reviews(august).get(0));
    t.testAllPublicInstanceMethods(RiskCategory.SAFEGUARDING);
  }

  @Test
  void category_textFormRoundTrips_andRejectsBadCodes() {
    for (RiskCategory c : RiskCategory.standardCategories()) {
      assertEquals(c, RiskCategory.parse(c.toString()));
      assertTrue(c.isStandard());
    }
    assertFalse(RiskCategory.of("CYBER_SECURITY").isStandard());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RiskCategory.of("cyber"));
    assertTrue(e.getMessage().contains("'cyber'"), e.getMessage());
  }

  @Test
  void assessment_residualAboveInherentWithoutReason_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> assessment(MatrixCell.of(5, 3)));
    assertEquals(
        "assessment of risk CR-01 on 2024-04-01 has residual 5x3 above inherent 4x4 and states"
            + " no reason",
        e.getMessage());
    RiskAssessment explained =
        RiskAssessment.builder()
            .from(assessment(MatrixCell.of(3, 3)))
            .residual(MatrixCell.of(5, 3))
            .residualAboveInherentReason("the new electronic record has raised exposure meanwhile")
            .build();
    assertEquals(MatrixCell.of(5, 3), explained.getResidual());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RiskAssessment.builder()
                .from(assessment(MatrixCell.of(3, 3)))
                .residualAboveInherentReason("not needed")
                .build());
  }

  @Test
  void control_ineffectiveWithReduction_orNegative_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Control.of("Audit", ControlType.DETECTIVE, ControlEffectiveness.INEFFECTIVE, 1, 0));
    assertTrue(e.getMessage().contains("'Audit' is ineffective"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Control.of("Audit", ControlType.DETECTIVE, ControlEffectiveness.EFFECTIVE, -1, 0));
  }

  @Test
  void appetite_statusAndEscalation_atTheEdges() {
    RiskAppetite a = RiskAppetite.of(RiskCategory.SAFEGUARDING, 6, 3, APRIL);
    assertEquals(AppetiteStatus.WITHIN_APPETITE, a.statusOf(6));
    assertEquals(AppetiteStatus.ABOVE_APPETITE, a.statusOf(7));
    assertEquals(AppetiteStatus.ABOVE_APPETITE, a.statusOf(9));
    assertEquals(AppetiteStatus.ABOVE_TOLERANCE, a.statusOf(10));
    assertEquals(EscalationLevel.DIRECTORATE, a.escalationFor(8));
    assertEquals(EscalationLevel.CORPORATE_LEADERSHIP, a.escalationFor(10));
    assertThrows(
        IllegalArgumentException.class,
        () -> RiskAppetite.of(RiskCategory.SAFEGUARDING, 0, 3, APRIL));
    IllegalArgumentException lower =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RiskAppetite.builder()
                    .from(a)
                    .aboveAppetiteEscalation(EscalationLevel.MEMBERS)
                    .build());
    assertTrue(lower.getMessage().contains("lower than MEMBERS"), lower.getMessage());
  }

  @Test
  void reviewPolicy_nonPositiveInterval_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReviewPolicy.builder().putIntervals("High", Period.ZERO).build());
    assertTrue(e.getMessage().contains("'High'"), e.getMessage());
  }

  @Test
  void risk_recordedBeforeRaised_isRejected() {
    Risk risk = CorporateRegister.risk(ID, RiskCategory.SAFEGUARDING, CorporateRegister.DCS, APRIL);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> risk.withStatus(RiskStatus.CLOSED, APRIL.minusDays(1)));
    assertTrue(e.getMessage().contains("2024-03-31"), e.getMessage());
  }
}
