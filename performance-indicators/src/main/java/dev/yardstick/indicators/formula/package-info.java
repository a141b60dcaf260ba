/**
 * The formula engine: indicators defined over the embedder's own case records (referrals,
 * assessments, placements, services, reviews, complaints) and evaluated exactly as defined, in one
 * pass, in parallel or on a cluster engine.
 *
 * <p>A formula names the population and the numerator with {@linkplain
 * dev.yardstick.indicators.formula.PeriodRule period rules} on the records' dates, conditions,
 * exclusions, an age band and {@linkplain dev.yardstick.indicators.formula.Timescale timescales};
 * the {@linkplain dev.yardstick.indicators.formula.CountingUnit counting unit}; the multiplier; and
 * any disaggregations. Records are folded into small mergeable {@linkplain
 * dev.yardstick.indicators.formula.FormulaTally tallies}, and the result holds one exact value for
 * each period and group.
 *
 * <pre>{@code
 * // Older people helped to live at home per 1,000 population aged 65+
 * IndicatorFormula<Client> helpedAtHome = IndicatorFormula.builder(Client.class)
 *     .population(PeriodRule.OPEN_DURING_PERIOD, Client::serviceStart, Client::serviceEnd)
 *     .populationWhere(Client::isCommunityBased)
 *     .ageAtPeriodEnd(Client::birthDate)
 *     .ageBand(AgeBand.atLeast(65))
 *     .countDistinct(CountingUnit.DISTINCT_PEOPLE, Client::clientId)
 *     .populationTable(PopulationTable.builder().add(FinancialYear.parse("2003-04"), 21_400).build())
 *     .multiplier(1_000)
 *     .build();
 * FormulaResult result = helpedAtHome.evaluate(clients, FinancialYear.parse("2003-04"));
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators.formula;

import org.jspecify.annotations.NullMarked;
