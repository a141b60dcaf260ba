package dev.yardstick.examples.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.core.measure.Unit;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

  @Test
  void format_roundsHalfUpWithGrouping() {
    assertEquals("72.4%", ValueFormat.of(1, "%").format(72.35));
    assertEquals("1,234", ValueFormat.of(0, "").format(1234.4));
    assertEquals("-0.5", ValueFormat.of(1, "").format(-0.45));
    assertEquals("56.0%", ValueFormat.of(1, "%").withMultiplier(100).format(0.56));
  }

  @Test
  void of_unit_writesTheUnit() {
    assertEquals("12.4 per 1,000", ValueFormat.of(Unit.PER_1_000, 1).format(12.37));
    assertEquals("£512.50", ValueFormat.of(Unit.POUNDS, 2).format(512.5));
    assertEquals("-£3", ValueFormat.of(Unit.POUNDS, 0).format(-3));
    assertEquals("9.0 days", ValueFormat.of(Unit.DAYS, 1).format(9));
  }

  @Test
  void tick_usesTheStepsPrecision() {
    ValueFormat f = ValueFormat.of(1, "%");
    assertEquals("70%", f.tick(70, 5));
    assertEquals("70.5%", f.tick(70.5, 0.5));
    assertEquals("0.25", ValueFormat.of(0, "").tick(0.25, 0.05));
  }

  @Test
  void of_rejectsTooManyDecimals() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ValueFormat.of(7, ""));
    assertTrue(e.getMessage().contains("7"), e.getMessage());
  }
}
