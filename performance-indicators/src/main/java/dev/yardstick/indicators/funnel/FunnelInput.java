package dev.yardstick.indicators.funnel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import org.immutables.value.Value;

/**
 * One organisation's counts for a funnel plot: the numerator (people with the attribute, observed
 * events) and the denominator (people, expected events, population or person-time).
 *
 * <p>Counts are {@code double} so that weighted counts, which PHE's own fixtures contain, are
 * accepted.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class FunnelInput {

  FunnelInput() {}

  /**
   * Returns the organisation.
   *
   * @return the organisation
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the numerator: the count with the attribute, or the observed events.
   *
   * @return the numerator, finite and not negative
   */
  public abstract double getNumerator();

  /**
   * Returns the denominator: the population, the expected events, or for a directly standardised
   * rate the effective denominator {@code multiplier * events / rate}.
   *
   * @return the denominator, finite and not negative; zero excludes the organisation
   */
  public abstract double getDenominator();

  @Value.Check
  void check() {
    checkState(
        Double.isFinite(getNumerator()) && getNumerator() >= 0,
        "funnel numerator %s of %s is not a finite non-negative number",
        getNumerator(),
        getOrganisation());
    checkState(
        Double.isFinite(getDenominator()) && getDenominator() >= 0,
        "funnel denominator %s of %s is not a finite non-negative number",
        getDenominator(),
        getOrganisation());
  }

  /**
   * Returns the counts of one organisation.
   *
   * @param organisation the organisation
   * @param numerator the numerator, not negative
   * @param denominator the denominator, not negative
   * @return the input
   * @throws IllegalStateException if a count is negative or not finite
   */
  public static FunnelInput of(OrganisationId organisation, double numerator, double denominator) {
    return builder()
        .organisation(organisation)
        .numerator(numerator)
        .denominator(denominator)
        .build();
  }

  /**
   * Returns the input for a directly standardised rate, whose effective denominator PHE derives as
   * {@code multiplier * events / rate} (PHEindicatormethods {@code calculate_funnel_points}).
   *
   * @param organisation the organisation
   * @param events the number of events, not negative
   * @param rate the directly standardised rate per multiplier; with no events it is not used
   * @param multiplier the rate's unit, such as 100,000
   * @return the input; with no events the denominator is 0 and the organisation is excluded
   * @throws IllegalArgumentException if there are events and the rate or multiplier is not positive
   */
  public static FunnelInput ofStandardisedRate(
      OrganisationId organisation, double events, double rate, double multiplier) {
    if (events == 0) {
      return of(organisation, 0, 0);
    }
    checkArgument(
        Double.isFinite(rate) && rate > 0,
        "standardised rate %s of %s is not a finite positive number",
        rate,
        organisation);
    checkArgument(
        Double.isFinite(multiplier) && multiplier > 0,
        "rate multiplier %s is not a finite positive number",
        multiplier);
    return of(organisation, events, multiplier * events / rate);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FunnelInput}. */
  public static class Builder extends ImmutableFunnelInput.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
