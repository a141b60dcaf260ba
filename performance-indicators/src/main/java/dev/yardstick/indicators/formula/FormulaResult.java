package dev.yardstick.indicators.formula;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
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
 * result.toIndicatorValues(OrganisationId.gss("E06000001"));    // one IndicatorValue a period
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
   * Returns the definition of the indicator the formula produces, which {@link
   * #toIndicatorValues(OrganisationId)} needs.
   *
   * @return the definition; empty if the formula was built without one
   */
  public abstract Optional<IndicatorDefinition> getDefinition();

  /**
   * Returns the names of the formula's disaggregations, in the order they were added; groups of
   * each appear among the {@linkplain #getValues() values} where records fell in them.
   *
   * @return the dimension names; empty if the formula has none
   */
  public abstract List<String> getDimensions();

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
   * Returns the figures of the whole as indicator values of the formula's definition for an
   * organisation, one for each period in order, each made by {@link
   * FormulaValue#toIndicatorValue(IndicatorDefinition, OrganisationId)}: the value that {@link
   * IndicatorValue#fromRatio} computes, so value, numerator, denominator and rounding agree.
   *
   * <h4>Edge cases</h4>
   *
   * <ul>
   *   <li>A figure flagged as a small number is {@link ValueQuality#SUPPRESSED}, with no value
   *       and no counts.
   *   <li>A zero denominator, or no population in a per-population rate's table, gives a {@link
   *       ValueQuality#MISSING} value that says why; never 0 or NaN.
   * </ul>
   *
   * @param organisation the organisation the records are of, such as the council evaluating them
   * @return one value a period, of quality {@link ValueQuality#FINAL} where there is a figure
   * @throws IllegalStateException if the formula had no {@linkplain #getDefinition() definition}
   * @throws IllegalArgumentException if the definition rejects a value, such as a percentage
   *     whose numerator is above a population from a table; the message names the indicator, the
   *     period and the rule
   */
  public List<IndicatorValue> toIndicatorValues(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    IndicatorDefinition definition = requireDefinition();
    List<IndicatorValue> values = new ArrayList<>(getPeriods().size());
    for (FormulaValue value : getValues()) {
      if (value.getDimension().isEmpty()) {
        values.add(value.toIndicatorValue(definition, organisation));
      }
    }
    return List.copyOf(values);
  }

  /**
   * Returns the figures of each group of a disaggregation as indicator values of the formula's
   * definition for an organisation. {@link IndicatorValue} has no place for a group, so the
   * values come keyed by group: for each group, in the order of the groups' text, one value for
   * each period in which records fell in the group, in period order. The values are made as by
   * {@link #toIndicatorValues(OrganisationId)}, with the same edge cases.
   *
   * <pre>{@code
   * Map<String, List<IndicatorValue>> byTeam = result.toIndicatorValues(council, "team");
   * byTeam.get("North");     // North's values, one a period
   * }</pre>
   *
   * @param organisation the organisation the records are of
   * @param dimension the disaggregation's name, one of {@link #getDimensions()}
   * @return the values of each group; empty if no records fell in any group
   * @throws IllegalStateException if the formula had no {@linkplain #getDefinition() definition}
   * @throws IllegalArgumentException if the formula has no such disaggregation, or the definition
   *     rejects a value; the message names it
   */
  public Map<String, List<IndicatorValue>> toIndicatorValues(
      OrganisationId organisation, String dimension) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(dimension, "dimension");
    checkArgument(
        getDimensions().contains(dimension),
        "the formula has no disaggregation '%s'; it has %s",
        dimension,
        getDimensions());
    IndicatorDefinition definition = requireDefinition();
    Map<String, List<IndicatorValue>> groups = new TreeMap<>();
    for (FormulaValue value : getValues()) {
      if (value.getDimension().equals(Optional.of(dimension))) {
        groups
            .computeIfAbsent(value.getGroup().orElseThrow(), g -> new ArrayList<>())
            .add(value.toIndicatorValue(definition, organisation));
      }
    }
    Map<String, List<IndicatorValue>> result = new LinkedHashMap<>();
    groups.forEach((group, values) -> result.put(group, List.copyOf(values)));
    return Collections.unmodifiableMap(result);
  }

  /**
   * Returns the figures of the whole as a dataset: the values of {@link
   * #toIndicatorValues(OrganisationId)}, ready to merge with other organisations' and other
   * indicators' values for comparison, trend and banding.
   *
   * @param organisation the organisation the records are of
   * @return a dataset of one indicator, one organisation and the periods evaluated
   * @throws IllegalStateException if the formula had no {@linkplain #getDefinition() definition}
   * @throws IllegalArgumentException if the definition rejects a value
   */
  public IndicatorDataset toDataset(OrganisationId organisation) {
    return IndicatorDataset.of(toIndicatorValues(organisation));
  }

  private IndicatorDefinition requireDefinition() {
    return getDefinition()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the formula produces no indicator definition, so its figures have no"
                        + " indicator code or rounding: build it with definition(...)"));
  }

  /**
   * Checks the invariants.
   *
   * @throws IllegalArgumentException if a count is negative, a value's period was not evaluated,
   *     or a value's disaggregation is not one of the dimensions
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
      checkArgument(
          value.getDimension().map(getDimensions()::contains).orElse(true),
          "formula result value for %s is of disaggregation %s, not one of the dimensions %s",
          value.getPeriod(),
          value.getDimension().orElse(""),
          getDimensions());
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
