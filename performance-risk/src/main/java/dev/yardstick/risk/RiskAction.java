package dev.yardstick.risk;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.Action;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.risk.matrix.MatrixCell;
import org.immutables.value.Value;

/**
 * An action of the performance framework taken on a risk: the {@link Action} itself (description,
 * owner role, due date, status, percentage complete), the response it makes and the position on the
 * matrix it aims to bring the risk to.
 *
 * <pre>{@code
 * RiskAction recruit = RiskAction.of(
 *     recruitmentDrive,                 // an Action whose risks include CR-03
 *     RiskId.of("CR-03"), RiskResponse.TREAT, MatrixCell.of(2, 4));
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class RiskAction {

  RiskAction() {}

  /**
   * Returns the framework action.
   *
   * @return the action
   */
  public abstract Action getAction();

  /**
   * Returns the risk the action is taken on.
   *
   * @return the risk's identifier, one of the action's linked risks
   */
  public abstract RiskId getRiskId();

  /**
   * Returns the response the action makes.
   *
   * @return tolerate, treat, transfer or terminate
   */
  public abstract RiskResponse getResponse();

  /**
   * Returns the position the action aims to bring the risk to.
   *
   * @return the target cell
   */
  public abstract MatrixCell getTarget();

  /**
   * Returns a risk action.
   *
   * @param action the framework action, which must link to the risk
   * @param riskId the risk
   * @param response the response made
   * @param target the position aimed for
   * @return the risk action
   * @throws IllegalArgumentException if the action does not link to the risk
   */
  public static RiskAction of(
      Action action, RiskId riskId, RiskResponse response, MatrixCell target) {
    return builder().action(action).riskId(riskId).response(response).target(target).build();
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
    checkArgument(
        getAction().getRisks().contains(getRiskId()),
        "action %s does not link to risk %s; it links to %s",
        getAction().getId(),
        getRiskId(),
        getAction().getRisks());
  }

  /** Builds a {@link RiskAction}. */
  public static class Builder extends ImmutableRiskAction.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
