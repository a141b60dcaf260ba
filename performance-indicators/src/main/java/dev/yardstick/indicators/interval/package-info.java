/**
 * Confidence intervals for indicator values: Wilson score intervals for proportions, exact Poisson
 * and Byar intervals for counts, rates and standardised ratios, and normal intervals for means.
 *
 * <pre>{@code
 * ConfidenceInterval ci = IntervalCalculator.withDefaults().proportion(65, 100);
 * ci.getLower();   // 0.5525
 * ci.getUpper();   // 0.7364
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators.interval;

import org.jspecify.annotations.NullMarked;
