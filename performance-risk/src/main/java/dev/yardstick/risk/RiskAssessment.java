package dev.yardstick.risk;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.OwnerRole;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.risk.matrix.MatrixCell;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated assessment of a risk: where it sits on the matrix before controls (inherent), with the
 * current controls (residual) and where the council aims to get it (target), who assessed it and
 * which controls are in place.
 *
 * <p>The three positions are {@link MatrixCell}s, not scores: the {@link RiskRegister} rates them
 * on the matrix in force on the assessment date. The residual position may not be higher than the
 * inherent one on either axis unless the assessment states why (for example a control that has
 * itself introduced a new exposure); without a reason such an assessment is rejected.
 *
 * <p>Controls state their effect in matrix levels (see {@link Control}); {@link
 * #getResidualImpliedByControls()} shows where those levels put the risk, so that a report can set
 * the assessor's residual beside the arithmetic of the controls.
 *
 * <pre>{@code
 * RiskAssessment a = RiskAssessment.builder()
 *     .riskId(RiskId.of("CR-03"))
 *     .assessedOn(LocalDate.of(2024, 6, 30))
 *     .assessorRole(OwnerRole.of("Head of Children's Social Care"))
 *     .inherent(MatrixCell.of(5, 4))
 *     .residual(MatrixCell.of(4, 4))
 *     .target(MatrixCell.of(2, 4))
 *     .addControls(Control.of("Agency cover", ControlType.CORRECTIVE,
 *         ControlEffectiveness.PARTIALLY_EFFECTIVE, 1, 0))
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class RiskAssessment {

  RiskAssessment() {}

  /**
   * Returns the risk assessed.
   *
   * @return the risk's identifier
   */
  public abstract RiskId getRiskId();

  /**
   * Returns the day of the assessment.
   *
   * @return the assessment date
   */
  public abstract LocalDate getAssessedOn();

  /**
   * Returns the role of the person who assessed the risk.
   *
   * @return the assessor's role
   */
  public abstract OwnerRole getAssessorRole();

  /**
   * Returns the position before any control.
   *
   * @return the inherent cell
   */
  public abstract MatrixCell getInherent();

  /**
   * Returns the position with the current controls.
   *
   * @return the residual cell
   */
  public abstract MatrixCell getResidual();

  /**
   * Returns the position the council aims to reach.
   *
   * @return the target cell
   */
  public abstract MatrixCell getTarget();

  /**
   * Returns the controls in place.
   *
   * @return the controls, possibly none
   */
  public abstract List<Control> getControls();

  /**
   * Returns why the residual position is higher than the inherent one on some axis.
   *
   * @return the reason, required exactly when the residual exceeds the inherent position
   */
  public abstract Optional<String> getResidualAboveInherentReason();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the cell of one of the three scores.
   *
   * @param kind inherent, residual or target
   * @return the cell
   */
  public MatrixCell cell(ScoreKind kind) {
    Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case INHERENT:
        return getInherent();
      case RESIDUAL:
        return getResidual();
      default:
        return getTarget();
    }
  }

  /**
   * Returns where the controls' stated reductions put the risk: the inherent cell lowered by the
   * sum of the controls' likelihood reductions and the sum of their impact reductions, never below
   * level 1.
   *
   * @return the cell implied by the controls; the inherent cell when there are none
   */
  public MatrixCell getResidualImpliedByControls() {
    int l = 0;
    int i = 0;
    for (Control c : getControls()) {
      l += c.getLikelihoodReduction();
      i += c.getImpactReduction();
    }
    return getInherent().minusLikelihood(l).minusImpact(i);
  }

  @Value.Check
  void check() {
    boolean above = getResidual().exceedsOnEitherAxis(getInherent());
    Optional<String> reason = getResidualAboveInherentReason();
    checkArgument(
        !above || reason.isPresent(),
        "assessment of risk %s on %s has residual %s above inherent %s and states no reason",
        getRiskId(),
        getAssessedOn(),
        getResidual(),
        getInherent());
    checkArgument(
        above || reason.isEmpty(),
        "assessment of risk %s on %s gives a reason for a residual above inherent, but residual"
            + " %s is not above inherent %s",
        getRiskId(),
        getAssessedOn(),
        getResidual(),
        getInherent());
    checkArgument(
        reason.map(r -> !r.isBlank()).orElse(true),
        "assessment of risk %s on %s has a blank reason for its residual above inherent",
        getRiskId(),
        getAssessedOn());
  }

  /** Builds a {@link RiskAssessment}. */
  public static class Builder extends ImmutableRiskAssessment.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
