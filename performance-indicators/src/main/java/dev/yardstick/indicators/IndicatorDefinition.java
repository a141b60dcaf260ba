package dev.yardstick.indicators;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ServiceArea;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.validation.ValidationReport;
import dev.yardstick.indicators.benchmark.BandingScheme;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One version of the definition of a performance indicator: what is counted, in which unit,
 * which way is good, how it is rounded and aggregated, and when this version was in force.
 *
 * <p>Definitions are versioned data (design decision 5). A definition is in force from {@link
 * #getEffectiveFrom()} to {@link #getEffectiveTo()} inclusive; when the counting rules, the data
 * source or the framework's numbering change, a new version starts, and figures on either side of
 * the change are not comparable: a new version marks a break in a trend ({@link
 * IndicatorCatalogue#getTrendBreaks(IndicatorCode)}).
 *
 * <p>An indicator has one code and any number of aliases by which other frameworks or earlier
 * numberings knew it: PAF {@code A1} is Best Value indicator {@code BVPI 49} and later national
 * indicator {@code NI 62}; ASCOF {@code 2C} was {@code 2A(2)} before 2023-24. A catalogue looks a
 * definition up by either.
 *
 * <pre>{@code
 * IndicatorDefinition a1 = IndicatorDefinition.builder()
 *     .code(IndicatorCode.of("A1"))
 *     .addAliases(IndicatorCode.of("BVPI 49"), IndicatorCode.of("NI 62"))
 *     .title("Stability of placements of children looked after")
 *     .unit(Unit.PERCENTAGE)
 *     .polarity(Polarity.LOWER_IS_BETTER)
 *     .measureKind(MeasureKind.RATIO)
 *     .frequency(Frequency.ANNUAL)
 *     .rounding(RoundingPolicy.ONE_DECIMAL_PLACE)
 *     .effectiveFrom(LocalDate.of(2002, 4, 1))
 *     .build();
 * a1.valueOf(Ratio.of(25, 200));      // Optional[12.5]
 * }</pre>
 *
 * <p>A definition is {@link java.io.Serializable}, with all its parts, so that a formula that
 * produces it can be shipped to the workers of a cluster engine; reading one back checks it as
 * the builder does. For storage and exchange use the catalogue CSV instead.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class IndicatorDefinition implements Serializable {

  private static final long serialVersionUID = 1L;

  IndicatorDefinition() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator's code, the one a dataset records values under.
   *
   * @return the code, such as {@code A1} or {@code ASCOF 2C}
   */
  public abstract IndicatorCode getCode();

  /**
   * Returns the other codes this indicator is known by while this version is in force.
   *
   * @return the aliases, such as {@code BVPI 49} and {@code NI 62} for PAF {@code A1}; may be empty
   */
  public abstract Set<IndicatorCode> getAliases();

  /**
   * Returns the first day this version is in force.
   *
   * @return the start date, inclusive
   */
  public abstract LocalDate getEffectiveFrom();

  /**
   * Returns the last day this version is in force.
   *
   * @return the end date, inclusive, or empty while it is still in force
   */
  public abstract Optional<LocalDate> getEffectiveTo();

  /**
   * Returns the short title.
   *
   * @return the title, such as {@code "Stability of placements of children looked after"}
   */
  public abstract String getTitle();

  /**
   * Returns the full wording of the indicator, as published.
   *
   * @return the description, or empty if only the title is known
   */
  public abstract Optional<String> getDescription();

  /**
   * Returns the unit, whose multiplier turns a numerator and denominator into the value: 100 for
   * a percentage, 1,000 for a rate per thousand population.
   *
   * @return the unit
   */
  public abstract Unit getUnit();

  /**
   * Returns which way is good.
   *
   * @return the polarity; {@link Polarity#NONE} for a context indicator or where no direction is
   *     confirmed
   */
  public abstract Polarity getPolarity();

  /**
   * Returns the measure kind, which decides how values over shorter periods roll up to longer
   * ones: flows add up, snapshots take the latest, ratios are recomputed from summed numerators
   * and denominators.
   *
   * @return the measure kind
   */
  public abstract MeasureKind getMeasureKind();

  /**
   * Returns the performance domain the framework files the indicator under.
   *
   * @return the domain, such as PAF domain A, or empty if none is given
   */
  public abstract Optional<Domain> getDomain();

  /**
   * Returns the part of social services the indicator is about.
   *
   * @return the service area, or empty if none is given
   */
  public abstract Optional<ServiceArea> getServiceArea();

  /**
   * Returns how often the indicator is reported.
   *
   * @return the reporting frequency
   */
  public abstract Frequency getFrequency();

  /**
   * Returns how values are rounded before they are shown, banded or coloured, so that a colour
   * never disagrees with the figure printed beside it.
   *
   * @return the rounding policy: decimal places and rounding mode
   */
  public abstract RoundingPolicy getRounding();

  /**
   * Returns the number of decimal places values are shown with.
   *
   * @return the scale of {@link #getRounding()}
   */
  public int getDecimalPlaces() {
    return getRounding().getScale();
  }

  /**
   * Returns what the numerator counts.
   *
   * @return the numerator's description, or empty if the indicator has none or it is unconfirmed
   */
  public abstract Optional<String> getNumeratorDescription();

  /**
   * Returns what the denominator counts.
   *
   * @return the denominator's description, or empty if the indicator has none or it is
   *     unconfirmed
   */
  public abstract Optional<String> getDenominatorDescription();

  /**
   * Returns the statistical return or collection the figures come from.
   *
   * @return the data source, such as {@code "SALT (Short and Long Term support) return"}
   */
  public abstract Optional<String> getDataSource();

  /**
   * Tells whether this is a key indicator, one whose level caps a rating judgement (in 2002, for
   * example, more than 20% on PAF A1 capped children's "serving people well" at "Some").
   *
   * @return {@code true} for a key indicator
   */
  @Value.Default
  public boolean isKeyIndicator() {
    return false;
  }

  /**
   * Tells whether the indicator belongs to the social-services Performance Assessment Framework.
   *
   * @return {@code true} for a PAF indicator
   */
  @Value.Default
  public boolean isPaf() {
    return false;
  }

  /**
   * Tells whether the indicator is also a statutory Best Value performance indicator.
   *
   * @return {@code true} for a Best Value indicator
   */
  @Value.Default
  public boolean isBestValue() {
    return false;
  }

  /**
   * Returns the PAF-style banding schemes of the indicator, each with its own effective dates:
   * bandings were revised between years, sometimes backwards, more often than the definition
   * changed. A scheme can be one- or two-sided, have fewer than five bands, and have its own
   * thresholds for named groups of councils ({@link BandingScheme#getGroupThresholds()}).
   *
   * @return the banding schemes, oldest first; empty when no banding is known
   */
  public abstract List<BandingScheme> getBandings();

  /**
   * Returns the banding scheme in force on a date.
   *
   * @param date the date
   * @return the scheme, or empty if none is in force then
   */
  public Optional<BandingScheme> findBanding(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getBandings().stream().filter(b -> b.isEffectiveOn(date)).findFirst();
  }

  /**
   * Returns the banding scheme that bands a period's figures: the one in force on the period's
   * last day.
   *
   * @param period the reporting period
   * @return the scheme, or empty if none is in force then
   */
  public Optional<BandingScheme> findBanding(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return findBanding(period.getEnd());
  }

  /**
   * Returns the attributes of this definition that its sources do not confirm.
   *
   * @return the unconfirmed attributes; empty when everything is confirmed
   */
  public abstract Set<DefinitionAttribute> getUnconfirmed();

  /**
   * Tells whether the code itself is confirmed by a source.
   *
   * @return {@code false} if {@link DefinitionAttribute#CODE} is unconfirmed
   */
  public boolean isCodeConfirmed() {
    return !getUnconfirmed().contains(DefinitionAttribute.CODE);
  }

  /**
   * Returns notes on the definition: banding history, caveats, what is unconfirmed and why.
   *
   * @return the notes, or empty
   */
  public abstract Optional<String> getNotes();

  /**
   * Returns the sources of the definition, such as the addresses of the publications it was
   * typed in from.
   *
   * @return the sources, in order; may be empty for a council's own indicator
   */
  public abstract List<String> getSources();

  /**
   * Tells whether this version is in force on a date.
   *
   * @param date the date
   * @return {@code true} if the date is on or after the start and on or before any end
   */
  public boolean isEffectiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getEffectiveFrom())
        && getEffectiveTo().map(end -> !date.isAfter(end)).orElse(true);
  }

  /**
   * Tells whether this version governs the figures of a period: whether it is in force on the
   * period's last day, the day a year-end or quarter-end figure is counted at.
   *
   * @param period the reporting period
   * @return {@code true} if this version is in force on the period's last day
   */
  public boolean isEffectiveFor(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return isEffectiveOn(period.getEnd());
  }

  /**
   * Tells whether a code names this indicator, as its code or one of its aliases.
   *
   * @param code the code
   * @return {@code true} if the code is this definition's code or an alias
   */
  public boolean isKnownBy(IndicatorCode code) {
    Objects.requireNonNull(code, "code");
    return getCode().equals(code) || getAliases().contains(code);
  }

  /**
   * Returns the value of a numerator and denominator under this indicator's unit multiplier and
   * rounding policy.
   *
   * <h4>Edge cases</h4>
   *
   * <p>A zero denominator gives an empty result, never a zero or an infinity.
   *
   * @param ratio the numerator and denominator
   * @return the rounded value, such as 12.5 for 25 out of 200 as a percentage to one decimal
   *     place; empty if the denominator is zero
   */
  public Optional<BigDecimal> valueOf(Ratio ratio) {
    Objects.requireNonNull(ratio, "ratio");
    return ratio.getValue(getUnit(), getRounding());
  }

  /**
   * Checks that a value is consistent with this definition, and reports every problem found.
   *
   * <p>The rules, with the issue codes reported:
   *
   * <ul>
   *   <li>{@code VALUE_INDICATOR_MISMATCH}: the value's indicator is not this definition's code or
   *       an alias;
   *   <li>{@code VALUE_OUTSIDE_EFFECTIVE_DATES}: this version is not in force on the last day of
   *       the value's period;
   *   <li>{@code VALUE_RATIO_NOT_ALLOWED}: a numerator and denominator are given for an indicator
   *       whose measure kind is not {@link MeasureKind#RATIO} or {@link MeasureKind#MEAN};
   *   <li>{@code VALUE_NUMERATOR_ABOVE_DENOMINATOR}: a percentage's numerator is greater than its
   *       denominator;
   *   <li>{@code VALUE_DISAGREES_WITH_RATIO}: the value and the value computed from the numerator
   *       and denominator ({@link #valueOf(Ratio)}) do not round to the same figure under this
   *       indicator's rounding policy.
   * </ul>
   *
   * @param value the value to check
   * @return the report; valid if there are no errors
   */
  public ValidationReport validate(IndicatorValue value) {
    Objects.requireNonNull(value, "value");
    ValidationReport.Builder report = ValidationReport.builder();
    String subject =
        "indicator " + value.getIndicator() + ", organisation " + value.getOrganisation()
            + ", period " + value.getPeriod();
    if (!isKnownBy(value.getIndicator())) {
      report.error(
          "VALUE_INDICATOR_MISMATCH",
          subject,
          "the value is for indicator " + value.getIndicator() + ", not " + getCode()
              + " or one of its aliases");
    }
    if (!isEffectiveFor(value.getPeriod())) {
      report.error(
          "VALUE_OUTSIDE_EFFECTIVE_DATES",
          subject,
          "the definition of " + getCode() + " in force from " + getEffectiveFrom()
              + getEffectiveTo().map(end -> " to " + end).orElse("")
              + " does not cover the period's last day " + value.getPeriod().getEnd());
    }
    Optional<Ratio> ratio = value.getRatio();
    if (ratio.isPresent()) {
      Ratio r = ratio.get();
      if (getMeasureKind() != MeasureKind.RATIO && getMeasureKind() != MeasureKind.MEAN) {
        report.error(
            "VALUE_RATIO_NOT_ALLOWED",
            subject,
            "indicator " + getCode() + " is a " + getMeasureKind()
                + " measure and takes no numerator or denominator");
      } else if (getUnit().getKind() == Unit.Kind.PERCENTAGE && !r.isProportion()) {
        report.error(
            "VALUE_NUMERATOR_ABOVE_DENOMINATOR",
            subject,
            "numerator " + r.getNumerator() + " is greater than denominator " + r.getDenominator()
                + " for a percentage");
      } else if (value.getValue().isPresent()) {
        BigDecimal given = value.getValue().get();
        Optional<BigDecimal> expected = valueOf(r);
        if (expected.isEmpty() || getRounding().round(given).compareTo(expected.get()) != 0) {
          report.error(
              "VALUE_DISAGREES_WITH_RATIO",
              subject,
              "value " + given.toPlainString() + " disagrees with numerator " + r.getNumerator()
                  + " and denominator " + r.getDenominator() + ", which give "
                  + expected.map(BigDecimal::toPlainString).orElse("no value") + " as "
                  + getUnit() + " rounded to " + getRounding());
        }
      }
    }
    return report.build();
  }

  @Value.Check
  void check() {
    getEffectiveTo()
        .ifPresent(
            end ->
                checkArgument(
                    !end.isBefore(getEffectiveFrom()),
                    "indicator %s: effectiveTo %s is before effectiveFrom %s",
                    getCode(),
                    end,
                    getEffectiveFrom()));
    checkArgument(
        !getAliases().contains(getCode()),
        "indicator %s: aliases must not repeat the code itself",
        getCode());
    checkArgument(!getTitle().isBlank(), "indicator %s: title is blank", getCode());
    for (String source : getSources()) {
      checkArgument(!source.isBlank(), "indicator %s: a source is blank", getCode());
    }
  }

  /**
   * Returns a short text naming the code and the dates in force, such as {@code
   * IndicatorDefinition{A1, 2002-04-01 to open}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "IndicatorDefinition{"
        + getCode()
        + ", "
        + getEffectiveFrom()
        + " to "
        + getEffectiveTo().map(LocalDate::toString).orElse("open")
        + "}";
  }

  /** Builds {@link IndicatorDefinition}s; code, title, unit, polarity, measure kind, frequency,
   * rounding and effective start date are required. */
  public static class Builder extends ImmutableIndicatorDefinition.Builder {
    /** Creates an empty builder, as {@link IndicatorDefinition#builder()} does. */
    public Builder() {}
  }
}
