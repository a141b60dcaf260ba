package dev.yardstick.core.validation;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One problem found by a business-rule check: its severity, a stable machine-readable code, the
 * thing or things it concerns, and a message for people.
 *
 * <p>Business rules (targets that overlap in time, tolerance bands with gaps between them, a target
 * outside the possible range of its indicator) are reported as issues rather than thrown, so that a
 * user loading a year's definitions sees every problem at once. The code is for programs: it stays
 * the same from release to release, so a caller can filter on it ({@code TARGET_DUPLICATE}, {@code
 * TOLERANCE_GAP}); the message may be reworded. Neither the subject nor the message may contain
 * personal data.
 *
 * <pre>{@code
 * ValidationIssue issue = ValidationIssue.error(
 *     "TARGET_DUPLICATE", "PAF A1 2003-04", "two targets are set for PAF A1 in 2003-04");
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ValidationIssue {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /** How serious an issue is. */
  public enum Severity {
    /** The checked thing is invalid and must not be used: a report with an error is not valid. */
    ERROR,
    /** The checked thing may be used, but probably is not what was meant. */
    WARNING,
    /** A note for the reader, such as a default that was applied. */
    INFO
  }

  ValidationIssue() {}

  /**
   * Returns a new issue.
   *
   * @param severity how serious the issue is
   * @param code the stable machine-readable code, upper case words joined by underscores, such as
   *     {@code TARGET_DUPLICATE}
   * @param subject the thing or things at fault, such as {@code PAF A1 2003-04}
   * @param message what is wrong, for people
   * @return the issue
   * @throws IllegalArgumentException if the code is not upper case words joined by underscores, or
   *     the subject or message is blank; the message names the bad value
   */
  public static ValidationIssue of(Severity severity, String code, String subject, String message) {
    return builder().severity(severity).code(code).subject(subject).message(message).build();
  }

  /**
   * Returns a new issue of severity {@link Severity#ERROR}.
   *
   * @param code the stable machine-readable code, such as {@code TARGET_DUPLICATE}
   * @param subject the thing or things at fault
   * @param message what is wrong, for people
   * @return the issue
   * @throws IllegalArgumentException as {@link #of(Severity, String, String, String)}
   */
  public static ValidationIssue error(String code, String subject, String message) {
    return of(Severity.ERROR, code, subject, message);
  }

  /**
   * Returns a new issue of severity {@link Severity#WARNING}.
   *
   * @param code the stable machine-readable code, such as {@code TOLERANCE_GAP}
   * @param subject the thing or things concerned
   * @param message what may be wrong, for people
   * @return the issue
   * @throws IllegalArgumentException as {@link #of(Severity, String, String, String)}
   */
  public static ValidationIssue warning(String code, String subject, String message) {
    return of(Severity.WARNING, code, subject, message);
  }

  /**
   * Returns a new issue of severity {@link Severity#INFO}.
   *
   * @param code the stable machine-readable code
   * @param subject the thing or things concerned
   * @param message the note, for people
   * @return the issue
   * @throws IllegalArgumentException as {@link #of(Severity, String, String, String)}
   */
  public static ValidationIssue info(String code, String subject, String message) {
    return of(Severity.INFO, code, subject, message);
  }

  /**
   * Returns a builder of issues.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how serious the issue is.
   *
   * @return the severity
   */
  public abstract Severity getSeverity();

  /**
   * Returns the stable machine-readable code of the kind of issue, such as {@code
   * TARGET_DUPLICATE}: upper case letters and digits in words joined by single underscores.
   *
   * @return the code
   */
  public abstract String getCode();

  /**
   * Returns the thing or things at fault, named as a reader would find them, such as {@code PAF A1
   * 2003-04} or {@code E06000001, E06000002}.
   *
   * @return the subject, not blank
   */
  public abstract String getSubject();

  /**
   * Returns what is wrong, for people.
   *
   * @return the message, not blank
   */
  public abstract String getMessage();

  /**
   * Tells whether this issue is an {@link Severity#ERROR}.
   *
   * @return {@code true} for an error
   */
  public boolean isError() {
    return getSeverity() == Severity.ERROR;
  }

  @Value.Check
  void check() {
    checkArgument(
        CODE.matcher(getCode()).matches(),
        "validation issue code '%s' is not upper case words joined by underscores",
        getCode());
    checkArgument(!getSubject().isBlank(), "validation issue %s has a blank subject", getCode());
    checkArgument(!getMessage().isBlank(), "validation issue %s has a blank message", getCode());
  }

  /**
   * Returns the issue as one line: severity, code, subject and message, such as {@code ERROR
   * TARGET_DUPLICATE [PAF A1 2003-04]: two targets are set}.
   *
   * @return the issue as text
   */
  @Override
  public String toString() {
    return getSeverity() + " " + getCode() + " [" + getSubject() + "]: " + getMessage();
  }

  /** Builds {@link ValidationIssue}s; every attribute is required. */
  public static class Builder extends ImmutableValidationIssue.Builder {
    /** Creates an empty builder, as {@link ValidationIssue#builder()} does. */
    public Builder() {}
  }
}
