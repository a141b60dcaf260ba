package dev.yardstick.examples;

import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.examples.DefineAnIndicator.Assessment;
import dev.yardstick.testkit.contracts.ContractViolation;
import dev.yardstick.testkit.contracts.FormulaContracts;
import dev.yardstick.testkit.contracts.FormulaLaw;
import dev.yardstick.testkit.generators.CaseHistoryGenerator;
import java.util.Optional;

/**
 * Property-tests your own formula with the testkit: the formula of {@link DefineAnIndicator} is fed
 * generated case histories, built into its own {@link Assessment} type, and checked against the
 * laws it promises.
 *
 * <p>It promises that its result does not depend on the order of the records nor on how they are
 * split between tallies that are merged (as a parallel stream or a cluster does), that every figure
 * is a proportion, and that the months, the quarters and the teams add up to the year. It does not
 * promise {@link FormulaLaw#DEDUPLICATION_IDEMPOTENT}: an assessment has no identifier to
 * de-duplicate by, so one that arrives twice counts twice, and {@link #duplicateRecordCounted()}
 * shows what the contracts report when a law is broken.
 *
 * <p>The contracts need no test framework: {@link FormulaContracts#check(FormulaLaw,
 * FormulaLaw...)} throws an {@link AssertionError}, which every framework reports as a failed test.
 */
public final class PropertyTestYourFormula {

  private PropertyTestYourFormula() {}

  /**
   * Checks the formula's laws and prints what a broken law looks like.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    checkPromisedLaws();
    System.out.println(contracts() + ": the formula obeys the laws it promises");
    duplicateRecordCounted().ifPresent(v -> System.out.println(v.getMessage()));
  }

  /**
   * Returns the contracts of the formula: generated histories around 2024-25, each record built
   * into an assessment referred on its start date and completed when its clock stopped.
   *
   * @return the contracts, with the testkit's default examples, seed and size
   */
  public static FormulaContracts<Assessment> contracts() {
    return FormulaContracts.of(
        DefineAnIndicator.WITHIN_SEVEN_WORKING_DAYS,
        CaseHistoryGenerator.forYear(FinancialYear.of(2024)),
        c -> new Assessment(c.getTeam(), c.getStart(), c.getClockStop().orElse(null)));
  }

  /**
   * Checks the laws the formula promises on the testkit's default examples.
   *
   * @throws ContractViolation naming the law, the seed that replays it and the smallest failing
   *     records, if the formula breaks one
   */
  public static void checkPromisedLaws() {
    contracts()
        .check(
            FormulaLaw.ORDER_INDEPENDENT,
            FormulaLaw.MERGEABLE,
            FormulaLaw.PROPORTION,
            FormulaLaw.FLOW_COUNTS_ADD_UP,
            FormulaLaw.DISAGGREGATION_ADDS_UP);
  }

  /**
   * Looks for records that the formula counts twice when they arrive twice, a law it does not
   * promise.
   *
   * @return the violation, with the smallest set of records shrunk from a generated history
   */
  public static Optional<ContractViolation> duplicateRecordCounted() {
    return contracts().find(FormulaLaw.DEDUPLICATION_IDEMPOTENT);
  }
}
