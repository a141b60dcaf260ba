package dev.yardstick.indicators.variance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Range;
import dev.yardstick.core.framework.ProfiledTarget;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.ToleranceBand;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.UnitMismatchException;
import dev.yardstick.core.period.PeriodMismatchException;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.core.status.RagStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges a figure against its target: how far off it is (absolute and relative difference), whether
 * it is better than, on or worse than target, and its red, amber or green colour under a {@link
 * RagPolicy}.
 *
 * <p>Method (methods reference section 4.6): absolute difference = actual - target; relative
 * difference = (actual - target) / |target|, as a percentage; both oriented by the target's kind,
 * which must agree with the indicator's polarity (an at-least or increase target for a
 * higher-is-better indicator, at-most or reduction for lower-is-better; any kind for a range
 * polarity). Under the default policy the figure and the target bounds are first rounded by the
 * indicator's rounding policy, so the verdict agrees with the figure printed beside it (design
 * decision 1): 14.96 printed as 15.0 is on a target of at most 15. The colour comes from the bands
 * {@link RagPolicy#bandsFor} gives the target; a policy with a {@link DirectionRule} may lift red
 * to amber when the direction of travel is given.
 *
 * <p>The basis of the figure chooses the target compared: the period's own bounds ({@link
 * VarianceBasis#PERIOD}, also for a {@link VarianceBasis#FORECAST_OUTTURN} against the year's
 * target) or the profiled year-to-date bounds ({@link VarianceBasis#YEAR_TO_DATE}).
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>no polarity (a context indicator): {@link RagStatus#NOT_RATED}, whatever else is given;
 *   <li>no target: {@link RagStatus#NO_TARGET}, never a target of zero;
 *   <li>a suppressed figure: {@link RagStatus#SUPPRESSED}; a missing one: {@link
 *       RagStatus#NO_DATA};
 *   <li>a target of zero: no relative difference;
 *   <li>a figure that falls in a gap between a policy's fixed bands: {@link RagStatus#NOT_RATED}
 *       (the policy's {@link RagPolicy#validate(Target)} reports the gap); where fixed bands
 *       overlap, the worse colour.
 * </ul>
 *
 * <pre>{@code
 * VarianceResult r = VarianceCalculator.withDefaults()
 *     .calculate(d40Q2, plan.getTargetFor(IndicatorCode.of("D40"), council, q2));
 * r.getStatus();      // AMBER
 * r.explain();        // "Amber: 71.4% against a target of at least 75% with a 5-point tolerance."
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class VarianceCalculator {

  private static final VarianceCalculator DEFAULTS = new VarianceCalculator(RagPolicy.defaults());

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final RagPolicy policy;

  private VarianceCalculator(RagPolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns the calculator with the {@linkplain RagPolicy#defaults() default policy}.
   *
   * @return the default calculator
   */
  public static VarianceCalculator withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that colours figures by another policy.
   *
   * @param option the RAG policy
   * @return the configured calculator
   */
  public VarianceCalculator with(RagPolicy option) {
    Objects.requireNonNull(option, "option");
    return new VarianceCalculator(option);
  }

  /**
   * Returns the policy in use.
   *
   * @return the RAG policy
   */
  public RagPolicy getPolicy() {
    return policy;
  }

  /**
   * Judges a figure against a target.
   *
   * @param figure the figure
   * @param target the target for the figure's indicator and period, with its profile applied
   * @return the result
   * @throws UnitMismatchException if the figure and the target are in different units
   * @throws PeriodMismatchException if the target is for another period
   * @throws IllegalArgumentException if the target is for another indicator, its kind disagrees
   *     with the polarity, the policy is not in force for the period, or a relative tolerance is
   *     measured from a target of zero; the message names the indicator, target or policy
   */
  public VarianceResult calculate(Figure figure, ProfiledTarget target) {
    Objects.requireNonNull(target, "target");
    return calculate(figure, Optional.of(target), Optional.empty());
  }

  /**
   * Judges a figure against a target that may be absent.
   *
   * @param figure the figure
   * @param target the target for the figure's indicator and period, or empty if it has none
   * @return the result; {@link RagStatus#NO_TARGET} if there is no target
   * @throws UnitMismatchException if the figure and the target are in different units
   * @throws PeriodMismatchException if the target is for another period
   * @throws IllegalArgumentException as {@link #calculate(Figure, ProfiledTarget)}
   */
  public VarianceResult calculate(Figure figure, Optional<ProfiledTarget> target) {
    Objects.requireNonNull(target, "target");
    return calculate(figure, target, Optional.empty());
  }

  /**
   * Judges a figure against a target that may be absent, with its direction of travel for a policy
   * that combines the two.
   *
   * @param figure the figure
   * @param target the target for the figure's indicator and period, or empty if it has none
   * @param direction the figure's direction of travel (against the same period last year, for
   *     Havering's rule)
   * @return the result
   * @throws UnitMismatchException if the figure and the target are in different units
   * @throws PeriodMismatchException if the target is for another period
   * @throws IllegalArgumentException as {@link #calculate(Figure, ProfiledTarget)}
   */
  public VarianceResult calculate(
      Figure figure, Optional<ProfiledTarget> target, DirectionOfTravel direction) {
    Objects.requireNonNull(direction, "direction");
    return calculate(figure, target, Optional.of(direction));
  }

  private VarianceResult calculate(
      Figure figure, Optional<ProfiledTarget> target, Optional<DirectionOfTravel> direction) {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(target, "target");
    checkArgument(
        policy.isEffectiveFor(figure.getPeriod()),
        "%s is not in force for %s",
        policy,
        figure.getPeriod());
    target.ifPresent(t -> checkTarget(figure, t));
    VarianceResult.Builder result =
        VarianceResult.builder()
            .figure(figure)
            .target(target)
            .directionOfTravel(direction)
            .policy(policy);
    if (!figure.getPolarity().hasDirection()) {
      return result.status(RagStatus.NOT_RATED).build();
    }
    if (target.isEmpty()) {
      return result.status(RagStatus.NO_TARGET).build();
    }
    if (figure.isSuppressed()) {
      return result.status(RagStatus.SUPPRESSED).build();
    }
    if (figure.getValue().isEmpty()) {
      return result.status(RagStatus.NO_DATA).build();
    }
    ProfiledTarget profiled = target.get();
    boolean roundFirst = policy.getRounding() == ClassificationRounding.ROUND_FIRST;
    RoundingPolicy rounding = figure.getRounding();
    BigDecimal value =
        roundFirst ? rounding.round(figure.getValue().get()) : figure.getValue().get();
    Range<BigDecimal> bounds =
        figure.getBasis() == VarianceBasis.YEAR_TO_DATE
            ? profiled.getYearToDateBounds()
            : profiled.getPeriodBounds();
    if (roundFirst) {
      bounds = round(bounds, rounding);
    }
    List<ToleranceBand> bands = policy.bandsFor(profiled.getTarget(), bounds);
    result
        .comparedValue(value)
        .comparedBounds(bounds)
        .tolerance(policy.toleranceFor(profiled.getTarget()))
        .bands(bands)
        .verdict(verdict(value, bounds));
    BigDecimal reference = reference(value, bounds);
    BigDecimal difference = Decimals.normalise(value.subtract(reference));
    boolean insideRange =
        bounds.contains(value) && bounds.hasLowerBound() && bounds.hasUpperBound();
    if (insideRange) {
      difference = BigDecimal.ZERO;
    }
    result.absoluteDifference(difference);
    if (insideRange) {
      result.relativeDifference(BigDecimal.ZERO);
    } else if (reference.signum() != 0) {
      result.relativeDifference(
          Decimals.normalise(
              difference.multiply(HUNDRED).divide(reference.abs(), MathContext.DECIMAL64)));
    }
    Optional<RagStatus> colour = RagBands.find(bands, value);
    if (colour.isEmpty()) {
      return result.status(RagStatus.NOT_RATED).build();
    }
    RagStatus status = colour.get();
    if (status == RagStatus.RED
        && direction.isPresent()
        && policy.getDirectionRule().liftsRed(direction.get())) {
      return result.status(RagStatus.AMBER).liftedByDirectionOfTravel(true).build();
    }
    return result.status(status).build();
  }

  private void checkTarget(Figure figure, ProfiledTarget profiled) {
    Target target = profiled.getTarget();
    String subject = "indicator " + figure.getIndicator() + " against target " + target.getId();
    checkArgument(
        target.getIndicator().equals(figure.getIndicator()),
        "target %s is for indicator %s, not %s",
        target.getId(),
        target.getIndicator(),
        figure.getIndicator());
    UnitMismatchException.check(subject, target.getUnit(), figure.getUnit());
    PeriodMismatchException.check(subject, profiled.getPeriod(), figure.getPeriod());
    Polarity.Kind polarity = figure.getPolarity().getKind();
    TargetKind kind = target.getKind();
    boolean atLeast = kind == TargetKind.AT_LEAST || kind == TargetKind.INCREASE_ON_BASELINE;
    boolean atMost = kind == TargetKind.AT_MOST || kind == TargetKind.REDUCTION_ON_BASELINE;
    checkArgument(
        !(atLeast && polarity == Polarity.Kind.LOWER_IS_BETTER)
            && !(atMost && polarity == Polarity.Kind.HIGHER_IS_BETTER),
        "target %s of kind %s disagrees with indicator %s polarity %s",
        target.getId(),
        kind,
        figure.getIndicator(),
        figure.getPolarity());
  }

  private static Range<BigDecimal> round(Range<BigDecimal> bounds, RoundingPolicy rounding) {
    if (bounds.hasLowerBound() && bounds.hasUpperBound()) {
      return Range.range(
          rounding.round(bounds.lowerEndpoint()),
          bounds.lowerBoundType(),
          rounding.round(bounds.upperEndpoint()),
          bounds.upperBoundType());
    }
    if (bounds.hasLowerBound()) {
      return Range.downTo(rounding.round(bounds.lowerEndpoint()), bounds.lowerBoundType());
    }
    return Range.upTo(rounding.round(bounds.upperEndpoint()), bounds.upperBoundType());
  }

  private static TargetVerdict verdict(BigDecimal value, Range<BigDecimal> bounds) {
    if (!bounds.contains(value)) {
      return TargetVerdict.WORSE_THAN_TARGET;
    }
    if (bounds.hasLowerBound() && bounds.hasUpperBound()) {
      return TargetVerdict.ON_TARGET;
    }
    return value.compareTo(reference(value, bounds)) == 0
        ? TargetVerdict.ON_TARGET
        : TargetVerdict.BETTER_THAN_TARGET;
  }

  /** The target value a difference is measured from: the one bound, or the nearer one. */
  private static BigDecimal reference(BigDecimal value, Range<BigDecimal> bounds) {
    if (!bounds.hasUpperBound()) {
      return bounds.lowerEndpoint();
    }
    if (!bounds.hasLowerBound()) {
      return bounds.upperEndpoint();
    }
    return value.compareTo(bounds.upperEndpoint()) > 0
        ? bounds.upperEndpoint()
        : bounds.lowerEndpoint();
  }

  /**
   * Describes the calculator by its policy.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "VarianceCalculator[" + policy + "]";
  }
}
