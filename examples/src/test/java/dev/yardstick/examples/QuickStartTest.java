package dev.yardstick.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.core.status.RagStatus;
import dev.yardstick.indicators.variance.TargetVerdict;
import dev.yardstick.indicators.variance.VarianceResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void run_printsPeriodTargetAndStatus() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    VarianceResult result;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      result = QuickStart.run(out);
    }
    // 41 / 256 = 16.015625%, printed to one decimal place as 16.0: on a target of at most 16%.
    assertEquals(new BigDecimal("16"), result.getComparedValue().orElseThrow());
    assertEquals(TargetVerdict.ON_TARGET, result.getVerdict().orElseThrow());
    assertEquals(RagStatus.GREEN, result.getStatus());
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
    assertEquals("Period: 2003-04 Q2 (2003-07-01 to 2003-09-30)", lines[0]);
    assertEquals("Target: A1 at most 16% for 2003-04, amber within 2 points", lines[1]);
    assertEquals("Status: " + result.explain(), lines[2]);
  }
}
