package dev.yardstick.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.validation.ValidationIssue.Severity;
import org.junit.jupiter.api.Test;

class ValidationIssueTest {

  private static final ValidationIssue DUPLICATE =
      ValidationIssue.error("TARGET_DUPLICATE", "PAF A1 2003-04", "two targets are set");

  @Test
  void factories_setTheSeverity() {
    assertEquals(Severity.ERROR, DUPLICATE.getSeverity());
    assertTrue(DUPLICATE.isError());
    assertEquals(
        Severity.WARNING, ValidationIssue.warning("TOLERANCE_GAP", "PAF A1", "gap").getSeverity());
    assertEquals(
        Severity.INFO, ValidationIssue.info("DEFAULT_APPLIED", "PAF A1", "note").getSeverity());
    assertFalse(ValidationIssue.info("DEFAULT_APPLIED", "PAF A1", "note").isError());
  }

  @Test
  void toString_isOneReadableLine() {
    assertEquals(
        "ERROR TARGET_DUPLICATE [PAF A1 2003-04]: two targets are set", DUPLICATE.toString());
  }

  @Test
  void of_badCode_isRejectedNamingIt() {
    for (String bad :
        new String[] {
          "", "target_duplicate", "TARGET-DUPLICATE", "_TARGET", "TARGET_", "TARGET__X", "1TARGET"
        }) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> ValidationIssue.error(bad, "PAF A1", "m"));
      assertEquals(
          "validation issue code '" + bad + "' is not upper case words joined by underscores",
          e.getMessage());
    }
    ValidationIssue.error("A1", "PAF A1", "a one-word code with a digit is fine");
  }

  @Test
  void of_blankSubjectOrMessage_isRejectedNamingTheCode() {
    IllegalArgumentException subject =
        assertThrows(
            IllegalArgumentException.class,
            () -> ValidationIssue.error("TARGET_DUPLICATE", " ", "m"));
    assertEquals("validation issue TARGET_DUPLICATE has a blank subject", subject.getMessage());
    IllegalArgumentException message =
        assertThrows(
            IllegalArgumentException.class,
            () -> ValidationIssue.warning("TOLERANCE_GAP", "PAF A1", ""));
    assertEquals("validation issue TOLERANCE_GAP has a blank message", message.getMessage());
  }

  @Test
  void builder_missingAttribute_isRejectedNamingIt() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> ValidationIssue.builder().code("X").build());
    assertTrue(e.getMessage().contains("severity"), e.getMessage());
  }

  @Test
  void builderFrom_rebuildsAnEqualIssue() {
    assertEquals(DUPLICATE, ValidationIssue.builder().from(DUPLICATE).build());
  }

  @Test
  void equals_byAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(
            DUPLICATE,
            ValidationIssue.of(
                Severity.ERROR, "TARGET_DUPLICATE", "PAF A1 2003-04", "two targets are set"))
        .addEqualityGroup(
            ValidationIssue.warning("TARGET_DUPLICATE", "PAF A1 2003-04", "two targets are set"))
        .addEqualityGroup(
            ValidationIssue.error("TARGET_OVERLAP", "PAF A1 2003-04", "two targets are set"))
        .addEqualityGroup(
            ValidationIssue.error("TARGET_DUPLICATE", "PAF A2 2003-04", "two targets are set"))
        .addEqualityGroup(
            ValidationIssue.error("TARGET_DUPLICATE", "PAF A1 2003-04", "two targets"))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(ValidationIssue.class);
    tester.testAllPublicInstanceMethods(DUPLICATE);
    tester.testAllPublicInstanceMethods(ValidationIssue.builder());
  }
}
