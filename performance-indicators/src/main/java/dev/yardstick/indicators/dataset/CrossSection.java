package dev.yardstick.indicators.dataset;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.benchmark.ComparatorValues;
import dev.yardstick.indicators.benchmark.MissingValuePolicy;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The values of one indicator in one period across organisations, such as a comparator group:
 * the input of a benchmark.
 *
 * <p>Values are in organisation order. Organisations that were asked for but have no value in
 * the dataset are listed in {@link #getAbsent()}, so that a benchmark can say "no data" for them
 * instead of leaving them out silently.
 *
 * <pre>{@code
 * CrossSection cs = dataset.crossSection(IndicatorCode.of("C32"), FinancialYear.of(2003), group);
 * cs.getValues().size() + cs.getAbsent().size();   // the members of the group on 31 March 2004
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class CrossSection {

  CrossSection() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator.
   *
   * @return the indicator's code
   */
  public abstract IndicatorCode getIndicator();

  /**
   * Returns the period.
   *
   * @return the period
   */
  public abstract ReportingPeriod getPeriod();

  /**
   * Returns the values in organisation order.
   *
   * @return the values
   */
  public abstract List<IndicatorValue> getValues();

  /**
   * Returns the organisations asked for that have no value, in order.
   *
   * @return the absent organisations; empty when every organisation asked for has a value
   */
  public abstract List<OrganisationId> getAbsent();

  /**
   * Returns the organisations that have a value, in order.
   *
   * @return the organisations
   */
  public List<OrganisationId> getOrganisations() {
    return getValues().stream()
        .map(IndicatorValue::getOrganisation)
        .collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList));
  }

  /**
   * Returns the value of an organisation.
   *
   * @param organisation the organisation
   * @return the value, or empty if the cross-section has none for it
   */
  public Optional<IndicatorValue> find(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    List<IndicatorValue> values = getValues();
    int low = 0;
    int high = values.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = values.get(mid).getOrganisation().compareTo(organisation);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return Optional.of(values.get(mid));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns these values as the input of the benchmark calculators (rank, quantile bands,
   * outliers), with every organisation that has no figure listed as missing, so that the
   * calculator's {@link MissingValuePolicy} decides what happens to it: under the default {@link
   * MissingValuePolicy#EXCLUDE_AND_COUNT} it is left out of the group and counted, under {@link
   * MissingValuePolicy#REFUSE} the calculation is refused. No organisation is dropped silently.
   *
   * <ul>
   *   <li>An organisation whose value carries a figure ({@link ValueQuality#FINAL}, {@link
   *       ValueQuality#PROVISIONAL} or {@link ValueQuality#ESTIMATED}) goes to {@link
   *       ComparatorValues#getValues()}. The quality is not carried over: a calculator treats a
   *       provisional or estimated figure like a final one.
   *   <li>An organisation whose value is {@link ValueQuality#SUPPRESSED} or {@link
   *       ValueQuality#MISSING}, and an organisation listed in {@link #getAbsent()}, goes to
   *       {@link ComparatorValues#getMissing()}.
   * </ul>
   *
   * <p>Both are in organisation order. Each organisation of the cross-section is in exactly one
   * of the two.
   *
   * <pre>{@code
   * CrossSection cs = dataset.crossSection(IndicatorCode.of("A1"), FinancialYear.of(2003), group);
   * Position p = PositionCalculator.withDefaults()
   *     .calculate(cs.toComparatorValues(), council, Polarity.LOWER_IS_BETTER);
   * p.getMissingCount();   // members suppressed, missing or with no row in the dataset
   * }</pre>
   *
   * <p>This conversion lives here rather than as {@code ComparatorValues.from(CrossSection)}
   * because the benchmark package must not depend on the dataset package (the packages would form
   * a cycle).
   *
   * <h4>Units</h4>
   *
   * <p>The figures stay in the indicator's unit (a percentage stays a percentage, a rate per
   * 10,000 stays a rate per 10,000). The exact {@link BigDecimal} is converted with {@link
   * BigDecimal#doubleValue()}, which gives the nearest {@code double}: the calculators work on
   * {@code double} (design decision 1), and a figure with more than about 15 significant digits
   * loses its last digits.
   *
   * <h4>Edge cases</h4>
   *
   * <ul>
   *   <li>An empty cross-section gives empty values and an empty missing list.
   *   <li>A cross-section with no figure at all gives empty values and every organisation
   *       missing; the calculators then report an empty group or refuse, as they document.
   *   <li>A figure too large in magnitude for a {@code double} (beyond about {@code 1.8E308}) is
   *       refused, never turned into an infinity or listed as missing.
   * </ul>
   *
   * @return the values and missing organisations
   * @throws IllegalArgumentException if a figure is too large in magnitude for a {@code double};
   *     the message names the organisation
   */
  public ComparatorValues toComparatorValues() {
    ComparatorValues.Builder result = ComparatorValues.builder();
    List<OrganisationId> absent = getAbsent();
    int a = 0;
    for (IndicatorValue v : getValues()) {
      OrganisationId organisation = v.getOrganisation();
      while (a < absent.size() && absent.get(a).compareTo(organisation) < 0) {
        result.addMissing(absent.get(a++));
      }
      if (v.getValue().isPresent()) {
        double figure = v.getValue().get().doubleValue();
        checkArgument(
            Double.isFinite(figure),
            "cross-section of %s in %s: value %s of %s is too large for a double",
            getIndicator(),
            getPeriod(),
            v.getValue().get(),
            organisation);
        result.putValues(organisation, figure);
      } else {
        result.addMissing(organisation);
      }
    }
    while (a < absent.size()) {
      result.addMissing(absent.get(a++));
    }
    return result.build();
  }

  @Value.Check
  void check() {
    OrganisationId previous = null;
    for (IndicatorValue v : getValues()) {
      checkArgument(
          v.getIndicator().equals(getIndicator()) && v.getPeriod().equals(getPeriod()),
          "cross-section of %s in %s: value %s belongs to another cross-section",
          getIndicator(),
          getPeriod(),
          v);
      checkArgument(
          previous == null || previous.compareTo(v.getOrganisation()) < 0,
          "cross-section of %s in %s: organisation %s is out of order or repeated",
          getIndicator(),
          getPeriod(),
          v.getOrganisation());
      previous = v.getOrganisation();
    }
    OrganisationId before = null;
    for (OrganisationId absent : getAbsent()) {
      checkArgument(
          before == null || before.compareTo(absent) < 0,
          "cross-section of %s in %s: absent organisation %s is out of order or repeated",
          getIndicator(),
          getPeriod(),
          absent);
      checkArgument(
          find(absent).isEmpty(),
          "cross-section of %s in %s: organisation %s is both present and absent",
          getIndicator(),
          getPeriod(),
          absent);
      before = absent;
    }
  }

  /** Builds {@link CrossSection}s; values and absent organisations must be added in order. */
  public static class Builder extends ImmutableCrossSection.Builder {
    /** Creates an empty builder, as {@link CrossSection#builder()} does. */
    public Builder() {}
  }
}
