package dev.yardstick.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.risk.HeatMap;
import dev.yardstick.risk.RiskRegister;
import dev.yardstick.risk.ScoreKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExampleRisksTest {

  @Test
  void register_isValidAndPlacesEveryRiskOnTheHeatMap() {
    RiskRegister register = ExampleRisks.register();
    assertTrue(register.validate().isValid(), register.validate().toString());
    HeatMap residual = register.heatMap(ScoreKind.RESIDUAL, LocalDate.of(2024, 12, 31));
    assertEquals(12, residual.getTotal());
    assertEquals(0, residual.getNotAssessed());
    assertEquals(1, residual.count(4, 4));
    assertEquals(2, residual.count(4, 3));
    assertTrue(!register.aboveAppetite(LocalDate.of(2024, 12, 31)).isEmpty());
  }
}
