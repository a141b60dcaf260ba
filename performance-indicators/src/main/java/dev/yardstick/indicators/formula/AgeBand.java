package dev.yardstick.indicators.formula;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A band of ages in whole years, both ends included, such as {@code 18-64}, or open above, such as
 * {@code 65+}.
 *
 * <p>Ages are completed years on a reference date ({@link #ageOn(LocalDate, LocalDate)}): a person
 * is 65 from their 65th birthday, so a birthday on the reference date counts. Bands order by their
 * lower bound, then by upper bound with an open band last.
 *
 * <pre>{@code
 * AgeBand older = AgeBand.atLeast(65);              // "65+"
 * AgeBand working = AgeBand.parse("18-64");
 * older.contains(AgeBand.ageOn(birthDate, period.getEnd()));
 * }</pre>
 *
 * <p>A band is {@link Serializable}, so that a formula with an age band can be shipped to the
 * workers of a cluster engine.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AgeBand implements Comparable<AgeBand>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The greatest age a band may name; ages above it are possible only in an open band. */
  public static final int MAX_AGE = 150;

  /** The lowest age in the band, from 0 to {@link #MAX_AGE}. */
  private final int min;

  /** The highest age in the band; {@link Integer#MAX_VALUE} for a band open above. */
  private final int max;

  private AgeBand(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /**
   * Checks a deserialised age band by the rules of the factories, so that a stream cannot make one
   * that they would reject.
   *
   * @return the age band, checked
   * @throws InvalidObjectException if the stream holds an age out of range or an upper age below
   *     the lower
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      return max == Integer.MAX_VALUE ? atLeast(min) : of(min, max);
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("deserialised age band is invalid: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  /**
   * Returns the band from one age to another, both included.
   *
   * @param min the lowest age in the band, from 0 to {@link #MAX_AGE}
   * @param max the highest age in the band, from {@code min} to {@link #MAX_AGE}
   * @return the band
   * @throws IllegalArgumentException if an age is out of range or {@code max} is below {@code
   *     min}; the message names the ages
   */
  public static AgeBand of(int min, int max) {
    checkArgument(min >= 0 && min <= MAX_AGE, "age band lower age %s is not in 0..%s", min, MAX_AGE);
    checkArgument(
        max >= min && max <= MAX_AGE,
        "age band upper age %s is not in %s..%s (the lower age to %s)",
        max,
        min,
        MAX_AGE,
        MAX_AGE);
    return new AgeBand(min, max);
  }

  /**
   * Returns the band of all ages from one age up, such as {@code 65+}.
   *
   * @param min the lowest age in the band, from 0 to {@link #MAX_AGE}
   * @return the open band
   * @throws IllegalArgumentException if the age is out of range; the message names it
   */
  public static AgeBand atLeast(int min) {
    checkArgument(min >= 0 && min <= MAX_AGE, "age band lower age %s is not in 0..%s", min, MAX_AGE);
    return new AgeBand(min, Integer.MAX_VALUE);
  }

  /**
   * Parses the text form written by {@link #toString()}: {@code 18-64} or {@code 65+}.
   *
   * @param text the text
   * @return the band
   * @throws IllegalArgumentException if the text is not of either form or names an invalid band;
   *     the message quotes it
   */
  public static AgeBand parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    try {
      if (s.endsWith("+")) {
        return atLeast(Integer.parseInt(s.substring(0, s.length() - 1)));
      }
      int dash = s.indexOf('-');
      if (dash > 0) {
        return of(Integer.parseInt(s.substring(0, dash)), Integer.parseInt(s.substring(dash + 1)));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "age band '" + s + "' is not a valid band: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("age band '" + s + "' is not of the form 18-64 or 65+");
  }

  /**
   * Returns a person's age in completed years on a date: the number of birthdays they have had up
   * to and including that date.
   *
   * <p>A birthday on the date counts. A person born on 29 February has a birthday on 1 March in
   * years that are not leap years (they are 18 on 1 March, not on 28 February), as in the law of
   * England and Wales. This is {@code ChronoUnit.YEARS.between(birthDate, date)}, not the ASCOF
   * client-level data's approximation of whole days divided by 365.25, which can be a day out
   * near a birthday.
   *
   * @param birthDate the date of birth
   * @param date the reference date, such as the period end or the date of referral
   * @return the age in whole years; negative (-1 for a birth up to a year after) if the birth date
   *     is after the reference date, which a formula treats as bad input
   */
  public static int ageOn(LocalDate birthDate, LocalDate date) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(date, "date");
    if (date.isBefore(birthDate)) {
      return (int) (-1 - ChronoUnit.YEARS.between(date, birthDate));
    }
    return (int) ChronoUnit.YEARS.between(birthDate, date);
  }

  /**
   * Returns the lowest age in the band.
   *
   * @return the lower age, at least 0
   */
  public int getMin() {
    return min;
  }

  /**
   * Returns the highest age in the band.
   *
   * @return the upper age; empty for an open band such as {@code 65+}
   */
  public OptionalInt getMax() {
    return max == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(max);
  }

  /**
   * Tells whether an age is in the band.
   *
   * @param age an age in completed years
   * @return whether {@code min <= age <= max}
   */
  public boolean contains(int age) {
    return age >= min && age <= max;
  }

  /**
   * Tells whether two bands share an age.
   *
   * @param other another band
   * @return whether some age is in both
   */
  public boolean overlaps(AgeBand other) {
    Objects.requireNonNull(other, "other");
    return min <= other.max && other.min <= max;
  }

  /**
   * Orders by lower age, then by upper age with an open band last.
   *
   * @param other another band
   * @return negative, zero or positive as this band comes before, with or after the other
   */
  @Override
  public int compareTo(AgeBand other) {
    int byMin = Integer.compare(min, other.min);
    return byMin != 0 ? byMin : Integer.compare(max, other.max);
  }

  /**
   * Tells whether another object is the same band.
   *
   * @param obj another object
   * @return whether it is an age band with the same ages
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof AgeBand && ((AgeBand) obj).min == min && ((AgeBand) obj).max == max;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * min + max;
  }

  /**
   * Returns the text form that {@link #parse(CharSequence)} reads: {@code 18-64} or {@code 65+}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return max == Integer.MAX_VALUE ? min + "+" : min + "-" + max;
  }
}
