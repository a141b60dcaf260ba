package dev.yardstick.testkit.generators;

import static dev.yardstick.testkit.generators.Rates.assertRate;
import static dev.yardstick.testkit.generators.Rates.share;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.organisation.ComparatorGroup;
import dev.yardstick.core.organisation.Membership;
import dev.yardstick.core.organisation.Organisation;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.organisation.OrganisationType;
import dev.yardstick.core.organisation.Region;
import dev.yardstick.testkit.Generator;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrganisationGeneratorsTest {

  private static final int DRAWS = 20_000;

  @Test
  void generators_sameSeed_giveSameValues() {
    List<Generator<?>> all =
        List.of(
            OrganisationGenerators.organisationIds(),
            OrganisationGenerators.distinctCouncilCodes(),
            OrganisationGenerators.organisations(),
            OrganisationGenerators.comparatorGroups());
    for (Generator<?> generator : all) {
      qt().withExamples(200)
          .forAll(longs().all())
          .check(seed -> generator.sample(seed, 20).equals(generator.sample(seed, 20)));
    }
  }

  @Test
  void organisationIds_roundTripThroughTheirText_andUseOtherSchemesAtTheStatedRate() {
    Generator<OrganisationId> ids = OrganisationGenerators.organisationIds();
    qt().forAll(longs().all())
        .check(
            seed -> {
              OrganisationId id = ids.sample(seed, 0);
              return OrganisationId.parse(id.toString()).equals(id);
            });
    assertRate(
        "other schemes",
        share(ids, 0, DRAWS, id -> id.getScheme() != OrganisationId.Scheme.GSS),
        OrganisationGenerators.OTHER_SCHEME_RATE,
        0,
        DRAWS);
  }

  @Test
  void distinctCouncilCodes_areDistinctAndBetweenOneAndTheSize() {
    Generator<List<OrganisationId>> codes = OrganisationGenerators.distinctCouncilCodes();
    qt().forAll(longs().all(), integers().between(0, 600))
        .check(
            (seed, size) -> {
              List<OrganisationId> list = codes.sample(seed, size);
              return new HashSet<>(list).size() == list.size()
                  && list.size() >= 1
                  && list.size()
                      <= Math.max(1, Math.min(size, OrganisationGenerators.MAX_DISTINCT_CODES));
            });
  }

  @Test
  void organisations_haveATypeAndRegionThatFitTheirCode() {
    Generator<Organisation> organisations = OrganisationGenerators.organisations();
    qt().forAll(longs().all())
        .check(
            seed -> {
              Organisation o = organisations.sample(seed, 0);
              String entity = o.getId().getCode().substring(0, 3);
              boolean london = o.getType() == OrganisationType.LONDON_BOROUGH;
              return o.getType().isSocialServicesAuthority()
                  && london == entity.equals("E09")
                  && o.getRegion().map(r -> (r == Region.LONDON) == london).orElse(true)
                  && o.getRegion()
                      .map(r -> (r == Region.WALES) == entity.equals("W06"))
                      .orElse(true);
            });
    assertRate(
        "no region",
        share(organisations, 0, DRAWS, o -> o.getRegion().isEmpty()),
        OrganisationGenerators.NO_REGION_RATE,
        0,
        DRAWS);
  }

  @Test
  void comparatorGroups_changeOnFinancialYearBoundaries_andRejoinAtTheStatedRate() {
    Generator<ComparatorGroup> groups = OrganisationGenerators.comparatorGroups();
    int members = 0;
    int rejoined = 0;
    int memberships = 0;
    int open = 0;
    for (long seed = 0; seed < 2_000; seed++) {
      ComparatorGroup group = groups.sample(seed, 15);
      assertTrue(!group.getMemberships().isEmpty() && group.getMemberships().size() <= 30);
      Map<OrganisationId, List<Membership>> byMember =
          group.getMemberships().stream()
              .collect(Collectors.groupingBy(Membership::getOrganisation));
      for (List<Membership> spans : byMember.values()) {
        members++;
        rejoined += spans.size() == 2 ? 1 : 0;
      }
      for (Membership m : group.getMemberships()) {
        memberships++;
        assertEquals(LocalDate.of(m.getStart().getYear(), Month.APRIL, 1), m.getStart());
        if (m.getEnd().isEmpty()) {
          open++;
        } else {
          assertEquals(LocalDate.of(m.getEnd().get().getYear(), Month.MARCH, 31), m.getEnd().get());
        }
      }
    }
    // Members joining in the last two years cannot rejoin: about 2 in 33 of them.
    assertRate(
        "rejoined",
        (double) rejoined / members,
        OrganisationGenerators.REJOIN_RATE * 31 / 33,
        0.01,
        members);
    assertTrue(open > 0 && open < memberships);
  }

  @Test
  void nulls_areRefused() {
    new NullPointerTester().testAllPublicStaticMethods(OrganisationGenerators.class);
  }
}
