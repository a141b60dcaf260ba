package dev.yardstick.examples.report.svg;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A linear map from data values to drawing coordinates, with "nice" tick marks (steps of 1, 2 or 5
 * times a power of ten, after Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
final class Scale {

  private final double low;
  private final double high;
  private final double from;
  private final double to;
  private final double step;

  private Scale(double low, double high, double from, double to, double step) {
    this.low = low;
    this.high = high;
    this.from = from;
    this.to = to;
    this.step = step;
  }

  /**
   * Returns a scale whose domain covers {@code min} to {@code max}, widened to whole tick steps.
   *
   * @param min the smallest value to show
   * @param max the largest value to show
   * @param from the coordinate of the low end
   * @param to the coordinate of the high end
   * @param ticks about how many ticks to draw, at least 2
   * @return the scale
   */
  static Scale nice(double min, double max, double from, double to, int ticks) {
    checkArgument(Double.isFinite(min) && Double.isFinite(max), "scale ends %s and %s", min, max);
    checkArgument(min <= max, "scale minimum %s is above its maximum %s", min, max);
    double lo = min;
    double hi = max;
    if (hi - lo < 1e-12) {
      double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
      lo -= pad;
      hi += pad;
    }
    double range = niceNumber(hi - lo, false);
    double step = niceNumber(range / (Math.max(2, ticks) - 1), true);
    double low = Math.floor(lo / step) * step;
    double high = Math.ceil(hi / step) * step;
    return new Scale(low, high, from, to, step);
  }

  /**
   * Returns a scale from {@code min} to {@code max} exactly, with ticks at whole numbers.
   *
   * @param min the low end
   * @param max the high end, above {@code min}
   * @param from the coordinate of the low end
   * @param to the coordinate of the high end
   * @return the scale
   */
  static Scale exact(double min, double max, double from, double to) {
    checkArgument(min < max, "scale minimum %s is not below its maximum %s", min, max);
    return new Scale(min, max, from, to, 1);
  }

  double map(double value) {
    return from + (value - low) / (high - low) * (to - from);
  }

  double low() {
    return low;
  }

  double high() {
    return high;
  }

  double step() {
    return step;
  }

  double[] ticks() {
    int n = (int) Math.round((high - low) / step) + 1;
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = low + i * step;
      if (Math.abs(t[i]) < step * 1e-9) {
        t[i] = 0;
      }
    }
    return t;
  }

  private static double niceNumber(double x, boolean round) {
    double exponent = Math.floor(Math.log10(x));
    double fraction = x / Math.pow(10, exponent);
    double nice;
    if (round) {
      nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    } else {
      nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    }
    return nice * Math.pow(10, exponent);
  }
}
