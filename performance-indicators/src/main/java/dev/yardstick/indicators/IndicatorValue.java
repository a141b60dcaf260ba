package dev.yardstick.indicators;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One figure of one indicator for one organisation in one reporting period, with its numerator
 * and denominator where it has them, its quality and any commentary.
 *
 * <p>The value is exact ({@link BigDecimal}, normalised on entry so that {@code 12.50} and {@code
 * 12.5} are equal). A value with a numerator and denominator is derived from them under the
 * indicator's unit multiplier and rounding policy: {@link #fromRatio} computes it, and {@link
 * IndicatorDefinition#validate(IndicatorValue)} checks a value given both ways, as the dataset CSV
 * reader does for every row. The rules that need no definition hold for every instance:
 *
 * <ul>
 *   <li>a value is present exactly when the {@linkplain #getQuality() quality} {@linkplain
 *       ValueQuality#hasValue() carries one}: a suppressed or missing figure is never a zero;
 *   <li>a numerator and a denominator come together, are not negative, and are never given with
 *       a {@linkplain ValueQuality#SUPPRESSED suppressed} value (that would reveal the small
 *       numbers);
 *   <li>a value computed from a numerator and denominator has a denominator above zero;
 *   <li>a {@linkplain ValueQuality#MISSING missing} value states its reason.
 * </ul>
 *
 * <pre>{@code
 * IndicatorValue v = IndicatorValue.fromRatio(a1, OrganisationId.gss("E06000001"),
 *     FinancialYear.of(2003), 25, 200);           // 12.5, FINAL
 * IndicatorValue gap = IndicatorValue.missing(IndicatorCode.of("A1"),
 *     OrganisationId.gss("E06000001"), FinancialYear.of(2004), "return not received");
 * }</pre>
 *
 * <p>Commentary and the quality reason are free text for people; they must not hold personal
 * data. {@link #toString()} shows the key, value and quality only.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class IndicatorValue {

  IndicatorValue() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a final value without numerator and denominator.
   *
   * @param indicator the indicator's code
   * @param organisation the organisation
   * @param period the reporting period
   * @param value the figure, in the indicator's unit
   * @return the value, of quality {@link ValueQuality#FINAL}
   */
  public static IndicatorValue of(
      IndicatorCode indicator, OrganisationId organisation, ReportingPeriod period,
      BigDecimal value) {
    return builder()
        .indicator(indicator)
        .organisation(organisation)
        .period(period)
        .value(value)
        .build();
  }

  /**
   * Returns the final value of a ratio indicator computed from its numerator and denominator
   * under the definition's unit multiplier and rounding policy.
   *
   * <h4>Edge cases</h4>
   *
   * <p>A zero denominator gives a {@linkplain ValueQuality#MISSING missing} value with the reason
   * {@code "zero denominator"} that keeps the numerator and denominator.
   *
   * @param definition the indicator's definition; its code is used
   * @param organisation the organisation
   * @param period the reporting period
   * @param numerator the numerator, not negative
   * @param denominator the denominator, not negative
   * @return the value
   * @throws IllegalArgumentException if the numerator or denominator is negative, or the
   *     definition rejects the value ({@link IndicatorDefinition#validate(IndicatorValue)}): for
   *     example a numerator above the denominator of a percentage
   */
  public static IndicatorValue fromRatio(
      IndicatorDefinition definition, OrganisationId organisation, ReportingPeriod period,
      long numerator, long denominator) {
    Objects.requireNonNull(definition, "definition");
    Ratio ratio = Ratio.of(numerator, denominator);
    Builder builder =
        builder()
            .indicator(definition.getCode())
            .organisation(organisation)
            .period(period)
            .numerator(numerator)
            .denominator(denominator);
    Optional<BigDecimal> value = definition.valueOf(ratio);
    if (value.isPresent()) {
      builder.value(value.get());
    } else {
      builder.quality(ValueQuality.MISSING).qualityReason("zero denominator");
    }
    IndicatorValue result = builder.build();
    try {
      definition.validate(result).throwIfInvalid();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return result;
  }

  /**
   * Returns a missing value.
   *
   * @param indicator the indicator's code
   * @param organisation the organisation
   * @param period the reporting period
   * @param reason why there is no figure, such as {@code "return not received"}
   * @return the value, of quality {@link ValueQuality#MISSING}
   */
  public static IndicatorValue missing(
      IndicatorCode indicator, OrganisationId organisation, ReportingPeriod period,
      String reason) {
    return builder()
        .indicator(indicator)
        .organisation(organisation)
        .period(period)
        .quality(ValueQuality.MISSING)
        .qualityReason(reason)
        .build();
  }

  /**
   * Returns the indicator's code.
   *
   * @return the code
   */
  public abstract IndicatorCode getIndicator();

  /**
   * Returns the organisation the figure is for.
   *
   * @return the organisation's identifier
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the reporting period the figure is for.
   *
   * @return the period
   */
  public abstract ReportingPeriod getPeriod();

  /**
   * Returns the figure, in the indicator's unit.
   *
   * @return the exact value, normalised; empty when the quality carries no value
   */
  public abstract Optional<BigDecimal> getValue();

  /**
   * Returns the numerator the value was computed from.
   *
   * @return the numerator, or empty if the value was given without one
   */
  public abstract OptionalLong getNumerator();

  /**
   * Returns the denominator the value was computed from.
   *
   * @return the denominator, or empty if the value was given without one
   */
  public abstract OptionalLong getDenominator();

  /**
   * Returns the numerator and denominator together.
   *
   * @return the ratio, or empty if the value was given without them
   */
  public Optional<Ratio> getRatio() {
    if (getNumerator().isPresent() && getDenominator().isPresent()) {
      return Optional.of(
          Ratio.of(getNumerator().getAsLong(), getDenominator().getAsLong()));
    }
    return Optional.empty();
  }

  /**
   * Returns the quality of the figure.
   *
   * @return the quality; {@link ValueQuality#FINAL} unless set
   */
  @Value.Default
  public ValueQuality getQuality() {
    return ValueQuality.FINAL;
  }

  /**
   * Returns why the figure has its quality: why it is missing, estimated or suppressed.
   *
   * @return the reason, or empty; required when the value is missing
   */
  public abstract Optional<String> getQualityReason();

  /**
   * Returns commentary for readers of a report, such as an explanation of a change.
   *
   * @return the commentary, or empty
   */
  public abstract Optional<String> getCommentary();

  @Value.Check
  IndicatorValue normalise() {
    ValueQuality quality = getQuality();
    if (getValue().isPresent() != quality.hasValue()) {
      throw invalid(
          quality.hasValue()
              ? "quality " + quality + " needs a value"
              : "quality " + quality + " must not carry a value");
    }
    if (getNumerator().isPresent() != getDenominator().isPresent()) {
      throw invalid("numerator and denominator must be given together");
    }
    if (getNumerator().isPresent()) {
      long numerator = getNumerator().getAsLong();
      long denominator = getDenominator().getAsLong();
      if (numerator < 0 || denominator < 0) {
        throw invalid(
            "numerator " + numerator + " and denominator " + denominator
                + " must not be negative");
      }
      if (quality == ValueQuality.SUPPRESSED) {
        throw invalid("a suppressed value must not carry its numerator and denominator");
      }
      if (quality.hasValue() && denominator == 0) {
        throw invalid("a value computed from a ratio needs a denominator above zero");
      }
    }
    if (quality == ValueQuality.MISSING && getQualityReason().isEmpty()) {
      throw invalid("a missing value needs a reason");
    }
    if (getQualityReason().isPresent() && getQualityReason().get().isBlank()) {
      throw invalid("quality reason is blank");
    }
    if (getCommentary().isPresent() && getCommentary().get().isEmpty()) {
      throw invalid("commentary is empty");
    }
    if (getValue().isPresent()) {
      BigDecimal value = getValue().get();
      BigDecimal normal = Decimals.normalise(value);
      if (normal.scale() != value.scale()) {
        return builder().from(this).value(normal).build();
      }
    }
    return this;
  }

  private IllegalArgumentException invalid(String rule) {
    return new IllegalArgumentException(
        "value of " + getIndicator() + " " + getOrganisation() + " " + getPeriod() + ": " + rule);
  }

  /**
   * Returns the key, value and quality, such as {@code IndicatorValue{A1 E06000001 2003-04 =
   * 12.5 FINAL}}; commentary is left out.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "IndicatorValue{"
        + getIndicator()
        + " "
        + getOrganisation()
        + " "
        + getPeriod()
        + " = "
        + getValue().map(BigDecimal::toPlainString).orElse("none")
        + " "
        + getQuality()
        + "}";
  }

  /** Builds {@link IndicatorValue}s; indicator, organisation and period are required. */
  public static class Builder extends ImmutableIndicatorValue.Builder {
    /** Creates an empty builder, as {@link IndicatorValue#builder()} does. */
    public Builder() {}
  }
}
