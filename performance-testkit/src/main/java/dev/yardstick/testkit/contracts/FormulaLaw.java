package dev.yardstick.testkit.contracts;

/**
 * A law an indicator formula must obey, checked by {@link FormulaContracts} on generated case
 * records. Each formula is evaluated for a financial year, its four quarters and its twelve months
 * in one pass.
 *
 * <p>The first two laws hold for every formula; the others for the formulas they name, so a test
 * lists the laws its formula promises.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum FormulaLaw {

  /**
   * The result does not depend on the order of the records: the records as generated, reversed and
   * shuffled give the same figures, record count and skipped records. Holds for every formula; it
   * fails for a condition that remembers earlier records (a "previous record" held in a field).
   */
  ORDER_INDEPENDENT,

  /**
   * Tallies folded from any split of the records into consecutive parts (some of them empty) and
   * merged, in any grouping, give the result of one pass. Holds for every formula; it fails for an
   * aggregation that adds up per-part distinct counts or drops a part when merging.
   */
  MERGEABLE,

  /**
   * Every figure is a proportion: its numerator is at most its denominator, so its value lies in
   * [0, 1] times the multiplier. Holds for formulas whose numerator is a subset of their
   * population, not for per-population rates.
   */
  PROPORTION,

  /**
   * The numerators and denominators of the twelve months, and of the four quarters, add up to those
   * of the year, for the whole and for every group. Holds for flow counts of records placed in a
   * period by one date ({@code EVENT_IN_PERIOD}, {@code STARTED_IN_PERIOD}, {@code
   * ENDED_IN_PERIOD}) and counted as records; it fails for a flow counted by a rule that places one
   * record in several periods ({@code OPEN_DURING_PERIOD}) and for distinct people.
   */
  FLOW_COUNTS_ADD_UP,

  /**
   * Evaluating every record twice gives the same figures as evaluating each once. Holds for
   * formulas that count distinct people or episodes, or de-duplicate records by a key; it fails for
   * a formula that counts records as they arrive.
   */
  DEDUPLICATION_IDEMPOTENT,

  /**
   * For every period and every disaggregation, the numerators and denominators of the groups add up
   * to those of the whole. Holds for counts of records, and for distinct people disaggregated by
   * something each person has one value of; it fails when a person counted once in the whole falls
   * in two groups.
   */
  DISAGGREGATION_ADDS_UP
}
