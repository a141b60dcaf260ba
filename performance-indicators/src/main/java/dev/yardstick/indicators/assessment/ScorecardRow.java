package dev.yardstick.indicators.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.OutcomeId;
import dev.yardstick.core.framework.ServiceArea;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import dev.yardstick.indicators.benchmark.PafBand;
import dev.yardstick.indicators.benchmark.PafBandResult;
import dev.yardstick.indicators.benchmark.Position;
import dev.yardstick.indicators.spc.AssuranceIcon;
import dev.yardstick.indicators.spc.VariationIcon;
import dev.yardstick.indicators.spc.XmrChartResult;
import dev.yardstick.indicators.trend.ComparisonBasis;
import dev.yardstick.indicators.trend.DirectionOfTravelResult;
import dev.yardstick.indicators.variance.VarianceBasis;
import dev.yardstick.indicators.variance.VarianceResult;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One indicator's line of a {@link Scorecard}: the value, target and variance, the RAG status,
 * direction of travel, SPC icons, benchmark rank and band, data quality and commentary, each
 * verdict with the sentence that says how it was reached.
 *
 * <p>A row is plain data: {@link ScorecardCalculator} computes every verdict from a dataset, a
 * catalogue and a framework; a row can also be put together by hand, or through the builder's
 * adapters from the definition and value ({@link Builder#figure(IndicatorDefinition,
 * IndicatorValue)}) and from the calculators' results ({@link Builder#variance(VarianceResult)},
 * {@link Builder#directionOfTravel(DirectionOfTravelResult)}, {@link Builder#spc(XmrChartResult,
 * OptionalDouble)}, {@link Builder#position(Position)}, {@link Builder#band(PafBandResult)}). A row
 * with no value says so: {@link #getValueText()} is {@code no data} or {@code suppressed}, never
 * blank, and its RAG status is never a colour.
 *
 * <pre>{@code
 * ScorecardRow row = ScorecardRow.builder()
 *     .figure(a1Definition, a1Value)            // title, unit, polarity, rounded value, quality
 *     .variance(VarianceCalculator.withDefaults().calculate(figure, target))
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ScorecardRow {

  /** What the value column shows when there is no figure. */
  public static final String NO_DATA = "no data";

  /** What the value column shows when the figure is withheld. */
  public static final String SUPPRESSED = "suppressed";

  ScorecardRow() {}

  /**
   * Returns a builder of rows.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator.
   *
   * @return the code
   */
  public abstract IndicatorCode getIndicator();

  /**
   * Returns the indicator's title.
   *
   * @return the title
   */
  public abstract String getTitle();

  /**
   * Returns the indicator's domain, for grouping.
   *
   * @return the domain, or empty
   */
  public abstract Optional<Domain> getDomain();

  /**
   * Returns the indicator's service area, for grouping.
   *
   * @return the service area, or empty
   */
  public abstract Optional<ServiceArea> getServiceArea();

  /**
   * Returns the outcomes the indicator measures, for grouping.
   *
   * @return the outcomes, possibly empty
   */
  public abstract Set<OutcomeId> getOutcomes();

  /**
   * Returns the indicator's unit.
   *
   * @return the unit
   */
  public abstract Unit getUnit();

  /**
   * Returns the indicator's polarity.
   *
   * @return the polarity
   */
  public abstract Polarity getPolarity();

  /**
   * Returns the value as published, rounded by the indicator's rounding policy and normalised.
   *
   * @return the value, or empty if there is none
   */
  public abstract Optional<BigDecimal> getValue();

  /**
   * Returns the target for the period: the one-sided target value, profiled to the period.
   *
   * @return the target, or empty if there is none or it is a range (whose ends the {@linkplain
   *     #getRagDerivation() RAG derivation} states)
   */
  public abstract Optional<BigDecimal> getTarget();

  /**
   * Returns the RAG status against the target, or the explicit reason there is none.
   *
   * @return the status
   */
  public abstract RagStatus getRag();

  /**
   * Returns how the RAG status was reached.
   *
   * @return the derivation, such as {@code 68.0 is below the target 75 by more than the 5%
   *     tolerance}
   */
  public abstract String getRagDerivation();

  /**
   * Returns the direction of travel against the previous period: the headline direction, counted by
   * the {@link ScorecardSummary}.
   *
   * @return the direction; {@link DirectionOfTravel#NOT_COMPARABLE} when there is none
   */
  @Value.Default
  public DirectionOfTravel getDirectionOfTravel() {
    return DirectionOfTravel.NOT_COMPARABLE;
  }

  /**
   * Returns how the direction of travel against the previous period was reached.
   *
   * @return the derivation, or empty
   */
  public abstract Optional<String> getDirectionDerivation();

  /**
   * Returns the direction of travel against the same period last year, which takes the season out
   * of monthly and quarterly figures (for an annual figure it is the previous period again).
   *
   * @return the direction; {@link DirectionOfTravel#NOT_COMPARABLE} when there is none
   */
  @Value.Default
  public DirectionOfTravel getYearOnYearDirection() {
    return DirectionOfTravel.NOT_COMPARABLE;
  }

  /**
   * Returns how the direction of travel against the same period last year was reached.
   *
   * @return the derivation, or empty
   */
  public abstract Optional<String> getYearOnYearDerivation();

  /**
   * Returns the SPC variation icon, where a series exists.
   *
   * @return the icon, or empty
   */
  public abstract Optional<VariationIcon> getVariationIcon();

  /**
   * Returns the SPC assurance icon, where a series and a target exist.
   *
   * @return the icon, or empty
   */
  public abstract Optional<AssuranceIcon> getAssuranceIcon();

  /**
   * Returns how the SPC icons were reached.
   *
   * @return the derivation, or empty
   */
  public abstract Optional<String> getSpcDerivation();

  /**
   * Returns the rank in the comparator group, 1 the best; ties may share an averaged rank.
   *
   * @return the rank, or empty
   */
  public abstract OptionalDouble getRank();

  /**
   * Returns the number of organisations ranked.
   *
   * @return the group size, or empty
   */
  public abstract OptionalInt getGroupSize();

  /**
   * Returns the quartile within the comparator group, 1 the best quarter.
   *
   * @return the quartile, or empty
   */
  public abstract OptionalInt getQuartile();

  /**
   * Returns the PAF band.
   *
   * @return the band, or empty
   */
  public abstract Optional<PafBand> getBand();

  /**
   * Returns how the benchmark position and band were reached.
   *
   * @return the derivation, or empty
   */
  public abstract Optional<String> getBenchmarkDerivation();

  /**
   * Returns the quality of the figure: final, provisional, estimated, suppressed or missing.
   *
   * @return the quality, or empty when the dataset holds no figure at all for the period
   */
  public abstract Optional<ValueQuality> getDataQuality();

  /**
   * Returns why the figure has its quality, such as why it is missing or estimated.
   *
   * @return the reason, or empty
   */
  public abstract Optional<String> getQualityReason();

  /**
   * Returns the manager's commentary.
   *
   * @return the commentary, or empty
   */
  public abstract Optional<String> getCommentary();

  /**
   * Returns the variance: the value minus the target, in the indicator's unit. Its sign is
   * arithmetic; whether it is good follows the polarity and is shown by the RAG status.
   *
   * @return the variance, or empty without a value or a target
   */
  public Optional<BigDecimal> getVariance() {
    if (getValue().isEmpty() || getTarget().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Decimals.normalise(getValue().get().subtract(getTarget().get())));
  }

  /**
   * Returns the value column's text: the value, or {@link #NO_DATA} or {@link #SUPPRESSED}.
   *
   * @return the text, never blank
   */
  public String getValueText() {
    if (getValue().isPresent()) {
      return getValue().get().toPlainString();
    }
    return getRag() == RagStatus.SUPPRESSED
            || getDataQuality().equals(Optional.of(ValueQuality.SUPPRESSED))
        ? SUPPRESSED
        : NO_DATA;
  }

  /**
   * Tells whether the row is in the top quartile of its comparator group.
   *
   * @return {@code true} for quartile 1
   */
  public boolean isTopQuartile() {
    return getQuartile().isPresent() && getQuartile().getAsInt() == 1;
  }

  @Value.Check
  ScorecardRow check() {
    if (getValue().isEmpty() && getRag().isColour()) {
      throw new IllegalArgumentException(
          "scorecard row "
              + getIndicator()
              + " has no value but is coloured "
              + getRag()
              + "; a missing figure is NO_DATA or SUPPRESSED");
    }
    getDataQuality()
        .ifPresent(
            quality ->
                checkArgument(
                    quality.hasValue() == getValue().isPresent(),
                    "scorecard row %s has quality %s %s a value",
                    getIndicator(),
                    quality,
                    getValue().isPresent() ? "with" : "without"));
    if (getQuartile().isPresent()
        && (getQuartile().getAsInt() < 1 || getQuartile().getAsInt() > 4)) {
      throw new IllegalArgumentException(
          "scorecard row " + getIndicator() + " has quartile " + getQuartile().getAsInt());
    }
    Optional<BigDecimal> value = getValue().map(Decimals::normalise);
    Optional<BigDecimal> target = getTarget().map(Decimals::normalise);
    if (value.equals(getValue()) && target.equals(getTarget())) {
      return this;
    }
    return builder().from(this).value(value).target(target).build();
  }

  /** Builds {@link ScorecardRow}s, with adapters from the calculators' results. */
  public static class Builder extends ImmutableScorecardRow.Builder {
    /** Creates an empty builder, as {@link ScorecardRow#builder()} does. */
    public Builder() {}

    /**
     * Sets the RAG status and its derivation.
     *
     * @param rag the status
     * @param derivation how it was reached
     * @return this builder
     */
    public Builder rag(RagStatus rag, String derivation) {
      rag(rag);
      ragDerivation(derivation);
      return this;
    }

    /**
     * Sets the indicator's code, title, domain, service area, unit and polarity from its
     * definition; enough, with a RAG status of {@link RagStatus#NO_DATA}, for the row of an
     * indicator with no figure.
     *
     * @param definition the definition in force for the scorecard's period
     * @return this builder
     */
    public Builder definition(IndicatorDefinition definition) {
      Objects.requireNonNull(definition, "definition");
      indicator(definition.getCode());
      title(definition.getTitle());
      domain(definition.getDomain());
      serviceArea(definition.getServiceArea());
      unit(definition.getUnit());
      polarity(definition.getPolarity());
      return this;
    }

    /**
     * Sets everything the definition gives ({@link #definition(IndicatorDefinition)}) and, from the
     * figure, the value rounded by the definition's rounding policy, its quality and reason, and
     * its commentary.
     *
     * @param definition the definition in force for the value's period
     * @param value the figure; a suppressed or missing one leaves the value empty
     * @return this builder
     * @throws IllegalArgumentException if the value is of another indicator than the definition (by
     *     code or alias); the message names both
     */
    public Builder figure(IndicatorDefinition definition, IndicatorValue value) {
      Objects.requireNonNull(definition, "definition");
      Objects.requireNonNull(value, "value");
      checkArgument(
          definition.isKnownBy(value.getIndicator()),
          "value of indicator %s is shown by the definition of %s",
          value.getIndicator(),
          definition.getCode());
      definition(definition);
      value(value.getValue().map(definition.getRounding()::round));
      dataQuality(value.getQuality());
      qualityReason(value.getQualityReason());
      commentary(value.getCommentary());
      return this;
    }

    /**
     * Sets the RAG status with its explanation, and the target, from the variance calculator's
     * result: the profiled target for the period (year to date for a year-to-date figure), left
     * empty for a range target.
     *
     * @param result the result of {@code VarianceCalculator.calculate}
     * @return this builder
     */
    public Builder variance(VarianceResult result) {
      Objects.requireNonNull(result, "result");
      rag(result.getStatus(), result.explain());
      target(
          result
              .getTarget()
              .flatMap(
                  t ->
                      result.getFigure().getBasis() == VarianceBasis.YEAR_TO_DATE
                          ? t.getYearToDateValue()
                          : t.getPeriodValue()));
      return this;
    }

    /**
     * Sets a direction of travel and its derivation from the trend calculator's result: against the
     * previous period ({@link #directionOfTravel(DirectionOfTravel)}) or, for a result on the basis
     * {@link ComparisonBasis#SAME_PERIOD_LAST_YEAR}, against the same period last year ({@link
     * #yearOnYearDirection(DirectionOfTravel)}).
     *
     * @param result the result of {@code DirectionOfTravelCalculator.assess}
     * @return this builder
     */
    public Builder directionOfTravel(DirectionOfTravelResult result) {
      Objects.requireNonNull(result, "result");
      DirectionOfTravel direction =
          result.getDirectionOfTravel().orElse(DirectionOfTravel.NOT_COMPARABLE);
      if (result.getBasis() == ComparisonBasis.SAME_PERIOD_LAST_YEAR) {
        yearOnYearDirection(direction);
        yearOnYearDerivation(result.explain());
      } else {
        directionOfTravel(direction);
        directionDerivation(result.explain());
      }
      return this;
    }

    /**
     * Sets the SPC icons and their derivation from an XmR chart of the indicator's series.
     *
     * @param chart the chart
     * @param target the target, for the assurance icon, or empty for none
     * @return this builder
     */
    public Builder spc(XmrChartResult chart, OptionalDouble target) {
      Objects.requireNonNull(chart, "chart");
      Objects.requireNonNull(target, "target");
      variationIcon(chart.getVariationIcon());
      if (target.isPresent()) {
        assuranceIcon(chart.getAssuranceIcon(target.getAsDouble()));
      }
      spcDerivation(chart.explain());
      return this;
    }

    /**
     * Sets the rank and group size from the benchmark calculator's position.
     *
     * @param position the organisation's position in its comparator group
     * @return this builder
     */
    public Builder position(Position position) {
      Objects.requireNonNull(position, "position");
      rank(position.getRank());
      groupSize(position.getGroupSize());
      return this;
    }

    /**
     * Sets the PAF band from the banding calculator's result.
     *
     * @param result the result of {@code PafBanding.band}
     * @return this builder
     */
    public Builder band(PafBandResult result) {
      Objects.requireNonNull(result, "result");
      band(result.getBand().getBand());
      return this;
    }
  }
}
