package dev.yardstick.indicators.formula;

/**
 * What a formula counts in its numerator and denominator: records, distinct people or distinct
 * episodes.
 *
 * <p>For the same filter and period, the count of records is at least the count of episodes, which
 * is at least the count of people (DHIS2's event &ge; enrollment &ge; tracked-entity counts). The
 * distinct units are counted exactly, with a set of keys (see {@link FormulaTally} for the memory
 * this takes), and so are unchanged when a record arrives twice.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum CountingUnit {

  /**
   * Every record that passes counts once. A record that arrives twice counts twice unless the
   * formula names a record key to de-duplicate by ({@link IndicatorFormula.Builder#deduplicateBy}).
   */
  RECORDS,

  /**
   * Each person counts once however many of their records pass: a person is in the denominator if
   * any of their records is, and in the numerator if any of their records is.
   */
  DISTINCT_PEOPLE,

  /**
   * Each episode (a period of care, a referral, a complaint) counts once however many records
   * describe it, with the same rule as {@link #DISTINCT_PEOPLE}.
   */
  DISTINCT_EPISODES
}
