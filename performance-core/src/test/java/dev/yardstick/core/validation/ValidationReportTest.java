package dev.yardstick.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.validation.ValidationIssue.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static final ValidationIssue DUPLICATE =
      ValidationIssue.error("TARGET_DUPLICATE", "PAF A1 2003-04", "two targets are set");
  private static final ValidationIssue OUT_OF_RANGE =
      ValidationIssue.error("TARGET_OUT_OF_RANGE", "PAF A1 2004-05", "target 120 is above 100%");
  private static final ValidationIssue GAP =
      ValidationIssue.warning("TOLERANCE_GAP", "PAF A1", "no band covers 50 to 55");
  private static final ValidationIssue NOTE =
      ValidationIssue.info("DEFAULT_APPLIED", "PAF A1", "half-up rounding assumed");

  @Test
  void empty_isValid() {
    assertTrue(ValidationReport.empty().isValid());
    assertEquals(List.of(), ValidationReport.empty().getIssues());
    assertSame(ValidationReport.empty(), ValidationReport.empty().throwIfInvalid());
  }

  @Test
  void isValid_warningsAndNotesAreAllowed() {
    ValidationReport report = ValidationReport.of(GAP, NOTE);
    assertTrue(report.isValid());
    assertSame(report, report.throwIfInvalid());
  }

  @Test
  void isValid_anErrorMakesItInvalid() {
    assertFalse(ValidationReport.of(GAP, DUPLICATE).isValid());
  }

  @Test
  void filters_bySeverityAndCode() {
    ValidationReport report = ValidationReport.of(DUPLICATE, GAP, OUT_OF_RANGE, NOTE);
    assertEquals(List.of(DUPLICATE, OUT_OF_RANGE), report.getErrors());
    assertEquals(List.of(GAP), report.getWarnings());
    assertEquals(List.of(NOTE), report.getIssues(Severity.INFO));
    assertEquals(List.of(GAP), report.getIssues("TOLERANCE_GAP"));
    assertEquals(List.of(), report.getIssues("TARGET_OVERLAP"));
    assertTrue(report.hasIssue("TARGET_DUPLICATE"));
    assertFalse(report.hasIssue("TARGET_OVERLAP"));
  }

  @Test
  void throwIfInvalid_listsEveryError() {
    ValidationReport report = ValidationReport.of(DUPLICATE, GAP, OUT_OF_RANGE);
    IllegalStateException e = assertThrows(IllegalStateException.class, report::throwIfInvalid);
    assertEquals(
        "2 validation errors:\n"
            + "  ERROR TARGET_DUPLICATE [PAF A1 2003-04]: two targets are set\n"
            + "  ERROR TARGET_OUT_OF_RANGE [PAF A1 2004-05]: target 120 is above 100%",
        e.getMessage());
  }

  @Test
  void plus_appendsTheOtherReportsIssues() {
    ValidationReport merged = ValidationReport.of(DUPLICATE).plus(ValidationReport.of(GAP, NOTE));
    assertEquals(List.of(DUPLICATE, GAP, NOTE), merged.getIssues());
    ValidationReport one = ValidationReport.of(GAP);
    assertSame(one, one.plus(ValidationReport.empty()));
    assertSame(one, ValidationReport.empty().plus(one));
  }

  @Test
  void builder_addsIssuesFromTheirParts() {
    ValidationReport report =
        ValidationReport.builder()
            .error("TARGET_DUPLICATE", "PAF A1 2003-04", "two targets are set")
            .warning("TOLERANCE_GAP", "PAF A1", "no band covers 50 to 55")
            .info("DEFAULT_APPLIED", "PAF A1", "half-up rounding assumed")
            .build();
    assertEquals(ValidationReport.of(DUPLICATE, GAP, NOTE), report);
  }

  @Test
  void toReport_collectsInStreamOrder() {
    assertEquals(
        ValidationReport.of(NOTE, DUPLICATE, GAP),
        Stream.of(NOTE, DUPLICATE, GAP).collect(ValidationReport.toReport()));
    assertEquals(
        ValidationReport.empty(),
        Stream.<ValidationIssue>empty().collect(ValidationReport.toReport()));
  }

  @Test
  void builderFrom_rebuildsAnEqualReport() {
    ValidationReport report = ValidationReport.of(DUPLICATE, GAP);
    assertEquals(report, ValidationReport.builder().from(report).build());
  }

  @Test
  void equals_byIssuesInOrder() {
    new EqualsTester()
        .addEqualityGroup(
            ValidationReport.empty(),
            ValidationReport.of(List.of()),
            ValidationReport.builder().build())
        .addEqualityGroup(
            ValidationReport.of(DUPLICATE, GAP), ValidationReport.of(List.of(DUPLICATE, GAP)))
        .addEqualityGroup(ValidationReport.of(GAP, DUPLICATE))
        .addEqualityGroup(ValidationReport.of(GAP))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester().setDefault(ValidationIssue.class, GAP);
    tester.testAllPublicStaticMethods(ValidationReport.class);
    tester.testAllPublicInstanceMethods(ValidationReport.of(DUPLICATE));
    tester.testAllPublicInstanceMethods(ValidationReport.builder());
  }
}
