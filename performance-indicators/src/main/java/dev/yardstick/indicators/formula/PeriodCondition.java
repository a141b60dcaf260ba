package dev.yardstick.indicators.formula;

import dev.yardstick.core.period.ReportingPeriod;
import java.io.Serializable;

/**
 * A condition on one of the embedder's records in a reporting period, such as "three or more
 * placements during the period": {@code (child, period) -> child.placementsDuring(period) >= 3}.
 *
 * <p>It is {@link Serializable} so that a formula can be shipped to the workers of a cluster
 * engine. It must not depend on anything but the record and the period, or a formula's result
 * would depend on the order of the records.
 *
 * @param <R> the record type
 * @since 0.1.0
 */
@FunctionalInterface
public interface PeriodCondition<R> extends Serializable {

  /**
   * Tells whether the record meets the condition in the period.
   *
   * @param record the record
   * @param period the reporting period being evaluated
   * @return whether it does
   */
  boolean test(R record, ReportingPeriod period);
}
