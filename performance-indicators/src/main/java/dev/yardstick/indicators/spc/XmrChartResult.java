package dev.yardstick.indicators.spc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Polarity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An XmR chart drawn by {@link XmrChart}: the values and options used, the segments with their
 * limits, and the special cause and point type of every point, with the icons.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class XmrChartResult {

  XmrChartResult() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The values charted, oldest first.
   *
   * @return the values
   */
  public abstract List<Double> getValues();

  /**
   * The indicator's polarity.
   *
   * @return the polarity
   */
  public abstract Polarity getPolarity();

  /**
   * The moving-range screening used.
   *
   * @return the screening
   */
  public abstract MovingRangeScreening getScreening();

  /**
   * The limit factor used.
   *
   * @return the factor
   */
  public abstract LimitFactor getLimitFactor();

  /**
   * The number of points on one side of the mean that make a shift.
   *
   * @return the shift length
   */
  public abstract int getShiftLength();

  /**
   * The number of strictly increasing or decreasing points that make a trend.
   *
   * @return the trend length
   */
  public abstract int getTrendLength();

  /**
   * The fixed baseline length.
   *
   * @return the length, empty when each segment's limits use all its points
   */
  public abstract OptionalInt getBaselineLength();

  /**
   * The rebase positions given.
   *
   * @return the 0-based positions where new segments start
   */
  public abstract List<Integer> getRebaseAt();

  /**
   * The segments, in order; none for an empty series.
   *
   * @return the segments
   */
  public abstract List<XmrSegment> getSegments();

  /**
   * The special cause of each point.
   *
   * @return one label per value
   */
  public abstract List<SpecialCause> getSpecialCauses();

  /**
   * The point type of each point: its special cause read through the polarity.
   *
   * @return one point type per value
   */
  public abstract List<PointType> getPointTypes();

  /**
   * The variation icon: the point type of the latest point, with its side.
   *
   * @return the icon; empty for an empty series
   */
  public Optional<VariationIcon> getVariationIcon() {
    List<PointType> types = getPointTypes();
    if (types.isEmpty()) {
      return Optional.empty();
    }
    int last = types.size() - 1;
    boolean high = getSpecialCauses().get(last).getDirection() > 0;
    switch (types.get(last)) {
      case SPECIAL_CAUSE_IMPROVEMENT:
        return Optional.of(high ? VariationIcon.IMPROVEMENT_HIGH : VariationIcon.IMPROVEMENT_LOW);
      case SPECIAL_CAUSE_CONCERN:
        return Optional.of(high ? VariationIcon.CONCERN_HIGH : VariationIcon.CONCERN_LOW);
      case SPECIAL_CAUSE_NEUTRAL_HIGH:
        return Optional.of(VariationIcon.NEUTRAL_HIGH);
      case SPECIAL_CAUSE_NEUTRAL_LOW:
        return Optional.of(VariationIcon.NEUTRAL_LOW);
      default:
        return Optional.of(VariationIcon.COMMON_CAUSE);
    }
  }

  /**
   * The assurance icon for a target, judged against the latest segment's process limits
   * (NHSRplotthedots {@code ptd_calculate_assurance_type}): when higher is better, a target above
   * the upper limit is consistently failed and one below the lower limit consistently passed;
   * lower is better swaps them; a target between the limits or on one is hit and miss.
   *
   * <h4>Edge cases</h4>
   *
   * Empty for a polarity with no better direction ({@code NONE}, or a range), an empty series, or
   * a latest segment without limits (one point).
   *
   * @param target the target, in the indicator's unit
   * @return the icon, or empty
   * @throws IllegalArgumentException if the target is not finite
   */
  public Optional<AssuranceIcon> getAssuranceIcon(double target) {
    checkArgument(Double.isFinite(target), "target %s is not finite", target);
    int improvement = XmrChart.improvementDirection(getPolarity());
    List<XmrSegment> segments = getSegments();
    if (improvement == 0 || segments.isEmpty()) {
      return Optional.empty();
    }
    return segments.get(segments.size() - 1).getLimits().map(limits -> assurance(limits, target, improvement));
  }

  private static AssuranceIcon assurance(XmrLimits limits, double target, int improvement) {
    if (target > limits.getUpperProcessLimit()) {
      return improvement > 0 ? AssuranceIcon.CONSISTENTLY_FAILING : AssuranceIcon.CONSISTENTLY_PASSING;
    }
    if (target < limits.getLowerProcessLimit()) {
      return improvement > 0 ? AssuranceIcon.CONSISTENTLY_PASSING : AssuranceIcon.CONSISTENTLY_FAILING;
    }
    return AssuranceIcon.HIT_AND_MISS;
  }

  /**
   * Explains the latest point in one sentence.
   *
   * @return the explanation
   */
  public String explain() {
    if (getValues().isEmpty()) {
      return "No XmR chart: the series is empty.";
    }
    XmrSegment segment = getSegments().get(getSegments().size() - 1);
    SpecialCause latest = getSpecialCauses().get(getSpecialCauses().size() - 1);
    String what =
        latest == SpecialCause.COMMON_CAUSE
            ? "common-cause variation"
            : "a special cause (" + latest.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    return segment
        .getLimits()
        .map(
            l ->
                String.format(
                    Locale.ROOT,
                    "The latest of %d points shows %s against a mean of %.4g and process limits"
                        + " %.4g to %.4g%s.",
                    getValues().size(),
                    what,
                    l.getMean(),
                    l.getLowerProcessLimit(),
                    l.getUpperProcessLimit(),
                    segment.isTrial() ? " (trial limits)" : ""))
        .orElse("The latest point starts a segment of one point, which has no limits yet.");
  }

  @Value.Check
  void check() {
    int n = getValues().size();
    checkState(
        getSpecialCauses().size() == n && getPointTypes().size() == n,
        "XmR chart of %s values has %s special causes and %s point types",
        n,
        getSpecialCauses().size(),
        getPointTypes().size());
  }

  /** A builder of {@link XmrChartResult}. */
  public static class Builder extends ImmutableXmrChartResult.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
