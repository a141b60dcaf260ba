package dev.yardstick.risk.performance;

import dev.yardstick.indicators.IndicatorDefinition;
import java.util.Objects;

/**
 * How much rides on an indicator, which sets the impact of missing its target. State it, or
 * {@linkplain #from(IndicatorDefinition) derive it} from the indicator's definition.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum IndicatorWeight {
  /**
   * A key indicator whose miss caps a rating: in the 2002 to 2004 star ratings, failing a key
   * threshold limited the judgement whatever else was achieved (domain reference section 1).
   */
  RATING_CAPPING,
  /** A key indicator reported to members and the corporate plan. */
  KEY,
  /** Any other indicator with a target. */
  SUPPORTING;

  /**
   * Returns the weight an indicator's definition gives it: {@link #RATING_CAPPING} for a
   * {@linkplain IndicatorDefinition#isKeyIndicator() key indicator}, whose level caps a rating
   * judgement, otherwise {@link #SUPPORTING}.
   *
   * <p>A definition does not record whether a council reports an indicator to its members or puts
   * it in its corporate plan, so {@link #KEY} is never derived: state it where it applies. Pass the
   * version of the definition in force for the year at risk: the key flag is versioned with the
   * rest of the definition (PAF C28, for one, was flagged a key threshold in 2007-08).
   *
   * @param definition the indicator's definition in force for the year
   * @return {@link #RATING_CAPPING} or {@link #SUPPORTING}
   */
  public static IndicatorWeight from(IndicatorDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    return definition.isKeyIndicator() ? RATING_CAPPING : SUPPORTING;
  }
}
