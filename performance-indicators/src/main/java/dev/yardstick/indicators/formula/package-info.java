/**
 * The formula engine: indicators defined over the embedder's own case records (referrals,
 * assessments, placements, services, reviews, complaints) and evaluated exactly as defined, in one
 * pass, in parallel or on a cluster engine.
 *
 * <p>A formula names the population and the numerator with {@linkplain
 * dev.yardstick.indicators.formula.PeriodRule period rules} on the records' dates, conditions,
 * exclusions, an age band and {@linkplain dev.yardstick.indicators.formula.Timescale timescales};
 * the {@linkplain dev.yardstick.indicators.formula.CountingUnit counting unit}; the indicator
 * definition it produces, whose unit gives the multiplier; and any disaggregations. Records are
 * folded into small mergeable {@linkplain dev.yardstick.indicators.formula.FormulaTally tallies},
 * and the result holds one exact figure for each period and group, which becomes an {@link
 * dev.yardstick.indicators.IndicatorValue} of the definition, rounded as it says, suppressed for
 * small numbers or missing with a reason. A formula, its evaluator and its tallies are {@link
 * java.io.Serializable}, so that a cluster engine can ship them to its workers.
 *
 * <pre>{@code
 * // PAF C32: older people helped to live at home per 1,000 population aged 65+
 * FinancialYear year = FinancialYear.parse("2003-04");
 * IndicatorDefinition c32 =
 *     ShippedCatalogues.paf().find(IndicatorCode.of("C32"), year).orElseThrow();
 * IndicatorFormula<Client> helpedAtHome = IndicatorFormula.builder(Client.class)
 *     .definition(c32)                                  // rate per 1,000, one decimal place
 *     .population(PeriodRule.OPEN_DURING_PERIOD, Client::serviceStart, Client::serviceEnd)
 *     .populationWhere(Client::isCommunityBased)
 *     .ageAtPeriodEnd(Client::birthDate)
 *     .ageBand(AgeBand.atLeast(65))
 *     .countDistinct(CountingUnit.DISTINCT_PEOPLE, Client::clientId)
 *     .populationTable(PopulationTable.builder().add(year, 21_400).build())
 *     .suppressBelow(5)
 *     .build();
 * FormulaResult result = helpedAtHome.evaluate(clients, year);
 * List<IndicatorValue> values = result.toIndicatorValues(OrganisationId.gss("E06000001"));
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators.formula;

import org.jspecify.annotations.NullMarked;
