package dev.yardstick.risk;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import org.immutables.value.Value;

/**
 * A control in place against a risk, and its effect stated in matrix levels.
 *
 * <p>A control's effect is the number of levels by which it lowers the likelihood and the impact
 * of the risk, as it operates today. There is deliberately no "mitigation percentage": SimpleRisk
 * reads such a figure as the share removed and eramba as the share remaining (peers reference
 * 1.11 and 1.12), so the same number means opposite things. Levels are what an assessor moves on
 * the matrix, and {@link RiskAssessment#getResidualImpliedByControls()} adds them up. The {@link
 * #getEffectiveness() effectiveness} is the separate assurance opinion; an {@link
 * ControlEffectiveness#INEFFECTIVE ineffective} control may claim no reduction.
 *
 * <pre>{@code
 * Control panel = Control.of("Weekly placement panel", ControlType.PREVENTIVE,
 *     ControlEffectiveness.EFFECTIVE, 1, 0);     // one level less likely, impact unchanged
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Control {

  Control() {}

  /**
   * Returns a short name of the control.
   *
   * @return the name, not blank
   */
  public abstract String getName();

  /**
   * Returns the Orange Book type of the control.
   *
   * @return the type
   */
  public abstract ControlType getType();

  /**
   * Returns the assurance opinion on the control.
   *
   * @return the effectiveness
   */
  public abstract ControlEffectiveness getEffectiveness();

  /**
   * Returns the number of levels by which the control lowers the likelihood.
   *
   * @return levels, zero or more
   */
  public abstract int getLikelihoodReduction();

  /**
   * Returns the number of levels by which the control lowers the impact.
   *
   * @return levels, zero or more
   */
  public abstract int getImpactReduction();

  /**
   * Returns a control.
   *
   * @param name a short name
   * @param type the Orange Book type
   * @param effectiveness the assurance opinion
   * @param likelihoodReduction levels by which it lowers the likelihood, zero or more
   * @param impactReduction levels by which it lowers the impact, zero or more
   * @return the control
   * @throws IllegalArgumentException if the name is blank, a reduction is negative, or an
   *     ineffective control claims a reduction
   */
  public static Control of(
      String name,
      ControlType type,
      ControlEffectiveness effectiveness,
      int likelihoodReduction,
      int impactReduction) {
    return builder()
        .name(name)
        .type(type)
        .effectiveness(effectiveness)
        .likelihoodReduction(likelihoodReduction)
        .impactReduction(impactReduction)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(!getName().isBlank(), "control name is blank");
    checkArgument(
        getLikelihoodReduction() >= 0,
        "control '%s' has a negative likelihood reduction %s",
        getName(),
        getLikelihoodReduction());
    checkArgument(
        getImpactReduction() >= 0,
        "control '%s' has a negative impact reduction %s",
        getName(),
        getImpactReduction());
    checkArgument(
        getEffectiveness() != ControlEffectiveness.INEFFECTIVE
            || (getLikelihoodReduction() == 0 && getImpactReduction() == 0),
        "control '%s' is ineffective but claims to reduce likelihood by %s and impact by %s",
        getName(),
        getLikelihoodReduction(),
        getImpactReduction());
  }

  /** Builds a {@link Control}. */
  public static class Builder extends ImmutableControl.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
