/**
 * Risk scoring: likelihood and impact scales, matrices that score a (likelihood, impact) pair by
 * product or lookup table, bandings of scores into ratings, and matrix versions over time.
 *
 * <pre>{@code
 * RiskMatrix matrix = RiskMatrix.fiveByFive(LocalDate.of(2024, 4, 1));
 * RiskRating rating = matrix.rate(4, 3);
 * rating.getScore();            // 12
 * rating.getBand().getName();   // "High"
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.risk.matrix;

import org.jspecify.annotations.NullMarked;
