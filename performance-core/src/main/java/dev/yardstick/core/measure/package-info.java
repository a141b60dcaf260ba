/**
 * Measures: units and multipliers, polarity, measure kinds, rounding policies and exact ratios.
 *
 * <pre>{@code
 * Polarity polarity = Polarity.LOWER_IS_BETTER;         // PAF A1: fewer moves is better
 * boolean better = polarity.compareGoodness(new BigDecimal("12.5"), new BigDecimal("14")) > 0;
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.core.measure;

import org.jspecify.annotations.NullMarked;
