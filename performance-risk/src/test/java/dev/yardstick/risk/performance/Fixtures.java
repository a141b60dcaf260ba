package dev.yardstick.risk.performance;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetId;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.framework.TargetProvenance;
import dev.yardstick.core.framework.TargetScope;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.indicators.spc.XmrChart;
import dev.yardstick.indicators.spc.XmrChartResult;
import dev.yardstick.indicators.variance.Forecast;
import dev.yardstick.indicators.variance.ForecastCalculator;
import dev.yardstick.indicators.variance.YearToDateActuals;
import java.math.BigDecimal;
import java.util.Arrays;

/** Forecasts, targets and charts from the indicators module for the performance-risk tests. */
final class Fixtures {

  static final FinancialYear YEAR = FinancialYear.of(2003);
  static final IndicatorCode D42 = IndicatorCode.of("D42");

  private Fixtures() {}

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  /** Monthly figures of D42 from April, as the variance module collects them. */
  static YearToDateActuals monthly(
      MeasureKind kind, Unit unit, Polarity polarity, String... values) {
    return YearToDateActuals.builder()
        .indicator(D42)
        .year(YEAR)
        .frequency(Frequency.MONTHLY)
        .measureKind(kind)
        .unit(unit)
        .polarity(polarity)
        .rounding(RoundingPolicy.ONE_DECIMAL_PLACE)
        .values(Arrays.stream(values).map(BigDecimal::new).toList())
        .build();
  }

  /**
   * The straight-line forecast of a flow count, April to September: 30, 34, 33, 36, 35, 37. In R:
   * {@code y <- c(30, 34, 33, 36, 35, 37)}; outturn {@code sum(y) * 12 / 6} = 410, standard error
   * {@code sd(y) * sqrt(6 + 36 / 6)} = 8.60232526704263 on 5 degrees of freedom.
   */
  static Forecast flowForecast(Polarity polarity) {
    return ForecastCalculator.withDefaults()
        .calculate(
            monthly(
                MeasureKind.FLOW_COUNT, Unit.COUNT, polarity, "30", "34", "33", "36", "35", "37"));
  }

  static Target.Builder target(TargetKind kind, Unit unit) {
    return Target.builder()
        .id(TargetId.of("T-D42"))
        .indicator(D42)
        .scope(TargetScope.organisation(OrganisationId.gss("E10000015")))
        .period(YEAR)
        .kind(kind)
        .unit(unit)
        .provenance(TargetProvenance.LOCAL_STRETCH)
        .profile(TargetProfile.constant());
  }

  static Target count(TargetKind kind, String value) {
    return target(kind, Unit.COUNT).value(dec(value)).build();
  }

  /** An XmR chart of ten months whose process limits are about 8.15 to 15.25 (mean 11.7). */
  static XmrChartResult chart(Polarity polarity) {
    return XmrChart.withDefaults()
        .calculate(new double[] {10, 12, 11, 13, 12, 11, 12, 13, 11, 12}, polarity);
  }
}
