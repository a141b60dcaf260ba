package dev.yardstick.indicators.benchmark;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The socio-economic variables that describe each council for a statistical-neighbour model, with
 * the weight of each variable.
 *
 * <p>CIPFA's nearest-neighbour model uses about 40 such variables that describe the area, not
 * service choices; the children's services model (NFER for DfES, 2007) chose its variables and
 * weights by statistical analysis (domain reference 4.3).
 *
 * <pre>{@code
 * NeighbourVariables vars = NeighbourVariables.builder()
 *     .addNames("population aged 0-17", "IDACI score")
 *     .addWeights(1.0, 2.0)
 *     .putValues(OrganisationId.gss("E06000001"), List.of(21_000.0, 0.28))
 *     .putValues(OrganisationId.gss("E06000002"), List.of(33_500.0, 0.31))
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class NeighbourVariables {

  NeighbourVariables() {}

  /**
   * Returns the variables' names.
   *
   * @return the names, at least one
   */
  public abstract List<String> getNames();

  /**
   * Returns the variables' weights, in the order of the names.
   *
   * @return the weights, finite and not negative; one per name
   */
  public abstract List<Double> getWeights();

  /**
   * Returns each council's values of the variables, in the order of the names.
   *
   * @return the values by council
   */
  public abstract Map<OrganisationId, List<Double>> getValues();

  /**
   * Returns the councils, in the order given.
   *
   * @return the councils
   */
  public List<OrganisationId> getOrganisations() {
    return List.copyOf(getValues().keySet());
  }

  @Value.Check
  void check() {
    checkState(!getNames().isEmpty(), "neighbour model has no variables");
    checkState(
        getWeights().size() == getNames().size(),
        "neighbour model has %s weights for %s variables",
        getWeights().size(),
        getNames().size());
    for (int j = 0; j < getWeights().size(); j++) {
      double w = getWeights().get(j);
      checkState(
          Double.isFinite(w) && w >= 0,
          "weight %s of variable '%s' is not a finite non-negative number",
          w,
          getNames().get(j));
    }
    for (Map.Entry<OrganisationId, List<Double>> e : getValues().entrySet()) {
      checkState(
          e.getValue().size() == getNames().size(),
          "council %s has %s values for %s variables",
          e.getKey(),
          e.getValue().size(),
          getNames().size());
      for (int j = 0; j < e.getValue().size(); j++) {
        checkState(
            Double.isFinite(e.getValue().get(j)),
            "value %s of variable '%s' for council %s is not finite",
            e.getValue().get(j),
            getNames().get(j),
            e.getKey());
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NeighbourVariables}. */
  public static class Builder extends ImmutableNeighbourVariables.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
