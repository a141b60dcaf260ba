/**
 * Measures: the units, multipliers, polarity, measure kinds, rounding policies and exact ratios
 * from which an indicator's figure is derived and judged.
 *
 * <p>A figure is derived from its counts, scaled by its unit's multiplier and rounded once by its
 * rounding policy before it is shown, banded or coloured; its polarity says which way is good, and
 * its measure kind how it rolls up over time.
 *
 * <pre>{@code
 * // PAF A1: looked-after children with three or more placements in the year, a percentage
 * Ratio a1 = Ratio.of(12, 80);
 * Optional<BigDecimal> figure = a1.getValue(Unit.PERCENTAGE, RoundingPolicy.of(1)); // 15
 * Polarity polarity = Polarity.LOWER_IS_BETTER;         // fewer moves is better
 * boolean better = polarity.compareGoodness(new BigDecimal("12.5"), new BigDecimal("15")) > 0;
 * Ratio year = a1.plus(Ratio.of(9, 76));                // roll up: 21/156, never an average
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.core.measure;

import org.jspecify.annotations.NullMarked;
