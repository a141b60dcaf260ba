package dev.yardstick.core.measure;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The unit in which an indicator's value is expressed, with the multiplier that turns a raw ratio
 * of numerator to denominator into the published figure.
 *
 * <p>Indicators store their numerator, denominator and multiplier and derive the value, so that a
 * revised denominator (a new population estimate, say) can be recomputed. The units are:
 *
 * <ul>
 *   <li>{@link #PERCENTAGE}: a proportion times 100. PAF A1, the percentage of looked-after
 *       children with three or more placements in the year, is a percentage of the looked-after
 *       children; its multiplier is always 100.
 *   <li>{@linkplain #rate(long) a rate per multiplier}: events or people per 100, 1,000, 10,000 or
 *       100,000 of a population. ASCOF 2A, permanent admissions to residential and nursing care
 *       homes, is a rate per 100,000 of the population of the age group; rates of children in need
 *       or looked after are usually per 10,000 children.
 *   <li>{@link #RATIO}: a plain ratio, multiplier 1, for example a proportion shown as 0.85.
 *   <li>{@link #COUNT}: a number of people, events or items, multiplier 1.
 *   <li>{@link #POUNDS}: money in pounds sterling, for example a unit cost per week.
 *   <li>{@link #DAYS}: a duration in days, for example the average days from referral to
 *       assessment.
 *   <li>{@link #SCORE}: a score on a scale, for example a survey score or a judgement scored 1 to
 *       4.
 * </ul>
 *
 * <p>The text form, written by {@link #toString()} and read by {@link #parse(String)}, is one of
 * {@code percentage}, {@code rate per 100000} (any allowed multiplier), {@code ratio}, {@code
 * count}, {@code pounds}, {@code days} or {@code score}.
 *
 * <p>Two units are equal when they have the same kind and multiplier: a rate per 1,000 and a rate
 * per 100,000 are different units, and figures in them are not comparable.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class Unit implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The smallest multiplier of a {@linkplain #rate(long) rate}: 10. */
  public static final long MIN_RATE_MULTIPLIER = 10L;

  /** The largest multiplier of a {@linkplain #rate(long) rate}: 1,000,000,000. */
  public static final long MAX_RATE_MULTIPLIER = 1_000_000_000L;

  /** The kind of a unit. */
  public enum Kind {
    /** A proportion times 100; the multiplier is always 100. */
    PERCENTAGE,
    /** A rate per a power of ten (per 1,000 or per 100,000 population, say). */
    RATE,
    /** A plain ratio of numerator to denominator, multiplier 1. */
    RATIO,
    /** A number of people, events or items, multiplier 1. */
    COUNT,
    /** Money in pounds sterling, multiplier 1. */
    POUNDS,
    /** A duration in days, multiplier 1. */
    DAYS,
    /** A score on a scale, multiplier 1. */
    SCORE
  }

  /** A percentage: a proportion times 100 (PAF A1, for example). */
  public static final Unit PERCENTAGE = new Unit(Kind.PERCENTAGE, 100L);

  /** A rate per 100 of a population (which is not a percentage of it: see {@link Kind#RATE}). */
  public static final Unit PER_100 = new Unit(Kind.RATE, 100L);

  /** A rate per 1,000 of a population. */
  public static final Unit PER_1_000 = new Unit(Kind.RATE, 1_000L);

  /** A rate per 10,000 of a population, usual for rates of children such as children in need. */
  public static final Unit PER_10_000 = new Unit(Kind.RATE, 10_000L);

  /** A rate per 100,000 of a population, for example ASCOF 2A admissions to care homes. */
  public static final Unit PER_100_000 = new Unit(Kind.RATE, 100_000L);

  /** A plain ratio, multiplier 1. */
  public static final Unit RATIO = new Unit(Kind.RATIO, 1L);

  /** A count of people, events or items. */
  public static final Unit COUNT = new Unit(Kind.COUNT, 1L);

  /** Money in pounds sterling. */
  public static final Unit POUNDS = new Unit(Kind.POUNDS, 1L);

  /** A duration in days. */
  public static final Unit DAYS = new Unit(Kind.DAYS, 1L);

  /** A score on a scale. */
  public static final Unit SCORE = new Unit(Kind.SCORE, 1L);

  private static final String RATE_PREFIX = "rate per ";

  /** The kind of unit. */
  private final Kind kind;

  /** The multiplier: 100 for a percentage, the population size of a rate, else 1. */
  private final long multiplier;

  private Unit(Kind kind, long multiplier) {
    this.kind = kind;
    this.multiplier = multiplier;
  }

  /**
   * Checks a deserialised unit by the rules of the factories, so that a stream cannot make one
   * that they would reject.
   *
   * @return the unit, checked, one of the constants where there is one
   * @throws InvalidObjectException if the stream holds a rate whose multiplier is not a power of
   *     ten from 10 to 1,000,000,000, or another kind with a multiplier other than its own
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      Unit unit = kind == Kind.RATE ? rate(multiplier) : of(kind);
      if (unit.multiplier != multiplier) {
        throw new IllegalArgumentException(
            "unit kind " + kind + " has multiplier " + unit.multiplier + ", not " + multiplier);
      }
      return unit;
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("deserialised unit is invalid: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  /**
   * Returns the unit of a rate per {@code multiplier} of a population.
   *
   * <p>The usual multipliers are 100, 1,000, 10,000 and 100,000; any power of ten from {@value
   * #MIN_RATE_MULTIPLIER} to {@value #MAX_RATE_MULTIPLIER} is allowed. A rate per 1 is a {@link
   * #RATIO}, and a rate per 100 is not a {@link #PERCENTAGE}: a percentage counts a part of its
   * denominator (children who moved three times, of all looked-after children), while a rate per
   * 100 may count events that are not members of the population at all.
   *
   * @param multiplier the population size the rate is expressed per, such as {@code 100_000}
   * @return the unit
   * @throws IllegalArgumentException if {@code multiplier} is zero or negative, or is not a power
   *     of ten in the allowed range; the message names the value
   */
  public static Unit rate(long multiplier) {
    checkArgument(multiplier > 0, "rate multiplier %s must be positive", multiplier);
    checkArgument(
        multiplier >= MIN_RATE_MULTIPLIER
            && multiplier <= MAX_RATE_MULTIPLIER
            && isPowerOfTen(multiplier),
        "rate multiplier %s is not a power of ten from %s to %s",
        multiplier,
        MIN_RATE_MULTIPLIER,
        MAX_RATE_MULTIPLIER);
    for (Unit constant : new Unit[] {PER_100, PER_1_000, PER_10_000, PER_100_000}) {
      if (constant.multiplier == multiplier) {
        return constant;
      }
    }
    return new Unit(Kind.RATE, multiplier);
  }

  /**
   * Returns the unit of a kind that has a fixed multiplier: every kind but {@link Kind#RATE}.
   *
   * @param kind the kind
   * @return the unit, for example {@link #PERCENTAGE} for {@link Kind#PERCENTAGE}
   * @throws IllegalArgumentException if {@code kind} is {@link Kind#RATE}, which needs a multiplier
   *     (use {@link #rate(long)})
   */
  public static Unit of(Kind kind) {
    Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case PERCENTAGE:
        return PERCENTAGE;
      case RATIO:
        return RATIO;
      case COUNT:
        return COUNT;
      case POUNDS:
        return POUNDS;
      case DAYS:
        return DAYS;
      case SCORE:
        return SCORE;
      default:
        throw new IllegalArgumentException(
            "unit kind " + kind + " needs a multiplier; use Unit.rate(multiplier)");
    }
  }

  /**
   * Parses the text form written by {@link #toString()}.
   *
   * <p>Case and surrounding white space are ignored, and the multiplier of a rate may be written
   * with thousands separators, so {@code "Rate per 100,000"} is read as {@link #PER_100_000}.
   *
   * @param text {@code percentage}, {@code rate per <multiplier>}, {@code ratio}, {@code count},
   *     {@code pounds}, {@code days} or {@code score}
   * @return the unit
   * @throws IllegalArgumentException if the text is none of those forms, or names a multiplier that
   *     {@link #rate(long)} rejects; the message quotes the text
   */
  public static Unit parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith(RATE_PREFIX)) {
      String digits = t.substring(RATE_PREFIX.length()).replace(",", "");
      if (!digits.isEmpty() && digits.length() <= 18 && digits.chars().allMatch(Unit::isDigit)) {
        try {
          return rate(Long.parseLong(digits));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "unit '" + text + "' has a bad multiplier: " + e.getMessage(), e);
        }
      }
      throw new IllegalArgumentException(
          "unit '" + text + "' does not give its multiplier as a whole number");
    }
    for (Kind kind : Kind.values()) {
      if (kind != Kind.RATE && kind.name().toLowerCase(Locale.ROOT).equals(t)) {
        return of(kind);
      }
    }
    throw new IllegalArgumentException(
        "unit '"
            + text
            + "' is not one of percentage, rate per <multiplier>, ratio, count, pounds, days,"
            + " score");
  }

  /**
   * Returns the kind of this unit.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the number that a ratio of numerator to denominator is multiplied by to give a figure
   * in this unit: 100 for a percentage, the population size for a rate, 1 otherwise.
   *
   * @return the multiplier, at least 1
   */
  public long getMultiplier() {
    return multiplier;
  }

  private static boolean isPowerOfTen(long value) {
    long v = value;
    while (v % 10 == 0) {
      v /= 10;
    }
    return v == 1;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Unit)) {
      return false;
    }
    Unit other = (Unit) obj;
    return kind == other.kind && multiplier == other.multiplier;
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + Long.hashCode(multiplier);
  }

  /**
   * Returns the text form that {@link #parse(String)} accepts, such as {@code percentage} or {@code
   * rate per 100000}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    if (kind == Kind.RATE) {
      return RATE_PREFIX + multiplier;
    }
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
