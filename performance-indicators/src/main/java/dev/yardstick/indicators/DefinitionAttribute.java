package dev.yardstick.indicators;

/**
 * An attribute of an {@link IndicatorDefinition} that its sources may leave unconfirmed.
 *
 * <p>The shipped catalogues are typed in from a domain reference in which some facts are
 * recollection rather than citation: a PAF code remembered but not seen in a source, a guessed
 * unit or polarity. Such attributes are listed in {@link IndicatorDefinition#getUnconfirmed()}
 * so that a user can see what to check before relying on it.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum DefinitionAttribute {
  /** The indicator's code (for example a PAF code remembered but not found in a source). */
  CODE,
  /** The title or wording of the indicator. */
  TITLE,
  /** The exact definition: numerator, denominator, age band or population. */
  DEFINITION,
  /** The unit or its multiplier. */
  UNIT,
  /** The polarity: which way is good. */
  POLARITY,
  /** The measure kind, which decides how values roll up. */
  MEASURE_KIND,
  /** The effective dates of this version. */
  EFFECTIVE_DATES
}
