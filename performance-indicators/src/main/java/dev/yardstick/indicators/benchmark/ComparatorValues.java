package dev.yardstick.indicators.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The values of one indicator for one period across a group of organisations (a cross-section), the
 * input of the rank, quantile and outlier calculators.
 *
 * <p>Values are {@code double} in the indicator's unit, already rounded as the indicator is
 * published where that matters (design decision 1). Organisations in the group with no value are
 * listed in {@link #getMissing()}; what a calculator does with them is its {@link
 * MissingValuePolicy}. A cross-section taken from a dataset converts with {@link
 * dev.yardstick.indicators.dataset.CrossSection#toComparatorValues()}, which lists suppressed,
 * missing and absent figures as missing.
 *
 * <pre>{@code
 * ComparatorValues a1 = ComparatorValues.builder()
 *     .putValues(OrganisationId.gss("E06000001"), 12.5)
 *     .putValues(OrganisationId.gss("E06000002"), 9.8)
 *     .addMissing(OrganisationId.gss("E06000003"))
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ComparatorValues {

  ComparatorValues() {}

  /**
   * Returns the value of each organisation that has one, in the order given.
   *
   * @return the values, finite
   */
  public abstract Map<OrganisationId, Double> getValues();

  /**
   * Returns the organisations of the group that have no value.
   *
   * @return the organisations with a missing value
   */
  public abstract Set<OrganisationId> getMissing();

  /**
   * Returns the organisations with a value, in the order given.
   *
   * @return the organisations
   */
  public List<OrganisationId> getOrganisations() {
    return List.copyOf(getValues().keySet());
  }

  @Value.Check
  void check() {
    for (Map.Entry<OrganisationId, Double> e : getValues().entrySet()) {
      checkState(
          Double.isFinite(e.getValue()),
          "value %s of %s is not finite; list the organisation as missing instead",
          e.getValue(),
          e.getKey());
      checkState(
          !getMissing().contains(e.getKey()),
          "organisation %s has a value and is also listed as missing",
          e.getKey());
    }
  }

  /**
   * Returns a cross-section with no missing values.
   *
   * @param values the value of each organisation
   * @return the cross-section
   * @throws IllegalStateException if a value is not finite
   */
  public static ComparatorValues of(Map<OrganisationId, Double> values) {
    return builder().putAllValues(values).build();
  }

  /**
   * Applies a missing-value policy: returns the number of organisations left out.
   *
   * @param policy the policy
   * @return the number of missing values
   * @throws IllegalArgumentException if the policy refuses missing values and there are some
   */
  int missingCount(MissingValuePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    checkArgument(
        policy == MissingValuePolicy.EXCLUDE_AND_COUNT || getMissing().isEmpty(),
        "cross-section has missing values for %s and the policy is REFUSE",
        getMissing().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    return getMissing().size();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ComparatorValues}. */
  public static class Builder extends ImmutableComparatorValues.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
