package dev.yardstick.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void normalise_equalValues_areEqualAndPrintPlainly() {
    assertEquals(
        Decimals.normalise(new BigDecimal("75")), Decimals.normalise(new BigDecimal("75.00")));
    assertEquals("75", Decimals.normalise(new BigDecimal("75.00")).toString());
    assertEquals("100", Decimals.normalise(new BigDecimal("1E+2")).toString());
    assertEquals("0.5", Decimals.normalise(new BigDecimal("0.500")).toString());
  }

  @Test
  void normalise_anyZero_isZero() {
    assertSame(BigDecimal.ZERO, Decimals.normalise(new BigDecimal("0.000")));
    assertSame(BigDecimal.ZERO, Decimals.normalise(new BigDecimal("0E+3")));
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().testAllPublicStaticMethods(Decimals.class);
  }
}
