package dev.yardstick.examples;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.yardstick.examples.DefineAnIndicator.Assessment;
import dev.yardstick.testkit.contracts.ContractViolation;
import dev.yardstick.testkit.contracts.FormulaContracts;
import dev.yardstick.testkit.contracts.FormulaLaw;
import org.junit.jupiter.api.Test;

class PropertyTestYourFormulaTest {

  @Test
  void checkPromisedLaws_formulaObeysThem() {
    assertDoesNotThrow(PropertyTestYourFormula::checkPromisedLaws);
  }

  @Test
  void duplicateRecordCounted_isFound_shrunkToOneRecord_andReplaysFromItsSeed() {
    ContractViolation v = PropertyTestYourFormula.duplicateRecordCounted().orElseThrow();
    assertEquals(FormulaLaw.DEDUPLICATION_IDEMPOTENT, v.getLaw());
    assertEquals(1, v.getCounterexample().size(), v.getMessage());
    assertTrue(v.getDetail().contains("every record twice"), v.getDetail());
    assertThrows(
        ContractViolation.class,
        () ->
            PropertyTestYourFormula.contracts()
                .check(FormulaLaw.DEDUPLICATION_IDEMPOTENT, v.getSeed(), v.getSize()));
  }

  @Test
  void mergeable_onSeedsAndSizesQuickTheoriesChooses() {
    FormulaContracts<Assessment> contracts = PropertyTestYourFormula.contracts();
    qt().withExamples(50)
        .forAll(longs().all(), integers().between(1, 40))
        .checkAssert((seed, size) -> contracts.check(FormulaLaw.MERGEABLE, seed, size));
  }
}
