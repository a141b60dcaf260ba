package dev.yardstick.indicators.benchmark;

import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Puts the organisations of a group into quartiles, quintiles or deciles, so that "top quartile"
 * means best after polarity.
 *
 * <p>Methods (methods reference 5): boundary values by a Hyndman-Fan sample quantile (type 7 by
 * default, as spreadsheets' {@code QUARTILE.INC}, R and legacy Fingertips), each organisation in
 * the first band whose upper boundary its value does not exceed (Fingertips {@code
 * ValueCategoriesCalculator}); or by rank, PHE's formula or equal-count buckets. Boundaries are
 * computed on the values (higher or lower is better, no polarity) or on the distance from the best
 * range (range polarity), and bands are then numbered from the worst.
 *
 * <pre>{@code
 * QuantileBands q = QuantileBanding.withDefaults().calculate(values, Polarity.LOWER_IS_BETTER);
 * q.bandOf(OrganisationId.gss("E06000001"));   // OptionalInt[4]: the top quartile
 * q.getBoundaries();                            // [13.25, 25.5, 37.75] for values 1..50
 * }</pre>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>Fewer organisations with a value than bands: {@link QuantileBands.Status#INSUFFICIENT_DATA}
 *       and no band, as Fingertips (quartiles need 4 values) and PHE do.
 *   <li>All values equal: with a boundary method every organisation is in the band below the first
 *       boundary in value order (band 1, or the top band when lower is better, as Fingertips' rule
 *       gives); with {@link QuantileMethod#PHE_RANK} all share rank 1 and band 1.
 *   <li>A value on a boundary belongs to the band below it in value order; with lower is better
 *       that is the better band.
 *   <li>Missing values: left out and counted, or refused, by {@link MissingValuePolicy}.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class QuantileBanding {

  private static final QuantileBanding DEFAULTS =
      new QuantileBanding(
          QuantileMethod.HYNDMAN_FAN_7,
          QuantileCount.QUARTILES,
          MissingValuePolicy.EXCLUDE_AND_COUNT);

  private final QuantileMethod method;
  private final QuantileCount count;
  private final MissingValuePolicy missingValuePolicy;

  private QuantileBanding(QuantileMethod method, QuantileCount count, MissingValuePolicy policy) {
    this.method = method;
    this.count = count;
    this.missingValuePolicy = policy;
  }

  /**
   * Returns quartiles by Hyndman-Fan type 7 with missing values left out and counted.
   *
   * @return the default banding
   */
  public static QuantileBanding withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a banding by another method.
   *
   * @param quantileMethod the method
   * @return the banding
   */
  public QuantileBanding with(QuantileMethod quantileMethod) {
    return new QuantileBanding(
        Objects.requireNonNull(quantileMethod, "quantileMethod"), count, missingValuePolicy);
  }

  /**
   * Returns a banding with another number of bands.
   *
   * @param quantileCount the number of bands
   * @return the banding
   */
  public QuantileBanding with(QuantileCount quantileCount) {
    return new QuantileBanding(
        method, Objects.requireNonNull(quantileCount, "quantileCount"), missingValuePolicy);
  }

  /**
   * Returns a banding with another missing-value policy.
   *
   * @param policy the policy
   * @return the banding
   */
  public QuantileBanding with(MissingValuePolicy policy) {
    return new QuantileBanding(method, count, Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Bands every organisation of a group.
   *
   * @param values the group's values
   * @param polarity the indicator's polarity
   * @return the bands
   * @throws IllegalArgumentException if the policy refuses missing values and there are some
   */
  public QuantileBands calculate(ComparatorValues values, Polarity polarity) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(polarity, "polarity");
    int missing = values.missingCount(missingValuePolicy);
    int q = count.getBands();
    int n = values.getValues().size();
    QuantileBands.Builder result =
        QuantileBands.builder()
            .method(method)
            .count(count)
            .polarity(polarity)
            .missingCount(missing);
    if (n < q) {
      return result.status(QuantileBands.Status.INSUFFICIENT_DATA).build();
    }
    OrganisationId[] ids = new OrganisationId[n];
    double[] v = new double[n];
    int k = 0;
    for (Map.Entry<OrganisationId, Double> e : values.getValues().entrySet()) {
      ids[k] = e.getKey();
      v[k++] = e.getValue();
    }
    double[] goodness = Goodness.of(v, polarity);
    int[] bands;
    if (method.hasBoundaries()) {
      // Sort key: the value, or the distance from the range; bands counted from the low end.
      boolean range = polarity.getKind() == Polarity.Kind.WITHIN_RANGE;
      double[] key = range ? negate(goodness) : v;
      boolean lowIsGood = range || polarity.getKind() == Polarity.Kind.LOWER_IS_BETTER;
      double[] p = new double[q - 1];
      for (int i = 1; i < q; i++) {
        p[i - 1] = (double) i / q;
      }
      double[] boundaries =
          Quantile.withDefaults()
              .withCopy(true)
              .with(method.estimation().orElseThrow())
              .evaluate(key, p);
      bands = new int[n];
      for (int i = 0; i < n; i++) {
        int c = 1;
        while (c < q && key[i] > boundaries[c - 1]) {
          c++;
        }
        bands[i] = lowIsGood ? q + 1 - c : c;
      }
      for (double b : boundaries) {
        result.addBoundaries(b);
      }
    } else if (method == QuantileMethod.PHE_RANK) {
      bands = pheRank(goodness, q);
    } else {
      bands = equalCount(goodness, ids, q);
    }
    for (int i = 0; i < n; i++) {
      result.putBands(ids[i], bands[i]);
    }
    return result.status(QuantileBands.Status.BANDED).build();
  }

  private static double[] negate(double[] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = -a[i];
    }
    return out;
  }

  /** PHEindicatormethods {@code phe_quantile}: rank from the worst, ties at the lowest rank. */
  private static int[] pheRank(double[] goodness, int q) {
    int n = goodness.length;
    double[] sorted = goodness.clone();
    Arrays.sort(sorted);
    int[] bands = new int[n];
    for (int i = 0; i < n; i++) {
      int rank = PositionCalculator.lowerBound(sorted, goodness[i]) + 1;
      int band = (int) Math.floor((q + 1) - Math.ceil(((n + 1) - rank) / ((double) n / q)));
      bands[i] = Math.max(1, band);
    }
    return bands;
  }

  /** SQL {@code NTILE(q)} over organisations ordered from the worst, ties by identifier. */
  private static int[] equalCount(double[] goodness, OrganisationId[] ids, int q) {
    int n = goodness.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order, Comparator.<Integer>comparingDouble(i -> goodness[i]).thenComparing(i -> ids[i]));
    int[] bands = new int[n];
    int small = n / q;
    int larger = n % q;
    int pos = 0;
    for (int b = 1; b <= q; b++) {
      int size = small + (b <= larger ? 1 : 0);
      for (int j = 0; j < size; j++) {
        bands[order[pos++]] = b;
      }
    }
    return bands;
  }

  @Override
  public String toString() {
    return "QuantileBanding{" + method + ", " + count + ", " + missingValuePolicy + "}";
  }
}
