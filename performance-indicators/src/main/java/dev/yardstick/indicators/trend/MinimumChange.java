package dev.yardstick.indicators.trend;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The smallest change between two values that counts as a movement in a direction of travel:
 * either an amount in the indicator's unit or a percentage of the earlier value.
 *
 * <p>Text form: {@code 0.5} (absolute) or {@code 2%} (relative), as {@link #toString()} writes and
 * {@link #parse(String)} reads.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MinimumChange {

  /** Any change counts: an absolute minimum of zero. The default. */
  public static final MinimumChange NONE = new MinimumChange(BigDecimal.ZERO, false);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal amount;
  private final boolean relative;

  private MinimumChange(BigDecimal amount, boolean relative) {
    this.amount = amount;
    this.relative = relative;
  }

  /**
   * Returns a minimum change in the indicator's unit.
   *
   * @param amount the amount, zero or more
   * @return the minimum change
   * @throws IllegalArgumentException if the amount is negative
   */
  public static MinimumChange absolute(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    checkArgument(amount.signum() >= 0, "minimum change %s is negative", amount.toPlainString());
    return new MinimumChange(Decimals.normalise(amount), false);
  }

  /**
   * Returns a minimum change as a percentage of the earlier value's magnitude.
   *
   * @param percent the percentage, zero or more, such as 5 for 5%
   * @return the minimum change
   * @throws IllegalArgumentException if the percentage is negative
   */
  public static MinimumChange relative(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    checkArgument(
        percent.signum() >= 0, "minimum relative change %s%% is negative", percent.toPlainString());
    return new MinimumChange(Decimals.normalise(percent), true);
  }

  /**
   * Parses the text form: a decimal, or a decimal followed by {@code %}.
   *
   * @param text such as {@code 0.5} or {@code 2%}
   * @return the minimum change
   * @throws IllegalArgumentException if the text is not a non-negative decimal, with or without
   *     a percent sign
   */
  public static MinimumChange parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    boolean percent = t.endsWith("%");
    try {
      BigDecimal value = new BigDecimal(percent ? t.substring(0, t.length() - 1).strip() : t);
      return percent ? relative(value) : absolute(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "minimum change '" + text + "' is not a decimal or a percentage such as 2%", e);
    }
  }

  /**
   * Returns the amount: in the indicator's unit, or a percentage.
   *
   * @return the amount
   */
  public BigDecimal getAmount() {
    return amount;
  }

  /**
   * Tells whether the amount is a percentage of the earlier value.
   *
   * @return {@code true} for a relative minimum
   */
  public boolean isRelative() {
    return relative;
  }

  /**
   * Tells whether a change from {@code previous} is large enough to count.
   *
   * <h4>Edge cases</h4>
   *
   * A relative minimum against a previous value of zero counts any non-zero change. A zero change
   * never counts.
   *
   * @param previous the earlier value
   * @param change the latest value minus the earlier one
   * @return {@code true} if the change's magnitude reaches the minimum
   */
  public boolean counts(BigDecimal previous, BigDecimal change) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(change, "change");
    if (change.signum() == 0) {
      return false;
    }
    BigDecimal threshold =
        relative
            ? previous.abs().multiply(amount).divide(HUNDRED, MathContext.DECIMAL128)
            : amount;
    return change.abs().compareTo(threshold) >= 0;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof MinimumChange)) {
      return false;
    }
    MinimumChange other = (MinimumChange) obj;
    return relative == other.relative && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode() * 31 + Boolean.hashCode(relative);
  }

  /**
   * Returns the text form that {@link #parse(String)} reads, such as {@code 0.5} or {@code 2%}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return amount.toPlainString() + (relative ? "%" : "");
  }
}
