package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The code of a performance indicator, by which targets, standards, objectives, outcomes, actions
 * and contracts link to the indicator's definition: for example {@code A1} and {@code C28} (PAF),
 * {@code ASCOF 2B} or {@code ASCOF 2A(2)} (Adult Social Care Outcomes Framework), {@code NI 62}
 * (the former National Indicator set), or a council's own {@code LOCAL 7}.
 *
 * <p>The indicator definitions themselves (name, formula, unit, polarity, banding, effective dates,
 * aliases for renumbered codes) live in the {@code performance-indicators} module; the framework
 * holds only the code, so it never depends on a catalogue. A {@link PerformanceFramework} therefore
 * cannot tell whether a code is defined; a catalogue checks that.
 *
 * <p>A code has 1 to 32 characters: ASCII letters and digits, single spaces between words, and the
 * punctuation {@code ( ) . - / _}; it starts with a letter or digit. Letter case matters and is
 * kept as given ({@code ASCOF 2B} is not {@code ascof 2b}). {@link #toString()} returns the code
 * and {@link #parse(String)} reads it back. Codes sort in natural order, numbers by their value, so
 * {@code A2} sorts before {@code A10} and {@code C28} before {@code C32}.
 *
 * <pre>{@code
 * IndicatorCode code = IndicatorCode.parse("ASCOF 2B");
 * assert code.toString().equals("ASCOF 2B");
 * assert IndicatorCode.of("A2").compareTo(IndicatorCode.of("A10")) < 0;
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class IndicatorCode implements Comparable<IndicatorCode>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest code accepted, in characters. */
  public static final int MAX_LENGTH = 32;

  /** The code's text, as {@link #of(String)} accepts it. */
  private final String code;

  private IndicatorCode(String code) {
    this.code = code;
  }

  /**
   * Checks a deserialised indicator code by the rules of the factories, so that a stream
   * cannot make one that they would reject.
   *
   * @return the indicator code, checked
   * @throws InvalidObjectException if the stream holds a code that {@link #of(String)} would reject
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      return of(code);
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("deserialised indicator code is invalid: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  /**
   * Returns the indicator code with the given text.
   *
   * @param code the code, such as {@code "C28"} or {@code "ASCOF 2B"}
   * @return the indicator code
   * @throws IllegalArgumentException if the code is empty, longer than {@value #MAX_LENGTH}
   *     characters, does not start with a letter or digit, holds a character other than ASCII
   *     letters, digits, single spaces and {@code ( ) . - / _}, or ends with a space
   */
  public static IndicatorCode of(String code) {
    Objects.requireNonNull(code, "code");
    checkArgument(
        !code.isEmpty() && code.length() <= MAX_LENGTH,
        "indicator code '%s' must have 1 to %s characters",
        code,
        MAX_LENGTH);
    checkArgument(
        isAsciiLetterOrDigit(code.charAt(0)),
        "indicator code '%s' must start with a letter or digit",
        code);
    checkArgument(
        code.charAt(code.length() - 1) != ' ',
        "indicator code '%s' must not end with a space",
        code);
    checkArgument(
        !code.contains("  "), "indicator code '%s' must not hold two spaces together", code);
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      checkArgument(
          isAsciiLetterOrDigit(c) || " ().-/_".indexOf(c) >= 0,
          "indicator code '%s' holds the character '%s', which is not a letter, digit, space or"
              + " one of ( ) . - / _",
          code,
          c);
    }
    return new IndicatorCode(code);
  }

  /**
   * Reads the text form written by {@link #toString()}; the same as {@link #of(String)}.
   *
   * @param text the code
   * @return the indicator code
   * @throws IllegalArgumentException on the same conditions as {@link #of(String)}
   */
  public static IndicatorCode parse(String text) {
    return of(text);
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Returns the code as text.
   *
   * @return the code, as given to {@link #of(String)}
   */
  public String getCode() {
    return code;
  }

  /**
   * Compares codes in natural order: numbers within the code compare by their value.
   *
   * @param other the other code
   * @return negative, zero or positive as this sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(IndicatorCode other) {
    return Texts.compareNatural(code, other.code);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof IndicatorCode && code.equals(((IndicatorCode) obj).code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code, which {@link #parse(String)} accepts.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }
}
