package dev.yardstick.core.measure;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An exact numerator and denominator of counts, from which a percentage or rate is derived.
 *
 * <p>PAF A1 is a ratio of looked-after children with three or more placements in the year (the
 * numerator) to all looked-after children at 31 March (the denominator), shown as a percentage;
 * ASCOF 2A is a ratio of permanent admissions to residential and nursing care homes to the
 * population of the age group, shown per 100,000. Keeping the two counts, rather than only the
 * figure, lets a ratio be recomputed when a denominator is revised and rolled up over periods or
 * organisations by {@link #plus(Ratio)}.
 *
 * <p>Two ratios are equal when their numerators and their denominators are equal: 1/2 and 2/4 have
 * the same value but are different ratios, because they count different numbers of people.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>A zero denominator (no one in the population, such as no looked-after children) has no
 *       value: {@link #getValue(Unit, RoundingPolicy)} returns an empty {@link Optional}, never
 *       zero, infinity or NaN.
 *   <li>{@link #EMPTY}, 0/0, is the identity of {@link #plus(Ratio)}.
 *   <li>A numerator may exceed its denominator (a rate of events per person can exceed 1); {@link
 *       #isProportion()} tells whether it does not.
 * </ul>
 *
 * <p>The text form, written by {@link #toString()} and read by {@link #parse(String)}, is {@code
 * numerator/denominator}, such as {@code 12/80}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class Ratio {

  /** No cases: numerator 0 and denominator 0, the identity of {@link #plus(Ratio)}. */
  public static final Ratio EMPTY = new Ratio(0L, 0L);

  private final long numerator;
  private final long denominator;

  private Ratio(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the ratio of two counts.
   *
   * @param numerator the count of the numerator, such as children with three or more placements
   * @param denominator the count of the denominator, such as all looked-after children
   * @return the ratio
   * @throws IllegalArgumentException if either count is negative; the message names it
   */
  public static Ratio of(long numerator, long denominator) {
    checkArgument(numerator >= 0, "ratio numerator %s is negative", numerator);
    checkArgument(denominator >= 0, "ratio denominator %s is negative", denominator);
    if (numerator == 0 && denominator == 0) {
      return EMPTY;
    }
    return new Ratio(numerator, denominator);
  }

  /**
   * Parses the text form written by {@link #toString()}, such as {@code 12/80}.
   *
   * @param text two non-negative whole numbers separated by {@code /}; white space around either is
   *     ignored
   * @return the ratio
   * @throws IllegalArgumentException if the text is not of that form; the message quotes it
   */
  public static Ratio parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    if (slash >= 0) {
      try {
        return of(
            Long.parseLong(text.substring(0, slash).strip()),
            Long.parseLong(text.substring(slash + 1).strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "ratio '" + text + "' is not two non-negative whole numbers: " + e.getMessage(), e);
      }
    }
    throw new IllegalArgumentException(
        "ratio '" + text + "' is not of the form numerator/denominator");
  }

  /**
   * Returns the count of the numerator.
   *
   * @return the numerator, at least zero
   */
  public long getNumerator() {
    return numerator;
  }

  /**
   * Returns the count of the denominator.
   *
   * @return the denominator, at least zero
   */
  public long getDenominator() {
    return denominator;
  }

  /**
   * Tells whether this ratio has a value, that is whether its denominator is not zero.
   *
   * @return {@code true} if the denominator is positive
   */
  public boolean hasValue() {
    return denominator != 0;
  }

  /**
   * Tells whether the numerator is a part of the denominator, that is no greater than it, as it
   * must be for a percentage of a population.
   *
   * @return {@code true} if the numerator is at most the denominator (so 0/0 is a proportion)
   */
  public boolean isProportion() {
    return numerator <= denominator;
  }

  /**
   * Returns the figure in a unit, rounded by a policy: numerator times the unit's multiplier over
   * denominator, rounded once from the exact quotient (so there is no double rounding), in normal
   * form.
   *
   * <p>For example 12/80 as a {@link Unit#PERCENTAGE} to {@link RoundingPolicy#ONE_DECIMAL_PLACE}
   * is 15; 37/153,000 {@linkplain Unit#PER_100_000 per 100,000} to one place is 24.2.
   *
   * @param unit the unit, whose multiplier scales the ratio
   * @param rounding the indicator's rounding policy
   * @return the rounded figure, or empty if the denominator is zero
   */
  public Optional<BigDecimal> getValue(Unit unit, RoundingPolicy rounding) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(rounding, "rounding");
    if (denominator == 0) {
      return Optional.empty();
    }
    BigDecimal scaled =
        BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(unit.getMultiplier()));
    return Optional.of(
        Decimals.normalise(
            scaled.divide(
                BigDecimal.valueOf(denominator), rounding.getScale(), rounding.getRoundingMode())));
  }

  /**
   * Returns the figure in a unit before the indicator's rounding, to the precision of a {@link
   * MathContext}, in normal form; for statistics and tests that need more places than are
   * published.
   *
   * @param unit the unit, whose multiplier scales the ratio
   * @param context the precision and rounding of the division; {@link MathContext#UNLIMITED} works
   *     only when the quotient terminates (12/80, but not 1/3)
   * @return the figure, or empty if the denominator is zero
   * @throws ArithmeticException if {@code context} is unlimited and the quotient does not terminate
   */
  public Optional<BigDecimal> getUnroundedValue(Unit unit, MathContext context) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(context, "context");
    if (denominator == 0) {
      return Optional.empty();
    }
    BigDecimal scaled =
        BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(unit.getMultiplier()));
    return Optional.of(Decimals.normalise(scaled.divide(BigDecimal.valueOf(denominator), context)));
  }

  /**
   * Returns the ratio of the summed numerators and summed denominators: how a ratio is rolled up
   * over periods (quarters into a year) or organisations (councils into a region). This is
   * associative and commutative, with {@link #EMPTY} as identity.
   *
   * @param other the ratio to add
   * @return the roll-up of the two
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public Ratio plus(Ratio other) {
    Objects.requireNonNull(other, "other");
    return of(
        Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Ratio)) {
      return false;
    }
    Ratio other = (Ratio) obj;
    return numerator == other.numerator && denominator == other.denominator;
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(numerator) + Long.hashCode(denominator);
  }

  /**
   * Returns the text form that {@link #parse(String)} accepts, such as {@code 12/80}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
