package dev.yardstick.core.framework;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Guava testlib testers set up with sample values of this package's types. */
final class Testers {

  private Testers() {}

  /**
   * Returns a null-pointer tester that knows a valid value of every identifier and label type.
   *
   * @return the tester
   */
  static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(IndicatorCode.class, IndicatorCode.of("C32"))
        .setDefault(ObjectiveId.class, ObjectiveId.of("O1"))
        .setDefault(StandardId.class, StandardId.of("S1"))
        .setDefault(TargetId.class, TargetId.of("T1"))
        .setDefault(OutcomeId.class, OutcomeId.of("OUT1"))
        .setDefault(ActionId.class, ActionId.of("A1"))
        .setDefault(ContractId.class, ContractId.of("C1"))
        .setDefault(RiskId.class, RiskId.of("R1"))
        .setDefault(OwnerRole.class, OwnerRole.of("Head of Adult Services"))
        .setDefault(Domain.class, Domain.PAF_EFFECTIVENESS)
        .setDefault(LocalDate.class, LocalDate.of(2003, 4, 1))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(String.class, "text");
  }
}
