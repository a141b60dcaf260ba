package dev.yardstick.examples.data;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.organisation.Organisation;
import dev.yardstick.core.organisation.OrganisationId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One synthetic council: the organisation, the socio-economic variables a statistical-neighbour
 * model uses, and its resident population by age band in the first year of the dataset with an
 * annual growth rate.
 *
 * <p>The variables are those of the kind CIPFA's and the DfE's neighbour models use (domain
 * reference 4.3): deprivation (an average IMD-style score), population density (people per
 * hectare), the share aged 65 and over, the share of children in low-income families and the share
 * from minority ethnic groups. Every figure is made up by {@link SyntheticCouncils}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class CouncilProfile {

  /** The age bands of the populations, in order; each text is an age band's text form. */
  public static final List<String> AGE_BANDS = List.of("0-17", "18-64", "65-74", "75-84", "85+");

  private final Organisation organisation;
  private final double deprivation;
  private final double density;
  private final double olderShare;
  private final double childPoverty;
  private final double minorityEthnic;
  private final Map<String, Long> population;
  private final double growth;

  CouncilProfile(
      Organisation organisation,
      double deprivation,
      double density,
      double olderShare,
      double childPoverty,
      double minorityEthnic,
      Map<String, Long> population,
      double growth) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    checkArgument(
        population.keySet().equals(Set.copyOf(AGE_BANDS)),
        "population of %s is not by the age bands %s",
        organisation.getId(),
        AGE_BANDS);
    this.deprivation = deprivation;
    this.density = density;
    this.olderShare = olderShare;
    this.childPoverty = childPoverty;
    this.minorityEthnic = minorityEthnic;
    this.population = Collections.unmodifiableMap(new LinkedHashMap<>(population));
    this.growth = growth;
  }

  /**
   * Returns the council.
   *
   * @return the organisation: GSS-style code, name, type and region
   */
  public Organisation getOrganisation() {
    return organisation;
  }

  /**
   * Returns the council's code.
   *
   * @return the code
   */
  public OrganisationId getId() {
    return organisation.getId();
  }

  /**
   * Returns the council's name.
   *
   * @return the name
   */
  public String getName() {
    return organisation.getName();
  }

  /**
   * Returns the average deprivation score, on the scale of the English Indices of Deprivation's
   * average score (about 5 to 45; higher is more deprived).
   *
   * @return the score
   */
  public double getDeprivation() {
    return deprivation;
  }

  /**
   * Returns the population density.
   *
   * @return people per hectare
   */
  public double getDensity() {
    return density;
  }

  /**
   * Returns the share of residents aged 65 and over.
   *
   * @return a percentage
   */
  public double getOlderShare() {
    return olderShare;
  }

  /**
   * Returns the share of children living in low-income families.
   *
   * @return a percentage
   */
  public double getChildPoverty() {
    return childPoverty;
  }

  /**
   * Returns the share of residents from minority ethnic groups.
   *
   * @return a percentage
   */
  public double getMinorityEthnic() {
    return minorityEthnic;
  }

  /**
   * Returns the residents in each age band in a year of the dataset.
   *
   * @param yearIndex 0 for the first financial year of the dataset, 1 for the next, ...
   * @return residents by age band, in the order of {@link #AGE_BANDS}
   * @throws IllegalArgumentException if the year index is negative
   */
  public Map<String, Long> getPopulation(int yearIndex) {
    checkArgument(yearIndex >= 0, "year index %s is negative", yearIndex);
    Map<String, Long> grown = new LinkedHashMap<>();
    double factor = Math.pow(1 + growth, yearIndex);
    for (Map.Entry<String, Long> e : population.entrySet()) {
      double older = e.getKey().equals("85+") || e.getKey().equals("75-84") ? 0.012 : 0;
      grown.put(e.getKey(), Math.round(e.getValue() * factor * Math.pow(1 + older, yearIndex)));
    }
    return Collections.unmodifiableMap(grown);
  }

  /**
   * Returns the residents in one age band, or in several bands added up, in a year.
   *
   * @param yearIndex 0 for the first financial year of the dataset
   * @param bands one or more of {@link #AGE_BANDS}
   * @return the residents
   * @throws IllegalArgumentException if a band is not one of {@link #AGE_BANDS}
   */
  public long population(int yearIndex, String... bands) {
    Map<String, Long> all = getPopulation(yearIndex);
    long sum = 0;
    for (String band : bands) {
      Long n = all.get(band);
      checkArgument(n != null, "age band %s is not one of %s", band, AGE_BANDS);
      sum += n;
    }
    return sum;
  }

  /**
   * Returns all residents in a year.
   *
   * @param yearIndex 0 for the first financial year of the dataset
   * @return the residents of every age
   */
  public long totalPopulation(int yearIndex) {
    return getPopulation(yearIndex).values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public String toString() {
    return "CouncilProfile[" + organisation.getId() + " " + organisation.getName() + "]";
  }
}
