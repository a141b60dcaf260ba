/**
 * Benchmark position: where an organisation stands among its comparators, by rank, quantile band,
 * PAF-style band, statistical significance against a benchmark value, statistical neighbours and
 * outliers.
 *
 * <pre>{@code
 * BenchmarkComparisonResult r = BenchmarkComparison.withDefaults()
 *     .compareProportion(65, 100, 0.5, Polarity.HIGHER_IS_BETTER);
 * r.getOutcome();   // BETTER: the 95% Wilson interval 0.553 to 0.736 lies above 0.5
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators.benchmark;

import org.jspecify.annotations.NullMarked;
