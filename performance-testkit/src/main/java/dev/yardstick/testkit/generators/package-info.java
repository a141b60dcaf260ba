/**
 * Generators of realistic Yardstick domain data with edge cases mixed in at stated rates: periods
 * and dates near boundaries, organisations and comparator groups, values, cross-sections and
 * series, targets, risk registers, indicator definitions, values and datasets, and case-record
 * histories for a user's own record type.
 *
 * <p>Each generator is deterministic for a seed and states, in its class description, how often it
 * draws each edge case; the testkit's own tests check those rates and the domain invariants.
 *
 * <pre>{@code
 * Generator<LocalDate> dates = PeriodGenerators.datesAround(FinancialYear.parse("2003-04"));
 * Map<OrganisationId, Ratio> section = ValueGenerators.crossSections(500).sample(42L, 150);
 * RiskRegister register = RiskGenerators.registers().sample(42L, 10);
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.testkit.generators;

import org.jspecify.annotations.NullMarked;
