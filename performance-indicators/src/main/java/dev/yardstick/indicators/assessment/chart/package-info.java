/**
 * Comparison chart data, as the Key Indicators Graphical System drew it: an indicator across a
 * comparator group with the organisation marked, its trend against the group's median and
 * quartiles, and a scatter of two indicators with a fitted line and correlation.
 *
 * <pre>{@code
 * ComparisonCharts charts = ComparisonCharts.withDefaults();
 * BarChartData bars = charts.bars(a1Values, council, Polarity.LOWER_IS_BETTER);
 * ScatterChartData scatter = charts.scatter(c28Values, b12Values, council);
 * scatter.getCorrelation();   // Pearson's r, as R's cor(x, y)
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators.assessment.chart;

import org.jspecify.annotations.NullMarked;
