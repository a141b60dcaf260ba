package dev.yardstick.indicators.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.organisation.ComparatorGroup;
import dev.yardstick.core.organisation.OrganisationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * Finds a council's statistical neighbours: the councils most like it on socio-economic variables,
 * the method behind CIPFA's nearest neighbours and the DfE children's services neighbour groups
 * (domain reference 4.3).
 *
 * <p>Method: each variable is standardised over all councils given to mean 0 and standard deviation
 * 1 (sample standard deviation, as R's {@code scale()}); the distance between two councils is the
 * weighted Euclidean distance {@code sqrt(sum w_j (z_aj - z_bj)^2)}; the {@code k} nearest are the
 * neighbours (10 by default, as the DfE model; CIPFA lists are usually 15).
 *
 * <pre>{@code
 * NeighbourGroup g = StatisticalNeighbours.withDefaults().withCount(15)
 *     .find(variables, OrganisationId.gss("E06000001"), LocalDate.of(2024, 4, 1));
 * g.getNeighbours().get(0).getDistance();
 * ComparatorGroup group = g.getComparatorGroup();
 * }</pre>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>A variable with the same value for every council carries no information and adds nothing to
 *       any distance.
 *   <li>Fewer other councils than {@code k}: all of them are returned.
 *   <li>With {@link DistanceScale#FARTHEST_IS_ONE} and every council at distance 0, distances stay
 *       0.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class StatisticalNeighbours {

  private static final StatisticalNeighbours DEFAULTS =
      new StatisticalNeighbours(10, DistanceScale.STANDARDISED);

  private final int count;
  private final DistanceScale scale;

  private StatisticalNeighbours(int count, DistanceScale scale) {
    this.count = count;
    this.scale = scale;
  }

  /**
   * Returns the finder of 10 neighbours on the standardised scale.
   *
   * @return the default finder
   */
  public static StatisticalNeighbours withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a finder of another number of neighbours.
   *
   * @param k the number of neighbours, positive
   * @return the finder
   * @throws IllegalArgumentException if {@code k} is not positive
   */
  public StatisticalNeighbours withCount(int k) {
    checkArgument(k > 0, "number of neighbours %s is not positive", k);
    return new StatisticalNeighbours(k, scale);
  }

  /**
   * Returns a finder that reports distances on another scale.
   *
   * @param distanceScale the scale
   * @return the finder
   */
  public StatisticalNeighbours with(DistanceScale distanceScale) {
    return new StatisticalNeighbours(count, Objects.requireNonNull(distanceScale, "distanceScale"));
  }

  /**
   * Finds a council's nearest neighbours.
   *
   * @param variables every council's variables; the council must be among them
   * @param organisation the council
   * @param effectiveFrom the first day of the neighbours' membership of the comparator group
   * @return the neighbours and the comparator group they form
   * @throws IllegalArgumentException if the council has no variables
   */
  public NeighbourGroup find(
      NeighbourVariables variables, OrganisationId organisation, LocalDate effectiveFrom) {
    Objects.requireNonNull(variables, "variables");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    checkArgument(
        variables.getValues().containsKey(organisation),
        "council %s has no values of the neighbour variables",
        organisation);
    int m = variables.getNames().size();
    int n = variables.getValues().size();
    OrganisationId[] ids = new OrganisationId[n];
    double[][] z = new double[n][m];
    int i = 0;
    for (Map.Entry<OrganisationId, List<Double>> e : variables.getValues().entrySet()) {
      ids[i] = e.getKey();
      for (int j = 0; j < m; j++) {
        z[i][j] = e.getValue().get(j);
      }
      i++;
    }
    for (int j = 0; j < m; j++) {
      double[] column = new double[n];
      for (int r = 0; r < n; r++) {
        column[r] = z[r][j];
      }
      double mean = Mean.of(column).getAsDouble();
      double sd = n > 1 ? StandardDeviation.of(column).getAsDouble() : 0;
      for (int r = 0; r < n; r++) {
        z[r][j] = sd > 0 ? (z[r][j] - mean) / sd : 0;
      }
    }
    int self = variables.getOrganisations().indexOf(organisation);
    List<Neighbour> all = new ArrayList<>(n - 1);
    double farthest = 0;
    for (int r = 0; r < n; r++) {
      if (r == self) {
        continue;
      }
      double sum = 0;
      for (int j = 0; j < m; j++) {
        double d = z[r][j] - z[self][j];
        sum += variables.getWeights().get(j) * d * d;
      }
      double distance = Math.sqrt(sum);
      farthest = Math.max(farthest, distance);
      all.add(Neighbour.of(ids[r], distance));
    }
    all.sort(
        Comparator.comparingDouble(Neighbour::getDistance)
            .thenComparing(Neighbour::getOrganisation));
    List<Neighbour> nearest = new ArrayList<>();
    ComparatorGroup.Builder group =
        ComparatorGroup.builder()
            .name(organisation + " statistical neighbours")
            .kind(ComparatorGroup.Kind.STATISTICAL_NEIGHBOURS);
    for (Neighbour nb : all.subList(0, Math.min(count, all.size()))) {
      double d =
          scale == DistanceScale.FARTHEST_IS_ONE && farthest > 0
              ? nb.getDistance() / farthest
              : nb.getDistance();
      nearest.add(Neighbour.of(nb.getOrganisation(), d));
      group.addMember(nb.getOrganisation(), effectiveFrom);
    }
    return NeighbourGroup.builder()
        .organisation(organisation)
        .neighbours(nearest)
        .scale(scale)
        .comparatorGroup(group.build())
        .build();
  }

  @Override
  public String toString() {
    return "StatisticalNeighbours{" + count + ", " + scale + "}";
  }
}
