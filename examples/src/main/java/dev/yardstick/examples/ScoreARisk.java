package dev.yardstick.examples;

import dev.yardstick.core.framework.OwnerRole;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.risk.AppetiteCheck;
import dev.yardstick.risk.Control;
import dev.yardstick.risk.ControlEffectiveness;
import dev.yardstick.risk.ControlType;
import dev.yardstick.risk.Risk;
import dev.yardstick.risk.RiskAppetite;
import dev.yardstick.risk.RiskAssessment;
import dev.yardstick.risk.RiskCategory;
import dev.yardstick.risk.RiskRegister;
import dev.yardstick.risk.ScoreKind;
import dev.yardstick.risk.matrix.MatrixCell;
import dev.yardstick.risk.matrix.RiskMatrix;
import dev.yardstick.risk.matrix.RiskRating;
import java.time.LocalDate;
import java.util.List;

/**
 * Scores a risk on the 5x5 matrix and registers it: a shortage of social workers, likely (4) and
 * major (4) after controls, is rated 16 and is above the council's appetite for safeguarding risk.
 */
public final class ScoreARisk {

  static final LocalDate FROM = LocalDate.of(2024, 4, 1);
  static final LocalDate ASSESSED = LocalDate.of(2024, 6, 30);

  private ScoreARisk() {}

  /**
   * Prints the rating and the appetite check.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    RiskRegister register = register();
    System.out.println(
        register.rating(RiskId.of("CR-03"), ScoreKind.RESIDUAL, ASSESSED).orElseThrow().explain());
    register.aboveAppetite(ASSESSED).forEach(check -> System.out.println(check.explain()));
  }

  /**
   * Returns the register with the risk and its assessment.
   *
   * @return the register
   */
  public static RiskRegister register() {
    Risk risk =
        Risk.builder()
            .id(RiskId.of("CR-03"))
            .title("Shortage of qualified social workers")
            .cause("high vacancy and turnover in children's teams")
            .event("caseloads rise above safe levels")
            .consequence("visits are missed and children are left at risk of harm")
            .category(RiskCategory.SAFEGUARDING)
            .ownerRole(OwnerRole.of("Director of Children's Services"))
            .raisedOn(FROM)
            .build();
    RiskAssessment assessment =
        RiskAssessment.builder()
            .riskId(RiskId.of("CR-03"))
            .assessedOn(ASSESSED)
            .assessorRole(OwnerRole.of("Head of Children's Social Care"))
            .inherent(MatrixCell.of(5, 4))
            .residual(MatrixCell.of(4, 4))
            .target(MatrixCell.of(2, 4))
            .addControls(
                Control.of(
                    "Agency cover",
                    ControlType.CORRECTIVE,
                    ControlEffectiveness.PARTIALLY_EFFECTIVE,
                    1,
                    0))
            .build();
    return RiskRegister.of("Children's services risk register", RiskMatrix.fiveByFive(FROM))
        .withAppetite(RiskAppetite.of(RiskCategory.SAFEGUARDING, 6, 3, FROM))
        .withRisk(risk)
        .withAssessment(assessment);
  }

  /**
   * Returns the residual rating of the risk.
   *
   * @return score 16
   */
  public static RiskRating residual() {
    return register().rating(RiskId.of("CR-03"), ScoreKind.RESIDUAL, ASSESSED).orElseThrow();
  }

  /**
   * Returns the risks above appetite on the day of the assessment.
   *
   * @return one check, above tolerance
   */
  public static List<AppetiteCheck> aboveAppetite() {
    return register().aboveAppetite(ASSESSED);
  }
}
