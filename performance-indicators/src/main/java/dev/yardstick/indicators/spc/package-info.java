/**
 * Statistical process control after NHS England's "Making Data Count": the XmR chart with its
 * special-cause rules, variation and assurance icons, and the Anhøj rules for run charts.
 *
 * <p>Statistics work on {@code double[]} values, one per period, oldest first, equally spaced.
 *
 * <pre>{@code
 * XmrChartResult chart = XmrChart.withDefaults().calculate(monthlyValues, Polarity.HIGHER_IS_BETTER);
 * chart.getVariationIcon();              // Optional[COMMON_CAUSE]
 * chart.getAssuranceIcon(95.0);          // Optional[HIT_AND_MISS]
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators.spc;

import org.jspecify.annotations.NullMarked;
