package dev.yardstick.indicators.assessment;

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
import dev.yardstick.indicators.benchmark.PafBand;
import dev.yardstick.indicators.benchmark.PafBandResult;
import dev.yardstick.indicators.benchmark.Position;
import dev.yardstick.indicators.spc.AssuranceIcon;
import dev.yardstick.indicators.spc.VariationIcon;
import dev.yardstick.indicators.spc.XmrChartResult;
import dev.yardstick.indicators.trend.DirectionOfTravelResult;
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
 * <p>A row is plain data: the verdicts are computed by the calculators (trend, SPC, benchmark,
 * variance) and handed in, ready-made or through the builder's adapters such as {@link
 * Builder#directionOfTravel(DirectionOfTravelResult)}. A row with no value says so: {@link
 * #getValueText()} is {@code no data} or {@code suppressed}, never blank, and its RAG status is
 * {@link RagStatus#NO_DATA} or {@link RagStatus#SUPPRESSED}, never a colour.
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
   * Returns the target for the period.
   *
   * @return the target, or empty if there is none
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
   * Returns the direction of travel against the comparison period.
   *
   * @return the direction; {@link DirectionOfTravel#NOT_COMPARABLE} when there is none
   */
  @Value.Default
  public DirectionOfTravel getDirectionOfTravel() {
    return DirectionOfTravel.NOT_COMPARABLE;
  }

  /**
   * Returns how the direction of travel was reached.
   *
   * @return the derivation, or empty
   */
  public abstract Optional<String> getDirectionDerivation();

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
   * Returns a note on the figure's quality, such as {@code provisional} or {@code estimated}.
   *
   * @return the note, or empty for a final figure
   */
  public abstract Optional<String> getDataQuality();

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
    return getRag() == RagStatus.SUPPRESSED ? SUPPRESSED : NO_DATA;
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
     * Sets the direction of travel and its derivation from the trend calculator's result.
     *
     * @param result the result of {@code DirectionOfTravelCalculator.assess}
     * @return this builder
     */
    public Builder directionOfTravel(DirectionOfTravelResult result) {
      Objects.requireNonNull(result, "result");
      directionOfTravel(result.getDirectionOfTravel().orElse(DirectionOfTravel.NOT_COMPARABLE));
      directionDerivation(result.explain());
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
