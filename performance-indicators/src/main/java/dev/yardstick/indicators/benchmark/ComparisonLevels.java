package dev.yardstick.indicators.benchmark;

import com.google.common.collect.ImmutableList;
import dev.yardstick.indicators.interval.ConfidenceLevel;
import java.util.List;

/**
 * The confidence levels at which a value is compared with its benchmark.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ComparisonLevels {
  /**
   * One level, 95%: the default of Fingertips and FingertipsNext (methods reference 4.5, "CI
   * overlap, one level").
   */
  NINETY_FIVE(ConfidenceLevel.NINETY_FIVE_PERCENT),
  /**
   * Two levels, 95% and 99.8%: Fingertips' two-level comparer, whose five words are "best" (better
   * at 99.8%), "better" (at 95% only), "same", "worse" (at 95% only) and "worst" (at 99.8%).
   */
  NINETY_FIVE_AND_NINETY_NINE_POINT_EIGHT(
      ConfidenceLevel.NINETY_FIVE_PERCENT, ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT),
  /** One level, 99.8%. */
  NINETY_NINE_POINT_EIGHT(ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT);

  private final ImmutableList<ConfidenceLevel> levels;

  ComparisonLevels(ConfidenceLevel... levels) {
    this.levels = ImmutableList.copyOf(levels);
  }

  /**
   * Returns the levels, lowest first.
   *
   * @return the levels
   */
  public List<ConfidenceLevel> getLevels() {
    return levels;
  }
}
