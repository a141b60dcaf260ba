package dev.yardstick.spark;

import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import dev.yardstick.indicators.formula.BadRecordReason;
import dev.yardstick.indicators.formula.CountingUnit;
import dev.yardstick.indicators.formula.FormulaResult;
import dev.yardstick.indicators.formula.FormulaValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One {@link FormulaResult} in the shape of a Spark row: what a formula gave for one organisation
 * (or for all the records, when they are not grouped), as a JavaBean that Spark's bean encoder
 * writes and reads. It is the output of {@link FormulaAggregator}: one row per group of a {@code
 * groupByKey}, or the value of the SQL aggregate function.
 *
 * <p>The columns are the organisation's text form (absent when the records were not grouped by
 * organisation), the periods' text forms, the disaggregations' names, the counting unit's name, the
 * small-number threshold, the count of records read, the counts of records skipped by {@linkplain
 * BadRecordReason reason}, and the values, an array of {@link FormulaValueRow} structs: for each
 * period the whole, then the groups of each disaggregation. {@link
 * SparkFormula#toFormulaResult(FormulaResultRow)} gives back the engine's result, equal to the one
 * the formula computes in-process over the same records, and {@link #toIndicatorValues} the
 * organisation's indicator values.
 *
 * <p>Spark needs a setter for every column, so this is a mutable bean, unlike Yardstick's value
 * types; convert it to a {@link FormulaResult} to work with it.
 *
 * <p>Implementation requirements: mutable and not synchronized.
 *
 * @since 0.1.0
 */
public final class FormulaResultRow {

  private @Nullable String organisation;
  private List<String> periods = new ArrayList<>();
  private List<String> dimensions = new ArrayList<>();
  private @Nullable String countingUnit;
  private int suppressionThreshold;
  private long recordCount;
  private Map<String, Long> skippedRecords = new LinkedHashMap<>();
  private List<FormulaValueRow> values = new ArrayList<>();

  /** Creates an empty row, for Spark's encoder. */
  public FormulaResultRow() {}

  /**
   * Returns the row of a formula result, without an organisation.
   *
   * @param result the result
   * @return a new row holding it
   */
  public static FormulaResultRow of(FormulaResult result) {
    Objects.requireNonNull(result, "result");
    FormulaResultRow row = new FormulaResultRow();
    for (ReportingPeriod period : result.getPeriods()) {
      row.periods.add(period.toString());
    }
    row.dimensions.addAll(result.getDimensions());
    row.countingUnit = result.getCountingUnit().name();
    row.suppressionThreshold = result.getSuppressionThreshold();
    row.recordCount = result.getRecordCount();
    for (Map.Entry<BadRecordReason, Long> e : result.getSkippedRecords().entrySet()) {
      row.skippedRecords.put(e.getKey().name(), e.getValue());
    }
    for (FormulaValue value : result.getValues()) {
      row.values.add(FormulaValueRow.of(value));
    }
    return row;
  }

  /**
   * Returns the formula result this row holds. The organisation is not part of it, nor is the
   * definition of the indicator the formula produces, which is not a column: {@link
   * SparkFormula#toFormulaResult(FormulaResultRow)} adds it.
   *
   * @return the result
   * @throws IllegalStateException if a column is absent or does not hold what it should (a period
   *     that is not a reporting period's text, an unknown counting unit or skip reason, a value for
   *     a period not listed); the message names the column and the organisation
   */
  public FormulaResult toFormulaResult() {
    String unit = countingUnit;
    if (unit == null) {
      throw new IllegalStateException("formula result row" + of() + " has no counting unit");
    }
    try {
      List<ReportingPeriod> parsed = new ArrayList<>();
      for (String period : periods) {
        parsed.add(ReportingPeriod.parse(period));
      }
      Map<BadRecordReason, Long> skipped = new EnumMap<>(BadRecordReason.class);
      for (Map.Entry<String, Long> e : skippedRecords.entrySet()) {
        skipped.put(BadRecordReason.valueOf(e.getKey()), e.getValue());
      }
      List<FormulaValue> converted = new ArrayList<>();
      for (FormulaValueRow value : values) {
        converted.add(value.toFormulaValue());
      }
      return FormulaResult.builder()
          .periods(parsed)
          .dimensions(dimensions)
          .values(converted)
          .countingUnit(CountingUnit.valueOf(unit))
          .recordCount(recordCount)
          .skippedRecords(skipped)
          .suppressionThreshold(suppressionThreshold)
          .build();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "formula result row" + of() + " does not hold a formula result: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the figures of the whole, one for each period, as values of an indicator for this row's
   * organisation: what an {@link IndicatorDataset} holds. They are the engine's conversion ({@link
   * FormulaResult#toIndicatorValues(OrganisationId)}), computed from the exact counts under the
   * definition's unit and rounding, with its edge cases: a small number is suppressed without its
   * counts, and a zero denominator or a missing population is a missing value that says why. The
   * groups of disaggregations are left out, since an indicator value has no group; {@link
   * FormulaResult#toIndicatorValues(OrganisationId, String)} gives them by group.
   *
   * @param definition the indicator's definition; its unit's multiplier must be the formula's
   * @return the values, in the order of the periods
   * @throws IllegalStateException if the row has no organisation, its organisation is not the text
   *     of an {@link OrganisationId}, or it does not hold a formula result
   * @throws IllegalArgumentException if the formula's multiplier is not the unit's, or the
   *     definition rejects a value (such as a percentage's numerator above its denominator); the
   *     message names the indicator
   */
  public List<IndicatorValue> toIndicatorValues(IndicatorDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    String text = organisation;
    if (text == null) {
      throw new IllegalStateException(
          "formula result row has no organisation, so it gives no indicator values");
    }
    OrganisationId id;
    try {
      id = OrganisationId.parse(text);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "formula result row organisation '" + text + "' is not an organisation identifier", e);
    }
    return FormulaResult.builder()
        .from(toFormulaResult())
        .definition(definition)
        .build()
        .toIndicatorValues(id);
  }

  /**
   * Returns the figures of the whole of every row as one dataset of an indicator; see {@link
   * #toIndicatorValues(IndicatorDefinition)}.
   *
   * <pre>{@code
   * IndicatorDataset a1 = FormulaResultRow.toIndicatorDataset(
   *     onSpark.evaluateByOrganisation(children, LookedAfterChild::getCouncil), pafA1Definition);
   * }</pre>
   *
   * @param rows the rows, one for each organisation
   * @param definition the indicator's definition
   * @return the dataset
   * @throws IllegalStateException as {@link #toIndicatorValues(IndicatorDefinition)} does
   * @throws IllegalArgumentException as {@link #toIndicatorValues(IndicatorDefinition)} does, or if
   *     two rows are for the same organisation
   */
  public static IndicatorDataset toIndicatorDataset(
      Iterable<FormulaResultRow> rows, IndicatorDefinition definition) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(definition, "definition");
    IndicatorDataset.Builder dataset = IndicatorDataset.builder();
    for (FormulaResultRow row : rows) {
      dataset.addAll(Objects.requireNonNull(row, "row").toIndicatorValues(definition));
    }
    return dataset.build();
  }

  private String of() {
    return organisation == null ? "" : " of " + organisation;
  }

  /**
   * Returns the text form of the organisation the records were grouped by.
   *
   * @return the organisation, such as {@code E06000001}; null when the records were not grouped by
   *     organisation, or a record had none
   */
  public @Nullable String getOrganisation() {
    return organisation;
  }

  /**
   * Sets the text form of the organisation.
   *
   * @param organisation the organisation; null for none
   */
  public void setOrganisation(@Nullable String organisation) {
    this.organisation = organisation;
  }

  /**
   * Returns the text forms of the reporting periods evaluated, in order.
   *
   * @return the periods, such as {@code [2003-04, 2003-04 Q1]}
   */
  public List<String> getPeriods() {
    return periods;
  }

  /**
   * Sets the text forms of the reporting periods.
   *
   * @param periods the periods
   */
  public void setPeriods(List<String> periods) {
    this.periods = Objects.requireNonNull(periods, "periods");
  }

  /**
   * Returns the names of the formula's disaggregations, in the order they were added.
   *
   * @return the dimension names, such as {@code [team]}; empty if the formula has none
   */
  public List<String> getDimensions() {
    return dimensions;
  }

  /**
   * Sets the names of the formula's disaggregations.
   *
   * @param dimensions the dimension names
   */
  public void setDimensions(List<String> dimensions) {
    this.dimensions = Objects.requireNonNull(dimensions, "dimensions");
  }

  /**
   * Returns the name of the counting unit.
   *
   * @return the unit, such as {@code DISTINCT_PEOPLE}; null only in a row not yet filled in
   */
  public @Nullable String getCountingUnit() {
    return countingUnit;
  }

  /**
   * Sets the name of the counting unit.
   *
   * @param countingUnit the unit
   */
  public void setCountingUnit(@Nullable String countingUnit) {
    this.countingUnit = countingUnit;
  }

  /**
   * Returns the small-number threshold used.
   *
   * @return the threshold; 0 for none
   */
  public int getSuppressionThreshold() {
    return suppressionThreshold;
  }

  /**
   * Sets the small-number threshold.
   *
   * @param suppressionThreshold the threshold
   */
  public void setSuppressionThreshold(int suppressionThreshold) {
    this.suppressionThreshold = suppressionThreshold;
  }

  /**
   * Returns the number of records read, including skipped ones.
   *
   * @return the count
   */
  public long getRecordCount() {
    return recordCount;
  }

  /**
   * Sets the number of records read.
   *
   * @param recordCount the count
   */
  public void setRecordCount(long recordCount) {
    this.recordCount = recordCount;
  }

  /**
   * Returns the counts of records skipped as bad input, by the name of the reason.
   *
   * @return the counts, such as {@code {MISSING_DATE=3, ...}}
   */
  public Map<String, Long> getSkippedRecords() {
    return skippedRecords;
  }

  /**
   * Sets the counts of records skipped.
   *
   * @param skippedRecords the counts by reason name
   */
  public void setSkippedRecords(Map<String, Long> skippedRecords) {
    this.skippedRecords = Objects.requireNonNull(skippedRecords, "skippedRecords");
  }

  /**
   * Returns the values: for each period the whole, then the groups of each disaggregation.
   *
   * @return the value rows
   */
  public List<FormulaValueRow> getValues() {
    return values;
  }

  /**
   * Sets the values.
   *
   * @param values the value rows
   */
  public void setValues(List<FormulaValueRow> values) {
    this.values = Objects.requireNonNull(values, "values");
  }

  /**
   * Compares all columns.
   *
   * @param obj the other object
   * @return {@code true} for a row with equal columns
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof FormulaResultRow)) {
      return false;
    }
    FormulaResultRow other = (FormulaResultRow) obj;
    return Objects.equals(organisation, other.organisation)
        && periods.equals(other.periods)
        && dimensions.equals(other.dimensions)
        && Objects.equals(countingUnit, other.countingUnit)
        && suppressionThreshold == other.suppressionThreshold
        && recordCount == other.recordCount
        && skippedRecords.equals(other.skippedRecords)
        && values.equals(other.values);
  }

  /**
   * Hashes all columns.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        organisation,
        periods,
        countingUnit,
        suppressionThreshold,
        recordCount,
        skippedRecords,
        values);
  }

  /**
   * Shows the organisation, the counts and the number of values, without the values themselves.
   *
   * @return the text, such as {@code FormulaResultRow{E06000001 2003-04: 1200 records, 3 skipped, 4
   *     values}}
   */
  @Override
  public String toString() {
    long skipped = skippedRecords.values().stream().mapToLong(Long::longValue).sum();
    return "FormulaResultRow{"
        + (organisation == null ? "" : organisation + " ")
        + String.join(", ", periods)
        + ": "
        + recordCount
        + " records, "
        + skipped
        + " skipped, "
        + values.size()
        + " values}";
  }
}
