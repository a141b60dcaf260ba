package dev.yardstick.indicators.dataset;

import static dev.yardstick.indicators.TestIndicators.FLOW;
import static dev.yardstick.indicators.TestIndicators.PERCENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.indicators.IndicatorValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollUpCalculatorPropertyTest {

  private static final OrganisationId A = OrganisationId.gss("E06000001");
  private static final List<ReportingMonth> MONTHS = FinancialYear.of(2003).getMonths();

  @Test
  void flow_yearToDate_isTheSumOfItsMonths() {
    qt().forAll(lists().of(integers().between(0, 100_000)).ofSize(12), integers().between(1, 12))
        .checkAssert(
            (counts, upTo) -> {
              List<IndicatorValue> values = new ArrayList<>();
              for (int i = 0; i < 12; i++) {
                values.add(
                    IndicatorValue.of(FLOW.getCode(), A, MONTHS.get(i), BigDecimal.valueOf(counts.get(i))));
              }
              IndicatorSeries series = IndicatorSeries.of(FLOW.getCode(), A, values);
              RollUpResult ytd =
                  RollUpCalculator.withDefaults()
                      .calculate(FLOW, series, MONTHS.get(upTo - 1).yearToDate());
              long sum = counts.subList(0, upTo).stream().mapToLong(Integer::longValue).sum();
              assertEquals(BigDecimal.valueOf(sum), ytd.getValue().orElseThrow());
              assertEquals(RollUpStatus.COMPLETE, ytd.getStatus());
            });
  }

  @Test
  void ratio_rollUp_isTheRatioOfSums_andLiesBetweenTheMonthlyRatios() {
    qt().forAll(
            lists().of(integers().between(1, 10_000)).ofSize(12),
            lists().of(integers().between(0, 1000)).ofSize(12),
            integers().between(1, 12))
        .checkAssert(
            (denominators, shares, upTo) -> {
              List<IndicatorValue> values = new ArrayList<>();
              long sumN = 0;
              long sumD = 0;
              for (int i = 0; i < 12; i++) {
                long d = denominators.get(i);
                long n = d * shares.get(i) / 1000;
                values.add(IndicatorValue.fromRatio(PERCENT, A, MONTHS.get(i), n, d));
                if (i < upTo) {
                  sumN += n;
                  sumD += d;
                }
              }
              IndicatorSeries series = IndicatorSeries.of(PERCENT.getCode(), A, values);
              RollUpResult ytd =
                  RollUpCalculator.withDefaults()
                      .calculate(PERCENT, series, MONTHS.get(upTo - 1).yearToDate());
              BigDecimal value = ytd.getValue().orElseThrow();
              assertEquals(PERCENT.valueOf(Ratio.of(sumN, sumD)).orElseThrow(), value);
              List<BigDecimal> monthly = new ArrayList<>();
              for (IndicatorValue v : values.subList(0, upTo)) {
                monthly.add(v.getValue().orElseThrow());
              }
              BigDecimal min = monthly.stream().min(Comparator.naturalOrder()).orElseThrow();
              BigDecimal max = monthly.stream().max(Comparator.naturalOrder()).orElseThrow();
              assertTrue(
                  min.compareTo(value) <= 0 && value.compareTo(max) <= 0,
                  value + " outside [" + min + ", " + max + "]");
            });
  }
}
