package dev.yardstick.risk;

import dev.yardstick.core.framework.ObjectiveId;
import dev.yardstick.core.framework.OwnerRole;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.risk.matrix.MatrixCell;
import dev.yardstick.risk.matrix.RiskMatrix;
import java.time.LocalDate;

/**
 * A small corporate register used by the worked examples: five risks on the default 5x5 matrix,
 * with appetites for three categories and one unit-level override.
 */
final class CorporateRegister {

  static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
  static final OwnerRole DCS = OwnerRole.of("Director of Children's Services");
  static final OwnerRole DASS = OwnerRole.of("Director of Adult Social Services");
  static final OwnerRole RISK_OFFICER = OwnerRole.of("Corporate risk officer");
  static final OrganisationId ADULTS = OrganisationId.of(OrganisationId.Scheme.LOCAL, "adults");
  static final RiskId CR01 = RiskId.of("CR-01");
  static final RiskId CR02 = RiskId.of("CR-02");
  static final RiskId CR03 = RiskId.of("CR-03");
  static final RiskId CR04 = RiskId.of("CR-04");
  static final RiskId CR05 = RiskId.of("CR-05");
  static final ObjectiveId CHILDREN_SAFE = ObjectiveId.of("CS-1");
  static final ObjectiveId LIVE_AT_HOME = ObjectiveId.of("AS-1");

  private CorporateRegister() {}

  static Risk risk(RiskId id, RiskCategory category, OwnerRole owner, LocalDate raisedOn) {
    return Risk.builder()
        .id(id)
        .title("Risk " + id)
        .cause("a cause")
        .event("an event")
        .consequence("a consequence")
        .category(category)
        .ownerRole(owner)
        .raisedOn(raisedOn)
        .build();
  }

  static RiskAssessment assessment(
      RiskId id, LocalDate on, MatrixCell inherent, MatrixCell residual, MatrixCell target) {
    return RiskAssessment.builder()
        .riskId(id)
        .assessedOn(on)
        .assessorRole(RISK_OFFICER)
        .inherent(inherent)
        .residual(residual)
        .target(target)
        .build();
  }

  static RiskRegister build() {
    Risk workforce =
        Risk.builder()
            .from(risk(CR01, RiskCategory.SAFEGUARDING, DCS, APRIL))
            .title("Shortage of qualified social workers")
            .cause("high vacancy and turnover in children's teams")
            .event("caseloads rise above safe levels")
            .consequence("visits are missed and children are left at risk of harm")
            .addObjectives(CHILDREN_SAFE)
            .build();
    Risk overspend =
        Risk.builder()
            .from(risk(CR02, RiskCategory.FINANCIAL, DASS, APRIL))
            .organisationUnit(ADULTS)
            .addObjectives(LIVE_AT_HOME)
            .build();
    return RiskRegister.of("Corporate risk register", RiskMatrix.fiveByFive(APRIL))
        .withAppetite(RiskAppetite.of(RiskCategory.SAFEGUARDING, 6, 3, APRIL))
        .withAppetite(RiskAppetite.of(RiskCategory.FINANCIAL, 10, 5, APRIL))
        .withAppetite(
            RiskAppetite.builder()
                .from(RiskAppetite.of(RiskCategory.FINANCIAL, 8, 2, APRIL))
                .organisationUnit(ADULTS)
                .build())
        .withAppetite(RiskAppetite.of(RiskCategory.COMPLIANCE, 4, 4, APRIL))
        .withRisk(workforce)
        .withRisk(overspend)
        .withRisk(risk(CR03, RiskCategory.COMPLIANCE, DASS, APRIL.plusMonths(1)))
        .withRisk(risk(CR04, RiskCategory.PARTNERSHIP, DASS, LocalDate.of(2024, 6, 1)))
        .withRisk(risk(CR05, RiskCategory.REPUTATIONAL, DCS, APRIL))
        .withAssessment(
            assessment(
                CR01,
                LocalDate.of(2024, 4, 15),
                MatrixCell.of(5, 4),
                MatrixCell.of(4, 4),
                MatrixCell.of(2, 4)))
        .withAssessment(
            assessment(
                CR02,
                LocalDate.of(2024, 4, 20),
                MatrixCell.of(4, 4),
                MatrixCell.of(3, 3),
                MatrixCell.of(2, 3)))
        .withAssessment(
            assessment(
                CR05,
                LocalDate.of(2024, 4, 10),
                MatrixCell.of(3, 3),
                MatrixCell.of(2, 3),
                MatrixCell.of(1, 3)))
        .withAssessment(
            assessment(
                CR03,
                LocalDate.of(2024, 5, 1),
                MatrixCell.of(3, 3),
                MatrixCell.of(2, 2),
                MatrixCell.of(1, 2)))
        .withRisk(
            risk(CR05, RiskCategory.REPUTATIONAL, DCS, APRIL)
                .withStatus(RiskStatus.CLOSED, LocalDate.of(2024, 6, 30)))
        .withAssessment(
            assessment(
                CR01,
                LocalDate.of(2024, 7, 15),
                MatrixCell.of(5, 4),
                MatrixCell.of(3, 4),
                MatrixCell.of(2, 4)));
  }
}
