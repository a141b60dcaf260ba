package dev.yardstick.indicators.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.indicators.IndicatorCatalogue;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.dataset.IndicatorSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The direction of travel of a figure in an organisation's series, under the catalogue. */
class DirectionOfTravelFromSeriesTest {

  private static final IndicatorCode D40 = IndicatorCode.of("D40");
  private static final OrganisationId COUNCIL = OrganisationId.gss("E06000010");
  private static final FinancialQuarter Q2 = FinancialQuarter.of(2003, 2);

  private static IndicatorDefinition.Builder definition() {
    return IndicatorDefinition.builder()
        .code(D40)
        .title("Clients receiving a review")
        .unit(Unit.PERCENTAGE)
        .polarity(Polarity.HIGHER_IS_BETTER)
        .measureKind(MeasureKind.RATIO)
        .frequency(Frequency.QUARTERLY)
        .rounding(RoundingPolicy.ONE_DECIMAL_PLACE);
  }

  private static final IndicatorCatalogue ONE_DEFINITION =
      IndicatorCatalogue.of(List.of(definition().effectiveFrom(LocalDate.of(2000, 4, 1)).build()));

  /** The definition changed on 1 April 2003: last year's quarters are under another one. */
  private static final IndicatorCatalogue BREAK_IN_2003 =
      IndicatorCatalogue.of(
          List.of(
              definition()
                  .effectiveFrom(LocalDate.of(2000, 4, 1))
                  .effectiveTo(LocalDate.of(2003, 3, 31))
                  .build(),
              definition().effectiveFrom(LocalDate.of(2003, 4, 1)).build()));

  private static IndicatorValue value(ReportingPeriod period, String figure) {
    return IndicatorValue.of(D40, COUNCIL, period, new BigDecimal(figure));
  }

  /** Q1 70.04, Q2 70.01 (both 70.0 as published), Q2 of last year 72.0. */
  private static final IndicatorSeries SERIES =
      IndicatorSeries.builder()
          .indicator(D40)
          .organisation(COUNCIL)
          .addValues(
              value(FinancialQuarter.of(2002, 2), "72.0"),
              value(FinancialQuarter.of(2003, 1), "70.04"),
              value(Q2, "70.01"))
          .build();

  @Test
  void assess_previousPeriod_comparesTheFiguresAsPublished() {
    DirectionOfTravelResult r =
        DirectionOfTravelCalculator.withDefaults().assess(ONE_DEFINITION, SERIES, Q2).orElseThrow();
    assertEquals(new BigDecimal("70"), r.getLatest());
    assertEquals(new BigDecimal("70"), r.getPrevious());
    assertEquals(Optional.of(DirectionOfTravel.NO_SIGNIFICANT_CHANGE), r.getDirectionOfTravel());
  }

  @Test
  void assess_samePeriodLastYear_comparesLastYearsQuarter() {
    DirectionOfTravelCalculator yearOnYear =
        DirectionOfTravelCalculator.withDefaults().with(ComparisonBasis.SAME_PERIOD_LAST_YEAR);
    assertEquals(
        Optional.of(DirectionOfTravel.WORSENING),
        yearOnYear.assess(ONE_DEFINITION, SERIES, Q2).orElseThrow().getDirectionOfTravel());
    assertEquals(
        Optional.of(DirectionOfTravel.NOT_COMPARABLE),
        yearOnYear.assess(BREAK_IN_2003, SERIES, Q2).orElseThrow().getDirectionOfTravel());
  }

  @Test
  void assess_withoutAnEarlierFigure_isEmpty() {
    assertEquals(
        Optional.empty(),
        DirectionOfTravelCalculator.withDefaults()
            .assess(ONE_DEFINITION, SERIES, FinancialQuarter.of(2002, 2)));
    assertEquals(
        Optional.empty(),
        DirectionOfTravelCalculator.withDefaults()
            .assess(ONE_DEFINITION, SERIES, FinancialQuarter.of(2003, 3)));
  }

  @Test
  void assess_withoutADefinition_isRejectedNamingIt() {
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DirectionOfTravelCalculator.withDefaults()
                    .assess(IndicatorCatalogue.empty(), SERIES, Q2));
    assertEquals("indicator D40 has no definition in force for 2003-04 Q2", none.getMessage());
    new NullPointerTester()
        .setDefault(IndicatorCatalogue.class, ONE_DEFINITION)
        .setDefault(IndicatorSeries.class, SERIES)
        .setDefault(ReportingPeriod.class, Q2)
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Polarity.class, Polarity.NONE)
        .testAllPublicInstanceMethods(DirectionOfTravelCalculator.withDefaults());
  }
}
