/**
 * Indicators as data: versioned definitions, catalogues that look them up by code or alias at a
 * date, and the values reported against them.
 *
 * <pre>{@code
 * IndicatorCatalogue paf = ShippedCatalogues.paf();
 * IndicatorDefinition a1 = paf.get(IndicatorCode.of("A1"), LocalDate.of(2004, 3, 31));
 * IndicatorValue value = IndicatorValue.fromRatio(a1, OrganisationId.gss("E06000001"),
 *     FinancialYear.of(2003), 25, 200);
 * value.getValue();                       // Optional[12.5], per cent
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators;

import org.jspecify.annotations.NullMarked;
