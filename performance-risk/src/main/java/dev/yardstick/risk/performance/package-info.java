/**
 * Performance risks: the risk of an indicator missing its year-end target, derived from a forecast
 * and its uncertainty, a stated probability or the SPC assurance icon, with the impact set by the
 * indicator's weight.
 *
 * <pre>{@code
 * PerformanceRisk risk = PerformanceRiskCalculator.withDefaults().assess(
 *     PerformanceRiskEvidence.ofAssurance(IndicatorCode.of("C28"), IndicatorWeight.KEY,
 *         SpcAssurance.HIT_AND_MISS),
 *     RiskMatrix.fiveByFive(LocalDate.of(2024, 4, 1)));
 * risk.getRating().getScore();   // 3 x 4 = 12
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.risk.performance;

import org.jspecify.annotations.NullMarked;
