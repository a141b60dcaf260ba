/**
 * Risk registers: risks linked to the performance framework, dated assessments (inherent,
 * residual, target) with controls, appetite and tolerance with escalation, review scheduling,
 * movement, heat maps and actions, over a register that keeps its whole history.
 *
 * <pre>{@code
 * RiskRegister register = RiskRegister.of("Corporate risk register",
 *         RiskMatrix.fiveByFive(LocalDate.of(2024, 4, 1)))
 *     .withAppetite(RiskAppetite.of(RiskCategory.FINANCIAL, 10, 5, LocalDate.of(2024, 4, 1)))
 *     .withRisk(risk)
 *     .withAssessment(assessment);
 * HeatMap residual = register.heatMap(ScoreKind.RESIDUAL, LocalDate.of(2024, 6, 30));
 * List<AppetiteCheck> escalate = register.aboveAppetite(LocalDate.of(2024, 6, 30));
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.risk;

import org.jspecify.annotations.NullMarked;
