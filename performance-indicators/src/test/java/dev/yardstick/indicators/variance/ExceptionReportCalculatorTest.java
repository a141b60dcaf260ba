package dev.yardstick.indicators.variance;

import static dev.yardstick.indicators.variance.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.PerformanceFramework;
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
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.indicators.IndicatorCatalogue;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import dev.yardstick.indicators.dataset.IndicatorSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExceptionReportCalculatorTest {

  private static final OrganisationId COUNCIL = OrganisationId.gss("E10000015");
  private static final FinancialYear YEAR = FinancialYear.of(2003);
  private static final FinancialQuarter Q1 = FinancialQuarter.of(2003, 1);
  private static final FinancialQuarter Q2 = FinancialQuarter.of(2003, 2);
  private static final FinancialQuarter LAST_Q2 = FinancialQuarter.of(2002, 2);

  private static final IndicatorDefinition D40 =
      definition("D40", Unit.PERCENTAGE, MeasureKind.RATIO, Polarity.HIGHER_IS_BETTER, 1);
  private static final IndicatorDefinition C28 =
      definition("C28", Unit.COUNT, MeasureKind.FLOW_COUNT, Polarity.HIGHER_IS_BETTER, 0);
  private static final IndicatorDefinition A1 =
      definition("A1", Unit.PERCENTAGE, MeasureKind.RATIO, Polarity.LOWER_IS_BETTER, 1);
  private static final IndicatorDefinition B12 =
      definition("B12", Unit.COUNT, MeasureKind.SNAPSHOT, Polarity.HIGHER_IS_BETTER, 0);
  private static final IndicatorDefinition E47 =
      definition("E47", Unit.COUNT, MeasureKind.SNAPSHOT, Polarity.NONE, 0);

  private static final IndicatorCatalogue CATALOGUE =
      IndicatorCatalogue.of(List.of(D40, C28, A1, B12, E47));

  private static IndicatorDefinition definition(
      String code, Unit unit, MeasureKind kind, Polarity polarity, int places) {
    return IndicatorDefinition.builder()
        .code(IndicatorCode.of(code))
        .title("Indicator " + code)
        .unit(unit)
        .polarity(polarity)
        .measureKind(kind)
        .frequency(Frequency.QUARTERLY)
        .rounding(RoundingPolicy.of(places))
        .effectiveFrom(LocalDate.of(2000, 4, 1))
        .build();
  }

  private static Target target(
      String code, TargetKind kind, String value, TargetProfile profile, String tolerance) {
    return Target.builder()
        .id(TargetId.of("T-" + code))
        .indicator(IndicatorCode.of(code))
        .scope(TargetScope.organisation(COUNCIL))
        .period(YEAR)
        .kind(kind)
        .unit(CATALOGUE.find(IndicatorCode.of(code), YEAR).orElseThrow().getUnit())
        .value(dec(value))
        .tolerance(Tolerance.absolute(dec(tolerance)))
        .provenance(TargetProvenance.LOCAL_STRETCH)
        .profile(profile)
        .build();
  }

  private static final PerformanceFramework PLAN =
      PerformanceFramework.builder()
          .name("Adult services plan 2003-04")
          .addTargets(
              target("D40", TargetKind.AT_LEAST, "75", TargetProfile.constant(), "5"),
              target("C28", TargetKind.AT_LEAST, "400", TargetProfile.straightLine(), "20"),
              target("A1", TargetKind.AT_MOST, "15", TargetProfile.constant(), "1"),
              target("B12", TargetKind.AT_LEAST, "50", TargetProfile.constant(), "5"))
          .build();

  private static IndicatorValue ratio(IndicatorDefinition d, ReportingPeriod p, long n, long den) {
    return IndicatorValue.fromRatio(d, COUNCIL, p, n, den);
  }

  private static IndicatorValue count(IndicatorDefinition d, ReportingPeriod p, String value) {
    return IndicatorValue.of(d.getCode(), COUNCIL, p, dec(value));
  }

  private static final IndicatorDataset DATA =
      IndicatorDataset.of(
          List.of(
              ratio(D40, Q1, 70, 100),
              ratio(D40, Q2, 60, 100),
              ratio(D40, LAST_Q2, 65, 100),
              count(C28, Q1, "90"),
              count(C28, Q2, "95"),
              ratio(A1, Q2, 12, 100),
              ratio(A1, LAST_Q2, 11, 100),
              count(B12, Q2, "60"),
              count(B12, LAST_Q2, "55"),
              count(E47, Q2, "300")));

  @Test
  void calculate_listsRedWorseningAndForecastToMiss_furthestOffFirst() {
    ExceptionReport report =
        ExceptionReportCalculator.withDefaults().calculate(DATA, CATALOGUE, PLAN, COUNCIL, Q2);
    assertEquals(
        List.of("D40", "C28", "A1"),
        report.getEntries().stream()
            .map(e -> e.getIndicator().toString())
            .collect(Collectors.toList()));
    assertEquals(4, report.getAssessed().size());
    ExceptionEntry d40 = report.getEntries().get(0);
    assertEquals(
        EnumSet.of(
            ExceptionReason.RED, ExceptionReason.WORSENING, ExceptionReason.FORECAST_TO_MISS),
        d40.getReasons());
    assertEquals(Optional.of(dec("20")), d40.getShortfall());
    assertEquals(Optional.of(DirectionOfTravel.WORSENING), d40.getDirectionOfTravel());
    ExceptionEntry c28 = report.getEntries().get(1);
    assertEquals(EnumSet.of(ExceptionReason.FORECAST_TO_MISS), c28.getReasons());
    assertEquals(RagStatus.AMBER, c28.getVariance().getStatus());
    assertEquals(Optional.of(dec("370")), c28.getForecast().orElseThrow().getOutturn());
    assertEquals(Optional.of(dec("7.5")), c28.getShortfall());
    assertEquals(
        "Amber: 95 against a target of at least 100 with a tolerance of 20. Red: forecast outturn"
            + " of 370 for 2003-04 against an annual target of at least 400 with a tolerance of"
            + " 20.",
        c28.explain());
    ExceptionEntry a1 = report.getEntries().get(2);
    assertEquals(EnumSet.of(ExceptionReason.WORSENING), a1.getReasons());
    assertEquals(Optional.of(BigDecimal.ZERO), a1.getShortfall());
    assertEquals(
        "3 of 4 indicators need attention for 2003-04 Q2: 1 red, 2 worsening, 2 forecast to miss.",
        report.explain());
  }

  @Test
  void calculate_haveringPolicy_usesDirectionOfTravel() {
    IndicatorDataset improving =
        IndicatorDataset.of(List.of(ratio(D40, Q2, 60, 100), ratio(D40, LAST_Q2, 50, 100)));
    ExceptionReport report =
        ExceptionReportCalculator.withDefaults()
            .with(RagPolicy.havering())
            .calculate(improving, CATALOGUE, PLAN, COUNCIL, Q2);
    VarianceResult d40 =
        report.getAssessed().stream()
            .filter(v -> v.getIndicator().equals(D40.getCode()))
            .findFirst()
            .orElseThrow();
    assertEquals(RagStatus.AMBER, d40.getStatus());
    assertEquals(Optional.of(DirectionOfTravel.IMPROVING), d40.getDirectionOfTravel());
  }

  @Test
  void reportsAndEntries_haveValueEquality() {
    ExceptionReportCalculator calc = ExceptionReportCalculator.withDefaults();
    new EqualsTester()
        .addEqualityGroup(
            calc.calculate(DATA, CATALOGUE, PLAN, COUNCIL, Q2),
            calc.calculate(DATA, CATALOGUE, PLAN, COUNCIL, Q2))
        .addEqualityGroup(
            calc.with(RagPolicy.havering()).calculate(DATA, CATALOGUE, PLAN, COUNCIL, Q2))
        .testEquals();
    List<ExceptionEntry> entries = calc.calculate(DATA, CATALOGUE, PLAN, COUNCIL, Q2).getEntries();
    new EqualsTester()
        .addEqualityGroup(entries.get(0), ExceptionEntry.builder().from(entries.get(0)).build())
        .addEqualityGroup(entries.get(1))
        .testEquals();
    assertEquals(
        "ExceptionReportCalculator[RagPolicy[Standard tolerance v1], STRAIGHT_LINE,"
            + " SAME_PERIOD_LAST_YEAR]",
        calc.toString());
  }

  @Test
  void calculate_missingDefinition_isRejectedWithItsCode() {
    IndicatorCatalogue partial = IndicatorCatalogue.of(List.of(D40, C28, B12));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ExceptionReportCalculator.withDefaults()
                    .calculate(DATA, partial, PLAN, COUNCIL, Q2));
    assertEquals(
        "target T-A1 is for indicator A1, which has no definition in force for 2003-04 Q2",
        e.getMessage());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(IndicatorDataset.class, DATA)
            .setDefault(IndicatorCatalogue.class, CATALOGUE)
            .setDefault(PerformanceFramework.class, PLAN)
            .setDefault(OrganisationId.class, COUNCIL)
            .setDefault(ReportingPeriod.class, Q2);
    tester.testAllPublicStaticMethods(ExceptionReportCalculator.class);
    tester
        .setDefault(IndicatorDefinition.class, D40)
        .setDefault(IndicatorCode.class, D40.getCode())
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(IndicatorValue.class, ratio(D40, Q2, 60, 100))
        .setDefault(IndicatorSeries.class, DATA.series(D40.getCode(), COUNCIL));
    tester.testAllPublicStaticMethods(Figure.class);
    tester.testAllPublicStaticMethods(YearToDateActuals.class);
    tester.testAllPublicStaticMethods(UnitCost.class);
    tester.testAllPublicInstanceMethods(ExceptionReportCalculator.withDefaults());
  }

  @Test
  void figureAndYearToDate_fromDefinitionAndDataset() {
    Figure figure = Figure.of(D40, ratio(D40, Q2, 60, 100));
    assertEquals(Optional.of(dec("60")), figure.getValue());
    assertEquals(Unit.PERCENTAGE, figure.getUnit());
    YearToDateActuals ytd =
        YearToDateActuals.from(D40, DATA.series(D40.getCode(), COUNCIL), Q2).orElseThrow();
    assertEquals(Optional.of(dec("65")), ytd.getCumulativeValue());
    assertEquals(
        Optional.empty(), YearToDateActuals.from(A1, DATA.series(A1.getCode(), COUNCIL), Q2));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Figure.of(A1, ratio(D40, Q2, 1, 2)));
    assertEquals("value of indicator D40 is judged by the definition of A1", e.getMessage());
  }
}
