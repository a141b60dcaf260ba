package dev.yardstick.indicators.dataset;

import static dev.yardstick.indicators.TestIndicators.ORGANISATIONS;
import static dev.yardstick.indicators.TestIndicators.PERCENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.benchmark.ComparatorValues;
import dev.yardstick.indicators.benchmark.MissingValuePolicy;
import dev.yardstick.indicators.benchmark.Position;
import dev.yardstick.indicators.benchmark.PositionCalculator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossSectionTest {

  private static final IndicatorCode T1 = PERCENT.getCode();
  private static final FinancialYear Y2004 = FinancialYear.of(2004);
  private static final OrganisationId A = ORGANISATIONS.get(0);
  private static final OrganisationId B = ORGANISATIONS.get(1);
  private static final OrganisationId C = ORGANISATIONS.get(2);
  private static final OrganisationId D = ORGANISATIONS.get(3);
  private static final OrganisationId E = ORGANISATIONS.get(4);

  private static IndicatorValue v(OrganisationId organisation, String figure) {
    return IndicatorValue.of(T1, organisation, Y2004, new BigDecimal(figure));
  }

  private static IndicatorValue suppressed(OrganisationId organisation) {
    return IndicatorValue.builder()
        .indicator(T1)
        .organisation(organisation)
        .period(Y2004)
        .quality(ValueQuality.SUPPRESSED)
        .build();
  }

  private static CrossSection.Builder section() {
    return CrossSection.builder().indicator(T1).period(Y2004);
  }

  @Test
  void toComparatorValues_listsSuppressedMissingAndAbsentAsMissing_inOrganisationOrder() {
    CrossSection section =
        section()
            .addValues(
                v(A, "12.5"),
                suppressed(B),
                IndicatorValue.missing(T1, D, Y2004, "return not received"),
                IndicatorValue.builder()
                    .from(v(E, "9.75"))
                    .quality(ValueQuality.PROVISIONAL)
                    .build())
            .addAbsent(C)
            .build();

    ComparatorValues values = section.toComparatorValues();

    assertEquals(Map.of(A, 12.5, E, 9.75), values.getValues());
    assertEquals(List.of(A, E), values.getOrganisations());
    assertEquals(List.of(B, C, D), List.copyOf(values.getMissing()));
  }

  @Test
  void toComparatorValues_missingValuesReachTheCalculatorsPolicy() {
    CrossSection section =
        section().addValues(v(A, "12.5"), suppressed(B), v(C, "11")).addAbsent(D).build();

    Position position =
        PositionCalculator.withDefaults()
            .calculate(section.toComparatorValues(), A, Polarity.LOWER_IS_BETTER);
    assertEquals(2, position.getMissingCount());
    assertEquals(2, position.getGroupSize());
    assertEquals(2.0, position.getRank());

    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PositionCalculator.withDefaults()
                    .with(MissingValuePolicy.REFUSE)
                    .calculate(section.toComparatorValues(), A, Polarity.LOWER_IS_BETTER));
    assertTrue(refused.getMessage().contains(B.toString()), refused.getMessage());
    assertTrue(refused.getMessage().contains(D.toString()), refused.getMessage());
  }

  @Test
  void toComparatorValues_empty_isEmpty() {
    ComparatorValues values = section().build().toComparatorValues();
    assertEquals(Map.of(), values.getValues());
    assertEquals(Set.of(), values.getMissing());
  }

  @Test
  void toComparatorValues_noFigureAtAll_listsEveryOrganisationAsMissing() {
    CrossSection section =
        section().addValues(suppressed(A), suppressed(C)).addAbsent(B, D).build();
    ComparatorValues values = section.toComparatorValues();
    assertEquals(Map.of(), values.getValues());
    assertEquals(List.of(A, B, C, D), List.copyOf(values.getMissing()));
  }

  @Test
  void toComparatorValues_keepsTheIndicatorsUnit_asTheNearestDouble() {
    CrossSection section =
        section().addValues(v(A, "0.1"), v(B, "100"), v(C, "33.333333333333333333")).build();
    assertEquals(
        Map.of(A, 0.1, B, 100.0, C, 33.333333333333336), section.toComparatorValues().getValues());
  }

  @Test
  void toComparatorValues_figureTooLargeForADouble_isRefusedNamingTheOrganisation() {
    CrossSection section = section().addValues(v(A, "12.5"), v(B, "-1E+400")).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, section::toComparatorValues);
    assertTrue(e.getMessage().contains(B.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("too large for a double"), e.getMessage());
  }
}
