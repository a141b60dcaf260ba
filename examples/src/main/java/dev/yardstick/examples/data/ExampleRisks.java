package dev.yardstick.examples.data;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ObjectiveId;
import dev.yardstick.core.framework.OwnerRole;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.risk.Control;
import dev.yardstick.risk.ControlEffectiveness;
import dev.yardstick.risk.ControlType;
import dev.yardstick.risk.Risk;
import dev.yardstick.risk.RiskAppetite;
import dev.yardstick.risk.RiskAssessment;
import dev.yardstick.risk.RiskCategory;
import dev.yardstick.risk.RiskRegister;
import dev.yardstick.risk.matrix.MatrixCell;
import dev.yardstick.risk.matrix.RiskMatrix;
import java.time.LocalDate;

/**
 * The social-services risk register of the report's council: a dozen risks of the kinds councils'
 * registers hold (workforce, placements sufficiency, safeguarding, market failure, budget, hospital
 * discharge, data), each assessed twice in the year on the 5x5 matrix, with controls and links to
 * objectives and indicators.
 *
 * <pre>{@code
 * RiskRegister register = ExampleRisks.register();
 * HeatMap residual = register.heatMap(ScoreKind.RESIDUAL, LocalDate.of(2024, 12, 31));
 * }</pre>
 *
 * <p>Implementation requirements: immutable (stateless) and thread-safe.
 */
public final class ExampleRisks {

  /** The first day of the register's matrix and appetites. */
  public static final LocalDate FROM = LocalDate.of(2024, 4, 1);

  private static final OwnerRole DCS = OwnerRole.of("Director of Children's Services");
  private static final OwnerRole DASS = OwnerRole.of("Director of Adult Social Services");
  private static final OwnerRole FINANCE = OwnerRole.of("Chief Finance Officer");
  private static final OwnerRole PERFORMANCE = OwnerRole.of("Head of Performance");

  private ExampleRisks() {}

  /**
   * Returns the register, with assessments in June and December 2024.
   *
   * @return the register
   */
  public static RiskRegister register() {
    RiskRegister r =
        RiskRegister.of("Social services risk register", RiskMatrix.fiveByFive(FROM))
            .withAppetite(RiskAppetite.of(RiskCategory.SAFEGUARDING, 6, 3, FROM))
            .withAppetite(RiskAppetite.of(RiskCategory.FINANCIAL, 12, 8, FROM))
            .withAppetite(RiskAppetite.of(RiskCategory.OPERATIONAL, 12, 8, FROM))
            .withAppetite(RiskAppetite.of(RiskCategory.PARTNERSHIP, 10, 5, FROM))
            .withAppetite(RiskAppetite.of(RiskCategory.STRATEGIC, 12, 4, FROM))
            .withAppetite(RiskAppetite.of(RiskCategory.REPUTATIONAL, 8, 4, FROM))
            .withAppetite(RiskAppetite.of(RiskCategory.COMPLIANCE, 6, 4, FROM));
    r =
        add(
            r,
            "SS-01",
            "Shortage of qualified social workers",
            "high vacancy and turnover in children's teams",
            "caseloads rise above safe levels",
            "visits are missed and children are left at risk of harm",
            RiskCategory.SAFEGUARDING,
            DCS,
            "CS-1",
            "A1",
            5,
            4,
            4,
            4,
            2,
            4,
            4,
            4);
    r =
        add(
            r,
            "SS-02",
            "Insufficient local foster placements",
            "too few in-house foster carers",
            "children are placed far from home",
            "placement moves rise and outcomes suffer",
            RiskCategory.OPERATIONAL,
            DCS,
            "CS-1",
            "A1",
            4,
            4,
            4,
            3,
            2,
            3,
            3,
            3);
    r =
        add(
            r,
            "SS-03",
            "Child protection reviews held late",
            "chairs' capacity and late reports",
            "reviews fall outside timescales",
            "plans drift and risks are not reassessed",
            RiskCategory.SAFEGUARDING,
            DCS,
            "CS-2",
            "C20",
            4,
            5,
            3,
            4,
            2,
            4,
            2,
            4);
    r =
        add(
            r,
            "SS-04",
            "Home care market failure",
            "low fees and recruitment difficulties among providers",
            "a major provider exits",
            "people wait for care and hospital discharges are delayed",
            RiskCategory.PARTNERSHIP,
            DASS,
            "AS-1",
            "C32",
            4,
            5,
            3,
            5,
            2,
            4,
            3,
            5);
    r =
        add(
            r,
            "SS-05",
            "Overspend on adult social care placements",
            "rising numbers and costs of residential placements",
            "the budget is overspent",
            "savings elsewhere must be found in year",
            RiskCategory.FINANCIAL,
            FINANCE,
            "AS-2",
            "ASCOF 2C",
            5,
            4,
            4,
            4,
            3,
            3,
            4,
            3);
    r =
        add(
            r,
            "SS-06",
            "Delays in equipment delivery",
            "a new community equipment contract",
            "equipment arrives late",
            "people stay in hospital longer or are put at risk at home",
            RiskCategory.OPERATIONAL,
            DASS,
            "AS-1",
            "D54",
            4,
            3,
            3,
            3,
            1,
            3,
            2,
            2);
    r =
        add(
            r,
            "SS-07",
            "Poor data quality in the case-management system",
            "incomplete recording and a system migration",
            "returns are wrong or late",
            "performance is misjudged and statutory returns are qualified",
            RiskCategory.COMPLIANCE,
            PERFORMANCE,
            "CS-2",
            "C20",
            3,
            3,
            3,
            2,
            2,
            2,
            2,
            2);
    r =
        add(
            r,
            "SS-08",
            "Rising demand from an ageing population",
            "growth in residents aged 85 and over",
            "assessments and services are needed faster than" + " capacity grows",
            "waiting lists grow",
            RiskCategory.STRATEGIC,
            DASS,
            "AS-2",
            "E49",
            5,
            3,
            4,
            3,
            3,
            3,
            4,
            3);
    r =
        add(
            r,
            "SS-09",
            "Carers' breakdown",
            "carers without assessments or breaks",
            "a carer can no longer care",
            "emergency placements are needed",
            RiskCategory.OPERATIONAL,
            DASS,
            "AS-1",
            "D42",
            3,
            4,
            3,
            3,
            2,
            3,
            2,
            3);
    r =
        add(
            r,
            "SS-10",
            "Adverse inspection judgement",
            "weaknesses in practice found by audit",
            "an inspection finds services inadequate",
            "intervention and loss of public confidence",
            RiskCategory.REPUTATIONAL,
            DCS,
            "CS-2",
            "C20",
            3,
            5,
            2,
            5,
            1,
            4,
            2,
            5);
    r =
        add(
            r,
            "SS-11",
            "Failure of the out-of-hours service",
            "a single-person rota",
            "no worker is available in an emergency",
            "a vulnerable person is harmed",
            RiskCategory.SAFEGUARDING,
            DASS,
            "AS-1",
            "D39",
            2,
            5,
            2,
            4,
            1,
            4,
            1,
            4);
    r =
        add(
            r,
            "SS-12",
            "Cyber attack on social care systems",
            "unpatched systems and phishing",
            "case records are unavailable",
            "practitioners work without records for weeks",
            RiskCategory.OPERATIONAL,
            PERFORMANCE,
            "CS-2",
            "C20",
            3,
            5,
            3,
            4,
            2,
            4,
            3,
            4);
    return r;
  }

