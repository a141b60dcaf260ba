package dev.yardstick.benchmarks.dataset;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A synthetic national dataset: councils by indicators by periods, with shared key objects as a
 * real loader would have (one {@code IndicatorCode} per indicator, not one per value). Even
 * indicators are percentages with numerator and denominator; odd ones are counts.
 */
final class NationalData {

  final IndicatorCode[] indicators;
  final OrganisationId[] organisations;
  final ReportingPeriod[] periods;

  private NationalData(int indicatorCount, int organisationCount, List<ReportingPeriod> periodList) {
    indicators = new IndicatorCode[indicatorCount];
    for (int i = 0; i < indicatorCount; i++) {
      indicators[i] = IndicatorCode.of("IND " + (i + 1));
    }
    organisations = new OrganisationId[organisationCount];
    for (int o = 0; o < organisationCount; o++) {
      organisations[o] = OrganisationId.gss(String.format("E06%06d", o + 1));
    }
    periods = periodList.toArray(new ReportingPeriod[0]);
  }

  /** 150 councils, 400 indicators, 20 financial years: 1.2 million annual values. */
  static NationalData annual() {
    List<ReportingPeriod> years = new ArrayList<>();
    for (int y = 2003; y < 2023; y++) {
      years.add(FinancialYear.of(y));
    }
    return new NationalData(400, 150, years);
  }

  /** Councils, 400 indicators and enough months from April 2003 for about {@code values} values. */
  static NationalData monthly(long values) {
    long months = Math.max(1, (values + 400L * 150L - 1) / (400L * 150L));
    List<ReportingPeriod> list = new ArrayList<>();
    ReportingMonth month = ReportingMonth.of(2003, 4);
    for (long m = 0; m < months; m++) {
      list.add(month);
      month = month.next();
    }
    return new NationalData(400, 150, list);
  }

  long size() {
    return (long) indicators.length * organisations.length * periods.length;
  }

  /** Passes every value to the consumer, in period, organisation, indicator order. */
  void forEach(Consumer<IndicatorValue> consumer) {
    for (int p = 0; p < periods.length; p++) {
      for (int o = 0; o < organisations.length; o++) {
        for (int i = 0; i < indicators.length; i++) {
          consumer.accept(value(i, o, p));
        }
      }
    }
  }

  IndicatorValue value(int i, int o, int p) {
    int hash = mix(i, o, p);
    IndicatorValue.Builder value =
        IndicatorValue.builder()
            .indicator(indicators[i])
            .organisation(organisations[o])
            .period(periods[p]);
    if (i % 2 == 0) {
      long denominator = 20 + (hash & 0x3ff);
      long numerator = (hash >>> 10) % (denominator + 1);
      BigDecimal v =
          Ratio.of(numerator, denominator)
              .getValue(Unit.PERCENTAGE, RoundingPolicy.ONE_DECIMAL_PLACE)
              .orElseThrow();
      return value.value(v).numerator(numerator).denominator(denominator).build();
    }
    return value.value(BigDecimal.valueOf(hash & 0xffff)).build();
  }

  private static int mix(int i, int o, int p) {
    int h = i * 0x9E3779B1 ^ o * 0x85EBCA77 ^ p * 0xC2B2AE3D;
    h ^= h >>> 15;
    h *= 0x2C1B3C6D;
    h ^= h >>> 12;
    return h & 0x7fffffff;
  }
}
