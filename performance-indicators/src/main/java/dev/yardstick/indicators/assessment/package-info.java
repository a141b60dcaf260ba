/**
 * Assessment: the products councillors, managers and inspectors read, built from the calculators'
 * verdicts as plain immutable data: scorecards, domain profiles, delivery and improvement
 * statements and comparison chart data.
 *
 * <pre>{@code
 * BandCounts children = BandCounts.fromBands(List.of(5, 4, 4, 3, 1));
 * children.getGoodOrBetter();   // 3 of 5 good or very good
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators.assessment;

import org.jspecify.annotations.NullMarked;
