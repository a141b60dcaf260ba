/**
 * A small SVG chart renderer for the report: comparator bars, trend against the group, XmR, funnel,
 * scatter and risk heat map, each with a title, a text description and a data table.
 *
 * <pre>{@code
 * Chart chart = Charts.heatMap("risks", "Residual risk", register.heatMap(ScoreKind.RESIDUAL, day));
 * chart.writeTo(page.open("figure")); page.close();
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.examples.report.svg;

import org.jspecify.annotations.NullMarked;
