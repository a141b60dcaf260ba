package dev.yardstick.risk;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The kind of a risk, by which appetite is set and registers are filtered: strategic, operational,
 * financial, reputational, safeguarding, compliance, partnership, or a council's own category.
 *
 * <p>The seven {@linkplain #standardCategories() standard categories} follow the example
 * categories in the annex of the Orange Book (2020) adapted to social services (safeguarding as a
 * category of its own). A council adds its own with {@link #of(String)}, such as {@code
 * RiskCategory.of("CYBER_SECURITY")}. A category's code is upper case letters, digits and
 * underscores, starting with a letter; the text form is the code, which {@link #parse(String)}
 * accepts. A {@link RiskRegister} declares which categories it knows, and a risk in any other
 * category is rejected there, naming the category: there is no fallback category.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class RiskCategory implements Comparable<RiskCategory> {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** Risks to the council's long-term objectives and plans. */
  public static final RiskCategory STRATEGIC = new RiskCategory("STRATEGIC");

  /** Risks to the day-to-day delivery of services. */
  public static final RiskCategory OPERATIONAL = new RiskCategory("OPERATIONAL");

  /** Risks to budgets, income and value for money. */
  public static final RiskCategory FINANCIAL = new RiskCategory("FINANCIAL");

  /** Risks to the council's standing with the public, regulators and partners. */
  public static final RiskCategory REPUTATIONAL = new RiskCategory("REPUTATIONAL");

  /** Risks of harm to children and adults at risk. */
  public static final RiskCategory SAFEGUARDING = new RiskCategory("SAFEGUARDING");

  /** Risks of breaching law, regulation or statutory guidance. */
  public static final RiskCategory COMPLIANCE = new RiskCategory("COMPLIANCE");

  /** Risks arising from partners, providers and shared arrangements. */
  public static final RiskCategory PARTNERSHIP = new RiskCategory("PARTNERSHIP");

  private static final List<RiskCategory> STANDARD =
      List.of(
          STRATEGIC,
          OPERATIONAL,
          FINANCIAL,
          REPUTATIONAL,
          SAFEGUARDING,
          COMPLIANCE,
          PARTNERSHIP);

  private final String code;

  private RiskCategory(String code) {
    this.code = code;
  }

  /**
   * Returns the category with a code: a standard constant if the code is one of theirs, otherwise
   * a council's own category.
   *
   * @param code upper case letters, digits and underscores, starting with a letter
   * @return the category
   * @throws IllegalArgumentException if the code is not of that form; the message names it
   */
  public static RiskCategory of(String code) {
    Objects.requireNonNull(code, "code");
    checkArgument(
        CODE.matcher(code).matches(),
        "risk category code '%s' is not upper case letters, digits and underscores starting with"
            + " a letter",
        code);
    for (RiskCategory c : STANDARD) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    return new RiskCategory(code);
  }

  /**
   * Parses the text form written by {@link #toString()}; surrounding spaces are ignored.
   *
   * @param text a category code
   * @return the category
   * @throws IllegalArgumentException if the text is not a valid code; the message names it
   */
  public static RiskCategory parse(String text) {
    Objects.requireNonNull(text, "text");
    return of(text.strip());
  }

  /**
   * Returns the seven standard categories, in the order of their constants.
   *
   * @return STRATEGIC, OPERATIONAL, FINANCIAL, REPUTATIONAL, SAFEGUARDING, COMPLIANCE, PARTNERSHIP
   */
  public static List<RiskCategory> standardCategories() {
    return STANDARD;
  }

  /**
   * Tells whether this is one of the seven standard categories.
   *
   * @return {@code true} for a standard category, {@code false} for a council's own
   */
  public boolean isStandard() {
    return STANDARD.contains(this);
  }

  /**
   * Returns the category's code.
   *
   * @return the code, such as {@code SAFEGUARDING}
   */
  public String getCode() {
    return code;
  }

  /**
   * Orders categories by code.
   *
   * @param other the category to compare with
   * @return negative, zero or positive as this code sorts before, with or after the other's
   */
  @Override
  public int compareTo(RiskCategory other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof RiskCategory && ((RiskCategory) obj).code.equals(code);
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
