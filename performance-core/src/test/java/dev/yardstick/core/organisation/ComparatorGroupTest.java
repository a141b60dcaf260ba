package dev.yardstick.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparatorGroupTest {

  private static final OrganisationId DARLINGTON = OrganisationId.parse("E06000005");
  private static final OrganisationId MIDDLESBROUGH = OrganisationId.parse("E06000002");
  private static final OrganisationId REDCAR = OrganisationId.parse("E06000003");
  private static final LocalDate APRIL_2002 = LocalDate.of(2002, 4, 1);
  private static final LocalDate MARCH_2005 = LocalDate.of(2005, 3, 31);

  private static final ComparatorGroup NEIGHBOURS =
      ComparatorGroup.builder()
          .name("Hartlepool statistical neighbours")
          .kind(ComparatorGroup.Kind.STATISTICAL_NEIGHBOURS)
          .addMember(DARLINGTON, APRIL_2002)
          .addMember(MIDDLESBROUGH, APRIL_2002, MARCH_2005)
          .addMember(REDCAR, APRIL_2002.plusYears(1))
          .addMember(MIDDLESBROUGH, LocalDate.of(2007, 4, 1))
          .build();

  @Test
  void getMembers_followsTheDatedMemberships() {
    assertEquals(Set.of(DARLINGTON, MIDDLESBROUGH), NEIGHBOURS.getMembers(APRIL_2002));
    assertEquals(Set.of(DARLINGTON, MIDDLESBROUGH, REDCAR), NEIGHBOURS.getMembers(MARCH_2005));
    assertEquals(Set.of(DARLINGTON, REDCAR), NEIGHBOURS.getMembers(MARCH_2005.plusDays(1)));
    assertEquals(
        Set.of(DARLINGTON, MIDDLESBROUGH, REDCAR), NEIGHBOURS.getMembers(LocalDate.of(2020, 1, 1)));
    assertEquals(Set.of(), NEIGHBOURS.getMembers(APRIL_2002.minusDays(1)));
  }

  @Test
  void getMembers_isInIdentifierOrder() {
    assertEquals(
        List.of(MIDDLESBROUGH, REDCAR, DARLINGTON),
        List.copyOf(NEIGHBOURS.getMembers(LocalDate.of(2020, 1, 1))));
  }

  @Test
  void isMember_onADate() {
    assertTrue(NEIGHBOURS.isMember(MIDDLESBROUGH, MARCH_2005));
    assertFalse(NEIGHBOURS.isMember(MIDDLESBROUGH, LocalDate.of(2006, 1, 1)));
    assertFalse(NEIGHBOURS.isMember(OrganisationId.parse("E06000001"), MARCH_2005));
  }

  @Test
  void build_overlappingMembershipsOfOneOrganisation_areRejectedNamingThem() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ComparatorGroup.builder()
                    .name("North East")
                    .kind(ComparatorGroup.Kind.REGION)
                    .addMember(MIDDLESBROUGH, APRIL_2002, MARCH_2005)
                    .addMember(MIDDLESBROUGH, MARCH_2005)
                    .build());
    assertEquals(
        "comparator group 'North East' has overlapping memberships of E06000002: from 2002-04-01 to"
            + " 2005-03-31 and from 2005-03-31 with no end",
        e.getMessage());
  }

  @Test
  void build_sameSpanForDifferentOrganisations_isAllowed() {
    ComparatorGroup england =
        ComparatorGroup.of(
            "England",
            ComparatorGroup.Kind.NATIONAL,
            List.of(Membership.of(DARLINGTON, APRIL_2002), Membership.of(REDCAR, APRIL_2002)));
    assertEquals(2, england.getMembers(APRIL_2002).size());
  }

  @Test
  void build_blankName_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ComparatorGroup.of(" ", ComparatorGroup.Kind.CUSTOM, List.of()));
    assertEquals("comparator group name is blank", e.getMessage());
  }

  @Test
  void builderFrom_rebuildsAnEqualGroup() {
    assertEquals(NEIGHBOURS, ComparatorGroup.builder().from(NEIGHBOURS).build());
  }

  @Test
  void equals_byNameKindAndMembershipsInAnyOrder() {
    ComparatorGroup reordered =
        ComparatorGroup.builder()
            .name("Hartlepool statistical neighbours")
            .kind(ComparatorGroup.Kind.STATISTICAL_NEIGHBOURS)
            .addMember(MIDDLESBROUGH, LocalDate.of(2007, 4, 1))
            .addMember(REDCAR, APRIL_2002.plusYears(1))
            .addMember(MIDDLESBROUGH, APRIL_2002, MARCH_2005)
            .addMember(DARLINGTON, APRIL_2002)
            .build();
    new EqualsTester()
        .addEqualityGroup(NEIGHBOURS, reordered)
        .addEqualityGroup(ComparatorGroup.builder().from(NEIGHBOURS).name("Other").build())
        .addEqualityGroup(
            ComparatorGroup.builder().from(NEIGHBOURS).kind(ComparatorGroup.Kind.CUSTOM).build())
        .addEqualityGroup(
            ComparatorGroup.of(
                "Hartlepool statistical neighbours",
                ComparatorGroup.Kind.STATISTICAL_NEIGHBOURS,
                List.of(Membership.of(DARLINGTON, APRIL_2002))))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(OrganisationId.class, OrganisationId.parse("DFE:805"))
            .setDefault(Membership.class, Membership.of(DARLINGTON, APRIL_2002));
    tester.testAllPublicStaticMethods(ComparatorGroup.class);
    tester.testAllPublicInstanceMethods(NEIGHBOURS);
    tester.testAllPublicInstanceMethods(ComparatorGroup.builder());
  }
}
