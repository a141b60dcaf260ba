package dev.yardstick.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.organisation.ComparatorGroup;
import dev.yardstick.core.organisation.Membership;
import dev.yardstick.core.organisation.Organisation;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.organisation.OrganisationType;
import dev.yardstick.core.organisation.Region;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.testkit.Generator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of organisations, their codes and comparator groups, shaped like English councils with
 * social-services responsibilities.
 *
 * <p>Codes are Government Statistical Service codes of the kinds that hold social-services
 * responsibilities: {@code E06} unitary authorities, {@code E08} metropolitan districts, {@code
 * E09} London boroughs, {@code E10} counties and {@code W06} Welsh principal councils, each with a
 * serial from 1 to 99 (so that codes collide often enough to exercise de-duplication when drawn
 * independently). Names are made up ({@code Council E06000012}): generated data holds nothing about
 * real places or people.
 *
 * <h2>Edge-case rates</h2>
 *
 * <ul>
 *   <li>{@link #organisationIds()}: with probability {@value #OTHER_SCHEME_RATE}, a code of another
 *       scheme (a three-digit DfE number, an ODS code or a local code).
 *   <li>{@link #organisations()}: with probability {@value #NO_REGION_RATE}, no region.
 *   <li>{@link #comparatorGroups()}: each member has, with probability {@value #REJOIN_RATE}, a
 *       second membership after a gap (it left and rejoined); a membership is open-ended with
 *       probability {@value #OPEN_MEMBERSHIP_RATE}, and otherwise ends on the last day of a
 *       financial year (31 March), at least a year before a rejoin. Groups have from 1 to the size
 *       (at least 1, at most {@value #MAX_DISTINCT_CODES}) members.
 * </ul>
 *
 * <pre>{@code
 * ComparatorGroup neighbours = OrganisationGenerators.comparatorGroups().sample(7L, 15);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe; the generators are stateless.
 *
 * @since 0.1.0
 */
public final class OrganisationGenerators {

  /** The probability that an organisation code is not a GSS code. */
  public static final double OTHER_SCHEME_RATE = 0.1;

  /** The probability that an organisation has no region. */
  public static final double NO_REGION_RATE = 0.1;

  /** The probability that a member of a comparator group left and rejoined. */
  public static final double REJOIN_RATE = 0.2;

  /** The probability that a comparator-group membership has no end. */
  public static final double OPEN_MEMBERSHIP_RATE = 0.6;

  private static final String[] ENTITY_CODES = {"E06", "E08", "E09", "E10", "W06"};

  /** The number of distinct council codes there are to draw: five entity codes of 99 serials. */
  public static final int MAX_DISTINCT_CODES = 5 * 99;

  private static final Region[] ENGLISH_REGIONS_OUTSIDE_LONDON = {
    Region.NORTH_EAST,
    Region.NORTH_WEST,
    Region.YORKSHIRE_AND_THE_HUMBER,
    Region.EAST_MIDLANDS,
    Region.WEST_MIDLANDS,
    Region.EAST_OF_ENGLAND,
    Region.SOUTH_EAST,
    Region.SOUTH_WEST
  };

  private OrganisationGenerators() {}

  /**
   * Returns a generator of organisation codes, mostly GSS codes of councils.
   *
   * @return the generator
   */
  public static Generator<OrganisationId> organisationIds() {
    return (random, size) -> {
      if (random.nextDouble() >= OTHER_SCHEME_RATE) {
        return councilCode(random);
      }
      switch (random.nextInt(3)) {
        case 0:
          return OrganisationId.of(
              OrganisationId.Scheme.DFE, String.format("%03d", 201 + random.nextInt(740)));
        case 1:
          return OrganisationId.of(
              OrganisationId.Scheme.ODS,
              "R" + (char) ('A' + random.nextInt(26)) + random.nextInt(10));
        default:
          return OrganisationId.of(OrganisationId.Scheme.LOCAL, "team-" + random.nextInt(100));
      }
    };
  }

  /**
   * Returns a generator of lists of distinct GSS council codes, from 1 to the size (at least 1, at
   * most {@value #MAX_DISTINCT_CODES}) of them, in the order drawn: the members of a cross-section.
   *
   * @return the generator; lists are unmodifiable
   */
  public static Generator<List<OrganisationId>> distinctCouncilCodes() {
    return (random, size) -> distinctCodes(random, 1 + random.nextInt(Math.max(1, size)));
  }

  /**
   * Returns a generator of councils: the type and region follow the code ({@code E09} is a London
   * borough in London, {@code W06} a Welsh principal council in Wales), with no region at the
   * stated rate.
   *
   * @return the generator
   */
  public static Generator<Organisation> organisations() {
    return (random, size) -> {
      OrganisationId id = councilCode(random);
      String entity = id.getCode().substring(0, 3);
      OrganisationType type;
      Region region;
      switch (entity) {
        case "E06":
          type = OrganisationType.UNITARY_AUTHORITY;
          region = pick(random, ENGLISH_REGIONS_OUTSIDE_LONDON);
          break;
        case "E08":
          type = OrganisationType.METROPOLITAN_DISTRICT;
          region = pick(random, ENGLISH_REGIONS_OUTSIDE_LONDON);
          break;
        case "E09":
          type = OrganisationType.LONDON_BOROUGH;
          region = Region.LONDON;
          break;
        case "E10":
          type = OrganisationType.COUNTY;
          region = pick(random, ENGLISH_REGIONS_OUTSIDE_LONDON);
          break;
        default:
          type = OrganisationType.WELSH_PRINCIPAL_COUNCIL;
          region = Region.WALES;
          break;
      }
      Organisation.Builder builder = Organisation.builder().id(id).name("Council " + id).type(type);
      if (random.nextDouble() >= NO_REGION_RATE) {
        builder.region(region);
      }
      return builder.build();
    };
  }

  /**
   * Returns a generator of comparator groups whose members join on 1 April and leave on 31 March of
   * financial years from 1998-99 to 2030-31, at the rates stated in the class description.
   *
   * @return the generator
   */
  public static Generator<ComparatorGroup> comparatorGroups() {
    ComparatorGroup.Kind[] kinds = ComparatorGroup.Kind.values();
    return (random, size) -> {
      List<OrganisationId> members = distinctCodes(random, 1 + random.nextInt(Math.max(1, size)));
      ComparatorGroup.Kind kind = pick(random, kinds);
      List<Membership> memberships = new ArrayList<>();
      for (OrganisationId member : members) {
        int joined =
            PeriodGenerators.between(
                random, PeriodGenerators.FIRST_START_YEAR, PeriodGenerators.LAST_START_YEAR);
        boolean rejoins = random.nextDouble() < REJOIN_RATE;
        if (rejoins && joined + 2 <= PeriodGenerators.LAST_START_YEAR) {
          int left = PeriodGenerators.between(random, joined, PeriodGenerators.LAST_START_YEAR - 2);
          int rejoined =
              PeriodGenerators.between(random, left + 2, PeriodGenerators.LAST_START_YEAR);
          memberships.add(Membership.of(member, start(joined), FinancialYear.of(left).getEnd()));
          memberships.add(membership(random, member, rejoined));
        } else {
          memberships.add(membership(random, member, joined));
        }
      }
      return ComparatorGroup.of("Group of " + members.size() + " " + kind, kind, memberships);
    };
  }

  private static Membership membership(RandomGenerator random, OrganisationId member, int joined) {
    if (random.nextDouble() < OPEN_MEMBERSHIP_RATE) {
      return Membership.of(member, start(joined));
    }
    int left = PeriodGenerators.between(random, joined, PeriodGenerators.LAST_START_YEAR);
    return Membership.of(member, start(joined), FinancialYear.of(left).getEnd());
  }

  private static LocalDate start(int startYear) {
    return FinancialYear.of(startYear).getStart();
  }

  static List<OrganisationId> distinctCodes(RandomGenerator random, int count) {
    checkArgument(count >= 0, "count %s is negative", count);
    int wanted = Math.min(count, MAX_DISTINCT_CODES);
    Set<OrganisationId> codes = new LinkedHashSet<>();
    while (codes.size() < wanted) {
      codes.add(councilCode(random));
    }
    return Collections.unmodifiableList(new ArrayList<>(codes));
  }

  private static OrganisationId councilCode(RandomGenerator random) {
    return OrganisationId.gss(
        pick(random, ENTITY_CODES) + String.format("%06d", 1 + random.nextInt(99)));
  }

  @SafeVarargs
  static <T> T pick(RandomGenerator random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
