package dev.yardstick.indicators.trend;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.indicators.IndicatorCatalogue;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.dataset.IndicatorSeries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * The direction of travel of an indicator: its latest value against the previous period or the
 * same period last year, in the words councils are judged by (improving, no significant change,
 * worsening).
 *
 * <p>Values are exact and already rounded by the indicator's rounding policy, so the verdict never
 * disagrees with the figures printed beside it. The change is latest minus previous; it moves the
 * indicator only when its magnitude reaches the {@link MinimumChange} (none by default: any
 * change counts). The polarity then decides: higher is better, lower is better, or for a range
 * polarity nearer the range is better ({@link Polarity#compareGoodness}). This is the two-point
 * comparison of Audit Commission and CQC performance tables; for a statistically tested trend
 * over five annual values see {@link RecentTrend}.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>a definition break between the periods: {@link DirectionOfTravel#NOT_COMPARABLE}, no
 *       change;
 *   <li>equal values, a change below the minimum, or two values equally good (both inside a
 *       range): {@link DirectionOfTravel#NO_SIGNIFICANT_CHANGE};
 *   <li>no polarity ({@link Polarity#NONE}): no verdict (empty), the change is still given;
 *   <li>a previous value of zero: no relative change.
 * </ul>
 *
 * <pre>{@code
 * DirectionOfTravelResult r = DirectionOfTravelCalculator.withDefaults()
 *     .with(MinimumChange.relative(new BigDecimal("2")))
 *     .assess(new BigDecimal("71.4"), new BigDecimal("68.9"), Polarity.HIGHER_IS_BETTER);
 * r.getDirectionOfTravel();   // Optional[IMPROVING]: +2.5 is 3.6% of 68.9
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DirectionOfTravelCalculator {

  private static final DirectionOfTravelCalculator DEFAULTS =
      new DirectionOfTravelCalculator(MinimumChange.NONE, ComparisonBasis.PREVIOUS_PERIOD);

  private final MinimumChange minimumChange;
  private final ComparisonBasis basis;

  private DirectionOfTravelCalculator(MinimumChange minimumChange, ComparisonBasis basis) {
    this.minimumChange = minimumChange;
    this.basis = basis;
  }

  /**
   * Returns the calculator with its defaults: any change counts, against the previous period.
   *
   * @return the default calculator
   */
  public static DirectionOfTravelCalculator withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with the given minimum change.
   *
   * @param option the smallest change that counts
   * @return the configured calculator
   */
  public DirectionOfTravelCalculator with(MinimumChange option) {
    Objects.requireNonNull(option, "option");
    return new DirectionOfTravelCalculator(option, basis);
  }

  /**
   * Returns a copy that says which earlier value is compared (used in the result's wording).
   *
   * @param option previous period or same period last year
   * @return the configured calculator
   */
  public DirectionOfTravelCalculator with(ComparisonBasis option) {
    Objects.requireNonNull(option, "option");
    return new DirectionOfTravelCalculator(minimumChange, option);
  }

  /**
   * Assesses two values under the same definition.
   *
   * @param latest the latest value, rounded by the indicator's policy
   * @param previous the earlier value, rounded likewise
   * @param polarity the indicator's polarity
   * @return the assessment
   */
  public DirectionOfTravelResult assess(BigDecimal latest, BigDecimal previous, Polarity polarity) {
    return assess(latest, previous, polarity, Comparability.COMPARABLE);
  }

  /**
   * Assesses an organisation's figure for a period against its figure for the earlier period of
   * this calculator's {@link ComparisonBasis}, both taken from its series and rounded by the
   * rounding policy of the definition in force for the period; the polarity is that definition's,
   * and the comparison is {@link Comparability#DEFINITION_BREAK} when the catalogue governs the
   * two periods by different definitions ({@link IndicatorCatalogue#isTrendBreakBetween}).
   *
   * <p>Edge cases: empty when either period has no figure (absent, missing or suppressed); an
   * indicator with no polarity gives a result without a verdict, as {@link #assess(BigDecimal,
   * BigDecimal, Polarity)} does.
   *
   * @param catalogue the definitions of the series' indicator
   * @param series the organisation's figures of the indicator
   * @param period the latest period
   * @return the assessment, or empty if a figure is lacking
   * @throws IllegalArgumentException if the catalogue has no definition of the series' indicator in
   *     force for the period; the message names both
   */
  public Optional<DirectionOfTravelResult> assess(
      IndicatorCatalogue catalogue, IndicatorSeries series, ReportingPeriod period) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(period, "period");
    Optional<IndicatorDefinition> found = catalogue.find(series.getIndicator(), period);
    checkArgument(
        found.isPresent(),
        "indicator %s has no definition in force for %s",
        series.getIndicator(),
        period);
    IndicatorDefinition definition = found.get();
    ReportingPeriod earlier =
        basis == ComparisonBasis.SAME_PERIOD_LAST_YEAR
            ? period.samePeriodLastYear()
            : period.previous();
    Optional<BigDecimal> latest = series.find(period).flatMap(IndicatorValue::getValue);
    Optional<BigDecimal> previous = series.find(earlier).flatMap(IndicatorValue::getValue);
    if (latest.isEmpty() || previous.isEmpty()) {
      return Optional.empty();
    }
    Comparability comparability =
        catalogue.isTrendBreakBetween(series.getIndicator(), earlier, period)
            ? Comparability.DEFINITION_BREAK
            : Comparability.COMPARABLE;
    return Optional.of(
        assess(
            definition.getRounding().round(latest.get()),
            definition.getRounding().round(previous.get()),
            definition.getPolarity(),
            comparability));
  }

  /**
   * Assesses two values, which may straddle a definition break.
   *
   * @param latest the latest value, rounded by the indicator's policy
   * @param previous the earlier value, rounded likewise
   * @param polarity the indicator's polarity
   * @param comparability whether the definition changed between the two periods
   * @return the assessment
   */
  public DirectionOfTravelResult assess(
      BigDecimal latest, BigDecimal previous, Polarity polarity, Comparability comparability) {
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(comparability, "comparability");
    BigDecimal l = Decimals.normalise(latest);
    BigDecimal p = Decimals.normalise(previous);
    DirectionOfTravelResult.Builder result =
        DirectionOfTravelResult.builder()
            .latest(l)
            .previous(p)
            .polarity(polarity)
            .minimumChange(minimumChange)
            .basis(basis)
            .comparability(comparability);
    if (comparability == Comparability.DEFINITION_BREAK) {
      return result.directionOfTravel(DirectionOfTravel.NOT_COMPARABLE).build();
    }
    BigDecimal change = Decimals.normalise(l.subtract(p));
    result.change(change);
    if (p.signum() != 0) {
      result.relativeChange(
          Decimals.normalise(
              change.multiply(BigDecimal.valueOf(100)).divide(p.abs(), MathContext.DECIMAL64)));
    }
    boolean counts = minimumChange.counts(p, change);
    result.movement(
        !counts
            ? TrendDirection.NO_SIGNIFICANT_CHANGE
            : (change.signum() > 0 ? TrendDirection.INCREASING : TrendDirection.DECREASING));
    if (!polarity.hasDirection()) {
      return result.build();
    }
    int goodness = counts ? polarity.compareGoodness(l, p) : 0;
    DirectionOfTravel direction =
        goodness > 0
            ? DirectionOfTravel.IMPROVING
            : (goodness < 0 ? DirectionOfTravel.WORSENING : DirectionOfTravel.NO_SIGNIFICANT_CHANGE);
    return result.directionOfTravel(direction).build();
  }

  /**
   * Returns the options; for the defaults, {@code DirectionOfTravelCalculator{minimum change 0,
   * PREVIOUS_PERIOD}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "DirectionOfTravelCalculator{minimum change " + minimumChange + ", " + basis + "}";
  }
}
