package dev.yardstick.indicators.formula;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Reads a key from one of the embedder's records: a person's or an episode's identifier for
 * counting, a record's identifier for de-duplication, or a disaggregation value such as a team or
 * an ethnic group.
 *
 * <p>Keys are compared with {@code equals}, and whole numbers ({@code long}, {@code int}) by value
 * and in less memory than other keys. A key must be {@link Serializable} for a formula to run on a
 * cluster engine. This interface is {@link Serializable} for the same reason.
 *
 * @param <R> the record type
 * @since 0.1.0
 */
@FunctionalInterface
public interface KeyField<R> extends Serializable {

  /**
   * Returns the key of a record.
   *
   * @param record the record
   * @return the key, or null if the record has none (bad input for a formula)
   */
  @Nullable Object get(R record);
}
