package dev.yardstick.examples.data;

import dev.yardstick.core.organisation.Organisation;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.organisation.OrganisationType;
import dev.yardstick.core.organisation.Region;
import dev.yardstick.indicators.benchmark.NeighbourVariables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * 150 made-up English councils with social-services responsibilities, the same for the same seed on
 * every machine ({@link SplittableRandom} is specified bit for bit).
 *
 * <p>The mix follows England's: 21 county councils, 60 unitary authorities, 36 metropolitan
 * districts and 33 London boroughs, in the nine English regions. Codes have the GSS form of their
 * type ({@code E10} county, {@code E06} unitary, {@code E08} metropolitan district, {@code E09}
 * London borough) with serial numbers from {@code 900001}, which no real area has. Names are
 * invented. The socio-economic variables and populations are drawn from ranges typical of each type
 * (London dense, young and diverse; counties sparse and older; metropolitan districts more
 * deprived), with the variables related to each other as they are in real data (deprivation goes
 * with child poverty).
 *
 * <pre>{@code
 * List<CouncilProfile> councils = SyntheticCouncils.generate(SyntheticCouncils.DEFAULT_SEED);
 * NeighbourVariables variables = SyntheticCouncils.neighbourVariables(councils);
 * }</pre>
 *
 * <p>Implementation requirements: immutable (stateless) and thread-safe.
 */
public final class SyntheticCouncils {

  /** The seed of the report's dataset. */
  public static final long DEFAULT_SEED = 20_040_401L;

  /** The number of councils. */
  public static final int COUNT = 150;

  private static final int COUNTIES = 21;

  /** The names of the neighbour variables, in the order of {@link #neighbourVariables}. */
  public static final List<String> VARIABLES =
      List.of(
          "deprivation score",
          "people per hectare (log)",
          "% aged 65+",
          "% children in low-income families",
          "% minority ethnic",
          "population (log)");

  private static final List<String> STEMS =
      List.of(
          "Amber", "Brack", "Cinder", "Dray", "Ember", "Fallow", "Gorse", "Heron", "Ingle",
          "Juniper", "Kestrel", "Lark", "Moss", "Nettle", "Otter", "Pike", "Quill", "Rook", "Sedge",
          "Teasel", "Umber", "Vetch", "Willow", "Yarrow", "Alder", "Bittern", "Corrie", "Dunlin");
  private static final List<String> ENDINGS =
      List.of(
          "mere", "wold", "combe", "holm", "stead", "ford", "by", "wick", "ton", "bridge", "field",
          "ley");

  private SyntheticCouncils() {}

