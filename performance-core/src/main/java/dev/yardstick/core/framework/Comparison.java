package dev.yardstick.core.framework;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a measured value is compared with a threshold in a standard's criterion.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum Comparison {
  /** The value meets the threshold when it is at least the threshold. */
  AT_LEAST,
  /** The value meets the threshold when it is at most the threshold. */
  AT_MOST;

  /**
   * Tells whether a value meets a threshold under this comparison; equal values always meet it.
   *
   * @param value the measured value, in the indicator's unit
   * @param threshold the threshold, in the same unit
   * @return {@code true} if the value meets the threshold
   */
  public boolean isMetBy(BigDecimal value, BigDecimal threshold) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(threshold, "threshold");
    int c = value.compareTo(threshold);
    return this == AT_LEAST ? c >= 0 : c <= 0;
  }
}
