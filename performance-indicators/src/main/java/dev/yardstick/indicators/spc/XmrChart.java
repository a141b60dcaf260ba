package dev.yardstick.indicators.spc;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Polarity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The XmR (individuals and moving range) chart of NHS England's "Making Data Count", with its
 * special-cause rules, variation icon and assurance icon.
 *
 * <p>Anchor: NHSRplotthedots v0.2.2 (NHS-R Community), built to reproduce the "Making Data Count"
 * Excel tool; its unit-test vectors pass.
 *
 * <h2>Limits (per segment)</h2>
 *
 * Centre line = mean of the baseline; moving ranges MR_i = |x_i - x_(i-1)| within the baseline;
 * average moving range AMR = their mean, recomputed from the MR_i strictly below 3.267 AMR under
 * {@link MovingRangeScreening#SCREENED}; process limits = mean -/+ factor AMR ({@link LimitFactor},
 * 2.66); near limits = mean -/+ (2/3) factor AMR. The baseline is the whole segment, or its first
 * k points with {@link #withBaselineLength(int)} (NHSRplotthedots {@code fix_after_n_points}; it
 * refuses k &lt; 12, this class accepts k &ge; 2; a segment shorter than k uses all its points).
 * Rebase positions start new segments; every calculation and every rule stays inside a segment.
 *
 * <h2>Special-cause rules (exact NHSRplotthedots semantics)</h2>
 *
 * <ol>
 *   <li><b>Outside the limits</b>: x &gt; upper or x &lt; lower process limit, strictly (a point on
 *       a limit is inside).
 *   <li><b>Trend</b>: a point closes a trend when the {@code trendLength - 1} (6) differences
 *       ending at it all have the same non-zero sign; every point of the run is flagged, whichever
 *       side of the mean. An equal consecutive value breaks a trend. Where an increasing and a
 *       decreasing run share their turning point, the later run's direction is shown.
 *   <li><b>Two of three</b>: a point is close when it is not outside the limits but beyond a near
 *       limit; in any window of 3 consecutive points with at least 2 close points and all 3 on the
 *       same side of the mean (none on it), the close points are flagged.
 *   <li><b>Shift</b>: {@code shiftLength} (7) or more consecutive points on the same side of the
 *       mean; a point exactly on the mean breaks the run; every point of the run is flagged.
 * </ol>
 *
 * One label per point, in that order of priority ({@link SpecialCause}). Its {@link PointType} is
 * the label's direction times the improvement direction of the polarity: higher is better
 * increases, lower is better decreases, no polarity or a range polarity is neutral.
 *
 * <h2>Icons</h2>
 *
 * The variation icon is the point type of the latest point; the assurance icon compares a target
 * with the latest segment's process limits (see {@link XmrChartResult}).
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>empty series: no segments, no points, no icons;
 *   <li>a segment of one point: no limits, common cause;
 *   <li>all values equal: AMR = 0, limits collapse onto the mean, no point is outside (strict
 *       inequality), every point lies on the mean, so no shift, trend or two-of-three: common
 *       cause throughout. Where NHSRplotthedots and its Python port give {@code NaN} limits (every
 *       moving range screened out), this class gives AMR = 0;
 *   <li>near-constant series such as 1, 1, 1, 1, 2: screening removes the only non-zero moving
 *       range, AMR = 0 and every point off the mean is outside (as nhspy-plotthedots publishes);
 *   <li>non-finite values (missing periods included): {@link IllegalArgumentException} naming the
 *       position. Remove missing periods before charting; the chart then joins their neighbours.
 * </ul>
 *
 * <pre>{@code
 * XmrChartResult chart = XmrChart.withDefaults()
 *     .with(MovingRangeScreening.UNSCREENED)        // as the MDC Excel tool
 *     .calculate(monthly, Polarity.LOWER_IS_BETTER, 24);  // rebase at month 24
 * chart.getVariationIcon();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class XmrChart {

  /** Moving ranges at or above this multiple of the average are screened out. */
  public static final double SCREENING_FACTOR = 3.267;

  private static final XmrChart DEFAULTS =
      new XmrChart(MovingRangeScreening.SCREENED, LimitFactor.ROUNDED, 7, 7, 0);

  private final MovingRangeScreening screening;
  private final LimitFactor limitFactor;
  private final int shiftLength;
  private final int trendLength;
  private final int baselineLength;

  private XmrChart(
      MovingRangeScreening screening,
      LimitFactor limitFactor,
      int shiftLength,
      int trendLength,
      int baselineLength) {
    this.screening = screening;
    this.limitFactor = limitFactor;
    this.shiftLength = shiftLength;
    this.trendLength = trendLength;
    this.baselineLength = baselineLength;
  }

  /**
   * Returns the chart with the NHSRplotthedots defaults: screened moving ranges, factor 2.66,
   * shift and trend of 7 points, no fixed baseline.
   *
   * @return the default chart
   */
  public static XmrChart withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with the given moving-range screening.
   *
   * @param option screened (NHSRplotthedots) or unscreened (MDC Excel tool)
   * @return the configured chart
   */
  public XmrChart with(MovingRangeScreening option) {
    Objects.requireNonNull(option, "option");
    return new XmrChart(option, limitFactor, shiftLength, trendLength, baselineLength);
  }

  /**
   * Returns a copy with the given limit factor.
   *
   * @param option 2.66 (MDC) or 3 / 1.128 (PowerBI-SPC)
   * @return the configured chart
   */
  public XmrChart with(LimitFactor option) {
    Objects.requireNonNull(option, "option");
    return new XmrChart(screening, option, shiftLength, trendLength, baselineLength);
  }

  /**
   * Returns a copy with the given run length for a shift (MDC: 7; some run-chart guidance: 6).
   *
   * @param length the number of points on one side of the mean, at least 1
   * @return the configured chart
   * @throws IllegalArgumentException if the length is below 1
   */
  public XmrChart withShiftLength(int length) {
    checkArgument(length >= 1, "shift length %s is below 1", length);
    return new XmrChart(screening, limitFactor, length, trendLength, baselineLength);
  }

  /**
   * Returns a copy with the given number of points for a trend (MDC: 7; PowerBI-SPC: 5).
   *
   * @param length the number of strictly increasing or decreasing points, at least 2
   * @return the configured chart
   * @throws IllegalArgumentException if the length is below 2
   */
  public XmrChart withTrendLength(int length) {
    checkArgument(length >= 2, "trend length %s is below 2", length);
    return new XmrChart(screening, limitFactor, shiftLength, length, baselineLength);
  }

  /**
   * Returns a copy that fixes each segment's limits on its first points.
   *
   * @param length the baseline length, at least 2 (NHSRplotthedots requires 12)
   * @return the configured chart
   * @throws IllegalArgumentException if the length is below 2
   */
  public XmrChart withBaselineLength(int length) {
    checkArgument(length >= 2, "baseline length %s is below 2", length);
    return new XmrChart(screening, limitFactor, shiftLength, trendLength, length);
  }

  /**
   * Computes the mean and limits of a whole series only, without rules (one segment, this chart's
   * screening, factor and baseline length).
   *
   * @param values one value per period, oldest first
   * @return the limits; empty for fewer than 2 values
   * @throws IllegalArgumentException for a non-finite value, naming its position
   */
  public Optional<XmrLimits> calculateLimits(double[] values) {
    requireFinite(values);
    return limits(values, 0, values.length);
  }

  /**
   * Draws the chart: segments, limits, the special cause and point type of every point.
   *
   * @param values one value per period, oldest first
   * @param polarity the indicator's polarity, which gives the improvement direction
   * @param rebaseAt positions (0-based, increasing, between 1 and the last position) where a new
   *     segment with new limits starts
   * @return the chart
   * @throws IllegalArgumentException for a non-finite value, or a rebase position that is out of
   *     range or not increasing, naming it
   */
  public XmrChartResult calculate(double[] values, Polarity polarity, int... rebaseAt) {
    requireFinite(values);
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(rebaseAt, "rebaseAt");
    int n = values.length;
    for (int i = 0; i < rebaseAt.length; i++) {
      checkArgument(
          rebaseAt[i] >= 1 && rebaseAt[i] < n,
          "rebase position %s is not between 1 and %s, the last position",
          rebaseAt[i],
          n - 1);
      checkArgument(
          i == 0 || rebaseAt[i] > rebaseAt[i - 1],
          "rebase position %s does not come after %s",
          rebaseAt[i],
          i == 0 ? 0 : rebaseAt[i - 1]);
    }
    SpecialCause[] causes = new SpecialCause[n];
    Arrays.fill(causes, SpecialCause.COMMON_CAUSE);
    List<XmrSegment> segments = new ArrayList<>(rebaseAt.length + 1);
    int start = 0;
    for (int k = 0; k <= rebaseAt.length && n > 0; k++) {
      int end = k < rebaseAt.length ? rebaseAt[k] : n;
      Optional<XmrLimits> limits = limits(values, start, end);
      segments.add(XmrSegment.builder().start(start).end(end).limits(limits).build());
      if (limits.isPresent()) {
        label(Arrays.copyOfRange(values, start, end), limits.get(), causes, start);
      }
      start = end;
    }
    int improvement = improvementDirection(polarity);
    List<PointType> types = new ArrayList<>(n);
    List<Double> boxed = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      types.add(pointType(causes[i], improvement));
      boxed.add(values[i]);
    }
    XmrChartResult.Builder result =
        XmrChartResult.builder()
            .values(boxed)
            .polarity(polarity)
            .screening(screening)
            .limitFactor(limitFactor)
            .shiftLength(shiftLength)
            .trendLength(trendLength)
            .baselineLength(baselineLength == 0 ? OptionalInt.empty() : OptionalInt.of(baselineLength))
            .segments(segments)
            .specialCauses(Arrays.asList(causes))
            .pointTypes(types);
    for (int r : rebaseAt) {
      result.addRebaseAt(r);
    }
    return result.build();
  }

  private Optional<XmrLimits> limits(double[] values, int start, int end) {
    int size = baselineLength == 0 ? end - start : Math.min(baselineLength, end - start);
    if (size < 2) {
      return Optional.empty();
    }
    int baselineEnd = start + size;
    double sum = 0;
    boolean constant = true;
    for (int i = start; i < baselineEnd; i++) {
      sum += values[i];
      constant &= values[i] == values[start];
    }
    // A constant baseline's mean is its value: sum / n can miss it by an ulp (3 x 0.1), which
    // would put every point off a zero-width centre line.
    double mean = constant ? values[start] : sum / size;
    double rangeSum = 0;
    for (int i = start + 1; i < baselineEnd; i++) {
      rangeSum += Math.abs(values[i] - values[i - 1]);
    }
    double amr = rangeSum / (size - 1);
    if (screening == MovingRangeScreening.SCREENED) {
      double cut = SCREENING_FACTOR * amr;
      double kept = 0;
      int count = 0;
      for (int i = start + 1; i < baselineEnd; i++) {
        double mr = Math.abs(values[i] - values[i - 1]);
        if (mr < cut) {
          kept += mr;
          count++;
        }
      }
      amr = count == 0 ? 0 : kept / count;
    }
    double width = limitFactor.getFactor() * amr;
    double near = 2.0 / 3.0 * limitFactor.getFactor() * amr;
    return Optional.of(
        XmrLimits.builder()
            .baselineSize(size)
            .mean(mean)
            .averageMovingRange(amr)
            .lowerProcessLimit(mean - width)
            .upperProcessLimit(mean + width)
            .lowerNearLimit(mean - near)
            .upperNearLimit(mean + near)
            .build());
  }

  private void label(double[] y, XmrLimits limits, SpecialCause[] causes, int offset) {
    int m = y.length;
    int[] rtm = SpecialCauseRules.relativeToMean(y, limits.getMean());
    int[] outside = new int[m];
    boolean[] close = new boolean[m];
    for (int i = 0; i < m; i++) {
      if (y[i] > limits.getUpperProcessLimit()) {
        outside[i] = 1;
      } else if (y[i] < limits.getLowerProcessLimit()) {
        outside[i] = -1;
      } else {
        close[i] = y[i] > limits.getUpperNearLimit() || y[i] < limits.getLowerNearLimit();
      }
    }
    int[] trend =
        SpecialCauseRules.partOfRun(SpecialCauseRules.trendEnds(y, trendLength), trendLength);
    boolean[] twoInThree =
        SpecialCauseRules.partOfTwoInThree(SpecialCauseRules.twoInThree(close, rtm), close);
    int[] shift =
        SpecialCauseRules.partOfRun(SpecialCauseRules.shiftEnds(rtm, shiftLength), shiftLength);
    for (int i = 0; i < m; i++) {
      SpecialCause cause;
      if (outside[i] != 0) {
        cause = outside[i] > 0 ? SpecialCause.ABOVE_UPPER_LIMIT : SpecialCause.BELOW_LOWER_LIMIT;
      } else if (trend[i] != 0) {
        cause = trend[i] > 0 ? SpecialCause.TREND_INCREASING : SpecialCause.TREND_DECREASING;
      } else if (twoInThree[i]) {
        cause = rtm[i] > 0 ? SpecialCause.TWO_OF_THREE_ABOVE : SpecialCause.TWO_OF_THREE_BELOW;
      } else if (shift[i] != 0) {
        cause = shift[i] > 0 ? SpecialCause.SHIFT_ABOVE : SpecialCause.SHIFT_BELOW;
      } else {
        cause = SpecialCause.COMMON_CAUSE;
      }
      causes[offset + i] = cause;
    }
  }

  /** +1 when higher is better, -1 when lower is better, 0 (neutral) otherwise. */
  static int improvementDirection(Polarity polarity) {
    switch (polarity.getKind()) {
      case HIGHER_IS_BETTER:
        return 1;
      case LOWER_IS_BETTER:
        return -1;
      default:
        return 0;
    }
  }

  private static PointType pointType(SpecialCause cause, int improvement) {
    int direction = cause.getDirection();
    if (direction == 0) {
      return PointType.COMMON_CAUSE;
    }
    if (improvement == 0) {
      return direction > 0 ? PointType.SPECIAL_CAUSE_NEUTRAL_HIGH : PointType.SPECIAL_CAUSE_NEUTRAL_LOW;
    }
    return direction * improvement > 0
        ? PointType.SPECIAL_CAUSE_IMPROVEMENT
        : PointType.SPECIAL_CAUSE_CONCERN;
  }

  private static void requireFinite(double[] values) {
    Objects.requireNonNull(values, "values");
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "values has a non-finite value " + values[i] + " at position " + i);
      }
    }
  }

  /**
   * Returns the options; for the defaults, {@code XmrChart{SCREENED, ROUNDED, shift 7, trend 7, no
   * fixed baseline}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "XmrChart{"
        + screening
        + ", "
        + limitFactor
        + ", shift "
        + shiftLength
        + ", trend "
        + trendLength
        + (baselineLength == 0 ? ", no fixed baseline" : ", baseline " + baselineLength)
        + "}";
  }
}
