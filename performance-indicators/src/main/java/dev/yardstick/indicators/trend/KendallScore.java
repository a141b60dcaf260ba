package dev.yardstick.indicators.trend;

/**
 * The Mann-Kendall score S of a series in time order and the tie term of its variance, counted in
 * O(n log n) time after Knight (1966, JASA 61:436-439, "A computer method for calculating Kendall's
 * tau with ungrouped data").
 *
 * <p>Time positions are distinct and increasing, so every pair {@code i < j} is concordant ({@code
 * y_i < y_j}), discordant ({@code y_i > y_j}) or tied in y. A bottom-up merge sort counts the
 * discordant pairs as strict inversions (an element is taken from the left run when it is less
 * than <em>or equal to</em> the right one, so equal values are never counted); the sorted copy then
 * gives the groups of tied values. With P = n(n-1)/2 pairs, T tied pairs and D discordant pairs,
 * the concordant count is P - T - D and S = P - T - 2D. Values compare with {@code <} and {@code
 * ==}, so {@code -0.0} and {@code 0.0} are tied, as {@code sign(y_j - y_i)} treats them.
 */
final class KendallScore {

  /** S = concordant minus discordant pairs. */
  final long s;

  /** Sum over groups of tied values of t(t-1)(2t+5), the tie correction of Var(S). */
  final long tieTerm;

  private KendallScore(long s, long tieTerm) {
    this.s = s;
    this.tieTerm = tieTerm;
  }

  static KendallScore of(double[] y) {
    int n = y.length;
    if (n < 2) {
      return new KendallScore(0, 0);
    }
    double[] a = y.clone();
    double[] b = new double[n];
    long discordant = 0;
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          if (a[i] <= a[j]) {
            b[k++] = a[i++];
          } else {
            // a[j] is smaller than every remaining left element: each is a discordant pair.
            discordant += mid - i;
            b[k++] = a[j++];
          }
        }
        while (i < mid) {
          b[k++] = a[i++];
        }
        while (j < hi) {
          b[k++] = a[j++];
        }
        System.arraycopy(b, lo, a, lo, hi - lo);
      }
    }
    long tiedPairs = 0;
    long tieTerm = 0;
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || a[i] != a[start]) {
        long t = i - start;
        tiedPairs += t * (t - 1) / 2;
        tieTerm += t * (t - 1) * (2 * t + 5);
        start = i;
      }
    }
    long pairs = (long) n * (n - 1) / 2;
    return new KendallScore(pairs - tiedPairs - 2 * discordant, tieTerm);
  }
}
