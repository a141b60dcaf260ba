package dev.yardstick.core.period;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.quicktheories.core.Gen;

/** QuickTheories generators of periods, kept a year inside the supported range at each end. */
final class PeriodGenerators {

  private PeriodGenerators() {}

  static Gen<FinancialYear> years() {
    return integers().between(2, 9997).map(y -> FinancialYear.of(y));
  }

  static Gen<FinancialQuarter> quarters() {
    return integers().between(2 * 4, 9997 * 4 + 3).map(i -> FinancialQuarter.of(i / 4, i % 4 + 1));
  }

  static Gen<ReportingMonth> months() {
    return integers()
        .between(3 * 12, 9997 * 12 + 11)
        .map(i -> ReportingMonth.of(i / 12, i % 12 + 1));
  }

  /** Any date from 1 April 0002 to 31 March 9998. */
  static Gen<LocalDate> dates() {
    return integers()
        .between(
            (int) LocalDate.of(2, 4, 1).toEpochDay(), (int) LocalDate.of(9998, 3, 31).toEpochDay())
        .map(d -> LocalDate.ofEpochDay(d));
  }

  /** Ranges of 1 to 1,001 days starting from 1 April 0005 to 31 March 9990. */
  static Gen<DateRangePeriod> dateRanges() {
    Gen<LocalDate> starts =
        integers()
            .between(
                (int) LocalDate.of(5, 4, 1).toEpochDay(),
                (int) LocalDate.of(9990, 3, 31).toEpochDay())
            .map(d -> LocalDate.ofEpochDay(d));
    return starts.zip(
        integers().between(0, 1000),
        (start, length) -> DateRangePeriod.of(start, start.plusDays(length)));
  }

  static Gen<ReportingPeriod> periods() {
    Gen<ReportingPeriod> years = years().map(p -> (ReportingPeriod) p);
    Gen<ReportingPeriod> quarters = quarters().map(p -> (ReportingPeriod) p);
    Gen<ReportingPeriod> months = months().map(p -> (ReportingPeriod) p);
    Gen<ReportingPeriod> ranges = dateRanges().map(p -> (ReportingPeriod) p);
    return years.mix(quarters).mix(months.mix(ranges));
  }
}
