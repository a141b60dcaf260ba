/**
 * Variance against target: how far a figure is from its target, better or worse, its red, amber or
 * green colour under a named and versioned RAG policy, the year to date against a profiled target,
 * the forecast outturn and whether it is on track, budgets and unit costs, and the exception report
 * a performance meeting starts from.
 *
 * <p>Every result carries the figure, target, policy and rounding that produced it and explains
 * itself in one sentence.
 *
 * <pre>{@code
 * Figure d40 = Figure.builder()
 *     .indicator(IndicatorCode.of("D40"))
 *     .period(FinancialYear.of(2003))
 *     .unit(Unit.PERCENTAGE)
 *     .polarity(Polarity.HIGHER_IS_BETTER)
 *     .rounding(RoundingPolicy.ONE_DECIMAL_PLACE)
 *     .value(new BigDecimal("71.43"))
 *     .build();
 * VarianceResult r = VarianceCalculator.withDefaults()
 *     .calculate(d40, target.targetFor(FinancialYear.of(2003)).orElseThrow());
 * r.explain();  // "Amber: 71.4% against a target of at least 75% with a 5-point tolerance."
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators.variance;

import org.jspecify.annotations.NullMarked;
