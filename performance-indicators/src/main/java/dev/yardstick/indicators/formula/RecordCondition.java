package dev.yardstick.indicators.formula;

import java.io.Serializable;

/**
 * A condition on one of the embedder's records that does not depend on the reporting period, such
 * as {@code Child::isShortBreak}.
 *
 * <p>It is {@link Serializable} so that a formula can be shipped to the workers of a cluster
 * engine.
 *
 * @param <R> the record type
 * @since 0.1.0
 */
@FunctionalInterface
public interface RecordCondition<R> extends Serializable {

  /**
   * Tells whether the record meets the condition.
   *
   * @param record the record
   * @return whether it does
   */
  boolean test(R record);
}
