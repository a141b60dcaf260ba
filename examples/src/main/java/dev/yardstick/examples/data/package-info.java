/**
 * The report's seeded synthetic data: 150 made-up English councils with their socio-economic
 * variables and populations, indicator figures drawn from recipes, one council's case records with
 * the formulas that count them, its performance framework and its risk register.
 *
 * <pre>{@code
 * ExampleDataset data = ExampleDataset.build(ExampleDataset.DEFAULT_SEED);
 * CouncilProfile council = data.getCouncil();
 * IndicatorSeries d54 = data.getDataset().series(IndicatorCode.of("D54"), council.getId());
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.examples.data;

import org.jspecify.annotations.NullMarked;
