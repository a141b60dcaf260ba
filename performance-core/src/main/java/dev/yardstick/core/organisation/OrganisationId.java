package dev.yardstick.core.organisation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The code of an organisation in a coding scheme: a GSS code such as {@code E06000001}, an old DfE
 * local-authority number such as {@code 805}, or a code of the user's own.
 *
 * <p>Councils have been coded several ways over the years. The Government Statistical Service (GSS)
 * codes used since 2011 are nine characters: a country letter ({@code E} England, {@code W} Wales,
 * {@code S} Scotland, {@code N} Northern Ireland, or {@code K} for areas across the countries of
 * the United Kingdom), a two-digit entity code that says what kind of area it is ({@code E06}
 * unitary authority, {@code E08} metropolitan district, {@code E09} London borough, {@code E10}
 * county, {@code E12} region) and a six-digit serial number. So Hartlepool is {@code E06000001}.
 * Earlier data, such as the returns of 2002 to 2004, carry three-digit local-authority numbers,
 * still used by the Department for Education (Hartlepool is {@code 805}), or the old ONS codes
 * ({@code 00EB}). Providers and NHS bodies have Organisation Data Service (ODS) codes.
 *
 * <p>The text form, written by {@link #toString()} and read by {@link #parse(String)}, is the bare
 * code for a GSS code ({@code E06000001}) and the scheme's prefix, a colon and the code otherwise
 * ({@code DFE:805}, {@code ONS:00EB}, {@code ODS:RX1}, {@code LOCAL:north-team}). Identifiers are
 * ordered by scheme, then by code.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class OrganisationId implements Comparable<OrganisationId> {

  /** A coding scheme of organisations, with the form its codes must have. */
  public enum Scheme {
    /**
     * A Government Statistical Service code: nine characters, a country letter ({@code E}, {@code
     * W}, {@code S}, {@code N} or {@code K}), a two-digit entity code and six digits, such as
     * {@code E06000001}. Its text form has no prefix.
     */
    GSS("", "[EWSNK][0-9]{2}[0-9]{6}", "a country letter E, W, S, N or K and eight digits"),
    /**
     * A three-digit local-authority number of the Department for Education (formerly also used by
     * the DH and ONS for social-services returns), such as {@code 805} for Hartlepool. Prefix
     * {@code DFE:}.
     */
    DFE("DFE", "[0-9]{3}", "three digits"),
    /**
     * An ONS code from before 2009: two digits for a county ({@code 16}), or two digits and two
     * letters for a district or unitary authority ({@code 16UB}, {@code 00EB}). Prefix {@code
     * ONS:}.
     */
    ONS("ONS", "[0-9]{2}([A-Z]{2})?", "two digits, optionally followed by two capital letters"),
    /**
     * An Organisation Data Service code of an NHS body or a care provider, three to ten capital
     * letters and digits, such as {@code RX1}. Prefix {@code ODS:}.
     */
    ODS("ODS", "[A-Z0-9]{3,10}", "3 to 10 capital letters and digits"),
    /**
     * A code of the user's own, such as a team or a local provider: 1 to 64 letters, digits, dots,
     * hyphens and underscores. Prefix {@code LOCAL:}.
     */
    LOCAL("LOCAL", "[A-Za-z0-9._-]{1,64}", "1 to 64 letters, digits, '.', '-' and '_'");

    private final String prefix;
    private final Pattern pattern;
    private final String rule;

    Scheme(String prefix, String pattern, String rule) {
      this.prefix = prefix;
      this.pattern = Pattern.compile(pattern);
      this.rule = rule;
    }

    /**
     * Returns the prefix of the scheme's text form, such as {@code DFE}; empty for {@link #GSS}.
     *
     * @return the prefix, without the colon
     */
    public String getPrefix() {
      return prefix;
    }
  }

  private static final Comparator<OrganisationId> ORDER =
      Comparator.comparing(OrganisationId::getScheme).thenComparing(OrganisationId::getCode);

  private final Scheme scheme;
  private final String code;

  private OrganisationId(Scheme scheme, String code) {
    this.scheme = scheme;
    this.code = code;
  }

  /**
   * Returns the identifier with a code in a scheme.
   *
   * @param scheme the coding scheme
   * @param code the code, which must have the scheme's form
   * @return the identifier
   * @throws IllegalArgumentException if the code does not have the scheme's form; the message names
   *     the code and the form
   */
  public static OrganisationId of(Scheme scheme, String code) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(code, "code");
    checkArgument(
        scheme.pattern.matcher(code).matches(),
        "organisation code '%s' is not a valid %s code: expected %s",
        code,
        scheme,
        scheme.rule);
    return new OrganisationId(scheme, code);
  }

  /**
   * Returns the identifier of a GSS code, such as {@code E06000001} for Hartlepool.
   *
   * @param code nine characters: {@code E}, {@code W}, {@code S}, {@code N} or {@code K}, a
   *     two-digit entity code and six digits
   * @return the identifier
   * @throws IllegalArgumentException if the code does not have that form; the message names it
   */
  public static OrganisationId gss(String code) {
    return of(Scheme.GSS, code);
  }

  /**
   * Parses the text form written by {@link #toString()}: a bare GSS code, or a scheme prefix, a
   * colon and a code. The prefix is read whatever its case; the code is case-sensitive.
   *
   * @param text such as {@code E06000001} or {@code DFE:805}
   * @return the identifier
   * @throws IllegalArgumentException if the prefix names no scheme or the code does not have its
   *     scheme's form; the message quotes the text
   */
  public static OrganisationId parse(String text) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    Scheme scheme = Scheme.GSS;
    String code = text;
    if (colon >= 0) {
      String prefix = text.substring(0, colon).toUpperCase(Locale.ROOT);
      code = text.substring(colon + 1);
      scheme = null;
      for (Scheme s : Scheme.values()) {
        if (s != Scheme.GSS && s.prefix.equals(prefix)) {
          scheme = s;
        }
      }
      if (scheme == null) {
        throw new IllegalArgumentException(
            "organisation identifier '"
                + text
                + "' has an unknown scheme prefix; expected DFE, ONS, ODS or LOCAL");
      }
    }
    try {
      return of(scheme, code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "organisation identifier '" + text + "' is not valid: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the coding scheme.
   *
   * @return the scheme
   */
  public Scheme getScheme() {
    return scheme;
  }

  /**
   * Returns the code within its scheme, without a prefix, such as {@code 805}.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the entity code of a GSS code: its first three characters, which say what kind of area
   * it is ({@code E06} unitary authority, {@code E07} shire district, {@code E08} metropolitan
   * district, {@code E09} London borough, {@code E10} county, {@code E12} region, {@code E92}
   * England).
   *
   * @return the entity code, or empty if this is not a GSS code
   */
  public Optional<String> getGssEntityCode() {
    return scheme == Scheme.GSS ? Optional.of(code.substring(0, 3)) : Optional.empty();
  }

  /**
   * Compares by scheme (in the order of {@link Scheme}), then by code.
   *
   * @param other the identifier to compare with
   * @return negative, zero or positive as this comes before, with or after {@code other}
   */
  @Override
  public int compareTo(OrganisationId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof OrganisationId)) {
      return false;
    }
    OrganisationId other = (OrganisationId) obj;
    return scheme == other.scheme && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return 31 * scheme.hashCode() + code.hashCode();
  }

  /**
   * Returns the text form that {@link #parse(String)} accepts, such as {@code E06000001} or {@code
   * DFE:805}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return scheme == Scheme.GSS ? code : scheme.prefix + ":" + code;
  }
}
