/**
 * Datasets of indicator values: an immutable columnar panel of indicator by organisation by
 * period, its series and cross-section slices, and roll-ups from months and quarters to year to
 * date and to the year by measure kind.
 *
 * <pre>{@code
 * IndicatorDataset dataset = IndicatorDataset.builder()
 *     .duplicatePolicy(DuplicatePolicy.LATEST_WINS)
 *     .addAll(values)
 *     .build();
 * IndicatorSeries series = dataset.series(IndicatorCode.of("A1"), OrganisationId.gss("E06000001"));
 * RollUpResult year = RollUpCalculator.withDefaults()
 *     .calculate(definition, series, FinancialYear.of(2003));
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators.dataset;

import org.jspecify.annotations.NullMarked;
