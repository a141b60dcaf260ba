package dev.yardstick.core.framework;

import org.jspecify.annotations.Nullable;

/**
 * Identifies a {@link Contract} with a provider within a {@link PerformanceFramework}.
 *
 * <p>The text is chosen by the council (for example {@code "HC-2003-NORTH"}): 1 to 64 characters,
 * no leading or trailing white space, no control characters; letter case matters. {@link
 * #toString()} returns the text and {@link #parse(String)} reads it back. Identifiers sort in
 * natural order, numbers within the text by their value ({@code O2} before {@code O10}).
 *
 * <p>An identifier is not personal data and must not be made from a person's name.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class ContractId implements Comparable<ContractId> {

  private final String value;

  private ContractId(String value) {
    this.value = value;
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text of the identifier
   * @return the identifier
   * @throws IllegalArgumentException if the text is empty, longer than 64 characters, starts or
   *     ends with white space or holds a control character
   */
  public static ContractId of(String value) {
    return new ContractId(Texts.identifier(value, "contract id"));
  }

  /**
   * Reads the text form written by {@link #toString()}; the same as {@link #of(String)}.
   *
   * @param text the text of the identifier
   * @return the identifier
   * @throws IllegalArgumentException if the text is empty, longer than 64 characters, starts or
   *     ends with white space or holds a control character
   */
  public static ContractId parse(String text) {
    return of(text);
  }

  /**
   * Returns the text of this identifier.
   *
   * @return the text, as given to {@link #of(String)}
   */
  public String getValue() {
    return value;
  }

  /**
   * Compares identifiers in natural order of their text.
   *
   * @param other the other identifier
   * @return negative, zero or positive as this sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(ContractId other) {
    return Texts.compareNatural(value, other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ContractId && value.equals(((ContractId) obj).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the text of this identifier, which {@link #parse(String)} accepts.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return value;
  }
}
