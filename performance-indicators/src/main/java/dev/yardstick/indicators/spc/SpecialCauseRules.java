package dev.yardstick.indicators.spc;

/**
 * The special-cause rules of NHSRplotthedots v0.2.2 as array functions over one segment. Each
 * mirrors a function of {@code R/ptd_calculate_point_type.R} so that the package's own unit-test
 * vectors can be run against it. Package-private; {@link XmrChart} documents the semantics.
 */
final class SpecialCauseRules {

  private SpecialCauseRules() {}

  /** Sign of each value against the mean: +1 above, -1 below, 0 exactly on it. */
  static int[] relativeToMean(double[] y, double mean) {
    int[] rtm = new int[y.length];
    for (int i = 0; i < y.length; i++) {
      rtm[i] = y[i] > mean ? 1 : (y[i] < mean ? -1 : 0);
    }
    return rtm;
  }

  /**
   * {@code seven_point_one_side_mean}: the side (+1/-1) at an index that closes a run of {@code
   * length} points with the same non-zero sign; 0 elsewhere. A point on the mean breaks a run.
   */
  static int[] shiftEnds(int[] rtm, int length) {
    int[] ends = new int[rtm.length];
    int run = 0;
    for (int i = 0; i < rtm.length; i++) {
      if (rtm[i] == 0) {
        run = 0;
      } else {
        run = i > 0 && rtm[i - 1] == rtm[i] ? run + 1 : 1;
      }
      if (run >= length) {
        ends[i] = rtm[i];
      }
    }
    return ends;
  }

  /**
   * {@code seven_point_trend}: +1/-1 at an index that closes {@code length} strictly increasing or
   * decreasing points ({@code length - 1} differences of the same non-zero sign); 0 elsewhere. An
   * equal value breaks a trend.
   */
  static int[] trendEnds(double[] y, int length) {
    int[] ends = new int[y.length];
    int run = 0;
    int previousSign = 0;
    for (int i = 1; i < y.length; i++) {
      int sign = y[i] > y[i - 1] ? 1 : (y[i] < y[i - 1] ? -1 : 0);
      if (sign == 0) {
        run = 0;
      } else {
        run = sign == previousSign ? run + 1 : 1;
      }
      previousSign = sign;
      if (run >= length - 1) {
        ends[i] = sign;
      }
    }
    return ends;
  }

  /**
   * {@code part_of_seven_trend} with direction: every point of a window of {@code length} points
   * that ends at a non-zero index carries that index's sign; where windows of opposite signs share
   * a point (a peak or trough), the later window's sign wins.
   */
  static int[] partOfRun(int[] ends, int length) {
    int[] part = new int[ends.length];
    for (int i = 0; i < ends.length; i++) {
      if (ends[i] != 0) {
        for (int j = Math.max(0, i - length + 1); j <= i; j++) {
          part[j] = ends[i];
        }
      }
    }
    return part;
  }

  /**
   * {@code two_in_three}: true for every point of a 3-point window that holds at least 2 close
   * points and lies wholly on one side of the mean (|sum of signs| = 3).
   */
  static boolean[] twoInThree(boolean[] close, int[] rtm) {
    boolean[] flagged = new boolean[close.length];
    for (int start = 0; start + 2 < close.length; start++) {
      int closeCount = 0;
      int side = 0;
      for (int j = start; j < start + 3; j++) {
        closeCount += close[j] ? 1 : 0;
        side += rtm[j];
      }
      if (closeCount >= 2 && Math.abs(side) == 3) {
        flagged[start] = true;
        flagged[start + 1] = true;
        flagged[start + 2] = true;
      }
    }
    return flagged;
  }

  /** {@code part_of_two_in_three}: only the close points of a triggered window. */
  static boolean[] partOfTwoInThree(boolean[] twoInThree, boolean[] close) {
    boolean[] part = new boolean[close.length];
    for (int i = 0; i < close.length; i++) {
      part[i] = twoInThree[i] && close[i];
    }
    return part;
  }
}
