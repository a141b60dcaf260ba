package dev.yardstick.spark;

import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.formula.FormulaValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One {@link FormulaValue} in the shape of a Spark row: a JavaBean of plain columns that Spark's
 * bean encoder writes and reads, as an element of {@link FormulaResultRow#getValues()}. The period
 * is its text form ({@code 2003-04}, {@code 2003-04 Q1}, {@code May 2003}); the whole has no
 * dimension and no group. The value itself is not a column: it is computed exactly from the counts
 * by {@link #toFormulaValue()}, so that no rounding of a Spark decimal column can change it.
 *
 * <p>Spark needs a setter for every column, so this is a mutable bean, unlike Yardstick's value
 * types; convert it to a {@link FormulaValue} to work with it.
 *
 * <p>Implementation requirements: mutable and not synchronized.
 *
 * @since 0.1.0
 */
public final class FormulaValueRow {

  private @Nullable String period;
  private @Nullable String dimension;
  private @Nullable String group;
  private long numerator;
  private long denominator;
  private long multiplier;
  private boolean fromPopulationTable;
  private boolean suppressed;

  /** Creates an empty row, for Spark's encoder. */
  public FormulaValueRow() {}

  /**
   * Returns the row of a formula value.
   *
   * @param value the value
   * @return a new row holding it
   */
  public static FormulaValueRow of(FormulaValue value) {
    Objects.requireNonNull(value, "value");
    FormulaValueRow row = new FormulaValueRow();
    row.period = value.getPeriod().toString();
    row.dimension = value.getDimension().orElse(null);
    row.group = value.getGroup().orElse(null);
    row.numerator = value.getNumerator();
    row.denominator = value.getDenominator();
    row.multiplier = value.getMultiplier();
    row.fromPopulationTable = value.isFromPopulationTable();
    row.suppressed = value.isSuppressed();
    return row;
  }

  /**
   * Returns the formula value this row holds.
   *
   * @return the value
   * @throws IllegalStateException if the period is absent or not the text of a reporting period, a
   *     count is negative, the multiplier is below 1, or only one of dimension and group is
   *     present; the message names the column
   */
  public FormulaValue toFormulaValue() {
    String text = period;
    if (text == null) {
      throw new IllegalStateException("formula value row has no period");
    }
    ReportingPeriod parsed;
    try {
      parsed = ReportingPeriod.parse(text);
    } catch (RuntimeException e) {
      throw new IllegalStateException("formula value row period: " + e.getMessage(), e);
    }
    FormulaValue.Builder builder = FormulaValue.builder();
    builder
        .period(parsed)
        .numerator(numerator)
        .denominator(denominator)
        .multiplier(multiplier)
        .fromPopulationTable(fromPopulationTable)
        .suppressed(suppressed);
    if (dimension != null) {
      builder.dimension(dimension);
    }
    if (group != null) {
      builder.group(group);
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("formula value row of " + text + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the reporting period's text form.
   *
   * @return the period, such as {@code 2003-04}; null only in a row not yet filled in
   */
  public @Nullable String getPeriod() {
    return period;
  }

  /**
   * Sets the reporting period's text form.
   *
   * @param period the period, such as {@code 2003-04 Q1}
   */
  public void setPeriod(@Nullable String period) {
    this.period = period;
  }

  /**
   * Returns the name of the disaggregation this row is a group of.
   *
   * @return the dimension, such as {@code team}; null for the whole
   */
  public @Nullable String getDimension() {
    return dimension;
  }

  /**
   * Sets the name of the disaggregation.
   *
   * @param dimension the dimension; null for the whole
   */
  public void setDimension(@Nullable String dimension) {
    this.dimension = dimension;
  }

  /**
   * Returns the group within the disaggregation.
   *
   * @return the group, such as {@code North} or {@code 65-74}; null for the whole
   */
  public @Nullable String getGroup() {
    return group;
  }

  /**
   * Sets the group within the disaggregation.
   *
   * @param group the group; null for the whole
   */
  public void setGroup(@Nullable String group) {
    this.group = group;
  }

  /**
   * Returns the numerator count.
   *
   * @return the numerator
   */
  public long getNumerator() {
    return numerator;
  }

  /**
   * Sets the numerator count.
   *
   * @param numerator the numerator
   */
  public void setNumerator(long numerator) {
    this.numerator = numerator;
  }

  /**
   * Returns the denominator: a count of the population, or a population from a table.
   *
   * @return the denominator
   */
  public long getDenominator() {
    return denominator;
  }

  /**
   * Sets the denominator.
   *
   * @param denominator the denominator
   */
  public void setDenominator(long denominator) {
    this.denominator = denominator;
  }

  /**
   * Returns the multiplier: 100 for a percentage, 1,000 for a rate per 1,000.
   *
   * @return the multiplier
   */
  public long getMultiplier() {
    return multiplier;
  }

  /**
   * Sets the multiplier.
   *
   * @param multiplier the multiplier
   */
  public void setMultiplier(long multiplier) {
    this.multiplier = multiplier;
  }

  /**
   * Tells whether the denominator comes from a population table.
   *
   * @return {@code true} for a per-population rate
   */
  public boolean isFromPopulationTable() {
    return fromPopulationTable;
  }

  /**
   * Sets whether the denominator comes from a population table.
   *
   * @param fromPopulationTable {@code true} for a per-population rate
   */
  public void setFromPopulationTable(boolean fromPopulationTable) {
    this.fromPopulationTable = fromPopulationTable;
  }

  /**
   * Tells whether the figure is flagged for small-number suppression.
   *
   * @return {@code true} if flagged
   */
  public boolean isSuppressed() {
    return suppressed;
  }

  /**
   * Sets whether the figure is flagged for small-number suppression.
   *
   * @param suppressed {@code true} if flagged
   */
  public void setSuppressed(boolean suppressed) {
    this.suppressed = suppressed;
  }

  /**
   * Compares all columns.
   *
   * @param obj the other object
   * @return {@code true} for a row with equal columns
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof FormulaValueRow)) {
      return false;
    }
    FormulaValueRow other = (FormulaValueRow) obj;
    return Objects.equals(period, other.period)
        && Objects.equals(dimension, other.dimension)
        && Objects.equals(group, other.group)
        && numerator == other.numerator
        && denominator == other.denominator
        && multiplier == other.multiplier
        && fromPopulationTable == other.fromPopulationTable
        && suppressed == other.suppressed;
  }

  /**
   * Hashes all columns.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        period,
        dimension,
        group,
        numerator,
        denominator,
        multiplier,
        fromPopulationTable,
        suppressed);
  }

  /**
   * Shows the columns, such as {@code FormulaValueRow{2003-04 team=North 2/3 x100}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("FormulaValueRow{").append(period);
    if (dimension != null) {
      s.append(' ').append(dimension).append('=').append(group);
    }
    s.append(' ').append(numerator).append('/').append(denominator).append(" x").append(multiplier);
    if (fromPopulationTable) {
      s.append(" per population");
    }
    if (suppressed) {
      s.append(" suppressed");
    }
    return s.append('}').toString();
  }
}
