package dev.yardstick.indicators.formula;

import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads a date from one of the embedder's records, usually a method reference such as {@code
 * Referral::receivedDate}.
 *
 * <p>It is {@link Serializable} so that a formula built from lambdas and method references can be
 * shipped to the workers of a cluster engine. It returns null where the record has no such date (an
 * open episode's end); the formula decides whether that is allowed.
 *
 * @param <R> the record type
 * @since 0.1.0
 */
@FunctionalInterface
public interface DateField<R> extends Serializable {

  /**
   * Returns the date of a record.
   *
   * @param record the record
   * @return the date, or null if the record has none
   */
  @Nullable LocalDate get(R record);
}
