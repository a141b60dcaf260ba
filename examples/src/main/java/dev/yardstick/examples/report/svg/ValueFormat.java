package dev.yardstick.examples.report.svg;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * How a chart writes the values of one indicator: decimal places, a multiplier from the stored
 * value to the shown one (100 for a proportion shown as a percentage) and a suffix.
 *
 * <pre>{@code
 * ValueFormat percent = ValueFormat.of(1, "%");
 * percent.format(72.345); // "72.3%"
 * ValueFormat.of(1, "%").withMultiplier(100).format(0.72345); // "72.3%"
 * }</pre>
 *
 * <p>Values are rounded half up, as the indicators' default rounding policy does, so a chart label
 * agrees with the table beside it.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class ValueFormat {

  private final int decimals;
  private final String prefix;
  private final String suffix;
  private final double multiplier;

  private ValueFormat(int decimals, String prefix, String suffix, double multiplier) {
    this.decimals = decimals;
    this.prefix = prefix;
    this.suffix = suffix;
    this.multiplier = multiplier;
  }

  /**
   * Returns a format with a number of decimal places and a suffix.
   *
   * @param decimals decimal places, 0 to 6
   * @param suffix written straight after the number, such as {@code "%"}, or empty
   * @return the format
   * @throws IllegalArgumentException if the decimal places are out of range
   */
  public static ValueFormat of(int decimals, String suffix) {
    return new ValueFormat(checked(decimals), "", Objects.requireNonNull(suffix, "suffix"), 1);
  }

  /**
   * Returns the format of values in a unit: a percentage as {@code 72.3%}, a rate as {@code 12.4
   * per 1,000}, pounds as {@code £512}, days as {@code 21.0 days}.
   *
   * @param unit the unit of the values
   * @param decimals decimal places, 0 to 6
   * @return the format
   * @throws IllegalArgumentException if the decimal places are out of range
   */
  public static ValueFormat of(Unit unit, int decimals) {
    Objects.requireNonNull(unit, "unit");
    switch (unit.getKind()) {
      case PERCENTAGE:
        return of(decimals, "%");
      case RATE:
        return of(decimals, String.format(Locale.UK, " per %,d", unit.getMultiplier()));
      case DAYS:
        return of(decimals, " days");
      case POUNDS:
        return new ValueFormat(checked(decimals), "£", "", 1);
      default:
        return of(decimals, "");
    }
  }

  /**
   * Returns this format applied to values multiplied first, such as proportions shown as
   * percentages.
   *
   * @param factor the multiplier, finite and positive
   * @return the format
   * @throws IllegalArgumentException if the multiplier is not finite and positive
   */
  public ValueFormat withMultiplier(double factor) {
    checkArgument(Double.isFinite(factor) && factor > 0, "multiplier %s is not positive", factor);
    return new ValueFormat(decimals, prefix, suffix, factor);
  }

  /**
   * Writes a value.
   *
   * @param value the value as stored
   * @return the text, such as {@code 72.3%}
   */
  public String format(double value) {
    return write(value, decimals);
  }

  /**
   * Writes an exact value, such as an indicator value already rounded by its rounding policy.
   *
   * @param value the value as stored
   * @return the text, such as {@code 72.3%}
   */
  public String format(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal v =
        value.multiply(BigDecimal.valueOf(multiplier)).setScale(decimals, RoundingMode.HALF_UP);
    String sign = v.signum() < 0 ? "-" : "";
    return sign + prefix + String.format(Locale.UK, "%,." + decimals + "f", v.abs()) + suffix;
  }

  /**
   * Writes a tick label, with as many decimal places as the step between ticks needs.
   *
   * @param value the value as stored
   * @param step the step between ticks, as stored
   * @return the label
   */
  String tick(double value, double step) {
    double shown = step * multiplier;
    int places = shown >= 1 ? 0 : (int) Math.min(6, Math.ceil(-Math.log10(shown) - 1e-9));
    String text = write(value, places);
    return unitLabel().isEmpty() ? text : text.substring(0, text.length() - suffix.length());
  }

  /**
   * Returns the unit to write once beside an axis when tick labels leave it out: a suffix longer
   * than a percent sign, such as {@code per 1,000}.
   *
   * @return the unit, or empty if tick labels carry it
   */
  String unitLabel() {
    return suffix.length() > 1 ? suffix.strip() : "";
  }

  private static int checked(int decimals) {
    checkArgument(decimals >= 0 && decimals <= 6, "decimal places %s are not 0 to 6", decimals);
    return decimals;
  }

  private String write(double value, int places) {
    BigDecimal v = BigDecimal.valueOf(value * multiplier).setScale(places, RoundingMode.HALF_UP);
    String sign = v.signum() < 0 ? "-" : "";
    return sign + prefix + String.format(Locale.UK, "%,." + places + "f", v.abs()) + suffix;
  }
}
