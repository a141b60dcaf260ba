package dev.yardstick.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A bank holiday: a date on which a {@link WorkingDayCalendar} counts no working day, and its name,
 * such as {@code 2022-12-27 Christmas Day (substitute day)}.
 *
 * <p>The names of the England and Wales holidays are those gov.uk gives them. Bank holidays sort by
 * date, then by name.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@YardstickStyle
public abstract class BankHoliday implements Comparable<BankHoliday> {

  BankHoliday() {}

  /**
   * Returns the date of the holiday, after any move to a substitute day.
   *
   * @return the date, not null
   */
  public abstract LocalDate getDate();

  /**
   * Returns the name of the holiday, such as {@code Early May bank holiday}.
   *
   * @return the name, not blank, not null
   */
  public abstract String getName();

  /**
   * Obtains a bank holiday.
   *
   * @param date the date, not null
   * @param name the name, not blank, not null
   * @return the holiday, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static BankHoliday of(LocalDate date, String name) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    return builder().date(date).name(name).build();
  }

  /**
   * Returns a builder of bank holidays, for callers building their own lists.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(!getName().isBlank(), "bank holiday %s: name must not be blank", getDate());
  }

  /**
   * Compares by date, then by name.
   *
   * @param other the other holiday, not null
   * @return negative, zero or positive as this holiday sorts before, with or after the other
   */
  @Override
  public int compareTo(BankHoliday other) {
    Objects.requireNonNull(other, "other");
    int byDate = getDate().compareTo(other.getDate());
    return byDate != 0 ? byDate : getName().compareTo(other.getName());
  }

  /**
   * Builds a {@link BankHoliday}; both the date and the name must be set.
   *
   * <p>Implementation requirements: not thread-safe; use one builder per thread.
   */
  public static class Builder extends ImmutableBankHoliday.Builder {

    /** Creates an empty builder. */
    public Builder() {}
  }
}
