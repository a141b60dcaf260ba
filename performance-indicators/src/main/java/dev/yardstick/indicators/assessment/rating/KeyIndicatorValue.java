package dev.yardstick.indicators.assessment.rating;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A council's value of a key indicator, tested against the {@link KeyIndicatorCap caps} of a star
 * rating scheme with the same indicator label.
 *
 * <pre>{@code
 * KeyIndicatorValue a1 = KeyIndicatorValue.of("PAF A1", new BigDecimal("21.3"));
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class KeyIndicatorValue {

  KeyIndicatorValue() {}

  /**
   * Returns a key indicator's value.
   *
   * @param indicator the key indicator's label, as the cap names it, such as {@code PAF A1}
   * @param value the council's value, in the cap's unit
   * @return the value
   * @throws IllegalArgumentException if the label is blank
   */
  public static KeyIndicatorValue of(String indicator, BigDecimal value) {
    return ImmutableKeyIndicatorValue.of(indicator, value);
  }

  /**
   * Returns the key indicator's label, such as {@code PAF A1}.
   *
   * @return the label, not blank
   */
  @Value.Parameter
  public abstract String getIndicator();

  /**
   * Returns the council's value, normalised.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract BigDecimal getValue();

  /**
   * Returns the value as text, such as {@code PAF A1 = 21.3}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return getIndicator() + " = " + getValue().toPlainString();
  }

  @Value.Check
  KeyIndicatorValue normalise() {
    checkArgument(!getIndicator().isBlank(), "key indicator value has a blank indicator label");
    BigDecimal normalised = Decimals.normalise(getValue());
    return normalised.equals(getValue()) ? this : of(getIndicator(), normalised);
  }
}
