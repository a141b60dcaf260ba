package dev.yardstick.core.validation;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.validation.ValidationIssue.Severity;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The outcome of business-rule checks: the issues found, in the order they were found.
 *
 * <p>Checks of business rules (overlapping effective dates, gaps between tolerance bands, a target
 * outside its indicator's possible range) report every problem here instead of throwing at the
 * first, so a user loading a year's definitions can fix them all in one go. A report is {@link
 * #isValid() valid} when it has no {@link Severity#ERROR errors}; warnings and notes do not make it
 * invalid. A caller that wants an exception asks for one with {@link #throwIfInvalid()}.
 *
 * <pre>{@code
 * ValidationReport report = ValidationReport.builder()
 *     .addIssues(ValidationIssue.error("TARGET_DUPLICATE", "PAF A1 2003-04", "two targets"))
 *     .addIssues(ValidationIssue.warning("TOLERANCE_GAP", "PAF A1", "no band covers 50 to 55"))
 *     .build();
 * report.isValid();                                 // false
 * report.getIssues("TOLERANCE_GAP");                // the warning
 * report.throwIfInvalid();                          // IllegalStateException listing the error
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ValidationReport {

  private static final ValidationReport EMPTY = builder().build();

  ValidationReport() {}

  /**
   * Returns the report with no issues: a valid report.
   *
   * @return the empty report
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Returns a report of some issues.
   *
   * @param issues the issues, in order
   * @return the report
   */
  public static ValidationReport of(ValidationIssue... issues) {
    return builder().addIssues(issues).build();
  }

  /**
   * Returns a report of some issues.
   *
   * @param issues the issues, in order
   * @return the report
   */
  public static ValidationReport of(Iterable<? extends ValidationIssue> issues) {
    return builder().addAllIssues(issues).build();
  }

  /**
   * Returns a collector of issues into a report, keeping the order of the stream.
   *
   * @return the collector
   */
  public static Collector<ValidationIssue, ?, ValidationReport> toReport() {
    return Collectors.collectingAndThen(Collectors.toList(), ValidationReport::of);
  }

  /**
   * Returns a builder of reports.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns every issue found, in the order found.
   *
   * @return the issues, possibly empty
   */
  public abstract List<ValidationIssue> getIssues();

  /**
   * Tells whether the checked thing may be used, that is whether there is no error; warnings and
   * notes are allowed.
   *
   * @return {@code true} if no issue is an {@link Severity#ERROR}
   */
  public boolean isValid() {
    return getIssues().stream().noneMatch(ValidationIssue::isError);
  }

  /**
   * Returns the issues of severity {@link Severity#ERROR}.
   *
   * @return the errors, in order, possibly empty
   */
  public List<ValidationIssue> getErrors() {
    return getIssues(Severity.ERROR);
  }

  /**
   * Returns the issues of severity {@link Severity#WARNING}.
   *
   * @return the warnings, in order, possibly empty
   */
  public List<ValidationIssue> getWarnings() {
    return getIssues(Severity.WARNING);
  }

  /**
   * Returns the issues of a severity.
   *
   * @param severity the severity
   * @return those issues, in order, possibly empty
   */
  public List<ValidationIssue> getIssues(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return getIssues().stream()
        .filter(issue -> issue.getSeverity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the issues with a code, such as every {@code TARGET_DUPLICATE}.
   *
   * @param code the machine-readable code
   * @return those issues, in order, possibly empty
   */
  public List<ValidationIssue> getIssues(String code) {
    Objects.requireNonNull(code, "code");
    return getIssues().stream()
        .filter(issue -> issue.getCode().equals(code))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether any issue has a code.
   *
   * @param code the machine-readable code
   * @return {@code true} if some issue has that code
   */
  public boolean hasIssue(String code) {
    Objects.requireNonNull(code, "code");
    return getIssues().stream().anyMatch(issue -> issue.getCode().equals(code));
  }

  /**
   * Returns a report of this report's issues followed by another's: how the checks of the parts of
   * a thing make the report of the whole. Merging is associative, with {@link #empty()} as
   * identity.
   *
   * @param other the report to add
   * @return the merged report
   */
  public ValidationReport plus(ValidationReport other) {
    Objects.requireNonNull(other, "other");
    if (other.getIssues().isEmpty()) {
      return this;
    }
    if (getIssues().isEmpty()) {
      return other;
    }
    return builder().from(this).addAllIssues(other.getIssues()).build();
  }

  /**
   * Throws if the report has an error, and otherwise returns it, for callers that want a business
   * rule enforced: {@code ValidationReport r = check(x).throwIfInvalid();}.
   *
   * @return this report, which is valid
   * @throws IllegalStateException if there is an error; the message lists every error
   */
  public ValidationReport throwIfInvalid() {
    List<ValidationIssue> errors = getErrors();
    if (!errors.isEmpty()) {
      StringBuilder message =
          new StringBuilder()
              .append(errors.size())
              .append(errors.size() == 1 ? " validation error:" : " validation errors:");
      for (ValidationIssue error : errors) {
        message.append("\n  ").append(error);
      }
      throw new IllegalStateException(message.toString());
    }
    return this;
  }

  /**
   * Builds {@link ValidationReport}s. Besides {@code addIssues}, it has {@link #error}, {@link
   * #warning} and {@link #info} to add an issue from its parts.
   */
  public static class Builder extends ImmutableValidationReport.Builder {
    /** Creates an empty builder, as {@link ValidationReport#builder()} does. */
    public Builder() {}

    /**
     * Adds an {@link Severity#ERROR}.
     *
     * @param code the stable machine-readable code, such as {@code TARGET_DUPLICATE}
     * @param subject the thing or things at fault
     * @param message what is wrong, for people
     * @return this builder
     * @throws IllegalArgumentException as {@link ValidationIssue#of(Severity, String, String,
     *     String)}
     */
    public Builder error(String code, String subject, String message) {
      return addIssues(ValidationIssue.error(code, subject, message));
    }

    /**
     * Adds a {@link Severity#WARNING}.
     *
     * @param code the stable machine-readable code
     * @param subject the thing or things concerned
     * @param message what may be wrong, for people
     * @return this builder
     * @throws IllegalArgumentException as {@link ValidationIssue#of(Severity, String, String,
     *     String)}
     */
    public Builder warning(String code, String subject, String message) {
      return addIssues(ValidationIssue.warning(code, subject, message));
    }

    /**
     * Adds an {@link Severity#INFO} note.
     *
     * @param code the stable machine-readable code
     * @param subject the thing or things concerned
     * @param message the note, for people
     * @return this builder
     * @throws IllegalArgumentException as {@link ValidationIssue#of(Severity, String, String,
     *     String)}
     */
    public Builder info(String code, String subject, String message) {
      return addIssues(ValidationIssue.info(code, subject, message));
    }
  }
}