  private static RiskRegister add(
      RiskRegister register,
      String id,
      String title,
      String cause,
      String event,
      String consequence,
      RiskCategory category,
      OwnerRole owner,
      String objective,
      String indicator,
      int inherentL,
      int inherentI,
      int juneL,
      int juneI,
      int targetL,
      int targetI,
      int decemberL,
      int decemberI) {
    RiskId riskId = RiskId.of(id);
    Risk risk =
        Risk.builder()
            .id(riskId)
            .title(title)
            .cause(cause)
            .event(event)
            .consequence(consequence)
            .category(category)
            .ownerRole(owner)
            .addObjectives(ObjectiveId.of(objective))
            .addIndicators(IndicatorCode.of(indicator))
            .raisedOn(FROM)
            .build();
    Control control =
        Control.of(
            "Monthly review by " + owner.getTitle(),
            ControlType.DIRECTIVE,
            ControlEffectiveness.PARTIALLY_EFFECTIVE,
            0,
            0);
    return register
        .withRisk(risk)
        .withAssessment(
            assessment(
                riskId,
                owner,
                LocalDate.of(2024, 6, 28),
                inherentL,
                inherentI,
                juneL,
                juneI,
                targetL,
                targetI,
                control))
        .withAssessment(
            assessment(
                riskId,
                owner,
                LocalDate.of(2024, 12, 13),
                inherentL,
                inherentI,
                decemberL,
                decemberI,
                targetL,
                targetI,
                control));
  }

  private static RiskAssessment assessment(
      RiskId id,
      OwnerRole owner,
      LocalDate on,
      int inherentL,
      int inherentI,
      int residualL,
      int residualI,
      int targetL,
      int targetI,
      Control control) {
    return RiskAssessment.builder()
        .riskId(id)
        .assessedOn(on)
        .assessorRole(owner)
        .inherent(MatrixCell.of(inherentL, inherentI))
        .residual(MatrixCell.of(residualL, residualI))
        .target(MatrixCell.of(targetL, targetI))
        .addControls(control)
        .build();
  }
}
