package dev.yardstick.indicators.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ObjectiveId;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.status.RagStatus;
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
  }
}