  /**
   * Generates the councils.
   *
   * @param seed the seed; the same seed gives the same councils
   * @return 150 councils, ordered by code
   */
  public static List<CouncilProfile> generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> names = names(random);
    List<CouncilProfile> councils = new ArrayList<>(COUNT);
    int next = 0;
    next = add(councils, names, next, random, OrganisationType.COUNTY, "E10", COUNTIES);
    next = add(councils, names, next, random, OrganisationType.UNITARY_AUTHORITY, "E06", 60);
    next = add(councils, names, next, random, OrganisationType.METROPOLITAN_DISTRICT, "E08", 36);
    add(councils, names, next, random, OrganisationType.LONDON_BOROUGH, "E09", 33);
    councils.sort((a, b) -> a.getId().compareTo(b.getId()));
    return Collections.unmodifiableList(councils);
  }

  /**
   * Returns the councils' neighbour variables, equally weighted but for deprivation and child
   * poverty, which count double (as the children's services model weighs deprivation heavily).
   *
   * @param councils the councils
   * @return the variables named in {@link #VARIABLES}
   */
  public static NeighbourVariables neighbourVariables(List<CouncilProfile> councils) {
    Objects.requireNonNull(councils, "councils");
    NeighbourVariables.Builder b =
        NeighbourVariables.builder()
            .addAllNames(VARIABLES)
            .addWeights(2.0, 1.0, 1.0, 2.0, 1.0, 1.0);
    for (CouncilProfile c : councils) {
      b.putValues(
          c.getId(),
          List.of(
              c.getDeprivation(),
              Math.log(c.getDensity()),
              c.getOlderShare(),
              c.getChildPoverty(),
              c.getMinorityEthnic(),
              Math.log(c.totalPopulation(0))));
    }
    return b.build();
  }

  /**
   * Finds a council by code.
   *
   * @param councils the councils
   * @param id the code
   * @return the council, or empty
   */
  public static Optional<CouncilProfile> find(List<CouncilProfile> councils, OrganisationId id) {
    Objects.requireNonNull(id, "id");
    return councils.stream().filter(c -> c.getId().equals(id)).findFirst();
  }

  private static int add(
      List<CouncilProfile> out,
      List<String> names,
      int next,
      SplittableRandom random,
      OrganisationType type,
      String entity,
      int count) {
    for (int i = 1; i <= count; i++) {
      OrganisationId id = OrganisationId.gss(String.format("%s9%05d", entity, i));
      String name = names.get(next++);
      Region region = region(type, i, random);
      out.add(profile(Organisation.of(id, name, type, region), random));
    }
    return next;
  }

  private static CouncilProfile profile(Organisation o, SplittableRandom r) {
    double deprivation;
    double density;
    double older;
    double ethnic;
    long people;
    switch (o.getType()) {
      case LONDON_BOROUGH:
        deprivation = between(r, 10, 34);
        density = between(r, 25, 150);
        older = between(r, 7, 15);
        ethnic = between(r, 18, 65);
        people = Math.round(between(r, 155_000, 390_000));
        break;
      case METROPOLITAN_DISTRICT:
        deprivation = between(r, 17, 42);
        density = between(r, 8, 45);
        older = between(r, 14, 21);
        ethnic = between(r, 3, 35);
        people = Math.round(between(r, 150_000, 1_100_000) * (r.nextDouble() < 0.8 ? 0.4 : 1));
        people = Math.max(people, 150_000);
        break;
      case COUNTY:
        deprivation = between(r, 9, 22);
        density = between(r, 0.8, 5);
        older = between(r, 20, 26);
        ethnic = between(r, 2, 12);
        people = Math.round(between(r, 320_000, 1_400_000));
        break;
      default:
        deprivation = between(r, 9, 40);
        density = between(r, 1.5, 40);
        older = between(r, 14, 27);
        ethnic = between(r, 2, 30);
        people = Math.round(between(r, 90_000, 560_000));
        break;
    }
    double childPoverty = clamp(4 + 0.75 * deprivation + r.nextGaussian() * 3, 5, 45);
    double children = clamp(0.24 - older / 250 + r.nextGaussian() * 0.01, 0.16, 0.27);
    double o65 = older / 100;
    Map<String, Long> population = new LinkedHashMap<>();
    population.put("0-17", Math.round(people * children));
    population.put("18-64", Math.round(people * (1 - children - o65)));
    population.put("65-74", Math.round(people * o65 * 0.52));
    population.put("75-84", Math.round(people * o65 * 0.33));
    population.put("85+", Math.round(people * o65 * 0.15));
    double growth = between(r, 0.002, 0.012);
    return new CouncilProfile(
        o,
        round1(deprivation),
        round1(density),
        round1(older),
        round1(childPoverty),
        round1(ethnic),
        population,
        growth);
  }

  private static Region region(OrganisationType type, int i, SplittableRandom r) {
    switch (type) {
      case LONDON_BOROUGH:
        return Region.LONDON;
      case METROPOLITAN_DISTRICT:
        if (i <= 15) {
          return Region.NORTH_WEST;
        }
        if (i <= 20) {
          return Region.NORTH_EAST;
        }
        return i <= 29 ? Region.YORKSHIRE_AND_THE_HUMBER : Region.WEST_MIDLANDS;
      case COUNTY:
        Region[] shires = {
          Region.EAST_MIDLANDS,
          Region.EAST_OF_ENGLAND,
          Region.SOUTH_EAST,
          Region.SOUTH_WEST,
          Region.WEST_MIDLANDS,
          Region.NORTH_WEST,
          Region.YORKSHIRE_AND_THE_HUMBER
        };
        return shires[(i - 1) % shires.length];
      default:
        Region[] all = {
          Region.NORTH_EAST,
          Region.NORTH_WEST,
          Region.YORKSHIRE_AND_THE_HUMBER,
          Region.EAST_MIDLANDS,
          Region.WEST_MIDLANDS,
          Region.EAST_OF_ENGLAND,
          Region.SOUTH_EAST,
          Region.SOUTH_WEST
        };
        return all[(i - 1) % all.length];
    }
  }

  private static List<String> names(SplittableRandom random) {
    List<String> stems = shuffled(STEMS, random);
    List<String> combined = new ArrayList<>();
    for (String stem : STEMS) {
      for (String ending : ENDINGS) {
        combined.add(stem + ending);
      }
    }
    combined = shuffled(combined, random);
    List<String> names = new ArrayList<>();
    for (String stem : stems.subList(0, COUNTIES)) {
      names.add(stem + "shire");
    }
    names.addAll(combined.subList(0, COUNT - COUNTIES));
    return names;
  }

  private static List<String> shuffled(List<String> list, SplittableRandom random) {
    List<String> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, random.nextInt(i + 1));
    }
    return copy;
  }

  private static double between(SplittableRandom r, double low, double high) {
    return low + (high - low) * r.nextDouble();
  }

  private static double clamp(double v, double low, double high) {
    return Math.max(low, Math.min(high, v));
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
