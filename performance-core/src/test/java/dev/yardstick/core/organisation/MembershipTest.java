package dev.yardstick.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MembershipTest {

  private static final OrganisationId ID = OrganisationId.parse("E06000002");
  private static final LocalDate APRIL_2002 = LocalDate.of(2002, 4, 1);
  private static final LocalDate MARCH_2005 = LocalDate.of(2005, 3, 31);
  private static final Membership CLOSED = Membership.of(ID, APRIL_2002, MARCH_2005);

  @Test
  void contains_includesBothEnds() {
    assertTrue(CLOSED.contains(APRIL_2002));
    assertTrue(CLOSED.contains(MARCH_2005));
    assertFalse(CLOSED.contains(APRIL_2002.minusDays(1)));
    assertFalse(CLOSED.contains(MARCH_2005.plusDays(1)));
  }

  @Test
  void contains_openEnded_runsForEver() {
    Membership open = Membership.of(ID, APRIL_2002);
    assertEquals(Optional.empty(), open.getEnd());
    assertTrue(open.contains(LocalDate.of(2999, 1, 1)));
    assertFalse(open.contains(APRIL_2002.minusDays(1)));
  }

  @Test
  void overlaps_sharingOneDay() {
    assertTrue(CLOSED.overlaps(Membership.of(ID, MARCH_2005)));
    assertFalse(CLOSED.overlaps(Membership.of(ID, MARCH_2005.plusDays(1))));
    assertTrue(
        Membership.of(ID, APRIL_2002)
            .overlaps(Membership.of(ID, LocalDate.of(1990, 1, 1), APRIL_2002)));
    assertFalse(
        Membership.of(ID, APRIL_2002)
            .overlaps(Membership.of(ID, LocalDate.of(1990, 1, 1), APRIL_2002.minusDays(1))));
  }

  @Test
  void of_endBeforeStart_isRejectedNamingTheDates() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Membership.of(ID, MARCH_2005, APRIL_2002));
    assertEquals(
        "membership of E06000002 ends on 2002-04-01, before it starts on 2005-03-31",
        e.getMessage());
  }

  @Test
  void of_oneDay_isAllowed() {
    assertTrue(Membership.of(ID, APRIL_2002, APRIL_2002).contains(APRIL_2002));
  }

  @Test
  void equals_byAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(CLOSED, Membership.builder().from(CLOSED).build())
        .addEqualityGroup(Membership.of(ID, APRIL_2002))
        .addEqualityGroup(Membership.of(OrganisationId.parse("E06000003"), APRIL_2002, MARCH_2005))
        .addEqualityGroup(Membership.of(ID, APRIL_2002.plusDays(1), MARCH_2005))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(OrganisationId.class, OrganisationId.parse("DFE:805"));
    tester.testAllPublicStaticMethods(Membership.class);
    tester.testAllPublicInstanceMethods(CLOSED);
    tester.testAllPublicInstanceMethods(Membership.builder());
  }
}
