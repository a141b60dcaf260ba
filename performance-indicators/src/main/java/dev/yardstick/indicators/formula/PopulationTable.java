package dev.yardstick.indicators.formula;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.yardstick.core.period.ReportingPeriod;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Populations that a per-population rate divides by, such as the ONS mid-year estimate of people
 * aged 65 and over in a council for a year, for "older people helped to live at home per 1,000
 * population aged 65+" or ASCOF 2C "per 100,000".
 *
 * <p>Each entry is a population for a reporting period, either for the whole (the council the
 * formula is evaluated for) or for one group of a disaggregation (a council, an age band, a
 * locality, named by the same text as the disaggregation's group).
 *
 * <pre>{@code
 * PopulationTable aged65Plus = PopulationTable.builder()
 *     .add(FinancialYear.parse("2003-04"), 21_400)
 *     .add(FinancialYear.parse("2003-04"), "65-74", 11_900)
 *     .build();
 * }</pre>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>The population for a period is the entry whose period contains it, the shortest such
 *       entry if there are several: a year's population serves the year's quarters and months.
 *   <li>No entry for a period or group: no population, so the formula's value there has {@link
 *       FormulaValue.Status#NO_POPULATION} and no figure.
 *   <li>A population of zero or below is rejected when added: it is bad input, and a rate over it
 *       would have no meaning.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 * @serial exclude
 */
public final class PopulationTable implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<Entry> entries;

  private PopulationTable(ImmutableList<Entry> entries) {
    this.entries = entries;
  }

  /**
   * Returns a builder of a table.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the population of the whole for a period.
   *
   * @param period the period of a formula's value
   * @return the population of the shortest entry whose period contains it; empty if none does
   */
  public OptionalLong lookup(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return find(period.getStart(), period.getEnd(), "");
  }

  /**
   * Returns the population of a group of a disaggregation for a period.
   *
   * @param period the period of a formula's value
   * @param group the group, as the text a disaggregation gives it, such as {@code 65-74}
   * @return the population of the shortest entry for that group whose period contains the period;
   *     empty if none does
   */
  public OptionalLong lookup(ReportingPeriod period, String group) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(group, "group");
    checkArgument(!group.isEmpty(), "population group is empty");
    return find(period.getStart(), period.getEnd(), group);
  }

  private OptionalLong find(LocalDate start, LocalDate end, String group) {
    Entry best = null;
    for (Entry e : entries) {
      if (e.group.equals(group) && e.covers(start, end)) {
        if (best == null || e.lengthInDays() < best.lengthInDays()) {
          best = e;
        }
      }
    }
    return best == null ? OptionalLong.empty() : OptionalLong.of(best.population);
  }

  /**
   * Tells whether another object is a table with the same entries.
   *
   * @param obj another object
   * @return whether it is equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj
        || (obj instanceof PopulationTable && ((PopulationTable) obj).entries.equals(entries));
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /**
   * Returns the entries, such as {@code PopulationTable[2003-04=21400, 2003-04 65-74=11900]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "PopulationTable" + entries;
  }

  /**
   * Builds a {@link PopulationTable}.
   *
   * <p>Implementation requirements: mutable and not synchronized.
   */
  public static final class Builder {

    private final List<Entry> entries = new ArrayList<>();

    /** Creates an empty builder; {@link PopulationTable#builder()} does the same. */
    public Builder() {}

    /**
     * Adds the population of the whole for a period.
     *
     * @param period the period the population applies to, such as a financial year
     * @param population the number of people, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the population is not positive or the period already has
     *     one; the message names the period and the population
     */
    public Builder add(ReportingPeriod period, long population) {
      Objects.requireNonNull(period, "period");
      return add(new Entry(period, "", population));
    }

    /**
     * Adds the population of one group of a disaggregation for a period.
     *
     * @param period the period the population applies to, such as a financial year
     * @param group the group, as the disaggregation names it, such as a council code or {@code
     *     65-74}
     * @param population the number of people, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the group is empty, the population is not positive or
     *     the period and group already have one; the message names them
     */
    public Builder add(ReportingPeriod period, String group, long population) {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(group, "group");
      checkArgument(!group.isEmpty(), "population group for %s is empty", period);
      return add(new Entry(period, group, population));
    }

    private Builder add(Entry entry) {
      checkArgument(
          entry.population > 0,
          "population for %s is %s; a population must be at least 1",
          entry.label(),
          entry.population);
      for (Entry e : entries) {
        checkArgument(
            !(e.group.equals(entry.group) && e.hasSameDates(entry)),
            "population for %s is given twice (%s and %s)",
            entry.label(),
            e.population,
            entry.population);
      }
      entries.add(entry);
      return this;
    }

    /**
     * Returns the table.
     *
     * @return the table of the entries added so far
     */
    public PopulationTable build() {
      return new PopulationTable(ImmutableList.copyOf(entries));
    }
  }

  /** One population: of the whole or of a group, for a period. */
  private static final class Entry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ReportingPeriod period;
    private final String group;
    private final long population;

    Entry(ReportingPeriod period, String group, long population) {
      this.period = period;
      this.group = group;
      this.population = population;
    }

    boolean covers(LocalDate start, LocalDate end) {
      return !period.getStart().isAfter(start) && !period.getEnd().isBefore(end);
    }

    boolean hasSameDates(Entry other) {
      return period.getStart().equals(other.period.getStart())
          && period.getEnd().equals(other.period.getEnd());
    }

    long lengthInDays() {
      return period.getEnd().toEpochDay() - period.getStart().toEpochDay() + 1;
    }

    String label() {
      return group.isEmpty() ? period.toString() : period + " " + group;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      if (!(obj instanceof Entry)) {
        return false;
      }
      Entry other = (Entry) obj;
      return period.equals(other.period)
          && group.equals(other.group)
          && population == other.population;
    }

    @Override
    public int hashCode() {
      return Objects.hash(period, group, population);
    }

    @Override
    public String toString() {
      return label() + "=" + population;
    }
  }
}
