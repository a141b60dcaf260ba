package dev.yardstick.indicators.assessment.rating;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.status.ServingPeopleWell;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A key-indicator threshold that caps a service's "serving people well" judgement: missing the
 * threshold stops the service being judged better than the cap, whatever the rest of the evidence
 * says.
 *
 * <p>In 2002, 11 key performance indicators carried such minimum levels (domain reference section
 * 1.1): for example more than 20% of looked-after children with three or more placements in the
 * year (PAF A1) capped children's services at {@link ServingPeopleWell#SOME}, and delivering fewer
 * than 80% of items of equipment costing under £1,000 within three weeks (PAF D38) capped adults'
 * services at {@link ServingPeopleWell#MOST}. Caps are applied to the judgements <em>before</em>
 * the rule table is looked up.
 *
 * <p>A cap is breached when the value is strictly beyond the threshold: {@link Breach#ABOVE} means
 * "more than", {@link Breach#BELOW} "fewer than", so a value equal to the threshold never breaches.
 * Values are compared exactly, as given; round them by the indicator's rounding policy first if the
 * published figure is what counts.
 *
 * <pre>{@code
 * KeyIndicatorCap a1 = KeyIndicatorCap.above(
 *     "PAF A1", "looked-after children with three or more placements",
 *     ServiceGroup.CHILDREN, new BigDecimal("20"), Unit.PERCENTAGE, ServingPeopleWell.SOME);
 * a1.isBreachedBy(new BigDecimal("21.3"));   // true
 * a1.isBreachedBy(new BigDecimal("20"));     // false: the cap is "more than 20%"
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class KeyIndicatorCap {

  /** Which side of the threshold breaches it. */
  public enum Breach {
    /** Breached by a value strictly above the threshold ("more than 20%"). */
    ABOVE,
    /** Breached by a value strictly below the threshold ("fewer than 80%"). */
    BELOW
  }

  KeyIndicatorCap() {}

  /**
   * Returns a cap breached by a value above the threshold.
   *
   * @param indicator the key indicator's label, such as {@code PAF A1}
   * @param description what the indicator measures, for explanations
   * @param service the service whose judgement is capped
   * @param threshold the highest value that does not breach the cap
   * @param unit the unit of the indicator's values
   * @param cap the highest judgement allowed when the cap is breached
   * @return the cap
   * @throws IllegalArgumentException if the indicator or description is blank, or the cap is {@link
   *     ServingPeopleWell#YES}, which caps nothing
   */
  public static KeyIndicatorCap above(
      String indicator,
      String description,
      ServiceGroup service,
      BigDecimal threshold,
      Unit unit,
      ServingPeopleWell cap) {
    return of(indicator, description, service, Breach.ABOVE, threshold, unit, cap);
  }

  /**
   * Returns a cap breached by a value below the threshold.
   *
   * @param indicator the key indicator's label, such as {@code PAF D38}
   * @param description what the indicator measures, for explanations
   * @param service the service whose judgement is capped
   * @param threshold the lowest value that does not breach the cap
   * @param unit the unit of the indicator's values
   * @param cap the highest judgement allowed when the cap is breached
   * @return the cap
   * @throws IllegalArgumentException as {@link #above}
   */
  public static KeyIndicatorCap below(
      String indicator,
      String description,
      ServiceGroup service,
      BigDecimal threshold,
      Unit unit,
      ServingPeopleWell cap) {
    return of(indicator, description, service, Breach.BELOW, threshold, unit, cap);
  }

  private static KeyIndicatorCap of(
      String indicator,
      String description,
      ServiceGroup service,
      Breach breach,
      BigDecimal threshold,
      Unit unit,
      ServingPeopleWell cap) {
    return builder()
        .indicator(indicator)
        .description(description)
        .service(service)
        .breach(breach)
        .threshold(threshold)
        .unit(unit)
        .cap(cap)
        .build();
  }

  /**
   * Returns a builder of caps.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the key indicator's label, by which a council's value is matched: {@code PAF A1}.
   *
   * @return the label, not blank
   */
  public abstract String getIndicator();

  /**
   * Returns what the indicator measures, such as {@code looked-after children with three or more
   * placements}.
   *
   * @return the description, not blank
   */
  public abstract String getDescription();

  /**
   * Returns the service whose "serving people well" judgement the cap limits.
   *
   * @return the service
   */
  public abstract ServiceGroup getService();

  /**
   * Returns which side of the threshold breaches the cap.
   *
   * @return the side
   */
  public abstract Breach getBreach();

  /**
   * Returns the threshold, normalised; a value equal to it does not breach the cap.
   *
   * @return the threshold, in {@link #getUnit()}
   */
  public abstract BigDecimal getThreshold();

  /**
   * Returns the unit of the indicator's values, used to write them in explanations.
   *
   * @return the unit
   */
  public abstract Unit getUnit();

  /**
   * Returns the highest judgement the service may have when the cap is breached.
   *
   * @return the cap, below {@link ServingPeopleWell#YES}
   */
  public abstract ServingPeopleWell getCap();

  /**
   * Tells whether a value breaches the cap: is strictly above (or below) the threshold.
   *
   * @param value the council's value of the key indicator, in {@link #getUnit()}
   * @return {@code true} if the cap applies
   */
  public boolean isBreachedBy(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    int comparison = value.compareTo(getThreshold());
    return getBreach() == Breach.ABOVE ? comparison > 0 : comparison < 0;
  }

  /**
   * Writes a value with the unit, as explanations show it: {@code 21.3%}, {@code 12 per 1,000}.
   *
   * @param value the value
   * @return the value and unit
   */
  public String format(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    String number = Decimals.normalise(value).toPlainString();
    return getUnit().getKind() == Unit.Kind.PERCENTAGE ? number + "%" : number + " " + getUnit();
  }

  /**
   * Returns the rule as text, such as {@code PAF A1 above 20% caps children's services at Some}.
   *
   * @return the rule
   */
  @Override
  public String toString() {
    return getIndicator()
        + (getBreach() == Breach.ABOVE ? " above " : " below ")
        + format(getThreshold())
        + " caps "
        + getService().getWording()
        + " at "
        + getCap().getWording();
  }

  @Value.Check
  KeyIndicatorCap normalise() {
    checkArgument(!getIndicator().isBlank(), "key indicator cap has a blank indicator label");
    checkArgument(
        !getDescription().isBlank(),
        "key indicator cap %s has a blank description",
        getIndicator());
    checkArgument(
        getCap() != ServingPeopleWell.YES,
        "key indicator cap %s caps %s at Yes, which caps nothing",
        getIndicator(),
        getService().getWording());
    BigDecimal normalised = Decimals.normalise(getThreshold());
    if (normalised.equals(getThreshold())) {
      return this;
    }
    return builder().from(this).threshold(normalised).build();
  }

  /** Builds {@link KeyIndicatorCap}s; every attribute is required. */
  public static class Builder extends ImmutableKeyIndicatorCap.Builder {
    /** Creates an empty builder, as {@link KeyIndicatorCap#builder()} does. */
    public Builder() {}
  }
}
