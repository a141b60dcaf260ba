package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.period.Frequency;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How an annual {@link Target} is spread through the financial year, giving the target for each
 * quarter or month and for the year to date.
 *
 * <ul>
 *   <li>{@link #constant()}: the annual target applies unchanged to every quarter, month and year
 *       to date. The profile for percentages, rates, ratios and snapshots, which do not add up over
 *       time (75% of reviews on time is asked of every quarter, not 18.75%).
 *   <li>{@link #straightLine()}: the annual target is spread evenly over the twelve months; a
 *       quarter has a quarter of it. For flow counts (assessments completed, carers supported).
 *   <li>{@link #seasonal(List)}: the annual target is spread in proportion to four quarterly or
 *       twelve monthly weights (more admissions expected in winter, say).
 *   <li>{@link #cumulative(List)}: the amount for each quarter or month is given explicitly; the
 *       year-to-date target is their running total, which should add up to the annual target by the
 *       end of the year ({@link PerformanceFramework#validate()} reports it when it does not).
 * </ul>
 *
 * <p>A quarterly profile asked for a month spreads the quarter's amount evenly over its three
 * months; a monthly profile asked for a quarter adds up the quarter's months.
 *
 * <p>Arithmetic: shares that do not divide exactly (a third, a twelfth) are computed to 16
 * significant digits ({@link MathContext#DECIMAL64}). A period's own target is the difference of
 * the year-to-date targets at its end and at its start, so the period targets of a straight-line or
 * seasonal profile always add up to the annual target exactly.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class TargetProfile {

  /** The shape of a profile. */
  public enum Shape {
    /** The annual target applies unchanged to every period. */
    CONSTANT,
    /** The annual target is spread evenly over the months. */
    STRAIGHT_LINE,
    /** The annual target is spread in proportion to quarterly or monthly weights. */
    SEASONAL,
    /** The amount for each quarter or month is given explicitly. */
    CUMULATIVE
  }

  private static final TargetProfile CONSTANT =
      new TargetProfile(Shape.CONSTANT, ImmutableList.of());
  private static final TargetProfile STRAIGHT_LINE =
      new TargetProfile(Shape.STRAIGHT_LINE, ImmutableList.of());
  private static final BigDecimal THREE = BigDecimal.valueOf(3);

  private final Shape shape;
  private final ImmutableList<BigDecimal> values;

  private TargetProfile(Shape shape, ImmutableList<BigDecimal> values) {
    this.shape = shape;
    this.values = values;
  }

  /**
   * Returns the profile in which the annual target applies unchanged to every period.
   *
   * @return the constant profile
   */
  public static TargetProfile constant() {
    return CONSTANT;
  }

  /**
   * Returns the profile that spreads the annual target evenly over the months.
   *
   * @return the straight-line profile
   */
  public static TargetProfile straightLine() {
    return STRAIGHT_LINE;
  }

  /**
   * Returns a profile that spreads the annual target in proportion to weights. The weights are
   * relative: {@code 1, 2, 2, 1} and {@code 10, 20, 20, 10} are the same profile in effect, though
   * not equal as values.
   *
   * @param weights four quarterly weights (Q1 to Q4) or twelve monthly weights (April to March),
   *     none negative, not all zero
   * @return the seasonal profile
   * @throws IllegalArgumentException if there are not 4 or 12 weights, a weight is negative, or all
   *     are zero
   */
  public static TargetProfile seasonal(List<BigDecimal> weights) {
    ImmutableList<BigDecimal> w = checkValues(weights, "seasonal weights");
    for (int i = 0; i < w.size(); i++) {
      checkArgument(
          w.get(i).signum() >= 0,
          "seasonal weight %s of period %s is negative",
          w.get(i).toPlainString(),
          i + 1);
    }
    checkArgument(w.stream().anyMatch(x -> x.signum() > 0), "seasonal weights %s are all zero", w);
    return new TargetProfile(Shape.SEASONAL, w);
  }

  /**
   * Returns a profile that gives the target amount of each quarter or month explicitly.
   *
   * @param amounts four quarterly amounts (Q1 to Q4) or twelve monthly amounts (April to March), in
   *     the target's unit
   * @return the cumulative profile
   * @throws IllegalArgumentException if there are not 4 or 12 amounts
   */
  public static TargetProfile cumulative(List<BigDecimal> amounts) {
    return new TargetProfile(Shape.CUMULATIVE, checkValues(amounts, "cumulative amounts"));
  }

  private static ImmutableList<BigDecimal> checkValues(List<BigDecimal> values, String what) {
    Objects.requireNonNull(values, what);
    checkArgument(
        values.size() == 4 || values.size() == 12,
        "%s must be 4 (quarters) or 12 (months) values but are %s",
        what,
        values.size());
    return values.stream()
        .map(v -> Decimals.normalise(Objects.requireNonNull(v, what)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the shape of the profile.
   *
   * @return the shape
   */
  public Shape getShape() {
    return shape;
  }

  /**
   * Returns the weights of a seasonal profile or the amounts of a cumulative one, normalised.
   *
   * @return 4 or 12 values, an unmodifiable list; empty for the constant and straight-line profiles
   */
  public List<BigDecimal> getValues() {
    return values;
  }

  /**
   * Returns the periods the values are given for.
   *
   * @return {@link Frequency#QUARTERLY} for 4 values, {@link Frequency#MONTHLY} for 12; empty for
   *     the constant and straight-line profiles, which apply at any frequency
   */
  public Optional<Frequency> getFrequency() {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(values.size() == 4 ? Frequency.QUARTERLY : Frequency.MONTHLY);
  }

  /**
   * Returns the total of a cumulative profile's amounts: its year-to-date target at year end.
   *
   * @return the total, or empty unless the shape is {@link Shape#CUMULATIVE}
   */
  public Optional<BigDecimal> getTotal() {
    if (shape != Shape.CUMULATIVE) {
      return Optional.empty();
    }
    return Optional.of(
        Decimals.normalise(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
  }

  /**
   * Tells whether the profile spreads an annual amount over the year, so that period targets add up
   * to the annual target; only {@link Shape#CONSTANT} does not.
   *
   * @return {@code true} unless the shape is {@link Shape#CONSTANT}
   */
  public boolean isAdditive() {
    return shape != Shape.CONSTANT;
  }

  /**
   * Returns the year-to-date target after a number of months of the financial year.
   *
   * @param annual the annual target value (ignored by a cumulative profile)
   * @param months the months elapsed, 0 to 12
   * @return the year-to-date target; zero after no months, the annual target (or a cumulative
   *     profile's total) after twelve
   */
  BigDecimal yearToDate(BigDecimal annual, int months) {
    checkArgument(months >= 0 && months <= 12, "months %s is outside 0 to 12", months);
    switch (shape) {
      case CONSTANT:
        return annual;
      case STRAIGHT_LINE:
        return months == 12
            ? annual
            : share(annual, BigDecimal.valueOf(months), BigDecimal.valueOf(12));
      case SEASONAL:
        BigDecimal reached = thirdsReached(months);
        BigDecimal total = thirdsReached(12);
        return reached.compareTo(total) == 0 ? annual : share(annual, reached, total);
      default:
        return Decimals.normalise(thirdsReached(months).divide(THREE, MathContext.DECIMAL64));
    }
  }

  /**
   * Returns three times the sum of the values up to the end of a month, so that a quarterly value
   * is spread evenly over its months without division.
   */
  private BigDecimal thirdsReached(int months) {
    BigDecimal sum = BigDecimal.ZERO;
    if (values.size() == 12) {
      for (int i = 0; i < months; i++) {
        sum = sum.add(values.get(i));
      }
      return sum.multiply(THREE);
    }
    int fullQuarters = months / 3;
    for (int q = 0; q < fullQuarters; q++) {
      sum = sum.add(values.get(q));
    }
    sum = sum.multiply(THREE);
    int extraMonths = months % 3;
    if (extraMonths > 0) {
      sum = sum.add(values.get(fullQuarters).multiply(BigDecimal.valueOf(extraMonths)));
    }
    return sum;
  }

  private static BigDecimal share(BigDecimal annual, BigDecimal part, BigDecimal whole) {
    return Decimals.normalise(annual.multiply(part).divide(whole, MathContext.DECIMAL64));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof TargetProfile)) {
      return false;
    }
    TargetProfile other = (TargetProfile) obj;
    return shape == other.shape && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(shape, values);
  }

  /**
   * Returns a description such as {@code STRAIGHT_LINE} or {@code SEASONAL[1, 2, 2, 1]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    if (values.isEmpty()) {
      return shape.name();
    }
    return values.stream()
        .map(BigDecimal::toPlainString)
        .collect(Collectors.joining(", ", shape.name() + "[", "]"));
  }
}
