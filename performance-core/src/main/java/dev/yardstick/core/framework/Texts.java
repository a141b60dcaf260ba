package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/** Checks and orderings shared by the identifier and label types of this package. */
final class Texts {

  /** The longest identifier text accepted, in characters. */
  static final int MAX_IDENTIFIER_LENGTH = 64;

  /** The longest label (title, statement, role) accepted, in characters. */
  static final int MAX_LABEL_LENGTH = 500;

  private Texts() {}

  /**
   * Checks the text of an identifier: 1 to 64 characters, no leading or trailing white space, no
   * control characters.
   *
   * @param text the text
   * @param what the name of the identifier type, for the message
   * @return the text
   */
  static String identifier(String text, String what) {
    Objects.requireNonNull(text, what);
    checkArgument(
        !text.isEmpty() && text.length() <= MAX_IDENTIFIER_LENGTH,
        "%s '%s' must have 1 to %s characters",
        what,
        text,
        MAX_IDENTIFIER_LENGTH);
    checkArgument(
        text.strip().equals(text), "%s '%s' must not start or end with white space", what, text);
    checkArgument(
        text.chars().noneMatch(Character::isISOControl),
        "%s '%s' must not contain control characters",
        what,
        text);
    return text;
  }

  /**
   * Checks a label such as a title, statement or role: not blank, at most 500 characters, no
   * leading or trailing white space.
   *
   * @param text the text
   * @param what the attribute name, for the message
   * @return the text
   */
  static String label(String text, String what) {
    Objects.requireNonNull(text, what);
    checkArgument(!text.isBlank(), "%s must not be blank", what);
    checkArgument(
        text.length() <= MAX_LABEL_LENGTH,
        "%s must have at most %s characters but has %s",
        what,
        MAX_LABEL_LENGTH,
        text.length());
    checkArgument(
        text.strip().equals(text), "%s '%s' must not start or end with white space", what, text);
    return text;
  }

  /**
   * Compares two texts in natural order: runs of digits compare by their numeric value, so that
   * {@code A2} sorts before {@code A10}; other characters compare by code point. Texts that tie on
   * that order (such as {@code A01} and {@code A1}) fall back to plain code-point order, so the
   * order is consistent with {@code equals}.
   *
   * @param a a text
   * @param b another text
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  static int compareNatural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (isAsciiDigit(ca) && isAsciiDigit(cb)) {
        int ei = endOfDigits(a, i);
        int ej = endOfDigits(b, j);
        String da = stripLeadingZeros(a.substring(i, ei));
        String db = stripLeadingZeros(b.substring(j, ej));
        int byLength = Integer.compare(da.length(), db.length());
        if (byLength != 0) {
          return byLength;
        }
        int byDigits = da.compareTo(db);
        if (byDigits != 0) {
          return byDigits;
        }
        i = ei;
        j = ej;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int byRest = Integer.compare(a.length() - i, b.length() - j);
    return byRest != 0 ? byRest : a.compareTo(b);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int endOfDigits(String s, int from) {
    int k = from;
    while (k < s.length() && isAsciiDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static String stripLeadingZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }
}
