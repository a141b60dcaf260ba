package dev.yardstick.core.period;

import static dev.yardstick.core.period.PeriodGenerators.dateRanges;
import static dev.yardstick.core.period.PeriodGenerators.dates;
import static dev.yardstick.core.period.PeriodGenerators.months;
import static dev.yardstick.core.period.PeriodGenerators.periods;
import static dev.yardstick.core.period.PeriodGenerators.quarters;
import static dev.yardstick.core.period.PeriodGenerators.years;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.SerializableTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodPropertyTest {

  @Test
  void serialisation_roundTrip_givesAnEqualPeriodOfTheSameKind() {
    qt().withExamples(200)
        .forAll(periods())
        .check(
            p -> {
              ReportingPeriod back = SerializableTester.reserialize(p);
              return back.equals(p)
                  && back.getClass() == p.getClass()
                  && back.compareTo(p) == 0
                  && back.getStart().equals(p.getStart())
                  && back.getEnd().equals(p.getEnd());
            });
  }

  @Test
  void parse_ofToString_roundTripsForEachType() {
    qt().forAll(years()).check(p -> FinancialYear.parse(p.toString()).equals(p));
    qt().forAll(quarters()).check(p -> FinancialQuarter.parse(p.toString()).equals(p));
    qt().forAll(months()).check(p -> ReportingMonth.parse(p.toString()).equals(p));
    qt().forAll(dateRanges()).check(p -> DateRangePeriod.parse(p.toString()).equals(p));
  }

  @Test
  void reportingPeriodParse_ofToString_roundTripsForAnyPeriod() {
    qt().forAll(periods()).check(p -> ReportingPeriod.parse(p.toString()).equals(p));
  }

  @Test
  void reportingMonthParse_acceptsIsoYearMonth() {
    qt().forAll(months()).check(m -> ReportingMonth.parse(m.getYearMonth().toString()).equals(m));
  }

  @Test
  void nextOfPrevious_andPreviousOfNext_areTheSamePeriod() {
    qt().forAll(periods())
        .check(p -> p.previous().next().equals(p) && p.next().previous().equals(p));
  }

  @Test
  void next_startsTheDayAfterTheEnd_andHasTheSameKind() {
    qt().forAll(periods())
        .check(
            p ->
                p.next().getStart().equals(p.getEnd().plusDays(1))
                    && p.next().getClass() == p.getClass()
                    && p.compareTo(p.next()) < 0);
  }

  @Test
  void quartersOfAYear_partitionIt() {
    qt().forAll(years()).check(y -> partitions(y, y.getQuarters()) && y.getQuarters().size() == 4);
  }

  @Test
  void monthsOfAYear_partitionIt() {
    qt().forAll(years()).check(y -> partitions(y, y.getMonths()) && y.getMonths().size() == 12);
  }

  @Test
  void monthsOfAQuarter_partitionIt() {
    qt().forAll(quarters()).check(q -> partitions(q, q.getMonths()));
  }

  private static boolean partitions(ReportingPeriod whole, List<? extends ReportingPeriod> parts) {
    LocalDate expectedStart = whole.getStart();
    int days = 0;
    for (ReportingPeriod part : parts) {
      if (!part.getStart().equals(expectedStart)) {
        return false;
      }
      expectedStart = part.getEnd().plusDays(1);
      days += part.lengthInDays();
    }
    return expectedStart.equals(whole.getEnd().plusDays(1)) && days == whole.lengthInDays();
  }

  @Test
  void everyDate_fallsInExactlyOneQuarterAndOneMonthOfItsFinancialYear() {
    qt().forAll(dates())
        .check(
            date -> {
              FinancialYear year = FinancialYear.from(date);
              long quarters = year.getQuarters().stream().filter(q -> q.contains(date)).count();
              long months = year.getMonths().stream().filter(m -> m.contains(date)).count();
              return year.contains(date)
                  && quarters == 1
                  && months == 1
                  && FinancialQuarter.from(date).contains(date)
                  && FinancialQuarter.from(date).getFinancialYear().equals(year)
                  && ReportingMonth.from(date).getFinancialYear().equals(year)
                  && ReportingMonth.from(date)
                      .getFinancialQuarter()
                      .equals(FinancialQuarter.from(date));
            });
  }

  @Test
  void periodOf_eachFrequency_holdsTheDateAndHasThatFrequency() {
    qt().forAll(dates())
        .check(
            date -> {
              for (Frequency frequency : Frequency.values()) {
                ReportingPeriod period = frequency.periodOf(date);
                if (!period.contains(date) || !frequency.isFrequencyOf(period)) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void samePeriodLastYear_isTheSameKindOfPeriodOneYearEarlier() {
    qt().forAll(periods())
        .check(
            p -> {
              ReportingPeriod last = p.samePeriodLastYear();
              LocalDate start = p.getStart().minusYears(1);
              if (p instanceof DateRangePeriod) {
                // Both dates move back a year; 29 February becomes 28 February.
                return last.equals(DateRangePeriod.of(start, p.getEnd().minusYears(1)));
              }
              // A regular period: the one of the same frequency that starts a year earlier
              // (February after a leap year is a day shorter).
              Frequency frequency = p.getFrequency().orElseThrow();
              return last.equals(frequency.periodOf(start)) && last.getStart().equals(start);
            });
  }

  @Test
  void yearToDate_runsFromTheFirstOfAprilToTheEnd() {
    qt().forAll(periods())
        .check(
            p -> {
              DateRangePeriod ytd = p.yearToDate();
              return ytd.getEnd().equals(p.getEnd())
                  && ytd.getStart().equals(FinancialYear.from(p.getEnd()).getStart())
                  && FinancialYear.from(p.getEnd()).contains(ytd);
            });
  }

  @Test
  void compareTo_isConsistentWithEquals_andAntisymmetric() {
    qt().forAll(periods(), periods())
        .check(
            (a, b) ->
                (a.compareTo(b) == 0) == a.equals(b)
                    && Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a)));
  }

  @Test
  void contains_isTrueExactlyForPeriodsWithinTheDates() {
    qt().forAll(periods(), periods())
        .check(
            (a, b) ->
                a.contains(b)
                    == (!b.getStart().isBefore(a.getStart()) && !b.getEnd().isAfter(a.getEnd())));
  }

  @Test
  void plusAndMinus_areInverse() {
    // Periods from 0050-51 to 9899-00, so that 40 years either way stays in range.
    qt().forAll(quarters().assuming(q -> inner(q)), integers().between(-160, 160))
        .check(
            (q, n) ->
                q.plusQuarters(n).minusQuarters(n).equals(q)
                    && q.plusQuarters(4L * (n / 4)).equals(q.plusYears(n / 4)));
    qt().forAll(months().assuming(m -> inner(m)), integers().between(-480, 480))
        .check(
            (m, n) ->
                m.plusMonths(n).minusMonths(n).equals(m)
                    && m.plusMonths(12L * (n / 12)).equals(m.plusYears(n / 12)));
  }

  private static boolean inner(ReportingPeriod p) {
    return p.getStart().getYear() >= 50 && p.getEnd().getYear() <= 9900;
  }
}
