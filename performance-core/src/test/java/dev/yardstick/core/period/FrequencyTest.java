package dev.yardstick.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrequencyTest {

  private static final LocalDate FEB_2004 = LocalDate.of(2004, 2, 15);

  @Test
  void periodOf_eachFrequency() {
    assertEquals(FinancialYear.of(2003), Frequency.ANNUAL.periodOf(FEB_2004));
    assertEquals(FinancialQuarter.of(2003, 4), Frequency.QUARTERLY.periodOf(FEB_2004));
    assertEquals(ReportingMonth.of(2004, 2), Frequency.MONTHLY.periodOf(FEB_2004));
  }

  @Test
  void periodsOf_aYear_andPeriodsPerYear() {
    FinancialYear year = FinancialYear.of(2003);
    for (Frequency frequency : Frequency.values()) {
      List<ReportingPeriod> periods = frequency.periodsOf(year);
      assertEquals(frequency.getPeriodsPerYear(), periods.size());
      assertEquals(year.getStart(), periods.get(0).getStart());
      assertEquals(year.getEnd(), periods.get(periods.size() - 1).getEnd());
    }
    assertEquals(List.of(year), Frequency.ANNUAL.periodsOf(year));
  }

  @Test
  void isFrequencyOf_matchesTheKindOfPeriod() {
    assertTrue(Frequency.QUARTERLY.isFrequencyOf(FinancialQuarter.of(2003, 1)));
    assertFalse(Frequency.MONTHLY.isFrequencyOf(FinancialQuarter.of(2003, 1)));
    for (Frequency frequency : Frequency.values()) {
      assertFalse(frequency.isFrequencyOf(FinancialYear.of(2003).toDateRange()));
    }
  }

  @Test
  void periodOf_outsideTheSupportedRange_isRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> Frequency.MONTHLY.periodOf(LocalDate.of(1, 1, 1)));
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(LocalDate.class, FEB_2004);
    tester.setDefault(FinancialYear.class, FinancialYear.of(2003));
    tester.setDefault(ReportingPeriod.class, FinancialYear.of(2003));
    for (Frequency frequency : Frequency.values()) {
      tester.testAllPublicInstanceMethods(frequency);
    }
  }
}
