package dev.yardstick.core.framework;

import com.google.common.collect.ImmutableList;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A performance domain: one of the headings under which a national framework groups its indicators,
 * so that a council can see whether its profile is balanced.
 *
 * <p>The five domains of the social-services Performance Assessment Framework (PAF), which are also
 * the Best Value domains, are constants here ({@link #PAF_NATIONAL_PRIORITIES} to {@link
 * #PAF_FAIR_ACCESS}); their codes are the letters that begin PAF indicator codes ({@code A} to
 * {@code E}). Other frameworks' domains are data made with {@link #of(String, String, String)}, for
 * example the outcome domains of the Adult Social Care Outcomes Framework:
 *
 * <pre>{@code
 * Domain delaying = Domain.of("ASCOF", "2",
 *     "Delaying and reducing the need for care and support");
 * }</pre>
 *
 * <p>Two domains are equal when framework name, code and title are all equal. The text form ({@link
 * #toString()}) is {@code "PAF A National priorities and strategic objectives"}.
 *
 * <p>Source: the founding guide (Joint Reviews, 2004), "The national framework is made up of five
 * key performance domains"; domain reference sections 0, 2.1 and 4.1.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class Domain implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The name of the social-services Performance Assessment Framework, {@code "PAF"}. */
  public static final String PAF = "PAF";

  /**
   * PAF domain A, national priorities and strategic objectives: the extent to which the council
   * delivers the national priorities for social care and its own local strategic objectives.
   */
  public static final Domain PAF_NATIONAL_PRIORITIES =
      new Domain(PAF, "A", "National priorities and strategic objectives");

  /**
   * PAF domain B, cost and efficiency: the extent to which the council provides cost-effective and
   * efficient services.
   */
  public static final Domain PAF_COST_AND_EFFICIENCY = new Domain(PAF, "B", "Cost and efficiency");

  /**
   * PAF domain C, effectiveness of service delivery and outcomes: whether services are appropriate
   * to need, timely, to agreed standards, increase self-sufficiency and life chances, and are safe
   * and supportive.
   */
  public static final Domain PAF_EFFECTIVENESS =
      new Domain(PAF, "C", "Effectiveness of service delivery and outcomes");

  /**
   * PAF domain D, quality of services for users and carers: users' and carers' experience,
   * responsiveness to individual need, continuity, involvement in assessment and review.
   */
  public static final Domain PAF_QUALITY =
      new Domain(PAF, "D", "Quality of services for users and carers");

  /**
   * PAF domain E, fair access: fairness of provision in relation to need, clear eligibility
   * criteria and accessible information about services.
   */
  public static final Domain PAF_FAIR_ACCESS = new Domain(PAF, "E", "Fair access");

  private static final ImmutableList<Domain> PAF_DOMAINS =
      ImmutableList.of(
          PAF_NATIONAL_PRIORITIES,
          PAF_COST_AND_EFFICIENCY,
          PAF_EFFECTIVENESS,
          PAF_QUALITY,
          PAF_FAIR_ACCESS);

  /** The framework the domain belongs to, such as {@code PAF}. */
  private final String frameworkName;

  /** The domain's code within the framework, such as {@code A}. */
  private final String code;

  /** The domain's title. */
  private final String title;

  private Domain(String frameworkName, String code, String title) {
    this.frameworkName = frameworkName;
    this.code = code;
    this.title = title;
  }

  /**
   * Checks a deserialised domain by the rules of the factories, so that a stream cannot make one
   * that they would reject.
   *
   * @return the domain, checked
   * @throws InvalidObjectException if the stream holds a framework name, code or title that {@link
   *     #of(String, String, String)} would reject
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      return of(frameworkName, code, title);
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("deserialised domain is invalid: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  /**
   * Returns a domain of any framework.
   *
   * @param frameworkName the framework, such as {@code "ASCOF"} or a council's own scheme
   * @param code the domain's code within the framework, such as {@code "2"}
   * @param title the domain's title
   * @return the domain
   * @throws IllegalArgumentException if the framework name or code is not a valid identifier text
   *     (1 to 64 characters, no leading or trailing white space, no control characters) or the
   *     title is blank, longer than 500 characters or starts or ends with white space
   */
  public static Domain of(String frameworkName, String code, String title) {
    Objects.requireNonNull(frameworkName, "frameworkName");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    return new Domain(
        Texts.identifier(frameworkName, "domain framework name"),
        Texts.identifier(code, "domain code"),
        Texts.label(title, "domain title"));
  }

  /**
   * Returns the five PAF domains in their order, A to E.
   *
   * @return the PAF domains, an unmodifiable list
   */
  public static List<Domain> pafDomains() {
    return PAF_DOMAINS;
  }

  /**
   * Returns the name of the framework this domain belongs to.
   *
   * @return the framework name, such as {@code "PAF"}
   */
  public String getFrameworkName() {
    return frameworkName;
  }

  /**
   * Returns the domain's code within its framework.
   *
   * @return the code, such as {@code "C"}
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the domain's title.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Domain)) {
      return false;
    }
    Domain other = (Domain) obj;
    return frameworkName.equals(other.frameworkName)
        && code.equals(other.code)
        && title.equals(other.title);
  }

  @Override
  public int hashCode() {
    return Objects.hash(frameworkName, code, title);
  }

  /**
   * Returns the framework name, code and title, such as {@code "PAF B Cost and efficiency"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return frameworkName + " " + code + " " + title;
  }
}
