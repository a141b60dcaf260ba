package dev.yardstick.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.indicators.formula.FormulaResult;
import dev.yardstick.indicators.formula.FormulaValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefineAnIndicatorTest {

  private static final FinancialYear YEAR = FinancialYear.of(2024);

  @Test
  void evaluate_countsByHand() {
    FormulaResult result = DefineAnIndicator.evaluate();
    FormulaValue year = result.getValue(YEAR).orElseThrow();
    // completed in 2024-25: all but the open one (7); within 7 working days: the Easter case
    // (10 April), 3 May, 12 June, 9 October and 14 January; not 11 April or 20 September
    assertEquals(7, year.getDenominator());
    assertEquals(5, year.getNumerator());
    FormulaValue q1 = result.getValue(FinancialQuarter.of(YEAR, 1)).orElseThrow();
    assertEquals(List.of(3L, 4L), List.of(q1.getNumerator(), q1.getDenominator()));
    FormulaValue north = result.getValue(YEAR, "team", "North").orElseThrow();
    assertEquals(List.of(2L, 4L), List.of(north.getNumerator(), north.getDenominator()));
  }
}
