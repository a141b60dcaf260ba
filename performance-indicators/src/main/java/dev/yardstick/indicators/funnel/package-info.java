/**
 * Funnel plots: control limits that narrow as an organisation's size grows, for proportions,
 * indirectly standardised ratios and rates, with each organisation's position and an optional
 * overdispersion adjustment.
 *
 * <pre>{@code
 * FunnelPlot plot = FunnelCalculator.withDefaults().proportions(List.of(
 *     FunnelInput.of(OrganisationId.gss("E06000001"), 412, 560),
 *     FunnelInput.of(OrganisationId.gss("E06000002"), 780, 1210)));
 * plot.getUnits().get(0).getPositions();   // position against the 95% and 99.8% limits
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators.funnel;

import org.jspecify.annotations.NullMarked;
