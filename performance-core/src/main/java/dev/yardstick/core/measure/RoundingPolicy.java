package dev.yardstick.core.measure;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How an indicator's figure is rounded before it is shown, banded or coloured: a number of decimal
 * places (the scale) and a {@link RoundingMode}.
 *
 * <p>Every verdict is reached on the rounded figure, so that a colour or band never disagrees with
 * the figure printed beside it: a PAF percentage published to one decimal place as 20.0 is judged
 * as 20.0, not as the 20.04 it was before rounding. The default mode is {@link
 * RoundingMode#HALF_UP}, the rounding of published statistics and spreadsheets (2.25 to one place
 * is 2.3); {@link RoundingMode#HALF_EVEN} is available for those who want it.
 *
 * <p>The scale is the number of decimal places, from {@value #MIN_SCALE} to {@value #MAX_SCALE}. A
 * negative scale rounds to tens ({@code -1}), hundreds ({@code -2}) and so on, as for counts
 * published to the nearest 10. {@link RoundingMode#UNNECESSARY} is not a rounding policy and is
 * rejected.
 *
 * <p>The text form, written by {@link #toString()} and read by {@link #parse(String)}, is the scale
 * followed by {@code dp} and the mode, such as {@code 1dp HALF_UP} or {@code -1dp HALF_EVEN}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class RoundingPolicy implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The smallest scale allowed: {@value}, rounding to the nearest billion. */
  public static final int MIN_SCALE = -9;

  /** The largest scale allowed: {@value} decimal places. */
  public static final int MAX_SCALE = 15;

  /** Whole numbers, rounded half up: for counts. */
  public static final RoundingPolicy WHOLE_NUMBER = new RoundingPolicy(0, RoundingMode.HALF_UP);

  /** One decimal place, rounded half up: the usual policy of published percentages and rates. */
  public static final RoundingPolicy ONE_DECIMAL_PLACE =
      new RoundingPolicy(1, RoundingMode.HALF_UP);

  /** Two decimal places, rounded half up: for money in pounds and pence. */
  public static final RoundingPolicy TWO_DECIMAL_PLACES =
      new RoundingPolicy(2, RoundingMode.HALF_UP);

  /** The number of decimal places; negative to round to tens, hundreds and so on. */
  private final int scale;

  /** How to round; never {@link RoundingMode#UNNECESSARY}. */
  private final RoundingMode mode;

  private RoundingPolicy(int scale, RoundingMode mode) {
    this.scale = scale;
    this.mode = mode;
  }

  /**
   * Checks a deserialised rounding policy by the rules of the factories, so that a stream
   * cannot make one that they would reject.
   *
   * @return the rounding policy, checked
   * @throws InvalidObjectException if the stream holds a scale out of range or a mode that does not
   *     round
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      return of(scale, mode);
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("deserialised rounding policy is invalid: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  /**
   * Returns the policy that rounds half up to {@code decimalPlaces} decimal places.
   *
   * @param decimalPlaces the scale, from {@value #MIN_SCALE} to {@value #MAX_SCALE}
   * @return the policy
   * @throws IllegalArgumentException if {@code decimalPlaces} is out of range; the message names it
   */
  public static RoundingPolicy of(int decimalPlaces) {
    return of(decimalPlaces, RoundingMode.HALF_UP);
  }

  /**
   * Returns the policy that rounds to {@code scale} decimal places with the given mode.
   *
   * @param scale the number of decimal places, from {@value #MIN_SCALE} to {@value #MAX_SCALE};
   *     negative to round to tens, hundreds and so on
   * @param mode how to round; any mode but {@link RoundingMode#UNNECESSARY}
   * @return the policy
   * @throws IllegalArgumentException if {@code scale} is out of range or {@code mode} is {@link
   *     RoundingMode#UNNECESSARY}; the message names the bad value
   */
  public static RoundingPolicy of(int scale, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    checkArgument(
        scale >= MIN_SCALE && scale <= MAX_SCALE,
        "rounding scale %s is outside the range %s to %s",
        scale,
        MIN_SCALE,
        MAX_SCALE);
    checkArgument(
        mode != RoundingMode.UNNECESSARY,
        "rounding mode %s does not round; choose another mode",
        mode);
    if (mode == RoundingMode.HALF_UP) {
      switch (scale) {
        case 0:
          return WHOLE_NUMBER;
        case 1:
          return ONE_DECIMAL_PLACE;
        case 2:
          return TWO_DECIMAL_PLACES;
        default:
          break;
      }
    }
    return new RoundingPolicy(scale, mode);
  }

  /**
   * Parses the text form written by {@link #toString()}, such as {@code 1dp HALF_UP}.
   *
   * <p>Case and surrounding white space are ignored; the mode may be left out, meaning {@link
   * RoundingMode#HALF_UP}, so {@code 2dp} is read as {@link #TWO_DECIMAL_PLACES}.
   *
   * @param text the scale, {@code dp}, and optionally a space and a {@link RoundingMode} name
   * @return the policy
   * @throws IllegalArgumentException if the text is not of that form or names a bad scale or mode;
   *     the message quotes the text
   */
  public static RoundingPolicy parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.strip().split("\\s+", -1);
    if (parts.length <= 2) {
      String dp = parts[0].toLowerCase(Locale.ROOT);
      if (dp.endsWith("dp") && dp.length() > 2 && dp.length() <= 5) {
        int scale;
        RoundingMode mode;
        try {
          scale = Integer.parseInt(dp.substring(0, dp.length() - 2));
          mode =
              parts.length == 2
                  ? RoundingMode.valueOf(parts[1].toUpperCase(Locale.ROOT))
                  : RoundingMode.HALF_UP;
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "rounding policy '" + text + "' has a bad scale or mode", e);
        }
        try {
          return of(scale, mode);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "rounding policy '" + text + "': " + e.getMessage(), e);
        }
      }
    }
    throw new IllegalArgumentException(
        "rounding policy '" + text + "' is not of the form '<scale>dp [<RoundingMode>]'");
  }

  /**
   * Returns the number of decimal places kept; negative to round to tens, hundreds and so on.
   *
   * @return the scale, from {@value #MIN_SCALE} to {@value #MAX_SCALE}
   */
  public int getScale() {
    return scale;
  }

  /**
   * Returns how values are rounded to the scale.
   *
   * @return the rounding mode, never {@link RoundingMode#UNNECESSARY}
   */
  public RoundingMode getRoundingMode() {
    return mode;
  }

  /**
   * Rounds a value by this policy and returns it in Yardstick's normal form (see {@link
   * Decimals#normalise(BigDecimal)}), so that 20.0 rounded to one place is {@code 20}.
   *
   * <p>Rounding is idempotent: rounding a rounded value gives it back. For the half-way modes the
   * result lies within half a unit of the last kept place of the value; for the others, within one
   * unit.
   *
   * @param value the value to round
   * @return the rounded, normalised value
   */
  public BigDecimal round(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return Decimals.normalise(value.setScale(scale, mode));
  }

  /**
   * Rounds a value by this policy and writes it with exactly {@link #getScale()} decimal places and
   * no exponent, as a published table shows it: 20 to one place is {@code "20.0"}, 1234 to the
   * nearest ten is {@code "1230"}.
   *
   * @param value the value to round and show
   * @return the plain text of the rounded value
   */
  public String format(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal rounded = value.setScale(scale, mode);
    return (scale < 0 ? rounded.setScale(0) : rounded).toPlainString();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof RoundingPolicy)) {
      return false;
    }
    RoundingPolicy other = (RoundingPolicy) obj;
    return scale == other.scale && mode == other.mode;
  }

  @Override
  public int hashCode() {
    return 31 * scale + mode.hashCode();
  }

  /**
   * Returns the text form that {@link #parse(String)} accepts, such as {@code 1dp HALF_UP}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return scale + "dp " + mode.name();
  }
}
