package dev.yardstick.indicators.funnel;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.yardstick.indicators.interval.ConfidenceInterval;
import dev.yardstick.indicators.interval.ConfidenceLevel;
import dev.yardstick.indicators.interval.IntervalCalculator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.DiscreteDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * Funnel plots for comparing organisations of different sizes (Spiegelhalter 2005, Stat Med
 * 24:1185-1202): control limits at 95% and 99.8% around a target, narrowing as the denominator
 * grows, with each organisation placed inside, above or below them, so that a small council is not
 * called an outlier by chance.
 *
 * <p>Methods are named by {@link FunnelMethod}; the defaults are PHE/OHID's (PHEindicatormethods):
 * Wilson inversion for proportions, exact Poisson by observed count for ratios and rates. {@link
 * Overdispersion#ADDITIVE_RANDOM_EFFECTS} adds limits widened for real variation between
 * organisations. Distributions come from Apache Commons Statistics; the statistics work on {@code
 * double} internally.
 *
 * <pre>{@code
 * FunnelPlot plot = FunnelCalculator.withDefaults()
 *     .with(Overdispersion.ADDITIVE_RANDOM_EFFECTS)
 *     .proportions(inputs);
 * plot.getTarget();                        // pooled proportion
 * plot.getUnits().get(0).getPositions();   // {95%=INSIDE, 99.8%=INSIDE}
 * plot.getCurves();                        // points of the four limit curves, for a chart
 * }</pre>
 *
 * <p>The curves are evaluated at "steps": denominators or expected counts for the methods drawn by
 * denominator, event counts for the PHE methods drawn by observed count. By default there are 100
 * steps in a geometric sequence from half the smallest to 1.1 times the largest value among the
 * organisations (whole numbers for counts and binomial denominators); {@link
 * #withCurveSteps(double...)} sets them.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>An organisation with a zero denominator or expected count is {@link UnitStatus#EXCLUDED}
 *       and counted in {@link FunnelPlot#getExcludedCount()}.
 *   <li>No organisation left: {@link IllegalArgumentException}.
 *   <li>A value on a limit is inside; a proportion of 0 or 1 is placed like any other.
 *   <li>Overdispersion needs at least 2 organisations; with fewer, none is reported.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class FunnelCalculator {

  private static final List<ConfidenceLevel> LEVELS =
      ImmutableList.of(
          ConfidenceLevel.NINETY_FIVE_PERCENT, ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT);
  private static final int DEFAULT_POINTS = 100;
  private static final double WINSORISE = 0.1;

  private static final FunnelCalculator DEFAULTS =
      new FunnelCalculator(
          FunnelMethod.PROPORTION_WILSON_INVERSION,
          FunnelMethod.RATIO_EXACT_POISSON_BY_OBSERVED,
          RateType.CRUDE,
          Overdispersion.NONE,
          DEFAULT_POINTS,
          new double[0]);

  private final FunnelMethod proportionMethod;
  private final FunnelMethod ratioMethod;
  private final RateType rateType;
  private final Overdispersion overdispersion;
  private final int points;
  private final double[] steps;

  private FunnelCalculator(
      FunnelMethod proportionMethod,
      FunnelMethod ratioMethod,
      RateType rateType,
      Overdispersion overdispersion,
      int points,
      double[] steps) {
    this.proportionMethod = proportionMethod;
    this.ratioMethod = ratioMethod;
    this.rateType = rateType;
    this.overdispersion = overdispersion;
    this.points = points;
    this.steps = steps;
  }

  /**
   * Returns the calculator with PHE's defaults: Wilson inversion for proportions, exact Poisson by
   * observed count for ratios and rates, crude rates, no overdispersion adjustment, 100 curve
   * points.
   *
   * @return the default calculator
   */
  public static FunnelCalculator withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a calculator that uses a method for the method's kind of data.
   *
   * @param method the method; it replaces the method for its {@link FunnelMethod#getKind()}
   * @return the calculator ({@link FunnelMethod#RATE_EXACT_POISSON_BY_OBSERVED}, the only rate
   *     method, leaves it unchanged)
   */
  public FunnelCalculator with(FunnelMethod method) {
    Objects.requireNonNull(method, "method");
    switch (method.getKind()) {
      case PROPORTION:
        return new FunnelCalculator(method, ratioMethod, rateType, overdispersion, points, steps);
      case RATIO:
        return new FunnelCalculator(
            proportionMethod, method, rateType, overdispersion, points, steps);
      default:
        return this;
    }
  }

  /**
   * Returns a calculator for another kind of rate.
   *
   * @param type the rate type
   * @return the calculator
   */
  public FunnelCalculator with(RateType type) {
    return new FunnelCalculator(
        proportionMethod,
        ratioMethod,
        Objects.requireNonNull(type, "type"),
        overdispersion,
        points,
        steps);
  }

  /**
   * Returns a calculator with or without overdispersion-adjusted limits.
   *
   * @param option the option
   * @return the calculator
   */
  public FunnelCalculator with(Overdispersion option) {
    return new FunnelCalculator(
        proportionMethod,
        ratioMethod,
        rateType,
        Objects.requireNonNull(option, "option"),
        points,
        steps);
  }

  /**
   * Returns a calculator that draws the default curves with another number of points.
   *
   * @param count the number of points, 2 to 10,000
   * @return the calculator
   * @throws IllegalArgumentException if the count is out of range
   */
  public FunnelCalculator withCurvePoints(int count) {
    checkArgument(count >= 2 && count <= 10_000, "curve points %s is not 2 to 10,000", count);
    return new FunnelCalculator(
        proportionMethod, ratioMethod, rateType, overdispersion, count, steps);
  }

  /**
   * Returns a calculator that evaluates the curves at given steps (denominators, expected counts or
   * event counts as the method draws), for example to reproduce a published table.
   *
   * @param curveSteps the steps, each finite and positive; none restores the default sequence
   * @return the calculator
   * @throws IllegalArgumentException if a step is not finite and positive
   */
  public FunnelCalculator withCurveSteps(double... curveSteps) {
    Objects.requireNonNull(curveSteps, "curveSteps");
    for (double s : curveSteps) {
      checkArgument(
          Double.isFinite(s) && s > 0, "curve step %s is not a finite positive number", s);
    }
    return new FunnelCalculator(
        proportionMethod, ratioMethod, rateType, overdispersion, points, curveSteps.clone());
  }

  /**
   * Draws a funnel plot of proportions {@code numerator / denominator}; the target is the pooled
   * proportion.
   *
   * @param inputs the organisations' counts
   * @return the funnel plot
   * @throws IllegalArgumentException if a numerator is above its denominator, no organisation has a
   *     positive denominator, or the exact binomial method is given a denominator that is not a
   *     whole number
   */
  public FunnelPlot proportions(List<FunnelInput> inputs) {
    List<FunnelInput> units = copy(inputs);
    double sumX = 0;
    double sumN = 0;
    for (FunnelInput u : units) {
      checkArgument(
          u.getNumerator() <= u.getDenominator(),
          "numerator %s of %s is greater than its denominator %s",
          u.getNumerator(),
          u.getOrganisation(),
          u.getDenominator());
      if (u.getDenominator() > 0) {
        checkArgument(
            proportionMethod != FunnelMethod.PROPORTION_EXACT_BINOMIAL
                || u.getDenominator() == Math.rint(u.getDenominator()),
            "denominator %s of %s is not a whole number, which the exact binomial method needs",
            u.getDenominator(),
            u.getOrganisation());
        sumX += u.getNumerator();
        sumN += u.getDenominator();
      }
    }
    checkArgument(sumN > 0, "no organisation has a positive denominator");
    double theta = sumX / sumN;
    boolean exact = proportionMethod == FunnelMethod.PROPORTION_EXACT_BINOMIAL;
    FunnelPlot.Builder plot = start(proportionMethod, 1, theta);
    double[] xs = steps(units, exact, false);
    for (ConfidenceLevel level : LEVELS) {
      double tail = level.getTailProbability();
      DoubleUnaryOperator lower =
          exact
              ? n -> binomialLimit(n, theta, tail)
              : n -> wilsonInversion(n, theta, level.getZ(), false);
      DoubleUnaryOperator upper =
          exact
              ? n -> binomialLimit(n, theta, 1 - tail)
              : n -> wilsonInversion(n, theta, level.getZ(), true);
      plot.addCurves(curve(level, LimitSide.LOWER, false, xs, lower));
      plot.addCurves(curve(level, LimitSide.UPPER, false, xs, upper));
    }
    Transform t = Transform.arcsine(theta);
    List<FunnelUnit.Builder> placed = new ArrayList<>();
    for (FunnelInput u : units) {
      FunnelUnit.Builder unit = FunnelUnit.builder().input(u);
      if (u.getDenominator() == 0) {
        plot.addUnits(unit.status(UnitStatus.EXCLUDED).build());
        continue;
      }
      double n = u.getDenominator();
      double p = u.getNumerator() / n;
      unit.status(UnitStatus.INCLUDED).value(p);
      for (ConfidenceLevel level : LEVELS) {
        double tail = level.getTailProbability();
        double lo =
            exact ? binomialLimit(n, theta, tail) : wilsonInversion(n, theta, level.getZ(), false);
        double hi =
            exact
                ? binomialLimit(n, theta, 1 - tail)
                : wilsonInversion(n, theta, level.getZ(), true);
        unit.putPositions(level, position(p, lo, hi));
      }
      placed.add(unit);
    }
    return finish(plot, units, placed, t, xs);
  }

  /**
   * Draws a funnel plot of indirectly standardised ratios {@code observed / expected} (numerator
   * observed, denominator expected) around the target 1.
   *
   * @param inputs the organisations' observed and expected counts
   * @return the funnel plot
   * @throws IllegalArgumentException if no organisation has a positive expected count
   */
  public FunnelPlot ratios(List<FunnelInput> inputs) {
    List<FunnelInput> units = copy(inputs);
    checkArgument(
        units.stream().anyMatch(u -> u.getDenominator() > 0),
        "no organisation has a positive expected count");
    boolean byObserved = ratioMethod == FunnelMethod.RATIO_EXACT_POISSON_BY_OBSERVED;
    FunnelPlot.Builder plot = start(ratioMethod, 1, 1);
    double[] xs =
        steps(
            units,
            byObserved || ratioMethod == FunnelMethod.RATIO_EXACT_POISSON_INTERPOLATED,
            byObserved);
    for (ConfidenceLevel level : LEVELS) {
      double tail = level.getTailProbability();
      if (byObserved) {
        addObservedCurves(plot, level, xs, 1, 1);
      } else {
        plot.addCurves(curve(level, LimitSide.LOWER, false, xs, e -> ratioLimit(e, tail)));
        plot.addCurves(curve(level, LimitSide.UPPER, false, xs, e -> ratioLimit(e, 1 - tail)));
      }
    }
    List<FunnelUnit.Builder> placed = new ArrayList<>();
    for (FunnelInput u : units) {
      FunnelUnit.Builder unit = FunnelUnit.builder().input(u);
      if (u.getDenominator() == 0) {
        plot.addUnits(unit.status(UnitStatus.EXCLUDED).build());
        continue;
      }
      double value = u.getNumerator() / u.getDenominator();
      unit.status(UnitStatus.INCLUDED).value(value);
      for (ConfidenceLevel level : LEVELS) {
        if (byObserved) {
          ConfidenceInterval ci =
              IntervalCalculator.withDefaults()
                  .with(level)
                  .ratio(u.getNumerator(), u.getDenominator(), 1);
          unit.putPositions(level, byInterval(ci, 1));
        } else {
          double tail = level.getTailProbability();
          double e = u.getDenominator();
          unit.putPositions(level, position(value, ratioLimit(e, tail), ratioLimit(e, 1 - tail)));
        }
      }
      placed.add(unit);
    }
    return finish(plot, units, placed, Transform.squareRoot(1, 1), byObserved ? null : xs);
  }

  /**
   * Draws a funnel plot of rates {@code events / denominator * multiplier} (numerator events,
   * denominator population or, for a directly standardised rate, the effective denominator of
   * {@link FunnelInput#ofStandardisedRate}) around the pooled rate, by PHE's method ({@link
   * FunnelMethod#RATE_EXACT_POISSON_BY_OBSERVED}).
   *
   * @param inputs the organisations' events and denominators
   * @param multiplier the rate's unit, such as 100,000
   * @return the funnel plot
   * @throws IllegalArgumentException if the multiplier is not positive or no organisation has a
   *     positive denominator
   */
  public FunnelPlot rates(List<FunnelInput> inputs, double multiplier) {
    List<FunnelInput> units = copy(inputs);
    checkArgument(
        Double.isFinite(multiplier) && multiplier > 0,
        "rate multiplier %s is not a finite positive number",
        multiplier);
    double sumO = 0;
    double sumD = 0;
    for (FunnelInput u : units) {
      if (u.getDenominator() > 0) {
        sumO += u.getNumerator();
        sumD += u.getDenominator();
      }
    }
    checkArgument(sumD > 0, "no organisation has a positive denominator");
    double average = sumO / sumD;
    checkArgument(average > 0, "the pooled rate is zero: no organisation has an event");
    FunnelPlot.Builder plot =
        start(FunnelMethod.RATE_EXACT_POISSON_BY_OBSERVED, multiplier, average * multiplier);
    double[] xs = steps(units, true, true);
    for (ConfidenceLevel level : LEVELS) {
      addObservedCurves(plot, level, xs, average, multiplier);
    }
    List<FunnelUnit.Builder> placed = new ArrayList<>();
    for (FunnelInput u : units) {
      FunnelUnit.Builder unit = FunnelUnit.builder().input(u);
      if (u.getDenominator() == 0) {
        plot.addUnits(unit.status(UnitStatus.EXCLUDED).build());
        continue;
      }
      double rate = u.getNumerator() / u.getDenominator() * multiplier;
      unit.value(rate);
      if (rateType == RateType.DIRECTLY_STANDARDISED && u.getNumerator() < 10) {
        plot.addUnits(unit.status(UnitStatus.NOT_APPLICABLE).build());
        continue;
      }
      unit.status(UnitStatus.INCLUDED);
      for (ConfidenceLevel level : LEVELS) {
        ConfidenceInterval ci =
            IntervalCalculator.withDefaults()
                .with(level)
                .rate(u.getNumerator(), u.getDenominator(), multiplier);
        unit.putPositions(level, byInterval(ci, average * multiplier));
      }
      placed.add(unit);
    }
    return finish(plot, units, placed, Transform.squareRoot(average, multiplier), null);
  }

  private static List<FunnelInput> copy(List<FunnelInput> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    List<FunnelInput> units = new ArrayList<>(inputs.size());
    for (FunnelInput u : inputs) {
      units.add(Objects.requireNonNull(u, "input"));
    }
    return units;
  }

  private FunnelPlot.Builder start(FunnelMethod method, double multiplier, double target) {
    return FunnelPlot.builder()
        .method(method)
        .addAllLevels(LEVELS)
        .multiplier(multiplier)
        .target(target);
  }

  /**
   * Adds the PHE curves drawn by observed count: x = the size at which the count is on the limit.
   */
  private static void addObservedCurves(
      FunnelPlot.Builder plot,
      ConfidenceLevel level,
      double[] counts,
      double average,
      double multiplier) {
    double tail = level.getTailProbability();
    List<FunnelPoint> lower = new ArrayList<>();
    List<FunnelPoint> upper = new ArrayList<>();
    for (double o : counts) {
      double xLow = exactUpper(o, tail) / average;
      lower.add(FunnelPoint.of(xLow, o / xLow * multiplier));
      double xHigh = exactLower(o, tail) / average;
      if (xHigh > 0) {
        upper.add(FunnelPoint.of(xHigh, o / xHigh * multiplier));
      }
    }
    plot.addCurves(sortedCurve(level, LimitSide.LOWER, false, lower));
    plot.addCurves(sortedCurve(level, LimitSide.UPPER, false, upper));
  }

  private FunnelPlot finish(
      FunnelPlot.Builder plot,
      List<FunnelInput> units,
      List<FunnelUnit.Builder> placed,
      Transform t,
      double[] adjustedXs) {
    if (overdispersion == Overdispersion.NONE || placed.size() < 2) {
      return addUnitsInOrder(plot, units, placed);
    }
    int count = placed.size();
    double[] z = new double[count];
    double sumW = 0;
    double sumW2 = 0;
    for (int i = 0; i < count; i++) {
      FunnelInput in = placed.get(i).build().getInput();
      double s = t.standardError(in.getDenominator());
      z[i] = (t.forward(in.getNumerator(), in.getDenominator()) - t.target()) / s;
      double w = 1 / (s * s);
      sumW += w;
      sumW2 += w * w;
    }
    double[] q =
        Quantile.withDefaults()
            .withCopy(true)
            .with(Quantile.EstimationMethod.HF7)
            .evaluate(z, WINSORISE, 1 - WINSORISE);
    double phi = 0;
    for (double zi : z) {
      double w = Math.min(Math.max(zi, q[0]), q[1]);
      phi += w * w;
    }
    phi /= count;
    double tau2 = Math.max(0, (count * phi - (count - 1)) / (sumW - sumW2 / sumW));
    plot.overdispersion(
        OverdispersionAdjustment.builder()
            .phi(phi)
            .tauSquared(tau2)
            .unitCount(count)
            .winsorisedBelow(q[0])
            .winsorisedAbove(q[1])
            .build());
    for (FunnelUnit.Builder b : placed) {
      FunnelInput in = b.build().getInput();
      double y = t.forward(in.getNumerator(), in.getDenominator());
      double s = t.standardError(in.getDenominator());
      for (ConfidenceLevel level : LEVELS) {
        double half = level.getZ() * Math.sqrt(s * s + tau2);
        b.putAdjustedPositions(level, position(y, t.target() - half, t.target() + half));
      }
    }
    double[] xs = adjustedXs != null ? adjustedXs : geometric(placed, false);
    for (ConfidenceLevel level : LEVELS) {
      for (LimitSide side : LimitSide.values()) {
        double sign = side == LimitSide.LOWER ? -1 : 1;
        plot.addCurves(
            curve(
                level,
                side,
                true,
                xs,
                x -> {
                  double s = t.standardError(x);
                  return t.back(t.target() + sign * level.getZ() * Math.sqrt(s * s + tau2));
                }));
      }
    }
    return addUnitsInOrder(plot, units, placed);
  }

  private static FunnelPlot addUnitsInOrder(
      FunnelPlot.Builder plot, List<FunnelInput> units, List<FunnelUnit.Builder> placed) {
    FunnelPlot partial = plot.build();
    Map<FunnelInput, FunnelUnit> byInput = new java.util.IdentityHashMap<>();
    for (FunnelUnit u : partial.getUnits()) {
      byInput.put(u.getInput(), u);
    }
    for (FunnelUnit.Builder b : placed) {
      FunnelUnit u = b.build();
      byInput.put(u.getInput(), u);
    }
    List<FunnelUnit> ordered = new ArrayList<>();
    for (FunnelInput in : units) {
      ordered.add(byInput.get(in));
    }
    return FunnelPlot.builder().from(partial).units(ordered).build();
  }

  private double[] steps(List<FunnelInput> units, boolean whole, boolean byObserved) {
    if (steps.length > 0) {
      return steps.clone();
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (FunnelInput u : units) {
      if (u.getDenominator() > 0) {
        double v = byObserved ? u.getNumerator() : u.getDenominator();
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return geometric(lo, hi, whole);
  }

  private double[] geometric(List<FunnelUnit.Builder> placed, boolean whole) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (FunnelUnit.Builder b : placed) {
      double v = b.build().getInput().getDenominator();
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return geometric(lo, hi, whole);
  }

  private double[] geometric(double min, double max, boolean whole) {
    double lo = Math.max(whole ? 1 : Double.MIN_NORMAL, min / 2);
    if (!(lo > 0) || !Double.isFinite(lo)) {
      lo = 1;
    }
    double hi = Math.max(max * 1.1, lo * 2);
    TreeSet<Double> xs = new TreeSet<>();
    for (int i = 0; i < points; i++) {
      double x = lo * Math.pow(hi / lo, (double) i / (points - 1));
      xs.add(whole ? Math.max(1, Math.rint(x)) : x);
    }
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static FunnelCurve curve(
      ConfidenceLevel level, LimitSide side, boolean adjusted, double[] xs, DoubleUnaryOperator f) {
    List<FunnelPoint> pts = new ArrayList<>(xs.length);
    for (double x : xs) {
      pts.add(FunnelPoint.of(x, f.applyAsDouble(x)));
    }
    return sortedCurve(level, side, adjusted, pts);
  }

  private static FunnelCurve sortedCurve(
      ConfidenceLevel level, LimitSide side, boolean adjusted, List<FunnelPoint> pts) {
    pts.sort(Comparator.comparingDouble(FunnelPoint::getX));
    return FunnelCurve.builder()
        .confidenceLevel(level)
        .side(side)
        .overdispersionAdjusted(adjusted)
        .points(pts)
        .build();
  }

  private double ratioLimit(double expected, double p) {
    if (ratioMethod == FunnelMethod.RATIO_FUNNELPLOTR) {
      return p < 0.5 ? exactLower(expected, p) / expected : exactUpper(expected, 1 - p) / expected;
    }
    return interpolated(PoissonDistribution.of(expected), p) / expected;
  }

  /**
   * Returns the limit of a proportion at denominator {@code n} by exact binomial quantiles with
   * Spiegelhalter's interpolation.
   */
  static double binomialLimit(double n, double theta, double p) {
    return interpolated(BinomialDistribution.of((int) Math.rint(n), theta), p) / n;
  }

  /**
   * Returns {@code r - alpha}: the interpolated p-quantile of a discrete distribution, not below 0
   * (at {@code r = 0} the interpolation would reach below zero, where no count lies).
   */
  static double interpolated(DiscreteDistribution d, double p) {
    int r = d.inverseCumulativeProbability(p);
    double fr = d.cumulativeProbability(r);
    double below = r > d.getSupportLowerBound() ? d.cumulativeProbability(r - 1) : 0;
    double alpha = (fr - p) / (fr - below);
    return Math.max(0, r - alpha);
  }

  /**
   * Returns PHE's funnel limit for a proportion at denominator {@code n}: the proportion whose
   * Wilson interval has its upper (for the lower limit) or lower (for the upper limit) bound at the
   * target. Closed form from PHEindicatormethods, clipped to 0 to 1.
   */
  static double wilsonInversion(double n, double theta, double z, boolean upper) {
    double z2 = z * z;
    double a = theta * (n / z2 + 1);
    double d =
        Math.sqrt(
            64 * a * a
                - 64
                    * (1 / z2 + 1 / n)
                    * theta
                    * (n * (theta * (n / z2 + 2) - 1) + z2 * (theta - 1)));
    double limit = (a + (upper ? d : -d) / 8) / (1 / z2 + 1 / n) / n;
    return Math.min(1, Math.max(0, limit));
  }

  private static double exactLower(double count, double tail) {
    return count == 0
        ? 0
        : ChiSquaredDistribution.of(2 * count).inverseCumulativeProbability(tail) / 2;
  }

  private static double exactUpper(double count, double tail) {
    return ChiSquaredDistribution.of(2 * count + 2).inverseCumulativeProbability(1 - tail) / 2;
  }

  private static LimitPosition position(double value, double lower, double upper) {
    if (value < lower) {
      return LimitPosition.BELOW_LOWER;
    }
    return value > upper ? LimitPosition.ABOVE_UPPER : LimitPosition.INSIDE;
  }

  private static LimitPosition byInterval(ConfidenceInterval ci, double target) {
    if (ci.getLower() > target) {
      return LimitPosition.ABOVE_UPPER;
    }
    return ci.getUpper() < target ? LimitPosition.BELOW_LOWER : LimitPosition.INSIDE;
  }

  /** A variance-stabilising scale for overdispersion (methods reference 3.4, step 1). */
  private abstract static class Transform {
    abstract double forward(double numerator, double denominator);

    abstract double standardError(double denominator);

    abstract double target();

    abstract double back(double y);

    /** Proportions: {@code asin(sqrt(x/n))}, standard error {@code 1 / (2 sqrt(n))}. */
    static Transform arcsine(double theta) {
      return new Transform() {
        @Override
        double forward(double x, double n) {
          return Math.asin(Math.sqrt(x / n));
        }

        @Override
        double standardError(double n) {
          return 1 / (2 * Math.sqrt(n));
        }

        @Override
        double target() {
          return Math.asin(Math.sqrt(theta));
        }

        @Override
        double back(double y) {
          double s = Math.sin(Math.min(Math.PI / 2, Math.max(0, y)));
          return s * s;
        }
      };
    }

    /**
     * Ratios and rates: {@code sqrt(O / E)} with {@code E = average * denominator}, standard error
     * {@code 1 / (2 sqrt(E))}, target 1; back-transformed by squaring (Spiegelhalter's square-root
     * scale) and multiplied to the plot's unit.
     */
    static Transform squareRoot(double average, double multiplier) {
      return new Transform() {
        @Override
        double forward(double o, double d) {
          return Math.sqrt(o / (average * d));
        }

        @Override
        double standardError(double d) {
          return 1 / (2 * Math.sqrt(average * d));
        }

        @Override
        double target() {
          return 1;
        }

        @Override
        double back(double y) {
          double r = Math.max(0, y);
          return r * r * average * multiplier;
        }
      };
    }
  }

  @Override
  public String toString() {
    return "FunnelCalculator{"
        + proportionMethod
        + ", "
        + ratioMethod
        + ", "
        + rateType
        + ", "
        + overdispersion
        + ", "
        + (steps.length > 0 ? Arrays.toString(steps) : points + " points")
        + "}";
  }
}
