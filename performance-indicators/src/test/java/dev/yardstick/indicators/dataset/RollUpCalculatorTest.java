package dev.yardstick.indicators.dataset;

import static dev.yardstick.indicators.TestIndicators.FLOW;
import static dev.yardstick.indicators.TestIndicators.PERCENT;
import static dev.yardstick.indicators.TestIndicators.SNAPSHOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.DateRangePeriod;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RollUpCalculatorTest {

  private static final OrganisationId A = OrganisationId.gss("E06000001");
  private static final FinancialYear YEAR = FinancialYear.of(2003);
  private static final RollUpCalculator DEFAULTS = RollUpCalculator.withDefaults();

  private static IndicatorSeries counts(IndicatorDefinition definition, int... perMonth) {
    List<IndicatorValue> values = new ArrayList<>();
    List<ReportingMonth> months = YEAR.getMonths();
    for (int i = 0; i < perMonth.length; i++) {
      if (perMonth[i] >= 0) {
        values.add(
            IndicatorValue.of(definition.getCode(), A, months.get(i), BigDecimal.valueOf(perMonth[i])));
      }
    }
    return IndicatorSeries.of(definition.getCode(), A, values);
  }

  @Test
  void flow_yearToDate_addsTheMonths() {
    IndicatorSeries series = counts(FLOW, 5, 7, 9, 11, 13, 15);
    RollUpResult ytd = DEFAULTS.calculate(FLOW, series, ReportingMonth.of(2003, 6).yearToDate());
    assertEquals(RollUpStatus.COMPLETE, ytd.getStatus());
    assertEquals(Optional.of(new BigDecimal("21")), ytd.getValue(), "April to June: 5 + 7 + 9");
    assertEquals(3, ytd.getParts().size());
    assertEquals(Optional.of(Frequency.MONTHLY), ytd.getPartFrequency());
    assertEquals(MeasureKind.FLOW_COUNT, ytd.getMeasureKind());
  }

  @Test
  void flow_yearFromQuarters_addsTheQuarters() {
    List<IndicatorValue> quarters = new ArrayList<>();
    for (FinancialQuarter q : YEAR.getQuarters()) {
      quarters.add(IndicatorValue.of(FLOW.getCode(), A, q, BigDecimal.valueOf(10L * q.getQuarter())));
    }
    RollUpResult year =
        DEFAULTS.calculate(FLOW, IndicatorSeries.of(FLOW.getCode(), A, quarters), YEAR);
    assertEquals(Optional.of(new BigDecimal("100")), year.getValue());
    assertEquals(Optional.of(Frequency.QUARTERLY), year.getPartFrequency());
  }

  @Test
  void snapshot_takesTheLatestPart() {
    IndicatorSeries series = counts(SNAPSHOT, 40, 42, 41, 45, 44, 43, 47, 46, 48, 50, 49, 51);
    assertEquals(Optional.of(new BigDecimal("51")), DEFAULTS.calculate(SNAPSHOT, series, YEAR).getValue());
    assertEquals(
        Optional.of(new BigDecimal("43")),
        DEFAULTS.calculate(SNAPSHOT, series, ReportingMonth.of(2003, 9).yearToDate()).getValue());
  }

  @Test
  void ratio_isRecomputedFromSummedCounts_notAveraged() {
    IndicatorSeries series =
        IndicatorSeries.of(
            PERCENT.getCode(),
            A,
            List.of(
                IndicatorValue.fromRatio(PERCENT, A, ReportingMonth.of(2003, 4), 1, 2),
                IndicatorValue.fromRatio(PERCENT, A, ReportingMonth.of(2003, 5), 1, 10)));
    RollUpResult ytd = DEFAULTS.calculate(PERCENT, series, ReportingMonth.of(2003, 5).yearToDate());
    // 2 / 12 = 16.7%; the mean of 50% and 10% would be 30%.
    assertEquals(Optional.of(new BigDecimal("16.7")), ytd.getValue());
    assertEquals(OptionalLong.of(2), ytd.getNumerator());
    assertEquals(OptionalLong.of(12), ytd.getDenominator());
    IndicatorValue value = ytd.toIndicatorValue().orElseThrow();
    assertEquals(ReportingMonth.of(2003, 5).yearToDate(), value.getPeriod());
    assertTrue(PERCENT.validate(value).isValid());
  }

  @Test
  void missingMonth_givesIncompleteByDefault_andPartialOnRequest() {
    IndicatorSeries series = counts(FLOW, 5, -1, 9);
    ReportingPeriod q1 = FinancialQuarter.of(2003, 1);
    RollUpResult strict = DEFAULTS.calculate(FLOW, series, q1);
    assertEquals(RollUpStatus.INCOMPLETE, strict.getStatus());
    assertEquals(Optional.empty(), strict.getValue());
    assertEquals(List.of(ReportingMonth.of(2003, 5)), strict.getMissingPeriods());
    RollUpResult partial = DEFAULTS.with(MissingParts.USE_AVAILABLE).calculate(FLOW, series, q1);
    assertEquals(RollUpStatus.PARTIAL, partial.getStatus());
    assertEquals(Optional.of(new BigDecimal("14")), partial.getValue());
    assertEquals(
        Optional.of("rolled up from 2 of 3 parts"),
        partial.toIndicatorValue().orElseThrow().getCommentary());
  }

  @Test
  void suppressedMonth_countsAsMissing_andQualityIsTheWeakest() {
    List<IndicatorValue> values = new ArrayList<>(counts(FLOW, 5, 6).getValues());
    values.add(
        IndicatorValue.builder()
            .indicator(FLOW.getCode())
            .organisation(A)
            .period(ReportingMonth.of(2003, 6))
            .quality(ValueQuality.SUPPRESSED)
            .build());
    values.set(
        1, IndicatorValue.builder().from(values.get(1)).quality(ValueQuality.ESTIMATED).build());
    IndicatorSeries series = IndicatorSeries.of(FLOW.getCode(), A, values);
    RollUpResult strict = DEFAULTS.calculate(FLOW, series, FinancialQuarter.of(2003, 1));
    assertEquals(RollUpStatus.INCOMPLETE, strict.getStatus());
    RollUpResult partial =
        DEFAULTS.with(MissingParts.USE_AVAILABLE).calculate(FLOW, series, FinancialQuarter.of(2003, 1));
    assertEquals(Optional.of(ValueQuality.ESTIMATED), partial.getQuality());
  }

  @Test
  void mean_isNotAggregatable() {
    IndicatorDefinition mean =
        IndicatorDefinition.builder().from(FLOW).measureKind(MeasureKind.MEAN).build();
    assertEquals(
        RollUpStatus.NOT_AGGREGATABLE,
        DEFAULTS.calculate(mean, counts(mean, 1, 2, 3), FinancialQuarter.of(2003, 1)).getStatus());
  }

  @Test
  void ratioWithoutCounts_isNotRecomputable() {
    IndicatorSeries series = counts(PERCENT, 10, 20, 30);
    assertEquals(
        RollUpStatus.NOT_RECOMPUTABLE,
        DEFAULTS.calculate(PERCENT, series, FinancialQuarter.of(2003, 1)).getStatus());
  }

  @Test
  void ratioMonthsWithZeroDenominators_areMissingParts() {
    IndicatorSeries series =
        IndicatorSeries.of(
            PERCENT.getCode(),
            A,
            List.of(
                IndicatorValue.fromRatio(PERCENT, A, ReportingMonth.of(2003, 4), 0, 0),
                IndicatorValue.fromRatio(PERCENT, A, ReportingMonth.of(2003, 5), 3, 4)));
    ReportingPeriod ytd = ReportingMonth.of(2003, 5).yearToDate();
    assertEquals(RollUpStatus.INCOMPLETE, DEFAULTS.calculate(PERCENT, series, ytd).getStatus());
    RollUpResult partial = DEFAULTS.with(MissingParts.USE_AVAILABLE).calculate(PERCENT, series, ytd);
    assertEquals(Optional.of(new BigDecimal("75")), partial.getValue());
    assertEquals(List.of(ReportingMonth.of(2003, 4)), partial.getMissingPeriods());
  }

  @Test
  void noPartInTheTarget_isNoData() {
    RollUpResult result = DEFAULTS.calculate(FLOW, counts(FLOW), YEAR);
    assertEquals(RollUpStatus.NO_DATA, result.getStatus());
    assertEquals(Optional.empty(), result.getPartFrequency());
  }

  @Test
  void target_spanningYearsOrNotWholeParts_isRejected() {
    IndicatorSeries series = counts(FLOW, 1, 2, 3);
    IllegalArgumentException spans =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DEFAULTS.calculate(
                    FLOW,
                    series,
                    DateRangePeriod.of(LocalDate.of(2003, 4, 1), LocalDate.of(2004, 5, 31))));
    assertTrue(spans.getMessage().contains("spans more than"), spans.getMessage());
    IllegalArgumentException ragged =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DEFAULTS.calculate(
                    FLOW,
                    series,
                    DateRangePeriod.of(LocalDate.of(2003, 4, 1), LocalDate.of(2003, 5, 15))));
    assertTrue(ragged.getMessage().contains("whole MONTHLY parts"), ragged.getMessage());
    IllegalArgumentException annual =
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.with(Frequency.ANNUAL));
    assertTrue(annual.getMessage().contains("ANNUAL"));
    IllegalArgumentException other =
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.calculate(SNAPSHOT, series, YEAR));
    assertTrue(other.getMessage().contains("T2") && other.getMessage().contains("T3"));
  }

  @Test
  void options_areKept() {
    RollUpCalculator calculator =
        DEFAULTS.with(MissingParts.USE_AVAILABLE).with(Frequency.QUARTERLY);
    assertEquals(MissingParts.USE_AVAILABLE, calculator.getMissingParts());
    assertEquals(Optional.of(Frequency.QUARTERLY), calculator.getPartFrequency());
    RollUpResult result = calculator.calculate(FLOW, counts(FLOW, 1, 2, 3), YEAR);
    assertEquals(RollUpStatus.NO_DATA, result.getStatus(), "the series has no quarters");
    assertEquals(MissingParts.USE_AVAILABLE, result.getMissingPartsPolicy());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(IndicatorDefinition.class, FLOW);
    tester.setDefault(IndicatorSeries.class, counts(FLOW, 1));
    tester.setDefault(ReportingPeriod.class, YEAR);
    tester.testAllPublicStaticMethods(RollUpCalculator.class);
    tester.testAllPublicInstanceMethods(DEFAULTS);
  }
}
