package dev.yardstick.indicators.benchmark;

import java.util.Optional;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * How organisations are put into quantile bands (quartiles, quintiles, deciles): by boundary values
 * from a sample-quantile definition, or by rank.
 *
 * <p>Boundary methods are the nine sample quantiles of Hyndman and Fan (1996, Am Stat 50:361-365),
 * computed by Apache Commons Statistics' {@link Quantile} (methods reference 5.1); a value goes to
 * the first band whose upper boundary it does not exceed, as in legacy Fingertips. Rank methods
 * place organisations by rank without boundary values (methods reference 5.2).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum QuantileMethod {
  /** Hyndman-Fan type 1, inverse of the empirical distribution function (R {@code type = 1}). */
  HYNDMAN_FAN_1(Quantile.EstimationMethod.HF1),
  /** Hyndman-Fan type 2, averaging at discontinuities (R {@code type = 2}). */
  HYNDMAN_FAN_2(Quantile.EstimationMethod.HF2),
  /** Hyndman-Fan type 3, nearest even order statistic; SAS's default (R {@code type = 3}). */
  HYNDMAN_FAN_3(Quantile.EstimationMethod.HF3),
  /** Hyndman-Fan type 4, linear interpolation of the empirical distribution function. */
  HYNDMAN_FAN_4(Quantile.EstimationMethod.HF4),
  /** Hyndman-Fan type 5, Hazen's piecewise linear definition. */
  HYNDMAN_FAN_5(Quantile.EstimationMethod.HF5),
  /**
   * Hyndman-Fan type 6, {@code p(k) = k / (n + 1)}: spreadsheets' {@code PERCENTILE.EXC} and {@code
   * QUARTILE.EXC}, Minitab and SPSS.
   */
  HYNDMAN_FAN_6(Quantile.EstimationMethod.HF6),
  /**
   * Hyndman-Fan type 7, {@code p(k) = (k - 1) / (n - 1)}: the default, as R's {@code quantile},
   * spreadsheets' {@code QUARTILE}, {@code QUARTILE.INC} and {@code PERCENTILE.INC}, and legacy
   * Fingertips' quartiles and quintiles, which councils compare against.
   */
  HYNDMAN_FAN_7(Quantile.EstimationMethod.HF7),
  /** Hyndman-Fan type 8, approximately median-unbiased; recommended by Hyndman and Fan. */
  HYNDMAN_FAN_8(Quantile.EstimationMethod.HF8),
  /** Hyndman-Fan type 9, approximately unbiased for normal data. */
  HYNDMAN_FAN_9(Quantile.EstimationMethod.HF9),
  /**
   * PHE/OHID rank assignment (PHEindicatormethods {@code phe_quantile}): with {@code N} values
   * ranked from the worst with ties at their lowest rank, the band is {@code floor((Q + 1) -
   * ceiling(((N + 1) - rank) / (N / Q)))}, 0 becoming 1.
   */
  PHE_RANK(null),
  /**
   * Equal-count buckets, SQL's {@code NTILE(Q)} as FingertipsNext uses: organisations ordered from
   * the worst (ties by organisation identifier) are dealt into {@code Q} buckets whose sizes differ
   * by at most one, the larger buckets first.
   */
  EQUAL_COUNT(null);

  private final Quantile.EstimationMethod estimation;

  QuantileMethod(Quantile.EstimationMethod estimation) {
    this.estimation = estimation;
  }

  /**
   * Returns the Commons Statistics estimation method of a boundary method.
   *
   * @return the estimation method, or empty for a rank method
   */
  Optional<Quantile.EstimationMethod> estimation() {
    return Optional.ofNullable(estimation);
  }

  /**
   * Tells whether the method computes boundary values.
   *
   * @return {@code true} for the Hyndman-Fan methods
   */
  public boolean hasBoundaries() {
    return estimation != null;
  }
}
