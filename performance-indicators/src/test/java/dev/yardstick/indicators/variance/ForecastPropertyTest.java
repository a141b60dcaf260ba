package dev.yardstick.indicators.variance;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ForecastPropertyTest {

  private static final Target TARGET =
      Fixtures.target(TargetKind.AT_LEAST)
          .unit(Unit.COUNT)
          .value(BigDecimal.valueOf(1200))
          .profile(TargetProfile.seasonal(ForecastCalculatorTest.decs("1", "2", "2", "1")))
          .build();

  private static List<BigDecimal> decimals(List<Integer> values) {
    return values.stream().map(BigDecimal::valueOf).collect(Collectors.toList());
  }

  @Test
  void forecastFromCompleteYear_equalsTheActual_byEveryMethod() {
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(0, 5000)).ofSize(12),
            lists().of(integers().between(1, 5000)).ofSize(12),
            integers().between(0, 2))
        .check(
            (values, lastYearValues, kindIndex) -> {
              MeasureKind kind =
                  List.of(MeasureKind.FLOW_COUNT, MeasureKind.SNAPSHOT, MeasureKind.RATIO)
                      .get(kindIndex);
              YearToDateActuals year = actuals(kind, values, lastYearValues, Fixtures.YEAR);
              YearToDateActuals lastYear =
                  actuals(kind, lastYearValues, lastYearValues, FinancialYear.of(2002));
              ForecastCalculator calc = ForecastCalculator.withDefaults();
              boolean straight =
                  calc.calculate(year).getOutturn().equals(year.getCumulativeValue());
              boolean shape =
                  calc.with(ForecastMethod.LAST_YEARS_SHAPE)
                      .calculate(year, Optional.empty(), Optional.of(lastYear))
                      .getOutturn()
                      .equals(year.getCumulativeValue());
              boolean seasonal =
                  kind != MeasureKind.FLOW_COUNT
                      || calc.with(ForecastMethod.SEASONAL_PROFILE)
                          .calculate(year, Optional.of(TARGET), Optional.empty())
                          .getOutturn()
                          .equals(year.getCumulativeValue());
              return straight && shape && seasonal;
            });
  }

  @Test
  void straightLineFlow_outturnIsTheRunRate_andStandardErrorShrinksToZero() {
    qt().forAll(lists().of(integers().between(0, 500)).ofSizeBetween(2, 12))
        .check(
            values -> {
              YearToDateActuals soFar =
                  ForecastCalculatorTest.actuals(Frequency.MONTHLY, MeasureKind.FLOW_COUNT)
                      .values(decimals(values))
                      .build();
              Forecast f = ForecastCalculator.withDefaults().calculate(soFar);
              BigDecimal sum = soFar.getCumulativeValue().orElseThrow();
              BigDecimal expected =
                  ForecastCalculator.divide(
                      sum.multiply(BigDecimal.valueOf(12)), BigDecimal.valueOf(values.size()));
              boolean seZeroWhenComplete =
                  values.size() < 12 || f.getStandardError().orElseThrow().signum() == 0;
              return f.getOutturn().orElseThrow().equals(expected)
                  && f.getStandardError().orElseThrow().signum() >= 0
                  && seZeroWhenComplete;
            });
  }

  private static YearToDateActuals actuals(
      MeasureKind kind, List<Integer> values, List<Integer> denominators, FinancialYear year) {
    YearToDateActuals.Builder b =
        ForecastCalculatorTest.actuals(Frequency.MONTHLY, kind).year(year);
    if (kind == MeasureKind.RATIO) {
      b.unit(Unit.PERCENTAGE);
      for (int i = 0; i < values.size(); i++) {
        b.addRatios(Ratio.of(values.get(i), values.get(i) + denominators.get(i)));
      }
      return b.build();
    }
    return b.values(decimals(values)).build();
  }
}
