package dev.yardstick.indicators.interval;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A two-sided confidence level of an interval or a funnel-plot limit.
 *
 * <p>The public-health convention (methods reference, conventions of section 0) draws limits at
 * {@link #NINETY_FIVE_PERCENT 95%} (two-sided tail 0.025, z = 1.959964, the "2 sigma" limit) and at
 * {@link #NINETY_NINE_POINT_EIGHT_PERCENT 99.8%} (tail 0.001, z = 3.090232, the "3 sigma" limit);
 * 95% is the default of Fingertips and of PHEindicatormethods ({@code confidence = 0.95}). The z
 * value is the standard normal quantile from Apache Commons Statistics' {@link NormalDistribution},
 * as R's {@code qnorm(conf + (1 - conf) / 2)}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ConfidenceLevel {
  /** 90%: two-sided tail probability 0.05 each side; z = 1.644854. */
  NINETY_PERCENT(0.90),
  /** 95%, the default: tail 0.025 each side; z = 1.959964 (the "2 sigma" limit). */
  NINETY_FIVE_PERCENT(0.95),
  /** 99%: tail 0.005 each side; z = 2.575829. */
  NINETY_NINE_PERCENT(0.99),
  /** 99.8%: tail 0.001 each side; z = 3.090232 (the "3 sigma" limit of funnel plots). */
  NINETY_NINE_POINT_EIGHT_PERCENT(0.998);

  private final double level;
  private final double z;

  ConfidenceLevel(double level) {
    this.level = level;
    this.z = NormalDistribution.of(0, 1).inverseCumulativeProbability(level + (1 - level) / 2);
  }

  /**
   * Returns the confidence level as a probability.
   *
   * @return for example 0.95
   */
  public double getLevel() {
    return level;
  }

  /**
   * Returns the probability in each tail outside the interval, {@code (1 - level) / 2}.
   *
   * @return for example 0.025
   */
  public double getTailProbability() {
    return (1 - level) / 2;
  }

  /**
   * Returns the standard normal quantile {@code z} with {@code P(Z <= z) = 1 - tail}.
   *
   * @return for example 1.959964 for 95%
   */
  public double getZ() {
    return z;
  }

  /**
   * Returns the level in the usual text form.
   *
   * @return for example {@code 95%} or {@code 99.8%}
   */
  @Override
  public String toString() {
    String percent = Double.toString(level * 100);
    if (percent.endsWith(".0")) {
      percent = percent.substring(0, percent.length() - 2);
    }
    return percent + "%";
  }
}
