package dev.yardstick.indicators.trend;

/** The O(n^2) pair count of the Mann-Kendall S, the definition the fast count is checked against. */
final class NaiveKendall {

  private NaiveKendall() {}

  static long score(double[] y) {
    long s = 0;
    for (int i = 0; i < y.length; i++) {
      for (int j = i + 1; j < y.length; j++) {
        s += (long) Math.signum(y[j] - y[i]);
      }
    }
    return s;
  }
}
