package dev.yardstick.indicators.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A PAF band as published, with the side of a two-sided ("best in the middle") banding: {@code 5},
 * {@code 3} or {@code 2H} (too high) and {@code 4L} (too low).
 *
 * <p>Department of Health bandings before 2001-02 penalised some indicators for being too high or
 * too low with bands 2H, 3H, 4H and 2L, 3L, 4L (domain reference 2.2). Band 5 has no side.
 *
 * <p>The text form, accepted by {@link #parse(CharSequence)}, is the band number followed by {@code
 * H} or {@code L} for a side.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class BandCode implements Comparable<BandCode>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The side of a two-sided band. */
  public enum Side {
    /** The value is too low. */
    LOW,
    /** The value is too high. */
    HIGH
  }

  /** The band, 1 to 5. */
  private final PafBand band;

  /** The side of a band of a two-sided banding; null for a one-sided banding. */
  private final @Nullable Side side;

  private BandCode(PafBand band, @Nullable Side side) {
    this.band = band;
    this.side = side;
  }

  /**
   * Checks a deserialised band code by the rules of the factories, so that a stream cannot make one
   * that they would reject.
   *
   * @return the band code, checked
   * @throws InvalidObjectException if the stream holds no band, or a side on band 5
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      return side == null ? of(band) : of(band, side);
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("deserialised band code is invalid: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  /**
   * Returns a band of a one-sided banding.
   *
   * @param band the band
   * @return the band code
   */
  public static BandCode of(PafBand band) {
    return new BandCode(Objects.requireNonNull(band, "band"), null);
  }

  /**
   * Returns a band of a two-sided banding on the given side.
   *
   * @param band the band, not {@link PafBand#VERY_GOOD}
   * @param side the side
   * @return the band code
   * @throws IllegalArgumentException if the band is very good, which has no side
   */
  public static BandCode of(PafBand band, Side side) {
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(side, "side");
    checkArgument(band != PafBand.VERY_GOOD, "band 5 (very good) has no side, not %s", side);
    return new BandCode(band, side);
  }

  /**
   * Parses the text form, such as {@code 5}, {@code 2H} or {@code 4L}.
   *
   * @param text the text
   * @return the band code
   * @throws IllegalArgumentException if the text is not a band number 1 to 5 with an optional
   *     {@code H} or {@code L} (not after 5)
   */
  public static BandCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String t = text.toString().strip();
    checkArgument(
        t.matches("[1-5][HL]?"), "band code '%s' is not a number 1 to 5 with optional H or L", t);
    PafBand band = PafBand.of(t.charAt(0) - '0');
    if (t.length() == 1) {
      return of(band);
    }
    return of(band, t.charAt(1) == 'H' ? Side.HIGH : Side.LOW);
  }

  /**
   * Returns the band.
   *
   * @return the band
   */
  public PafBand getBand() {
    return band;
  }

  /**
   * Returns the side of a two-sided band.
   *
   * @return the side, or empty for a one-sided band or band 5
   */
  public Optional<Side> getSide() {
    return Optional.ofNullable(side);
  }

  /**
   * Orders by band number (worse first), then no side, low, high.
   *
   * @param other another band code
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(BandCode other) {
    int c = band.compareTo(other.band);
    if (c != 0) {
      return c;
    }
    int a = side == null ? -1 : side.ordinal();
    int b = other.side == null ? -1 : other.side.ordinal();
    return Integer.compare(a, b);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof BandCode)) {
      return false;
    }
    BandCode other = (BandCode) obj;
    return band == other.band && side == other.side;
  }

  @Override
  public int hashCode() {
    return Objects.hash(band, side);
  }

  /**
   * Returns the text form, such as {@code 5} or {@code 2H}.
   *
   * @return the text form that {@link #parse(CharSequence)} accepts
   */
  @Override
  public String toString() {
    return band.getNumber() + (side == null ? "" : side == Side.HIGH ? "H" : "L");
  }
}
