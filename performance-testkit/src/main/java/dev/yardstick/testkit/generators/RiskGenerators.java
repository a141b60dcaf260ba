package dev.yardstick.testkit.generators;

import dev.yardstick.core.framework.OwnerRole;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.risk.Risk;
import dev.yardstick.risk.RiskAppetite;
import dev.yardstick.risk.RiskAssessment;
import dev.yardstick.risk.RiskCategory;
import dev.yardstick.risk.RiskRegister;
import dev.yardstick.risk.RiskStatus;
import dev.yardstick.risk.matrix.MatrixCell;
import dev.yardstick.risk.matrix.RiskMatrix;
import dev.yardstick.testkit.Generator;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generators of risk registers with their history, on the default 5x5 matrix, that meet the
 * invariants of {@link RiskRegister} and pass its {@link RiskRegister#validate()} without errors.
 *
 * <p>A register starts on 1 April of a financial year from 1998-99 to 2030-31 with the 5x5 matrix
 * in force from that day; it has an appetite (1 to 15, with a tolerance that keeps appetite plus
 * tolerance within the matrix's maximum of 25) for each of two to four standard categories, and
 * from 1 to the size (at least 1) risks, raised within two years of the start, each in a standard
 * category and owned by one of three roles. A risk has up to three assessments, in date order over
 * the following year; each residual cell is at or below its inherent cell on both axes and each
 * target cell at or below its residual.
 *
 * <h2>Edge-case rates</h2>
 *
 * <ul>
 *   <li>With probability {@value #UNASSESSED_RATE}, a risk has no assessment (its first review is
 *       due or overdue).
 *   <li>With probability {@value #SAME_DAY_RATE}, the first assessment is dated the day the risk
 *       was raised.
 *   <li>With probability {@value #RESIDUAL_ABOVE_INHERENT_RATE}, an assessment has a residual above
 *       its inherent cell, with the reason the register requires.
 *   <li>With probability {@value #CLOSED_RATE}, the risk is closed after its last assessment (a
 *       second version of its record).
 * </ul>
 *
 * <pre>{@code
 * RiskRegister register = RiskGenerators.registers().sample(9L, 12);
 * List<AppetiteCheck> above = register.aboveAppetite(register.getRiskRecords().get(0).getRaisedOn());
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe; the generators are stateless.
 *
 * @since 0.1.0
 */
public final class RiskGenerators {

  /** The probability that a risk has no assessment. */
  public static final double UNASSESSED_RATE = 0.2;

  /** The probability that a risk's first assessment is on the day it was raised. */
  public static final double SAME_DAY_RATE = 0.1;

  /** The probability that an assessment's residual is above its inherent cell. */
  public static final double RESIDUAL_ABOVE_INHERENT_RATE = 0.05;

  /** The probability that a risk is closed after its last assessment. */
  public static final double CLOSED_RATE = 0.15;

  private static final OwnerRole[] OWNERS = {
    OwnerRole.of("Director of Children's Services"),
    OwnerRole.of("Director of Adult Social Services"),
    OwnerRole.of("Head of Finance")
  };

  private static final OwnerRole ASSESSOR = OwnerRole.of("Corporate risk officer");

  private RiskGenerators() {}

  /**
   * Returns a generator of cells of a 5x5 matrix, uniformly.
   *
   * @return the generator
   */
  public static Generator<MatrixCell> cells() {
    return (random, size) -> MatrixCell.of(1 + random.nextInt(5), 1 + random.nextInt(5));
  }

  /**
   * Returns a generator of registers as described in the class description.
   *
   * @return the generator
   */
  public static Generator<RiskRegister> registers() {
    return (random, size) -> {
      int startYear =
          PeriodGenerators.between(
              random, PeriodGenerators.FIRST_START_YEAR, PeriodGenerators.LAST_START_YEAR - 3);
      LocalDate start = FinancialYear.of(startYear).getStart();
      RiskRegister register =
          RiskRegister.of("Register " + startYear, RiskMatrix.fiveByFive(start));
      List<RiskCategory> categories = RiskCategory.standardCategories();
      int appetites = 2 + random.nextInt(3);
      int first = random.nextInt(categories.size());
      for (int i = 0; i < appetites; i++) {
        int appetite = 1 + random.nextInt(15);
        int tolerance = random.nextInt(25 - appetite + 1);
        register =
            register.withAppetite(
                RiskAppetite.of(
                    categories.get((first + i) % categories.size()), appetite, tolerance, start));
      }
      int risks = 1 + random.nextInt(Math.max(1, size));
      for (int r = 1; r <= risks; r++) {
        register = withRisk(random, register, RiskId.of(String.format("R-%03d", r)), start);
      }
      return register;
    };
  }

  private static RiskRegister withRisk(
      RandomGenerator random, RiskRegister register, RiskId id, LocalDate start) {
    LocalDate raised = start.plusDays(random.nextInt(730));
    Risk risk =
        Risk.builder()
            .id(id)
            .title("Risk " + id)
            .cause("a cause")
            .event("an event")
            .consequence("a consequence")
            .category(
                OrganisationGenerators.pick(
                    random, RiskCategory.standardCategories().toArray(new RiskCategory[0])))
            .ownerRole(OrganisationGenerators.pick(random, OWNERS))
            .raisedOn(raised)
            .build();
    RiskRegister result = register.withRisk(risk);
    LocalDate last = raised;
    if (random.nextDouble() >= UNASSESSED_RATE) {
      int assessments = 1 + random.nextInt(3);
      for (int a = 0; a < assessments; a++) {
        LocalDate on =
            a == 0 && random.nextDouble() < SAME_DAY_RATE
                ? last
                : last.plusDays(1 + random.nextInt(120));
        result = result.withAssessment(assessment(random, id, on));
        last = on;
      }
    }
    if (random.nextDouble() < CLOSED_RATE) {
      result =
          result.withRisk(risk.withStatus(RiskStatus.CLOSED, last.plusDays(random.nextInt(60))));
    }
    return result;
  }

  private static RiskAssessment assessment(RandomGenerator random, RiskId id, LocalDate on) {
    MatrixCell inherent = MatrixCell.of(1 + random.nextInt(5), 1 + random.nextInt(5));
    RiskAssessment.Builder builder =
        RiskAssessment.builder()
            .riskId(id)
            .assessedOn(on)
            .assessorRole(ASSESSOR)
            .inherent(inherent);
    MatrixCell residual;
    if (random.nextDouble() < RESIDUAL_ABOVE_INHERENT_RATE
        && (inherent.getLikelihood() < 5 || inherent.getImpact() < 5)) {
      residual =
          inherent.getLikelihood() < 5
              ? MatrixCell.of(inherent.getLikelihood() + 1, inherent.getImpact())
              : MatrixCell.of(inherent.getLikelihood(), inherent.getImpact() + 1);
      builder.residualAboveInherentReason("a control failed since the last review");
    } else {
      residual = below(random, inherent);
    }
    return builder.residual(residual).target(below(random, residual)).build();
  }

  private static MatrixCell below(RandomGenerator random, MatrixCell cell) {
    return MatrixCell.of(
        1 + random.nextInt(cell.getLikelihood()), 1 + random.nextInt(cell.getImpact()));
  }
}
