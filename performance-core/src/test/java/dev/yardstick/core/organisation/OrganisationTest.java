package dev.yardstick.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  private static final OrganisationId HARTLEPOOL_ID = OrganisationId.parse("E06000001");
  private static final Organisation HARTLEPOOL =
      Organisation.of(
          HARTLEPOOL_ID, "Hartlepool", OrganisationType.UNITARY_AUTHORITY, Region.NORTH_EAST);

  @Test
  void of_setsEveryAttribute() {
    assertEquals(HARTLEPOOL_ID, HARTLEPOOL.getId());
    assertEquals("Hartlepool", HARTLEPOOL.getName());
    assertEquals(OrganisationType.UNITARY_AUTHORITY, HARTLEPOOL.getType());
    assertEquals(Optional.of(Region.NORTH_EAST), HARTLEPOOL.getRegion());
  }

  @Test
  void builder_regionMayBeLeftOut() {
    Organisation trust =
        Organisation.builder()
            .id(OrganisationId.parse("ODS:RX1"))
            .name("A trust")
            .type(OrganisationType.NHS_BODY)
            .build();
    assertEquals(Optional.empty(), trust.getRegion());
  }

  @Test
  void of_blankName_isRejectedNamingTheOrganisation() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Organisation.of(
                    HARTLEPOOL_ID, " ", OrganisationType.UNITARY_AUTHORITY, Region.NORTH_EAST));
    assertEquals("organisation E06000001 has a blank name", e.getMessage());
  }

  @Test
  void builderFrom_rebuildsAnEqualOrganisation() {
    assertEquals(HARTLEPOOL, Organisation.builder().from(HARTLEPOOL).build());
  }

  @Test
  void equals_byAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(
            HARTLEPOOL,
            Organisation.of(
                HARTLEPOOL_ID, "Hartlepool", OrganisationType.UNITARY_AUTHORITY, Region.NORTH_EAST))
        .addEqualityGroup(
            Organisation.of(
                HARTLEPOOL_ID,
                "Hartlepool BC",
                OrganisationType.UNITARY_AUTHORITY,
                Region.NORTH_EAST))
        .addEqualityGroup(
            Organisation.of(
                HARTLEPOOL_ID, "Hartlepool", OrganisationType.COUNTY, Region.NORTH_EAST))
        .addEqualityGroup(
            Organisation.of(
                HARTLEPOOL_ID, "Hartlepool", OrganisationType.UNITARY_AUTHORITY, Region.NORTH_WEST))
        .addEqualityGroup(Organisation.builder().from(HARTLEPOOL).region(Optional.empty()).build())
        .testEquals();
  }

  @Test
  void region_nineEnglishRegionsWithGssCodes() {
    Set<Region> english =
        Stream.of(Region.values()).filter(Region::isEnglish).collect(Collectors.toSet());
    assertEquals(9, english.size());
    for (Region region : english) {
      assertEquals(Optional.of("E12"), region.getId().getGssEntityCode());
    }
    assertEquals("E12000007", Region.LONDON.getId().toString());
    assertEquals("Yorkshire and The Humber", Region.YORKSHIRE_AND_THE_HUMBER.getName());
    assertFalse(Region.WALES.isEnglish());
  }

  @Test
  void organisationType_socialServicesAuthorities() {
    assertTrue(OrganisationType.COUNTY.isSocialServicesAuthority());
    assertTrue(OrganisationType.LONDON_BOROUGH.isSocialServicesAuthority());
    assertFalse(OrganisationType.SHIRE_DISTRICT.isSocialServicesAuthority());
    assertFalse(OrganisationType.NHS_BODY.isSocialServicesAuthority());
    assertEquals("Metropolitan district", OrganisationType.METROPOLITAN_DISTRICT.getLabel());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(OrganisationId.class, OrganisationId.parse("DFE:805"));
    tester.testAllPublicStaticMethods(Organisation.class);
    tester.testAllPublicInstanceMethods(HARTLEPOOL);
    tester.testAllPublicInstanceMethods(Organisation.builder());
  }
}
