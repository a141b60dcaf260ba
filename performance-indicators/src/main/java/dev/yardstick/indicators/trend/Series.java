package dev.yardstick.indicators.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A time series after its missing periods have been dealt with: the kept values and their 0-based
 * time positions in the original input. Package-private working form; statistics work on {@code
 * double[]} internally.
 */
final class Series {

  final double[] values;
  final int[] positions;

  private Series(double[] values, int[] positions) {
    this.values = values;
    this.positions = positions;
  }

  /**
   * Checks and reduces an input series.
   *
   * @throws IllegalArgumentException for an infinite value, or a missing ({@code NaN}) value under
   *     {@link MissingValues#REFUSE}, naming its position
   */
  static Series of(double[] input, MissingValues missing, String name) {
    Objects.requireNonNull(input, name);
    double[] values = new double[input.length];
    int[] positions = new int[input.length];
    int n = 0;
    for (int i = 0; i < input.length; i++) {
      double v = input[i];
      if (Double.isNaN(v)) {
        if (missing == MissingValues.REFUSE) {
          throw new IllegalArgumentException(
              name + " has a missing value (NaN) at position " + i + "; missing values are refused");
        }
        continue;
      }
      if (Double.isInfinite(v)) {
        throw new IllegalArgumentException(
            name + " has a non-finite value " + v + " at position " + i);
      }
      values[n] = v;
      positions[n] = i;
      n++;
    }
    return new Series(Arrays.copyOf(values, n), Arrays.copyOf(positions, n));
  }

  /** Refuses any non-finite value (NaN included), naming the position. */
  static void requireFinite(double[] input, String name) {
    Objects.requireNonNull(input, name);
    for (int i = 0; i < input.length; i++) {
      if (!Double.isFinite(input[i])) {
        throw new IllegalArgumentException(
            name + " has a non-finite value " + input[i] + " at position " + i);
      }
    }
  }

  static List<Double> boxed(double[] v) {
    List<Double> list = new ArrayList<>(v.length);
    for (double d : v) {
      list.add(d);
    }
    return list;
  }

  int size() {
    return values.length;
  }

  double[] positionsAsDoubles() {
    double[] x = new double[positions.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = positions[i];
    }
    return x;
  }

  static boolean allEqual(double[] v) {
    for (int i = 1; i < v.length; i++) {
      if (v[i] != v[0]) {
        return false;
      }
    }
    return true;
  }
}
