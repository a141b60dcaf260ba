package dev.yardstick.indicators.dataset;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorValue;
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
