package dev.yardstick.testkit.generators;

import static dev.yardstick.testkit.generators.Rates.assertRate;
import static dev.yardstick.testkit.generators.Rates.share;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.calendar.WorkingDayCalendar;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.testkit.Generator;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodGeneratorsTest {

  private static final int DRAWS = 20_000;
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
  private static final FinancialYear YEAR = FinancialYear.parse("2003-04");

  @Test
  void generators_sameSeed_giveSameValues() {
    List<Generator<?>> all =
        List.of(
            PeriodGenerators.financialYears(),
            PeriodGenerators.financialQuarters(),
            PeriodGenerators.reportingMonths(),
            PeriodGenerators.dateRanges(),
            PeriodGenerators.reportingPeriods(),
            PeriodGenerators.dates(),
            PeriodGenerators.datesAround(YEAR));
    for (Generator<?> generator : all) {
      qt().withExamples(200)
          .forAll(longs().all())
          .check(seed -> generator.sample(seed, 10).equals(generator.sample(seed, 10)));
    }
  }

  @Test
  void reportingPeriods_roundTripThroughTheirText_andStayInTheDefaultYears() {
    Generator<ReportingPeriod> periods = PeriodGenerators.reportingPeriods();
    LocalDate first = FinancialYear.of(PeriodGenerators.FIRST_START_YEAR).getStart();
    LocalDate last = FinancialYear.of(PeriodGenerators.LAST_START_YEAR).getEnd();
    qt().forAll(longs().all())
        .check(
            seed -> {
              ReportingPeriod period = periods.sample(seed, 10);
              return ReportingPeriod.parse(period.toString()).equals(period)
                  && !period.getStart().isBefore(first.minusDays(PeriodGenerators.MARGIN_DAYS))
                  && !period.getEnd().isAfter(last)
                  && !period.getEnd().isBefore(period.getStart());
            });
  }

  @Test
  void dates_drawBoundariesBankHolidaysAndLeapDays_atTheStatedRates() {
    Generator<LocalDate> dates = PeriodGenerators.dates();
    // Uniform draws hit a first or last day of a month about 24 times in 365.
    assertRate(
        "boundaries",
        share(dates, 0, DRAWS, PeriodGenerators::isBoundary),
        PeriodGenerators.BOUNDARY_RATE,
        0.07 + PeriodGenerators.BANK_HOLIDAY_RATE / 8,
        DRAWS);
    assertRate(
        "bank holidays",
        share(dates, 0, DRAWS, CALENDAR::isBankHoliday),
        PeriodGenerators.BANK_HOLIDAY_RATE,
        0.03,
        DRAWS);
    assertRate(
        "leap days",
        share(dates, 0, DRAWS, d -> d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29),
        PeriodGenerators.LEAP_DAY_RATE,
        0.01,
        DRAWS);
  }

  @Test
  void datesAround_stayInTheWindow_andHitThePeriodsOwnEdges() {
    Generator<LocalDate> dates = PeriodGenerators.datesAround(YEAR);
    LocalDate first = YEAR.getStart().minusDays(PeriodGenerators.MARGIN_DAYS);
    LocalDate last = YEAR.getEnd().plusDays(PeriodGenerators.MARGIN_DAYS);
    assertEquals(
        1.0, share(dates, 0, DRAWS, d -> !d.isBefore(first) && !d.isAfter(last)), "in window");
    // A third of the boundary draws fall on one of the year's four edge days (a quarter each).
    double edges =
        share(
            dates,
            0,
            DRAWS,
            d ->
                d.equals(YEAR.getStart())
                    || d.equals(YEAR.getEnd())
                    || d.equals(YEAR.getStart().minusDays(1))
                    || d.equals(YEAR.getEnd().plusDays(1)));
    assertRate("year edges", edges, PeriodGenerators.BOUNDARY_RATE / 3, 0.03, DRAWS);
    assertTrue(share(dates, 0, DRAWS, d -> d.equals(LocalDate.of(2004, 2, 29))) > 0.02);
  }

  @Test
  void datesBetween_aShortWindowWithoutHolidays_staysInside() {
    LocalDate from = LocalDate.of(2003, 6, 10);
    LocalDate to = LocalDate.of(2003, 6, 12);
    Generator<LocalDate> dates = PeriodGenerators.datesBetween(from, to);
    assertEquals(1.0, share(dates, 0, 2_000, d -> !d.isBefore(from) && !d.isAfter(to)));
  }

  @Test
  void financialYears_drawTheEndsAndLeapYears_atTheEdgeRate() {
    Generator<FinancialYear> years = PeriodGenerators.financialYears(2002, 2010);
    double ends = share(years, 0, DRAWS, y -> y.getStartYear() == 2002 || y.getStartYear() == 2010);
    // Two thirds of the edge draws are an end; uniform draws add 2 in 9.
    assertRate("ends", ends, PeriodGenerators.EDGE_PERIOD_RATE * 2 / 3, 0.8 * 2 / 9, DRAWS);
    assertEquals(
        1.0, share(years, 0, DRAWS, y -> y.getStartYear() >= 2002 && y.getStartYear() <= 2010));
  }

  @Test
  void financialQuarters_lieInTheDefaultYears() {
    Generator<FinancialQuarter> quarters = PeriodGenerators.financialQuarters();
    assertEquals(
        1.0,
        share(
            quarters,
            0,
            5_000,
            q ->
                q.getFinancialYear().getStartYear() >= PeriodGenerators.FIRST_START_YEAR
                    && q.getFinancialYear().getStartYear() <= PeriodGenerators.LAST_START_YEAR));
  }

  @Test
  void badArguments_areRefusedWithTheValuesNamed() {
    assertEquals(
        "financial years 2005 to 2004 are an empty range",
        assertThrows(
                IllegalArgumentException.class, () -> PeriodGenerators.financialYears(2005, 2004))
            .getMessage());
    assertEquals(
        "date window 2003-04-02 to 2003-04-01 is empty",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    PeriodGenerators.datesBetween(
                        LocalDate.of(2003, 4, 2), LocalDate.of(2003, 4, 1)))
            .getMessage());
  }

  @Test
  void nulls_areRefused() {
    new NullPointerTester().testAllPublicStaticMethods(PeriodGenerators.class);
  }
}
