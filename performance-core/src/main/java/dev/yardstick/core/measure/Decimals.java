package dev.yardstick.core.measure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one normal form of exact decimal values in Yardstick.
 *
 * <p>Every {@link BigDecimal} that enters a Yardstick value (an indicator value, a target, a
 * threshold, a range bound) is normalised here, so that {@code 75}, {@code 75.0} and {@code 75.00}
 * are equal, hash alike and print as {@code 75}, and {@code 100} never prints as {@code 1E+2}.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 */
public final class Decimals {

  private Decimals() {}

  /**
   * Returns the value with trailing zeros removed and a scale of at least zero.
   *
   * @param value any decimal
   * @return the equal decimal in normal form; {@code BigDecimal.ZERO} for any zero
   */
  public static BigDecimal normalise(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
