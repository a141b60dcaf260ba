package dev.yardstick.indicators.assessment.rating;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.status.ServingPeopleWell;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A key-indicator cap that a council's value breached, with the judgement before and after it: one
 * step in the derivation of a star rating.
 *
 * <p>A breached cap is still recorded when the judgement was already at or below the cap; it is
 * then not {@link #isEffective() effective}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class AppliedCap {

  AppliedCap() {}

  /**
   * Returns a breached cap.
   *
   * @param cap the cap
   * @param value the council's value that breached it
   * @param before the service's judgement before the cap
   * @param after the judgement after the cap: the lower of {@code before} and the cap
   * @return the applied cap
   * @throws IllegalArgumentException if {@code after} is not the lower of {@code before} and the
   *     cap, or the value does not breach the cap
   */
  public static AppliedCap of(
      KeyIndicatorCap cap, BigDecimal value, ServingPeopleWell before, ServingPeopleWell after) {
    return ImmutableAppliedCap.of(cap, value, before, after);
  }

  /**
   * Returns the cap.
   *
   * @return the cap
   */
  @Value.Parameter
  public abstract KeyIndicatorCap getCap();

  /**
   * Returns the council's value that breached the cap.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract BigDecimal getValue();

  /**
   * Returns the service's "serving people well" judgement before the cap.
   *
   * @return the judgement before
   */
  @Value.Parameter
  public abstract ServingPeopleWell getBefore();

  /**
   * Returns the judgement after the cap.
   *
   * @return the judgement after
   */
  @Value.Parameter
  public abstract ServingPeopleWell getAfter();

  /**
   * Tells whether the cap lowered the judgement.
   *
   * @return {@code true} if the judgement after is below the judgement before
   */
  public boolean isEffective() {
    return getAfter().compareTo(getBefore()) < 0;
  }

  /**
   * Returns the step as text: {@code children's services capped at Some by PAF A1 = 21.3%}, or for
   * a cap that changed nothing {@code children's services already at or below Some when PAF A1 =
   * 21.3%}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    KeyIndicatorCap cap = getCap();
    String reason = cap.getIndicator() + " = " + cap.format(getValue());
    return isEffective()
        ? cap.getService().getWording()
            + " capped at "
            + cap.getCap().getWording()
            + " by "
            + reason
        : cap.getService().getWording()
            + " already at or below "
            + cap.getCap().getWording()
            + " when "
            + reason;
  }

  @Value.Check
  void check() {
    KeyIndicatorCap cap = getCap();
    if (!cap.isBreachedBy(getValue())) {
      throw new IllegalArgumentException(
          "value " + getValue().toPlainString() + " does not breach the cap " + cap);
    }
    if (getAfter() != getBefore().atMost(cap.getCap())) {
      throw new IllegalArgumentException(
          "judgement after the cap "
              + cap
              + " is "
              + getAfter().getWording()
              + ", but "
              + getBefore().getWording()
              + " capped at "
              + cap.getCap().getWording()
              + " is "
              + getBefore().atMost(cap.getCap()).getWording());
    }
  }
}
