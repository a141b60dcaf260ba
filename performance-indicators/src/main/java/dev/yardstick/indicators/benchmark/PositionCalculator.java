package dev.yardstick.indicators.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * Ranks organisations within a comparator group on one indicator and says where each stands: rank
 * (1 = best after polarity), percentile rank, differences from the group's mean, median and best
 * and from the England value, and z-score, as LAIT and LG Inform show a council's "rank and
 * position in England" (domain reference 4.3).
 *
 * <pre>{@code
 * Position p = PositionCalculator.withDefaults()
 *     .calculate(values, OrganisationId.gss("E06000001"), Polarity.LOWER_IS_BETTER, 13.2);
 * p.getRank();                    // 3.0, out of p.getGroupSize()
 * p.getDifferenceFromEngland();   // OptionalDouble[-0.7]
 * }</pre>
 *
 * <p>"Best" follows the polarity: the highest value when higher is better, the lowest when lower is
 * better, the nearest the range for a range polarity (equally good inside it). An indicator with no
 * polarity is ranked from its highest value down, and has no best value. Mean, median and standard
 * deviation come from Apache Commons Statistics; the work is on {@code double}.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>A group of one: rank 1, percentile rank 50, no z-score.
 *   <li>All values equal: every organisation shares a rank by the {@link TieRule} (1 with {@link
 *       TieRule#MIN}), percentile rank 50, no z-score.
 *   <li>Missing values: left out and counted, or refused, by {@link MissingValuePolicy}; an
 *       organisation asked about that has no value is refused.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class PositionCalculator {

  private static final PositionCalculator DEFAULTS =
      new PositionCalculator(TieRule.MIN, MissingValuePolicy.EXCLUDE_AND_COUNT);

  private final TieRule tieRule;
  private final MissingValuePolicy missingValuePolicy;

  private PositionCalculator(TieRule tieRule, MissingValuePolicy missingValuePolicy) {
    this.tieRule = tieRule;
    this.missingValuePolicy = missingValuePolicy;
  }

  /**
   * Returns the calculator with ties at their best rank ({@link TieRule#MIN}) and missing values
   * left out and counted.
   *
   * @return the default calculator
   */
  public static PositionCalculator withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a calculator with another tie rule.
   *
   * @param rule the rule
   * @return the calculator
   */
  public PositionCalculator with(TieRule rule) {
    return new PositionCalculator(Objects.requireNonNull(rule, "rule"), missingValuePolicy);
  }

  /**
   * Returns a calculator with another missing-value policy.
   *
   * @param policy the policy
   * @return the calculator
   */
  public PositionCalculator with(MissingValuePolicy policy) {
    return new PositionCalculator(tieRule, Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns one organisation's position in the group.
   *
   * @param values the group's values
   * @param organisation the organisation, which must have a value
   * @param polarity the indicator's polarity
   * @return the position
   * @throws IllegalArgumentException if the organisation has no value in the group, or the policy
   *     refuses missing values and there are some
   */
  public Position calculate(
      ComparatorValues values, OrganisationId organisation, Polarity polarity) {
    return one(values, organisation, polarity, OptionalDouble.empty());
  }

  /**
   * Returns one organisation's position in the group, with its difference from the England value.
   *
   * @param values the group's values
   * @param organisation the organisation, which must have a value
   * @param polarity the indicator's polarity
   * @param englandValue the England (or other reference) value, finite
   * @return the position
   * @throws IllegalArgumentException if the organisation has no value in the group, the England
   *     value is not finite, or the policy refuses missing values and there are some
   */
  public Position calculate(
      ComparatorValues values,
      OrganisationId organisation,
      Polarity polarity,
      double englandValue) {
    checkArgument(Double.isFinite(englandValue), "England value %s is not finite", englandValue);
    return one(values, organisation, polarity, OptionalDouble.of(englandValue));
  }

  /**
   * Returns every organisation's position, sorting the group once; the same positions as {@link
   * #calculate(ComparatorValues, OrganisationId, Polarity)} for each.
   *
   * @param values the group's values
   * @param polarity the indicator's polarity
   * @return the positions, unmodifiable, in the order of {@link ComparatorValues#getValues()}
   * @throws IllegalArgumentException if the policy refuses missing values and there are some
   */
  public List<Position> calculateAll(ComparatorValues values, Polarity polarity) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(polarity, "polarity");
    Group g = new Group(values, polarity, values.missingCount(missingValuePolicy));
    List<Position> out = new ArrayList<>(g.ids.length);
    for (int i = 0; i < g.ids.length; i++) {
      out.add(g.position(i, OptionalDouble.empty()));
    }
    return List.copyOf(out);
  }

  private Position one(
      ComparatorValues values,
      OrganisationId organisation,
      Polarity polarity,
      OptionalDouble england) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(polarity, "polarity");
    int missing = values.missingCount(missingValuePolicy);
    checkArgument(
        values.getValues().containsKey(organisation),
        "organisation %s has no value in the cross-section%s",
        organisation,
        values.getMissing().contains(organisation) ? " (it is missing)" : "");
    Group g = new Group(values, polarity, missing);
    int index = values.getOrganisations().indexOf(organisation);
    return g.position(index, england);
  }

  /** The group's values sorted once by goodness, with the summary statistics. */
  private final class Group {
    final OrganisationId[] ids;
    final double[] values;
    final double[] goodness;
    final double[] sortedGoodness;
    final Polarity polarity;
    final int missing;
    final double mean;
    final double median;
    final OptionalDouble sd;
    final OptionalDouble best;

    Group(ComparatorValues cv, Polarity polarity, int missing) {
      int n = cv.getValues().size();
      checkArgument(n > 0, "cross-section has no organisation with a value");
      this.ids = new OrganisationId[n];
      this.values = new double[n];
      int i = 0;
      for (Map.Entry<OrganisationId, Double> e : cv.getValues().entrySet()) {
        ids[i] = e.getKey();
        values[i++] = e.getValue();
      }
      this.polarity = polarity;
      this.missing = missing;
      this.goodness = Goodness.of(values, polarity);
      this.sortedGoodness = goodness.clone();
      Arrays.sort(sortedGoodness);
      this.mean = Mean.of(values).getAsDouble();
      this.median = Median.withDefaults().withCopy(true).evaluate(values);
      double s = n > 1 ? StandardDeviation.of(values).getAsDouble() : 0;
      this.sd = s > 0 ? OptionalDouble.of(s) : OptionalDouble.empty();
      Polarity.Kind kind = polarity.getKind();
      if (kind == Polarity.Kind.HIGHER_IS_BETTER || kind == Polarity.Kind.LOWER_IS_BETTER) {
        double top = sortedGoodness[n - 1];
        this.best = OptionalDouble.of(kind == Polarity.Kind.HIGHER_IS_BETTER ? top : -top);
      } else {
        this.best = OptionalDouble.empty();
      }
    }

    Position position(int index, OptionalDouble england) {
      int n = ids.length;
      double g = goodness[index];
      int notBetter = upperBound(sortedGoodness, g); // values with goodness <= g
      int worse = lowerBound(sortedGoodness, g); // values with goodness < g
      int equal = notBetter - worse;
      int better = n - notBetter;
      double rank;
      switch (tieRule) {
        case MAX:
          rank = better + equal;
          break;
        case AVERAGE:
          rank = better + (equal + 1) / 2.0;
          break;
        default:
          rank = better + 1;
          break;
      }
      Position.Builder p =
          Position.builder()
              .organisation(ids[index])
              .value(values[index])
              .polarity(polarity)
              .tieRule(tieRule)
              .rank(rank)
              .groupSize(n)
              .missingCount(missing)
              .percentileRank(100.0 * (worse + equal / 2.0) / n)
              .mean(mean)
              .median(median)
              .best(best)
              .englandValue(england);
      if (sd.isPresent()) {
        p.zScore((values[index] - mean) / sd.getAsDouble());
      }
      return p.build();
    }
  }

  /** Returns the number of elements strictly less than {@code key}. */
  static int lowerBound(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns the number of elements less than or equal to {@code key}. */
  static int upperBound(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return "PositionCalculator{" + tieRule + ", " + missingValuePolicy + "}";
  }
}
