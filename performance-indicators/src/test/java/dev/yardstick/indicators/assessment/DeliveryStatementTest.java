package dev.yardstick.indicators.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ObjectiveId;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetId;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.framework.TargetProvenance;
import dev.yardstick.core.framework.TargetScope;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.indicators.variance.Forecast;
import dev.yardstick.indicators.variance.ForecastCalculator;
import dev.yardstick.indicators.variance.VarianceCalculator;
import dev.yardstick.indicators.variance.VarianceResult;
import dev.yardstick.indicators.variance.YearToDateActuals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryStatementTest {

  private static final OrganisationId COUNCIL = OrganisationId.gss("E06000010");

  private static PriorityIndicator a1() {
    return PriorityIndicator.builder()
        .indicator(IndicatorCode.of("A1"))
        .latestPeriod(FinancialQuarter.parse("2003-04 Q2"))
        .latestValue(new BigDecimal("15.50"))
        .target(new BigDecimal("16"))
        .forecast(new BigDecimal("15.0"))
        .forecastRag(RagStatus.GREEN)
        .forecastDerivation("forecast 15.0 is better than the target 16")
        .build();
  }

  static DeliveryStatement statement() {
    StatementPriority stability =
        StatementPriority.builder()
            .title("Stability for looked-after children")
            .objective(ObjectiveId.of("OBJ-1"))
            .addAchievements("Placement support team recruited.")
            .addIndicators(a1())
            .addRisks(RiskId.of("R-7"), RiskId.of("R-9"))
            .plans("Recruit twelve more foster carers by March.")
            .build();
    StatementPriority equipment =
        StatementPriority.builder()
            .title("Independence at home")
            .addIndicators(
                PriorityIndicator.builder()
                    .indicator(IndicatorCode.of("D38"))
                    .latestPeriod(FinancialQuarter.parse("2003-04 Q2"))
                    .latestValue(new BigDecimal("72"))
                    .target(new BigDecimal("80"))
                    .forecast(new BigDecimal("74"))
                    .forecastRag(RagStatus.RED)
                    .forecastDerivation("forecast 74 is below the target 80 beyond the tolerance")
                    .build(),
                PriorityIndicator.builder()
                    .indicator(IndicatorCode.of("C29"))
                    .latestPeriod(FinancialQuarter.parse("2003-04 Q2"))
                    .forecastRag(RagStatus.NO_DATA)
                    .forecastDerivation("no figure yet this year")
                    .build())
            .addRisks(RiskId.of("R-9"))
            .build();
    return DeliveryStatement.builder()
        .organisation(COUNCIL)
        .year(FinancialYear.of(2003))
        .season(StatementSeason.AUTUMN)
        .addPriorities(stability, equipment)
        .build();
  }

  @Test
  void statement_collectsRisksOnceAndCountsForecasts() {
    DeliveryStatement dis = statement();
    assertEquals(List.of(RiskId.of("R-7"), RiskId.of("R-9")), List.copyOf(dis.getRisks()));
    Map<RagStatus, Integer> counts = dis.getForecastCounts();
    assertEquals(1, counts.get(RagStatus.GREEN));
    assertEquals(1, counts.get(RagStatus.RED));
    assertEquals(1, counts.get(RagStatus.NO_DATA));
    assertEquals(0, counts.get(RagStatus.AMBER));
    assertEquals(new BigDecimal("15.5"), a1().getLatestValue().orElseThrow());
  }

  @Test
  void statement_risksAndForecastCounts_areUnmodifiable() {
    DeliveryStatement dis = statement();
    assertThrows(UnsupportedOperationException.class, () -> dis.getRisks().add(RiskId.of("R-1")));
    assertThrows(
        UnsupportedOperationException.class,
        () -> dis.getForecastCounts().put(RagStatus.RED, 9));
  }

  private static Forecast carersForecast(String... quarters) {
    YearToDateActuals.Builder actuals =
        YearToDateActuals.builder()
            .indicator(IndicatorCode.of("D42"))
            .year(FinancialYear.of(2003))
            .frequency(Frequency.QUARTERLY)
            .measureKind(MeasureKind.FLOW_COUNT)
            .unit(Unit.COUNT)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .rounding(RoundingPolicy.WHOLE_NUMBER);
    for (String quarter : quarters) {
      actuals.addValues(new BigDecimal(quarter));
    }
    return ForecastCalculator.withDefaults().calculate(actuals.build());
  }

  private static VarianceResult judged(Forecast forecast) {
    Target annual =
        Target.builder()
            .id(TargetId.of("T-D42"))
            .indicator(IndicatorCode.of("D42"))
            .scope(TargetScope.organisation(COUNCIL))
            .period(FinancialYear.of(2003))
            .kind(TargetKind.AT_LEAST)
            .unit(Unit.COUNT)
            .value(new BigDecimal("450"))
            .tolerance(Tolerance.absolute(new BigDecimal("50")))
            .provenance(TargetProvenance.LOCAL_STRETCH)
            .profile(TargetProfile.constant())
            .build();
    return VarianceCalculator.withDefaults()
        .calculate(forecast.toFigure(), annual.targetFor(annual.getPeriod()).orElseThrow());
  }

  /** 90 and 115 carers in the first two quarters: 205 by September, 410 by the straight line. */
  @Test
  void forecast_fromTheForecastAndItsVariance() {
    Forecast forecast = carersForecast("90", "115");
    PriorityIndicator d42 =
        PriorityIndicator.builder()
            .forecast(forecast, judged(forecast))
            .latestValue(new BigDecimal("115"))
            .build();
    assertEquals(IndicatorCode.of("D42"), d42.getIndicator());
    assertEquals(FinancialQuarter.parse("2003-04 Q2"), d42.getLatestPeriod());
    assertEquals(new BigDecimal("410"), d42.getForecast().orElseThrow());
    assertEquals(new BigDecimal("450"), d42.getTarget().orElseThrow());
    assertEquals(RagStatus.AMBER, d42.getForecastRag());
    assertEquals(
        forecast.explain() + " " + judged(forecast).explain(), d42.getForecastDerivation());
  }

  @Test
  void forecast_ofAnotherFigure_isRejected() {
    IllegalArgumentException other =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PriorityIndicator.builder()
                    .forecast(carersForecast("90", "115"), judged(carersForecast("90"))));
    assertEquals(
        "variance of indicator D42 for 2003-04 does not judge the forecast outturn of indicator"
            + " D42 for 2003-04",
        other.getMessage());
  }

  @Test
  void badInput_isRejectedNamingIt() {
    IllegalArgumentException coloured =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PriorityIndicator.builder()
                    .from(statement().getPriorities().get(1).getIndicators().get(1))
                    .forecastRag(RagStatus.AMBER)
                    .build());
    assertEquals(
        "priority indicator C29 is coloured AMBER without both a forecast and a target",
        coloured.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> StatementPriority.builder().title(" ").build());
  }

  @Test
  void equals_andNulls() {
    new EqualsTester()
        .addEqualityGroup(statement(), statement())
        .addEqualityGroup(
            DeliveryStatement.builder().from(statement()).season(StatementSeason.SPRING).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            a1(),
            PriorityIndicator.builder().from(a1()).latestValue(new BigDecimal("15.5")).build())
        .addEqualityGroup(
            PriorityIndicator.builder().from(a1()).forecast(new BigDecimal("14")).build())
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(statement());
    Forecast forecast = carersForecast("90", "115");
    assertThrows(
        NullPointerException.class,
        () -> PriorityIndicator.builder().forecast(null, judged(forecast)));
    assertThrows(
        NullPointerException.class, () -> PriorityIndicator.builder().forecast(forecast, null));
  }
}
