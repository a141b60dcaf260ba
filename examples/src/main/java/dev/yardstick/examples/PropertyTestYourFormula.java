package dev.yardstick.examples;

import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.examples.DefineAnIndicator.Assessment;
import dev.yardstick.indicators.formula.FormulaEvaluator;
import dev.yardstick.indicators.formula.FormulaResult;
import dev.yardstick.indicators.formula.FormulaTally;
import dev.yardstick.indicators.formula.FormulaValue;
import dev.yardstick.testkit.Generator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Property-tests your own formula with the testkit's generators: for many random sets of
 * assessments, the formula of {@link DefineAnIndicator} must give a numerator no greater than its
 * denominator, the same result whatever the order of the records, and the same result when the
 * records are split between two tallies that are merged, as a parallel stream or a cluster does.
 */
public final class PropertyTestYourFormula {

  /** Random assessments: a team, a referral in 2023 to 2025, completed 0 to 30 days later. */
  public static final Generator<Assessment> ASSESSMENTS =
      (random, size) -> {
        LocalDate referred = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
        int days =
            Generator.withEdgeCases(
                    Generator.intsBetween(0, 30), 0.2, Generator.oneOf(0, 9, 10, 11))
                .generate(random, size);
        LocalDate completed = days == 30 ? null : referred.plusDays(days);
        return new Assessment(
            Generator.oneOf("North", "South", "East").generate(random, size), referred, completed);
      };

  private PropertyTestYourFormula() {}

  /**
   * Checks the properties on 200 random cases and prints how many held.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.println("The properties held for " + check(200, 7) + " random sets of records");
  }

  /**
   * Checks the properties.
   *
   * @param cases the number of random sets of records
   * @param seed the seed
   * @return the number of cases checked
   * @throws AssertionError naming the case, if a property fails
   */
  public static int check(int cases, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    FinancialYear year = FinancialYear.of(2024);
    FormulaEvaluator<Assessment> evaluator = DefineAnIndicator.WITHIN_SEVEN_WORKING_DAYS.over(year);
    for (int c = 0; c < cases; c++) {
      List<Assessment> records = ASSESSMENTS.list().generate(random, 60);
      FormulaResult once = evaluator.evaluate(records);
      for (FormulaValue v : once.getValues()) {
        check(v.getNumerator() <= v.getDenominator(), c, "numerator above denominator: " + v);
      }
      List<Assessment> shuffled = new ArrayList<>(records);
      Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
      check(
          evaluator.evaluate(shuffled).getValues().equals(once.getValues()),
          c,
          "the order of the records changed the result");
      int cut = records.isEmpty() ? 0 : random.nextInt(records.size() + 1);
      FormulaTally left = evaluator.newTally();
      FormulaTally right = evaluator.newTally();
      records.subList(0, cut).forEach(r -> evaluator.accept(left, r));
      records.subList(cut, records.size()).forEach(r -> evaluator.accept(right, r));
      check(
          evaluator.result(left.merge(right)).getValues().equals(once.getValues()),
          c,
          "merging two tallies differs from one pass");
    }
    return cases;
  }

  private static void check(boolean property, int c, String message) {
    if (!property) {
      throw new AssertionError("case " + c + ": " + message);
    }
  }
}
