package dev.yardstick.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.indicators.formula.FormulaValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseRecordsTest {

  private static final FinancialYear FIRST = FinancialYear.of(2017);
  private static final CouncilProfile COUNCIL =
      SyntheticCouncils.generate(SyntheticCouncils.DEFAULT_SEED).get(40);
  private static final CaseRecords CASES = CaseRecords.generate(COUNCIL, FIRST, 8, 11);

  private static double value(FormulaValue v) {
    return v.getValue().orElseThrow().doubleValue();
  }

  @Test
  void formulas_giveFiguresOfTheSizeTheRecipesExpect() {
    FinancialYear year = FIRST.plusYears(6);
    double a1 =
        value(
            ExampleFormulas.PAF_A1
                .evaluate(CASES.getChildren(), year)
                .getValue(year)
                .orElseThrow());
    double c20 =
        value(
            ExampleFormulas.PAF_C20
                .evaluate(CASES.getReviews(), year)
                .getValue(year)
                .orElseThrow());
    double d54 =
        value(
            ExampleFormulas.PAF_D54
                .evaluate(CASES.getEquipment(), year)
                .getValue(year)
                .orElseThrow());
    double e49 =
        value(
            ExampleFormulas.pafE49(COUNCIL, FIRST, 8)
                .evaluate(CASES.getAssessments(), year)
                .getValue(year)
                .orElseThrow());
    double complaints =
        value(
            ExampleFormulas.LOCAL_COMPLAINTS
                .evaluate(CASES.getComplaints(), year)
                .getValue(year)
                .orElseThrow());
    String all = List.of(a1, c20, d54, e49, complaints).toString();
    assertTrue(a1 > 3 && a1 < 25, all);
    assertTrue(c20 > 85 && c20 < 99, all);
    assertTrue(d54 > 70 && d54 < 95, all);
    assertTrue(e49 > 50 && e49 < 130, all);
    assertTrue(complaints > 65 && complaints < 90, all);
  }

  @Test
  void equipment_deliveriesSlowAfterTheNewContract() {
    List<FinancialQuarter> quarters = new ArrayList<>();
    for (int q = 0; q < 32; q++) {
      quarters.add(FinancialQuarter.of(FIRST, 1).plusQuarters(q));
    }
    var result = ExampleFormulas.PAF_D54.evaluate(CASES.getEquipment(), quarters);
    double before = value(result.getValue(quarters.get(24)).orElseThrow());
    double after = value(result.getValue(quarters.get(29)).orElseThrow());
    assertTrue(before - after > 4, before + " then " + after);
  }

  @Test
  void generate_isTheSameForTheSameSeed() {
    CaseRecords again = CaseRecords.generate(COUNCIL, FIRST, 8, 11);
    assertEquals(CASES.size(), again.size());
    assertEquals(
        CASES.getEquipment().get(100).delivered(), again.getEquipment().get(100).delivered());
  }
}
