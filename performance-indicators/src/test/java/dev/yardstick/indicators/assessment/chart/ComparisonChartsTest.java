package dev.yardstick.indicators.assessment.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.indicators.benchmark.ComparatorValues;
import dev.yardstick.indicators.benchmark.QuantileMethod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ComparisonChartsTest {

  private static final OrganisationId A = OrganisationId.gss("E06000001");
  private static final OrganisationId B = OrganisationId.gss("E06000002");
  private static final OrganisationId C = OrganisationId.gss("E06000003");
  private static final OrganisationId D = OrganisationId.gss("E06000004");
  private static final OrganisationId E = OrganisationId.gss("E06000005");
  private static final OrganisationId F = OrganisationId.gss("E06000006");
  private static final OrganisationId G = OrganisationId.gss("E06000007");

  private static final ComparisonCharts CHARTS = ComparisonCharts.withDefaults();

  /** Six councils' PAF A1 (% with 3+ placements, lower is better) and one missing. */
  private static ComparatorValues a1() {
    Map<OrganisationId, Double> values = new LinkedHashMap<>();
    values.put(A, 12.5);
    values.put(B, 9.8);
    values.put(C, 15.1);
    values.put(D, 21.3);
    values.put(E, 7.0);
    values.put(F, 11.2);
    return ComparatorValues.builder().putAllValues(values).addMissing(G).build();
  }

  @Test
  void bars_lowerIsBetter_sortBestFirstWithTheFocusMarked() {
    BarChartData chart = CHARTS.bars(a1(), D, Polarity.LOWER_IS_BETTER);
    assertEquals(
        List.of(E, B, F, A, C, D),
        chart.getBars().stream().map(Bar::getOrganisation).collect(Collectors.toList()));
    assertEquals(Bar.of(D, 21.3, 6, true), chart.getFocusBar().orElseThrow());
    assertEquals(1, chart.getBars().stream().filter(Bar::isFocus).count());
    assertEquals(java.util.Set.of(G), chart.getMissing());
    // R: quantile(c(12.5, 9.8, 15.1, 21.3, 7.0, 11.2), c(.25, .5, .75), type = 7)
    //    -> 10.15 11.85 14.45
    assertEquals(10.15, chart.getLowerQuartile(), 1e-12);
    assertEquals(11.85, chart.getMedian(), 1e-12);
    assertEquals(14.45, chart.getUpperQuartile(), 1e-12);
  }

  @Test
  void bars_higherIsBetter_reverseTheOrder_andTiesGoByOrganisation() {
    Map<OrganisationId, Double> tied = new LinkedHashMap<>();
    tied.put(C, 50.0);
    tied.put(A, 50.0);
    tied.put(B, 70.0);
    BarChartData chart = CHARTS.bars(ComparatorValues.of(tied), A, Polarity.HIGHER_IS_BETTER);
    assertEquals(
        List.of(B, A, C),
        chart.getBars().stream().map(Bar::getOrganisation).collect(Collectors.toList()));
    BarChartData none = CHARTS.bars(ComparatorValues.of(tied), A, Polarity.NONE);
    assertEquals(
        List.of(A, C, B),
        none.getBars().stream().map(Bar::getOrganisation).collect(Collectors.toList()));
  }

  @Test
  void bars_focusWithNoValue_hasNoBar() {
    BarChartData chart = CHARTS.bars(a1(), G, Polarity.LOWER_IS_BETTER);
    assertFalse(chart.getFocusBar().isPresent());
  }

  @Test
  void with_otherQuantileMethod_changesTheQuartiles() {
    // R: quantile(c(12.5, 9.8, 15.1, 21.3, 7.0, 11.2), c(.25, .5, .75), type = 6)
    //    -> 9.10 11.85 16.65
    BarChartData chart =
        CHARTS.with(QuantileMethod.HYNDMAN_FAN_6).bars(a1(), A, Polarity.LOWER_IS_BETTER);
    assertEquals(9.10, chart.getLowerQuartile(), 1e-12);
    assertEquals(11.85, chart.getMedian(), 1e-12);
    assertEquals(16.65, chart.getUpperQuartile(), 1e-12);
    assertEquals(QuantileMethod.HYNDMAN_FAN_6, chart.getQuantileMethod());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CHARTS.with(QuantileMethod.PHE_RANK));
    assertEquals("quantile method PHE_RANK gives no median or quartiles", e.getMessage());
  }

  @Test
  void trend_givesTheFocusValueAndGroupQuartilesPerPeriodInOrder() {
    Map<FinancialYear, ComparatorValues> byYear = new LinkedHashMap<>();
    byYear.put(FinancialYear.of(2003), a1());
    byYear.put(FinancialYear.of(2002), ComparatorValues.of(Map.of(A, 10.0, B, 20.0)));
    byYear.put(
        FinancialYear.of(2004), ComparatorValues.builder().addMissing(A).addMissing(B).build());
    TrendChartData chart = CHARTS.trend(byYear, A);
    assertEquals(3, chart.getPoints().size());
    TrendPoint first = chart.getPoints().get(0);
    assertEquals(FinancialYear.of(2002), first.getPeriod());
    assertEquals(OptionalDouble.of(10.0), first.getValue());
    // R: quantile(c(10, 20), c(.25, .5, .75), type = 7) -> 12.5 15 17.5
    assertEquals(12.5, first.getLowerQuartile().getAsDouble(), 1e-12);
    assertEquals(15.0, first.getMedian().getAsDouble(), 1e-12);
    assertEquals(17.5, first.getUpperQuartile().getAsDouble(), 1e-12);
    assertEquals(11.85, chart.getPoints().get(1).getMedian().getAsDouble(), 1e-12);
    TrendPoint empty = chart.getPoints().get(2);
    assertEquals(0, empty.getGroupSize());
    assertFalse(empty.getValue().isPresent());
    assertFalse(empty.getMedian().isPresent());
  }

  @Test
  void scatter_matchesR() {
    // R: x <- c(1, 2, 3, 4, 7.5); y <- c(2, 4, 5, 8, 9.1)
    //    cor(x, y) -> 0.924185832131992; coef(lm(y ~ x)) -> 1.854 (intercept), 1.076 (slope)
    ComparatorValues x =
        ComparatorValues.builder()
            .putValues(A, 1.0)
            .putValues(B, 2.0)
            .putValues(C, 3.0)
            .putValues(D, 4.0)
            .putValues(E, 7.5)
            .putValues(F, 3.3)
            .build();
    ComparatorValues y =
        ComparatorValues.builder()
            .putValues(A, 2.0)
            .putValues(B, 4.0)
            .putValues(C, 5.0)
            .putValues(D, 8.0)
            .putValues(E, 9.1)
            .addMissing(F)
            .build();
    ScatterChartData chart = CHARTS.scatter(x, y, B);
    assertEquals(5, chart.getPoints().size());
    assertEquals(java.util.Set.of(F), chart.getExcluded());
    assertEquals(ScatterPoint.of(B, 2.0, 4.0, true), chart.getPoints().get(1));
    assertEquals(0.924185832131992, chart.getCorrelation().getAsDouble(), 1e-12);
    assertEquals(1.076, chart.getSlope().getAsDouble(), 1e-12);
    assertEquals(1.854, chart.getIntercept().getAsDouble(), 1e-12);
  }

  @Test
  void scatter_edgeCases_haveNoLineOrCorrelation() {
    ScatterChartData one =
        CHARTS.scatter(ComparatorValues.of(Map.of(A, 1.0)), ComparatorValues.of(Map.of(A, 2.0)), A);
    assertFalse(one.getSlope().isPresent());
    assertFalse(one.getCorrelation().isPresent());
    ScatterChartData flatX =
        CHARTS.scatter(
            ComparatorValues.of(Map.of(A, 1.0, B, 1.0)),
            ComparatorValues.of(Map.of(A, 2.0, B, 3.0)),
            A);
    assertFalse(flatX.getSlope().isPresent());
    assertFalse(flatX.getIntercept().isPresent());
    assertFalse(flatX.getCorrelation().isPresent());
    ScatterChartData flatY =
        CHARTS.scatter(
            ComparatorValues.of(Map.of(A, 1.0, B, 2.0)),
            ComparatorValues.of(Map.of(A, 3.0, B, 3.0)),
            A);
    assertEquals(0.0, flatY.getSlope().getAsDouble(), 0.0);
    assertFalse(flatY.getCorrelation().isPresent());
  }

  @Test
  void badInput_isRejectedNamingIt() {
    IllegalArgumentException outsider =
        assertThrows(
            IllegalArgumentException.class,
            () -> CHARTS.bars(a1(), OrganisationId.gss("E09000030"), Polarity.LOWER_IS_BETTER));
    assertEquals(
        "organisation " + OrganisationId.gss("E09000030") + " is not in the comparator group",
        outsider.getMessage());
    IllegalArgumentException empty =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CHARTS.bars(
                    ComparatorValues.builder().addMissing(A).build(), A, Polarity.LOWER_IS_BETTER));
    assertEquals("no organisation has a value to chart", empty.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> CHARTS.scatter(a1(), a1(), OrganisationId.gss("E09000030")));
    assertThrows(
        IllegalArgumentException.class,
        () -> CHARTS.trend(Map.of(FinancialYear.of(2003), a1()), OrganisationId.gss("E09000030")));
  }

  @Test
  void results_areValues_andNullsAreRejected() {
    BarChartData chart = CHARTS.bars(a1(), D, Polarity.LOWER_IS_BETTER);
    new EqualsTester()
        .addEqualityGroup(chart, BarChartData.builder().from(chart).build())
        .addEqualityGroup(CHARTS.bars(a1(), A, Polarity.LOWER_IS_BETTER))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ScatterPoint.of(A, 1, 2, false), ScatterPoint.of(A, 1, 2, false))
        .addEqualityGroup(ScatterPoint.of(A, 1, 2, true))
        .testEquals();
    assertTrue(CHARTS.toString().contains("HYNDMAN_FAN_7"));
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ComparatorValues.class, a1())
            .setDefault(OrganisationId.class, A)
            .setDefault(Polarity.class, Polarity.LOWER_IS_BETTER);
    tester.testAllPublicStaticMethods(ComparisonCharts.class);
    tester.testAllPublicInstanceMethods(CHARTS);
    tester.testAllPublicStaticMethods(Bar.class);
    tester.testAllPublicStaticMethods(ScatterPoint.class);
  }
}
