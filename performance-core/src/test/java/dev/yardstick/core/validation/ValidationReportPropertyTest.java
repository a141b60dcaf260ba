package dev.yardstick.core.validation;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.yardstick.core.validation.ValidationIssue.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ValidationReportPropertyTest {

  private static Gen<ValidationIssue> issues() {
    return Generate.enumValues(Severity.class)
        .zip(
            Generate.pick(List.of("TARGET_DUPLICATE", "TOLERANCE_GAP", "A1", "X_2_Y")),
            Generate.pick(List.of("PAF A1 2003-04", "E06000001", "ASCOF 2A")),
            (s, code, subject) -> ValidationIssue.of(s, code, subject, "message about " + subject));
  }

  private static Gen<ValidationReport> reports() {
    return lists().of(issues()).ofSizeBetween(0, 6).map(list -> ValidationReport.of(list));
  }

  @Test
  void builderFrom_isTheSameReport() {
    qt().forAll(reports()).check(r -> ValidationReport.builder().from(r).build().equals(r));
  }

  @Test
  void builderFrom_isTheSameIssue() {
    qt().forAll(issues()).check(i -> ValidationIssue.builder().from(i).build().equals(i));
  }

  @Test
  void plus_isAssociativeWithEmptyAsIdentity() {
    qt().forAll(reports(), reports(), reports())
        .check(
            (a, b, c) ->
                a.plus(b).plus(c).equals(a.plus(b.plus(c)))
                    && a.plus(ValidationReport.empty()).equals(a)
                    && ValidationReport.empty().plus(a).equals(a));
  }

  @Test
  void plus_isValidExactlyWhenBothAre() {
    qt().forAll(reports(), reports())
        .check((a, b) -> a.plus(b).isValid() == (a.isValid() && b.isValid()));
  }

  @Test
  void issuesBySeverity_partitionTheIssues() {
    qt().forAll(reports())
        .check(
            r -> {
              List<ValidationIssue> all = new ArrayList<>();
              for (Severity s : Severity.values()) {
                all.addAll(r.getIssues(s));
              }
              return all.size() == r.getIssues().size() && all.containsAll(r.getIssues());
            });
  }
}
