package dev.yardstick.indicators.formula;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.period.ReportingPeriod;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What evaluating a formula gave: one {@link FormulaValue} for each reporting period, and for each
 * period one for every group of every disaggregation, with the count of records read and skipped
 * and the options that produced them.
 *
 * <pre>{@code
 * FormulaResult result = formula.evaluate(records, FinancialYear.parse("2003-04"));
 * result.getValue(year).flatMap(FormulaValue::getValue);        // Optional<BigDecimal>
 * result.getValue(year, "team", "North").map(FormulaValue::getNumerator);
 * result.getSkippedCount();                                     // check before publishing
 * }</pre>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>No records: every period has a value of 0/0 with no figure.
 *   <li>A disaggregation group appears in a period only if some record of the population falls
 *       in it there; groups are in the order of their text.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@YardstickStyle
public abstract class FormulaResult {

  FormulaResult() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the reporting periods evaluated, in order.
   *
   * @return the periods
   */
  public abstract List<ReportingPeriod> getPeriods();

  /**
   * Returns the values: for each period the whole, then the groups of each disaggregation.
   *
   * @return the values
   */
  public abstract List<FormulaValue> getValues();

  /**
   * Returns the counting unit the formula used.
   *
   * @return the counting unit
   */
  public abstract CountingUnit getCountingUnit();

  /**
   * Returns the number of records read, including skipped ones.
   *
   * @return the count, at least 0
   */
  public abstract long getRecordCount();

  /**
   * Returns the number of records skipped as bad input, by reason; reasons no record had are
   * absent or zero.
   *
   * @return the counts
   */
  public abstract Map<BadRecordReason, Long> getSkippedRecords();

  /**
   * Returns the small-number threshold used: figures with a numerator (or a record-counted
   * denominator) from 1 to below it are flagged suppressed.
   *
   * @return the threshold; 0 when nothing is suppressed
   */
  @Value.Default
  public int getSuppressionThreshold() {
    return 0;
  }

  /**
   * Returns the total number of records skipped as bad input.
   *
   * @return the sum of {@link #getSkippedRecords()}
   */
  public long getSkippedCount() {
    return getSkippedRecords().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the value of the whole for a period.
   *
   * @param period one of {@link #getPeriods()}
   * @return the value; empty if the period was not evaluated
   */
  public Optional<FormulaValue> getValue(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return getValues().stream()
        .filter(v -> v.getPeriod().equals(period) && v.getDimension().isEmpty())
        .findFirst();
  }

  /**
   * Returns the value of one group of a disaggregation for a period.
   *
   * @param period one of {@link #getPeriods()}
   * @param dimension the disaggregation's name, such as {@code team}
   * @param group the group, such as a team's name or {@code 65-74}
   * @return the value; empty if no record of the population fell in that group in that period
   */
  public Optional<FormulaValue> getValue(ReportingPeriod period, String dimension, String group) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(group, "group");
    return getValues().stream()
        .filter(
            v ->
                v.getPeriod().equals(period)
                    && v.getDimension().equals(Optional.of(dimension))
                    && v.getGroup().equals(Optional.of(group)))
        .findFirst();
  }

  /**
   * Returns the values of all the groups of a disaggregation for a period.
   *
   * @param period one of {@link #getPeriods()}
   * @param dimension the disaggregation's name
   * @return the values, in the order of the groups' text; empty if there are none
   */
  public List<FormulaValue> getGroups(ReportingPeriod period, String dimension) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(dimension, "dimension");
    return getValues().stream()
        .filter(v -> v.getPeriod().equals(period) && v.getDimension().equals(Optional.of(dimension)))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Checks the invariants.
   *
   * @throws IllegalArgumentException if a count is negative or a value's period was not evaluated
   */
  @Value.Check
  protected void check() {
    checkArgument(getRecordCount() >= 0, "formula result record count %s is negative", getRecordCount());
    checkArgument(
        getSuppressionThreshold() >= 0,
        "formula result suppression threshold %s is negative",
        getSuppressionThreshold());
    for (FormulaValue value : getValues()) {
      checkArgument(
          getPeriods().contains(value.getPeriod()),
          "formula result value for %s is not for one of the periods %s",
          value.getPeriod(),
          getPeriods());
    }
    for (Map.Entry<BadRecordReason, Long> e : getSkippedRecords().entrySet()) {
      checkArgument(e.getValue() >= 0, "formula result skipped count %s for %s is negative", e.getValue(), e.getKey());
    }
  }

  /**
   * Builds a {@link FormulaResult}.
   *
   * <p>Implementation requirements: mutable and not synchronized.
   */
  public static class Builder extends ImmutableFormulaResult.Builder {
    /** Creates an empty builder; {@link FormulaResult#builder()} does the same. */
    public Builder() {}
  }
}
