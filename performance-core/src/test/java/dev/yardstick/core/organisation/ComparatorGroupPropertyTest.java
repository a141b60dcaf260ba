package dev.yardstick.core.organisation;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ComparatorGroupPropertyTest {

  private static final LocalDate EPOCH = LocalDate.of(2000, 4, 1);

  /** Groups whose members each have one membership, some open-ended, from distinct identifiers. */
  private static Gen<ComparatorGroup> groups() {
    Gen<Membership> memberships =
        OrganisationGenerators.organisationIds()
            .zip(
                integers().between(0, 3000),
                integers().between(-1, 3000),
                (id, start, length) ->
                    length < 0
                        ? Membership.of(id, EPOCH.plusDays(start))
                        : Membership.of(id, EPOCH.plusDays(start), EPOCH.plusDays(start + length)));
    return lists()
        .of(memberships)
        .ofSizeBetween(0, 12)
        .map(
            list ->
                ComparatorGroup.of(
                    "Group",
                    ComparatorGroup.Kind.CUSTOM,
                    list.stream()
                        .filter(
                            m ->
                                list.stream()
                                        .filter(
                                            o -> o.getOrganisation().equals(m.getOrganisation()))
                                        .count()
                                    == 1)
                        .collect(Collectors.toList())));
  }

  @Test
  void builderFrom_isTheSameGroup() {
    qt().forAll(groups()).check(g -> ComparatorGroup.builder().from(g).build().equals(g));
  }

  @Test
  void getMembers_isExactlyTheOrganisationsWhoseMembershipContainsTheDate() {
    qt().forAll(groups(), integers().between(-10, 6100))
        .check(
            (g, day) -> {
              LocalDate date = EPOCH.plusDays(day);
              List<OrganisationId> expected =
                  g.getMemberships().stream()
                      .filter(m -> m.contains(date))
                      .map(Membership::getOrganisation)
                      .sorted()
                      .collect(Collectors.toList());
              return List.copyOf(g.getMembers(date)).equals(expected)
                  && expected.stream().allMatch(id -> g.isMember(id, date));
            });
  }
}
