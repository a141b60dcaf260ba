package dev.yardstick.indicators.dataset;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The values of one indicator for one organisation, in period order: the input of a trend or a
 * roll-up.
 *
 * <p>The periods are those of the values present; a gap in the reporting is a period without a
 * value, and a value that is {@linkplain dev.yardstick.indicators.ValueQuality#MISSING missing}
 * or suppressed is kept in its place. A series may mix frequencies (months, quarters and the
 * year); the order is that of {@link ReportingPeriod}, a period just before those it contains.
 *
 * <pre>{@code
 * IndicatorSeries series = dataset.series(IndicatorCode.of("A1"), OrganisationId.gss("E06000001"));
 * series.find(FinancialYear.of(2003)).flatMap(IndicatorValue::getValue);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class IndicatorSeries {

  IndicatorSeries() {}

  /**
   * Returns a series of some values, sorted by period.
   *
   * @param indicator the indicator
   * @param organisation the organisation
   * @param values the values, in any order
   * @return the series
   * @throws IllegalArgumentException if a value is for another indicator or organisation, or two
   *     values share a period
   */
  public static IndicatorSeries of(
      IndicatorCode indicator, OrganisationId organisation, Iterable<IndicatorValue> values) {
    Objects.requireNonNull(values, "values");
    List<IndicatorValue> sorted = new ArrayList<>();
    values.forEach(sorted::add);
    sorted.sort(Comparator.comparing(IndicatorValue::getPeriod));
    return builder().indicator(indicator).organisation(organisation).values(sorted).build();
  }

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
   * Returns the organisation.
   *
   * @return the organisation's identifier
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the values in period order.
   *
   * @return the values
   */
  public abstract List<IndicatorValue> getValues();

  /**
   * Returns the periods of the values, in order.
   *
   * @return the periods
   */
  public List<ReportingPeriod> getPeriods() {
    return getValues().stream()
        .map(IndicatorValue::getPeriod)
        .collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList));
  }

  /**
   * Returns the value of a period.
   *
   * @param period the period
   * @return the value, or empty if the series has none for the period
   */
  public Optional<IndicatorValue> find(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    List<IndicatorValue> values = getValues();
    int low = 0;
    int high = values.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = values.get(mid).getPeriod().compareTo(period);
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
   * Returns the number of values.
   *
   * @return the number of values
   */
  public int size() {
    return getValues().size();
  }

  @Value.Check
  void check() {
    ReportingPeriod previous = null;
    for (IndicatorValue v : getValues()) {
      checkArgument(
          v.getIndicator().equals(getIndicator()) && v.getOrganisation().equals(getOrganisation()),
          "series of %s for %s: value %s belongs to another series",
          getIndicator(),
          getOrganisation(),
          v);
      checkArgument(
          previous == null || previous.compareTo(v.getPeriod()) < 0,
          "series of %s for %s: period %s is out of order or repeated after %s",
          getIndicator(),
          getOrganisation(),
          v.getPeriod(),
          previous);
      previous = v.getPeriod();
    }
  }

  /** Builds {@link IndicatorSeries}; the values must be added in period order. */
  public static class Builder extends ImmutableIndicatorSeries.Builder {
    /** Creates an empty builder, as {@link IndicatorSeries#builder()} does. */
    public Builder() {}
  }
}
