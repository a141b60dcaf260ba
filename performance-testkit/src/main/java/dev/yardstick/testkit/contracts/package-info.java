/**
 * Contracts that check a user's indicator formula against the laws every indicator must obey, on
 * generated case records, reporting a shrunk counterexample and the seed that replays it.
 *
 * <pre>{@code
 * FormulaContracts.of(formula, CaseHistoryGenerator.forYear(FinancialYear.parse("2003-04")),
 *         c -> new Episode(c.getPersonId(), c.getStart(), c.getEnd().orElse(null)))
 *     .check(FormulaLaw.ORDER_INDEPENDENT, FormulaLaw.MERGEABLE, FormulaLaw.PROPORTION);
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.testkit.contracts;

import org.jspecify.annotations.NullMarked;
