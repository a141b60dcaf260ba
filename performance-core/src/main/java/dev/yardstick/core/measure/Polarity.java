package dev.yardstick.core.measure;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which way is good for an indicator: the sign that every verdict (variance, RAG, direction of
 * travel, SPC icon, band and rank) takes from the indicator definition.
 *
 * <p>There are four kinds (domain reference section 5.2):
 *
 * <ul>
 *   <li>{@link #HIGHER_IS_BETTER}, for example ASCOF 2B, the proportion of older people still at home
 *       91 days after discharge;
 *   <li>{@link #LOWER_IS_BETTER}, for example PAF A1, the percentage of looked-after children with
 *       three or more placements in the year;
 *   <li>{@link #withinRange(BigDecimal, BigDecimal) best within a range}, for example re-registrations
 *       on the child protection register, best at 10 to 15%: values inside the closed range are
 *       equally good and a value is worse the further it lies outside;
 *   <li>{@link #NONE}: a context indicator, which is reported but never called better or worse.
 * </ul>
 *
 * <p>The text form, accepted by {@link #parse(String)}, is {@code HIGHER_IS_BETTER}, {@code
 * LOWER_IS_BETTER}, {@code NONE}, or {@code WITHIN_RANGE[10,15]}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class Polarity implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The kind of a polarity. */
  public enum Kind {
    /** A higher value is better. */
    HIGHER_IS_BETTER,
    /** A lower value is better. */
    LOWER_IS_BETTER,
    /** Values inside a closed range are best; further outside is worse. */
    WITHIN_RANGE,
    /** No value is better than another: a context indicator. */
    NONE
  }

  /** A higher value is better. */
  public static final Polarity HIGHER_IS_BETTER = new Polarity(Kind.HIGHER_IS_BETTER, null, null);

  /** A lower value is better. */
  public static final Polarity LOWER_IS_BETTER = new Polarity(Kind.LOWER_IS_BETTER, null, null);

  /** No polarity: a context indicator that is never rated better or worse. */
  public static final Polarity NONE = new Polarity(Kind.NONE, null, null);

  /** The kind of polarity. */
  private final Kind kind;

  /** The lowest best value of a {@link Kind#WITHIN_RANGE} polarity; null for the others. */
  private final @Nullable BigDecimal lower;

  /** The highest best value of a {@link Kind#WITHIN_RANGE} polarity; null for the others. */
  private final @Nullable BigDecimal upper;

  private Polarity(Kind kind, @Nullable BigDecimal lower, @Nullable BigDecimal upper) {
    this.kind = kind;
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Checks a deserialised polarity by the rules of the factories, so that a stream cannot make one
   * that they would reject.
   *
   * @return the polarity, checked, one of the constants where there is one
   * @throws InvalidObjectException if the stream holds a range whose lower bound is above its upper
   *     bound, or bounds on a polarity of another kind
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      if (kind == Kind.WITHIN_RANGE) {
        return withinRange(
            Objects.requireNonNull(lower, "lower"), Objects.requireNonNull(upper, "upper"));
      }
      if (lower != null || upper != null) {
        throw new IllegalArgumentException("polarity " + kind + " has no range");
      }
      switch (kind) {
        case HIGHER_IS_BETTER:
          return HIGHER_IS_BETTER;
        case LOWER_IS_BETTER:
          return LOWER_IS_BETTER;
        default:
          return NONE;
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("deserialised polarity is invalid: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  /**
   * Returns the polarity of an indicator that is best inside the closed range {@code [lower,
   * upper]}, in the indicator's own unit.
   *
   * @param lower the lowest best value, inclusive
   * @param upper the highest best value, inclusive
   * @return the polarity
   * @throws IllegalArgumentException if {@code lower} is greater than {@code upper}
   */
  public static Polarity withinRange(BigDecimal lower, BigDecimal upper) {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    checkArgument(
        lower.compareTo(upper) <= 0,
        "polarity range lower bound %s is greater than its upper bound %s",
        lower.toPlainString(),
        upper.toPlainString());
    return new Polarity(Kind.WITHIN_RANGE, Decimals.normalise(lower), Decimals.normalise(upper));
  }

  /**
   * Parses the text form written by {@link #toString()}.
   *
   * @param text {@code HIGHER_IS_BETTER}, {@code LOWER_IS_BETTER}, {@code NONE} or {@code
   *     WITHIN_RANGE[lower,upper]}
   * @return the polarity
   * @throws IllegalArgumentException if the text is not one of those forms
   */
  public static Polarity parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    switch (t) {
      case "HIGHER_IS_BETTER":
        return HIGHER_IS_BETTER;
      case "LOWER_IS_BETTER":
        return LOWER_IS_BETTER;
      case "NONE":
        return NONE;
      default:
        break;
    }
    String prefix = "WITHIN_RANGE[";
    if (t.startsWith(prefix) && t.endsWith("]")) {
      String[] parts = t.substring(prefix.length(), t.length() - 1).split(",", -1);
      if (parts.length == 2) {
        try {
          return withinRange(new BigDecimal(parts[0].strip()), new BigDecimal(parts[1].strip()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "polarity '" + text + "' has a range bound that is not a number", e);
        }
      }
    }
    throw new IllegalArgumentException(
        "polarity '"
            + text
            + "' is not HIGHER_IS_BETTER, LOWER_IS_BETTER, NONE or WITHIN_RANGE[lower,upper]");
  }

  /**
   * Returns the kind of this polarity.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the lowest best value of a {@link Kind#WITHIN_RANGE} polarity.
   *
   * @return the inclusive lower bound, or empty for other kinds
   */
  public Optional<BigDecimal> getRangeLower() {
    return Optional.ofNullable(lower);
  }

  /**
   * Returns the highest best value of a {@link Kind#WITHIN_RANGE} polarity.
   *
   * @return the inclusive upper bound, or empty for other kinds
   */
  public Optional<BigDecimal> getRangeUpper() {
    return Optional.ofNullable(upper);
  }

  /**
   * Tells whether values can be called better or worse, that is whether this is not {@link #NONE}.
   *
   * @return {@code true} unless the kind is {@link Kind#NONE}
   */
  public boolean hasDirection() {
    return kind != Kind.NONE;
  }

  /**
   * Compares two values of the indicator by how good they are.
   *
   * <p>For a range polarity a value inside the range is best and equally good as any other inside
   * it; outside, the one nearer the range is better.
   *
   * @param a a value in the indicator's unit
   * @param b another value in the same unit
   * @return a positive number if {@code a} is better than {@code b}, negative if worse, zero if
   *     equally good
   * @throws IllegalStateException if this polarity is {@link #NONE}, which has no better or worse
   */
  public int compareGoodness(BigDecimal a, BigDecimal b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    switch (kind) {
      case HIGHER_IS_BETTER:
        return Integer.signum(a.compareTo(b));
      case LOWER_IS_BETTER:
        return Integer.signum(b.compareTo(a));
      case WITHIN_RANGE:
        return Integer.signum(distanceFromRange(b).compareTo(distanceFromRange(a)));
      default:
        throw new IllegalStateException("an indicator with no polarity has no better or worse");
    }
  }

  /**
   * Returns how far a value lies outside the best range of a {@link Kind#WITHIN_RANGE} polarity.
   *
   * @param value a value in the indicator's unit
   * @return zero inside the range, otherwise the distance to the nearer bound
   * @throws IllegalStateException if this polarity is not a range
   */
  public BigDecimal distanceFromRange(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (lower == null || upper == null) {
      throw new IllegalStateException("polarity " + this + " has no best range");
    }
    if (value.compareTo(lower) < 0) {
      return lower.subtract(value);
    }
    if (value.compareTo(upper) > 0) {
      return value.subtract(upper);
    }
    return BigDecimal.ZERO;
  }

  /**
   * Returns the opposite polarity: higher and lower are swapped; a range and {@link #NONE} are
   * returned unchanged. Flipping the polarity and mirroring the data swaps every verdict.
   *
   * @return the flipped polarity
   */
  public Polarity flip() {
    switch (kind) {
      case HIGHER_IS_BETTER:
        return LOWER_IS_BETTER;
      case LOWER_IS_BETTER:
        return HIGHER_IS_BETTER;
      default:
        return this;
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Polarity)) {
      return false;
    }
    Polarity other = (Polarity) obj;
    return kind == other.kind
        && Objects.equals(lower, other.lower)
        && Objects.equals(upper, other.upper);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, lower, upper);
  }

  /**
   * Returns the text form that {@link #parse(String)} accepts, such as {@code LOWER_IS_BETTER} or
   * {@code WITHIN_RANGE[10,15]}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    if (kind == Kind.WITHIN_RANGE) {
      return "WITHIN_RANGE["
          + Objects.requireNonNull(lower).toPlainString()
          + ","
          + Objects.requireNonNull(upper).toPlainString()
          + "]";
    }
    return kind.name();
  }
}
