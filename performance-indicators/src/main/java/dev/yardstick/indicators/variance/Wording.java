package dev.yardstick.indicators.variance;

import com.google.common.collect.Range;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.status.RagStatus;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/** The words of the one-sentence explanations: figures with their units, targets, tolerances. */
final class Wording {

  private Wording() {}

  /** A figure as printed: rounded to the policy's places if asked, with its unit. */
  static String figure(BigDecimal value, Unit unit, Optional<RoundingPolicy> rounding) {
    String number = rounding.map(r -> r.format(value)).orElse(value.toPlainString());
    return withUnit(number, unit);
  }

  static String withUnit(String number, Unit unit) {
    switch (unit.getKind()) {
      case PERCENTAGE:
        return number + "%";
      case RATE:
        return number + " per " + grouped(unit.getMultiplier());
      case POUNDS:
        return number.startsWith("-") ? "-£" + number.substring(1) : "£" + number;
      case DAYS:
        return number + " days";
      default:
        return number;
    }
  }

  private static String grouped(long value) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
  }

  static String status(RagStatus status) {
    String name = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** "at least 75%", "at most 12.5%", "between 10% and 15%". */
  static String bounds(Range<BigDecimal> bounds, Unit unit) {
    if (bounds.hasLowerBound() && bounds.hasUpperBound()) {
      return "between "
          + withUnit(bounds.lowerEndpoint().toPlainString(), unit)
          + " and "
          + withUnit(bounds.upperEndpoint().toPlainString(), unit);
    }
    if (bounds.hasLowerBound()) {
      return "at least " + withUnit(bounds.lowerEndpoint().toPlainString(), unit);
    }
    return "at most " + withUnit(bounds.upperEndpoint().toPlainString(), unit);
  }

  /** " (a 10% reduction on 100 in 2002-03)" for a baseline target, else nothing. */
  static String baseline(Target target) {
    if (!target.getKind().isOnBaseline()) {
      return "";
    }
    return " (a "
        + target.getChangePercent().orElseThrow().toPlainString()
        + "% "
        + (target.getKind() == TargetKind.REDUCTION_ON_BASELINE ? "reduction" : "increase")
        + " on "
        + withUnit(target.getBaselineValue().orElseThrow().toPlainString(), target.getUnit())
        + " in "
        + target.getBaselinePeriod().orElseThrow()
        + ")";
  }

  /** " with a 5-point tolerance", " with a 10% tolerance", " with fixed bands", or nothing. */
  static String tolerance(Optional<Tolerance> tolerance, Unit unit) {
    if (tolerance.isEmpty()) {
      return "";
    }
    Tolerance t = tolerance.get();
    switch (t.getKind()) {
      case ABSOLUTE:
        String amount = t.getAmount().orElseThrow().toPlainString();
        return unit.getKind() == Unit.Kind.PERCENTAGE
            ? " with a " + amount + "-point tolerance"
            : " with a tolerance of " + withUnit(amount, unit);
      case RELATIVE:
        return " with a " + t.getAmount().orElseThrow().toPlainString() + "% tolerance";
      default:
        return " with the fixed bands " + t.toString().substring("BANDS".length());
    }
  }
}
