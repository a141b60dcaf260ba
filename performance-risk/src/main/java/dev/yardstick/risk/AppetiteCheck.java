package dev.yardstick.risk;

import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.risk.matrix.RiskRating;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk's residual rating placed against the appetite that applies to it on a date, with the
 * escalation it needs.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class AppetiteCheck {

  AppetiteCheck() {}

  /**
   * Returns the risk checked.
   *
   * @return the risk's identifier
   */
  public abstract RiskId getRiskId();

  /**
   * Returns the date of the check.
   *
   * @return the date
   */
  public abstract LocalDate getAsAt();

  /**
   * Returns the residual rating of the risk's latest assessment on that date.
   *
   * @return the residual rating
   */
  public abstract RiskRating getResidual();

  /**
   * Returns the appetite that applied.
   *
   * @return the appetite, or empty if none is set for the risk's category and unit
   */
  public abstract Optional<RiskAppetite> getAppetite();

  /**
   * Returns where the residual score stands against the appetite.
   *
   * @return the status
   */
  public abstract AppetiteStatus getStatus();

  /**
   * Returns who must act on the risk: {@link EscalationLevel#RISK_OWNER} within appetite or when no
   * appetite is set, otherwise the appetite's configured level.
   *
   * @return the escalation level
   */
  public abstract EscalationLevel getEscalation();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether the risk is above its appetite, within tolerance or not.
   *
   * @return {@code true} for {@link AppetiteStatus#ABOVE_APPETITE} and {@link
   *     AppetiteStatus#ABOVE_TOLERANCE}
   */
  public boolean isAboveAppetite() {
    return getStatus() == AppetiteStatus.ABOVE_APPETITE
        || getStatus() == AppetiteStatus.ABOVE_TOLERANCE;
  }

  /**
   * Explains the check in one sentence, such as {@code "CR-03: residual 16 (High) is above
   * appetite 6 and tolerance limit 9 for SAFEGUARDING; escalate to CORPORATE_LEADERSHIP"}.
   *
   * @return the explanation
   */
  public String explain() {
    String head =
        getRiskId()
            + ": residual "
            + getResidual().getScore()
            + " ("
            + getResidual().getBand().getName()
            + ")";
    if (getAppetite().isEmpty()) {
      return head + ": no appetite is set for the risk's category and unit";
    }
    RiskAppetite a = getAppetite().get();
    String against =
        " appetite " + a.getAppetite() + " and tolerance limit " + a.getToleranceLimit() + " for "
            + a.getCategory();
    switch (getStatus()) {
      case WITHIN_APPETITE:
        return head + " is within" + against;
      case ABOVE_APPETITE:
        return head + " is above appetite but within tolerance:" + against
            + "; escalate to " + getEscalation();
      default:
        return head + " is above" + against + "; escalate to " + getEscalation();
    }
  }

  /** Builds an {@link AppetiteCheck}. */
  public static class Builder extends ImmutableAppetiteCheck.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
