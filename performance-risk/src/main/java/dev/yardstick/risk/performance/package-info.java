/**
 * Performance risks: the risk of an indicator missing its year-end target, derived from the
 * variance module's forecast and its uncertainty, the SPC assurance icon of an XmR chart, or a
 * stated probability, with the impact set by the indicator's weight.
 *
 * <pre>{@code
 * XmrChartResult chart = XmrChart.withDefaults().calculate(monthly, Polarity.HIGHER_IS_BETTER);
 * PerformanceRisk risk = PerformanceRiskCalculator.withDefaults().assess(
 *     PerformanceRiskEvidence.from(chart, 75.0, IndicatorCode.of("C28"),
 *         IndicatorWeight.from(c28Definition)).orElseThrow(),
 *     RiskMatrix.fiveByFive(LocalDate.of(2024, 4, 1)));
 * risk.getRating().getScore();   // hit and miss, key indicator: 3 x 5 = 15
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.risk.performance;

import org.jspecify.annotations.NullMarked;
