package dev.yardstick.indicators.benchmark;

/**
 * How significance against a benchmark value is judged.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ComparisonMethod {
  /**
   * The organisation's own confidence interval against the benchmark value: the benchmark inside
   * the closed interval is similar; an interval wholly above it is higher, wholly below it lower.
   * The default, as in Fingertips ({@code SingleOverlappingCIsForOneCILevelComparer}) and
   * FingertipsNext ({@code BenchmarkComparisonEngine}).
   */
  CONFIDENCE_INTERVAL,
  /**
   * Control limits around the benchmark for the organisation's denominator (a funnel at its size):
   * the value above the upper limit is higher, below the lower limit lower, on or between them
   * similar. Fingertips' "SPC for proportions" (Wilson limits at the expected count) and "SPC for
   * DSR" (exact Poisson limits of the expected count) comparers.
   */
  CONTROL_LIMITS
}
