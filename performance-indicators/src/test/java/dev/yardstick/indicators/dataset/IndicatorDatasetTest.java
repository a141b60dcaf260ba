package dev.yardstick.indicators.dataset;

import static dev.yardstick.indicators.TestIndicators.ORGANISATIONS;
import static dev.yardstick.indicators.TestIndicators.PERCENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.organisation.ComparatorGroup;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IndicatorDatasetTest {

  private static final IndicatorCode T1 = PERCENT.getCode();
  private static final IndicatorCode T2 = IndicatorCode.of("T2");
  private static final OrganisationId A = ORGANISATIONS.get(0);
  private static final OrganisationId B = ORGANISATIONS.get(1);
  private static final OrganisationId C = ORGANISATIONS.get(2);
  private static final FinancialYear Y2003 = FinancialYear.of(2003);
  private static final FinancialYear Y2004 = FinancialYear.of(2004);

  private static IndicatorValue v(IndicatorCode code, OrganisationId org, ReportingPeriod p, String x) {
    return IndicatorValue.of(code, org, p, new BigDecimal(x));
  }

  private static final IndicatorDataset DATASET =
      IndicatorDataset.of(
          List.of(
              v(T1, B, Y2004, "11"),
              v(T1, A, Y2004, "12.5"),
              v(T1, A, Y2003, "14"),
              IndicatorValue.fromRatio(PERCENT, C, Y2004, 1, 8),
              IndicatorValue.missing(T2, A, Y2003, "return not received"),
              v(T2, A, ReportingMonth.of(2003, 4), "7")));

  @Test
  void get_findsEachValueAndNothingElse() {
    assertEquals(Optional.of(v(T1, A, Y2004, "12.5")), DATASET.get(T1, A, Y2004));
    assertEquals(
        Optional.of(IndicatorValue.fromRatio(PERCENT, C, Y2004, 1, 8)), DATASET.get(T1, C, Y2004));
    assertEquals(Optional.empty(), DATASET.get(T1, B, Y2003));
    assertEquals(Optional.empty(), DATASET.get(IndicatorCode.of("T9"), A, Y2003));
    assertEquals(6, DATASET.size());
  }

  @Test
  void series_isInPeriodOrder() {
    IndicatorSeries series = DATASET.series(T1, A);
    assertEquals(List.of(Y2003, Y2004), series.getPeriods());
    assertEquals(Optional.of(v(T1, A, Y2003, "14")), series.find(Y2003));
    assertEquals(0, DATASET.series(T1, ORGANISATIONS.get(4)).size());
  }

  @Test
  void series_keepsMissingValuesInPlace() {
    IndicatorSeries series = DATASET.series(T2, A);
    assertEquals(2, series.size());
    assertEquals(ValueQuality.MISSING, series.getValues().get(0).getQuality());
  }

  @Test
  void crossSection_ofAGroup_usesMembershipOnThePeriodsLastDay() {
    ComparatorGroup group =
        ComparatorGroup.builder()
            .name("neighbours")
            .kind(ComparatorGroup.Kind.STATISTICAL_NEIGHBOURS)
            .addMember(A, LocalDate.of(2000, 4, 1))
            .addMember(B, LocalDate.of(2000, 4, 1), LocalDate.of(2004, 3, 31))
            .addMember(ORGANISATIONS.get(3), LocalDate.of(2000, 4, 1))
            .build();
    CrossSection section = DATASET.crossSection(T1, Y2004, group);
    assertEquals(List.of(A), section.getOrganisations(), "B left the group before 31 March 2005");
    assertEquals(List.of(ORGANISATIONS.get(3)), section.getAbsent());
  }

  @Test
  void crossSection_ofTheDataset_listsAbsentOrganisations() {
    CrossSection section = DATASET.crossSection(T1, Y2004);
    assertEquals(List.of(A, B, C), section.getOrganisations());
    assertEquals(List.of(), section.getAbsent());
    CrossSection earlier = DATASET.crossSection(T1, Y2003);
    assertEquals(List.of(A), earlier.getOrganisations());
    assertEquals(List.of(B, C), earlier.getAbsent());
  }

  @Test
  void build_duplicateKey_namesKeyAndPositions() {
    IndicatorDataset.Builder builder =
        IndicatorDataset.builder()
            .add(v(T1, A, Y2003, "1"))
            .add(v(T1, B, Y2003, "2"))
            .add(v(T1, A, Y2003, "3"));
    DuplicateValueException e = assertThrows(DuplicateValueException.class, builder::build);
    assertEquals(T1, e.getIndicator());
    assertEquals(A, e.getOrganisation());
    assertEquals(Y2003, e.getPeriod());
    assertEquals(0, e.getFirstPosition());
    assertEquals(2, e.getSecondPosition());
    assertTrue(
        e.getMessage().contains("T1") && e.getMessage().contains("E06000001")
            && e.getMessage().contains("2003-04"),
        e.getMessage());
  }

  @Test
  void build_latestWins_keepsTheLastValueAdded() {
    IndicatorDataset dataset =
        IndicatorDataset.builder()
            .duplicatePolicy(DuplicatePolicy.LATEST_WINS)
            .add(v(T1, A, Y2003, "1"))
            .add(IndicatorValue.builder().from(v(T1, A, Y2003, "2")).commentary("first fix").build())
            .add(v(T1, A, Y2003, "3"))
            .build();
    assertEquals(List.of(v(T1, A, Y2003, "3")), dataset.toList());
  }

  @Test
  void build_keepsHugeValuesAndCountsExactly() {
    IndicatorValue huge = v(T2, A, Y2003, "123456789012345678901234567890.123456789");
    IndicatorValue tiny = v(T2, B, Y2003, "1E-200");
    IndicatorValue wide =
        IndicatorValue.builder()
            .indicator(T1)
            .organisation(A)
            .period(Y2003)
            .value(new BigDecimal("50"))
            .numerator(3_000_000_000L)
            .denominator(6_000_000_000L)
            .build();
    IndicatorDataset dataset = IndicatorDataset.of(List.of(huge, tiny, wide));
    assertEquals(Optional.of(huge), dataset.get(T2, A, Y2003));
    assertEquals(Optional.of(tiny), dataset.get(T2, B, Y2003));
    assertEquals(Optional.of(wide), dataset.get(T1, A, Y2003));
  }

  @Test
  void iteration_isInKeyOrder() {
    List<String> keys =
        DATASET.stream()
            .map(x -> x.getIndicator() + " " + x.getOrganisation() + " " + x.getPeriod())
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "T1 E06000001 2003-04",
            "T1 E06000001 2004-05",
            "T1 E06000002 2004-05",
            "T1 E08000001 2004-05",
            "T2 E06000001 2003-04",
            "T2 E06000001 April 2003"),
        keys);
    assertEquals(List.of(T1, T2), DATASET.getIndicators());
    assertEquals(List.of(A, B, C), DATASET.getOrganisations());
  }

  @Test
  void equals_byContentWhateverTheOrderAdded() {
    List<IndicatorValue> values = DATASET.toList();
    List<IndicatorValue> reversed = new java.util.ArrayList<>(values);
    java.util.Collections.reverse(reversed);
    new EqualsTester()
        .addEqualityGroup(DATASET, IndicatorDataset.of(reversed), IndicatorDataset.of(values))
        .addEqualityGroup(IndicatorDataset.empty(), IndicatorDataset.builder().build())
        .addEqualityGroup(IndicatorDataset.of(values.subList(1, values.size())))
        .testEquals();
    assertEquals("IndicatorDataset{6 values: 2 indicators, 3 organisations, 3 periods}",
        DATASET.toString());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(IndicatorCode.class, T1);
    tester.setDefault(OrganisationId.class, A);
    tester.setDefault(ReportingPeriod.class, Y2003);
    tester.setDefault(IndicatorValue.class, v(T1, A, Y2003, "1"));
    tester.setDefault(
        ComparatorGroup.class,
        ComparatorGroup.builder().name("g").kind(ComparatorGroup.Kind.CUSTOM).build());
    tester.testAllPublicStaticMethods(IndicatorDataset.class);
    tester.testAllPublicInstanceMethods(DATASET);
    tester.testAllPublicInstanceMethods(IndicatorDataset.builder());
    tester.testAllPublicInstanceMethods(DATASET.series(T1, A));
    tester.testAllPublicInstanceMethods(DATASET.crossSection(T1, Y2003));
  }

  @Test
  void series_rejectsForeignOrUnorderedValues() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                IndicatorSeries.builder()
                    .indicator(T1)
                    .organisation(A)
                    .addValues(v(T1, A, Y2004, "1"), v(T1, A, Y2003, "2"))
                    .build());
    assertTrue(e.getMessage().contains("out of order"), e.getMessage());
    IllegalArgumentException foreign =
        assertThrows(
            IllegalArgumentException.class,
            () -> IndicatorSeries.of(T1, A, List.of(v(T1, B, Y2004, "1"))));
    assertTrue(foreign.getMessage().contains("another series"), foreign.getMessage());
  }

  @Test
  void crossSection_rejectsOrganisationBothPresentAndAbsent() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CrossSection.builder()
                    .indicator(T1)
                    .period(Y2003)
                    .addValues(v(T1, A, Y2003, "1"))
                    .addAbsent(A)
                    .build());
    assertTrue(e.getMessage().contains("both present and absent"), e.getMessage());
  }
}
