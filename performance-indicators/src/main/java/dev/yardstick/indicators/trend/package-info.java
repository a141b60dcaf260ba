/**
 * Trend over a series of periods: direction of travel, the Fingertips recent trend, least-squares
 * and Mann-Kendall trend tests with Sen's slope, and comparison with the same period in earlier
 * years.
 *
 * <p>Statistics work on {@code double[]} values, one per period, oldest first, equally spaced.
 *
 * <pre>{@code
 * double[] monthly = {12.1, 11.8, 11.5, 11.9, 11.0, 10.7, 10.4, 10.6, 10.1, 9.8};
 * MannKendallResult r = MannKendall.withDefaults().calculate(monthly, Polarity.LOWER_IS_BETTER);
 * r.getDirectionOfTravel();     // Optional[IMPROVING]
 * r.getSenSlope();              // OptionalDouble[-0.25...] per month
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators.trend;

import org.jspecify.annotations.NullMarked;
