package dev.yardstick.indicators.benchmark;

import dev.yardstick.core.measure.Polarity;
import java.math.BigDecimal;

/** Turns values into goodness scores (higher is better) by polarity. Not API. */
final class Goodness {

  private Goodness() {}

  /**
   * Returns the goodness of each value: the value (higher is better, and no polarity, where
   * "better" means higher), its negation (lower is better), or minus its distance from the best
   * range.
   */
  static double[] of(double[] values, Polarity polarity) {
    double[] g = new double[values.length];
    switch (polarity.getKind()) {
      case LOWER_IS_BETTER:
        for (int i = 0; i < g.length; i++) {
          g[i] = -values[i];
        }
        return g;
      case WITHIN_RANGE:
        double lo = polarity.getRangeLower().map(BigDecimal::doubleValue).orElseThrow();
        double hi = polarity.getRangeUpper().map(BigDecimal::doubleValue).orElseThrow();
        for (int i = 0; i < g.length; i++) {
          double v = values[i];
          g[i] = v < lo ? -(lo - v) : v > hi ? -(v - hi) : 0;
        }
        return g;
      default:
        return values.clone();
    }
  }
}
