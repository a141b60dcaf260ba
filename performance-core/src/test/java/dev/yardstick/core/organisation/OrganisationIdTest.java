package dev.yardstick.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.organisation.OrganisationId.Scheme;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OrganisationIdTest {

  @Test
  void parse_bareCode_isGss() {
    OrganisationId hartlepool = OrganisationId.parse("E06000001");
    assertEquals(Scheme.GSS, hartlepool.getScheme());
    assertEquals("E06000001", hartlepool.getCode());
    assertEquals("E06000001", hartlepool.toString());
    assertEquals(Optional.of("E06"), hartlepool.getGssEntityCode());
  }

  @Test
  void parse_prefixedCode_hasItsScheme() {
    OrganisationId dfe = OrganisationId.parse("DFE:805");
    assertEquals(Scheme.DFE, dfe.getScheme());
    assertEquals("805", dfe.getCode());
    assertEquals("DFE:805", dfe.toString());
    assertEquals(Optional.empty(), dfe.getGssEntityCode());
    assertEquals(OrganisationId.of(Scheme.DFE, "805"), OrganisationId.parse("dfe:805"));
    assertEquals(Scheme.ONS, OrganisationId.parse("ONS:00EB").getScheme());
    assertEquals(Scheme.ONS, OrganisationId.parse("ONS:16").getScheme());
    assertEquals(Scheme.ODS, OrganisationId.parse("ODS:RX1").getScheme());
    assertEquals("north-team", OrganisationId.parse("LOCAL:north-team").getCode());
  }

  @Test
  void gss_acceptsEveryCountryLetter() {
    for (String code : List.of("E92000001", "W06000015", "S12000033", "N09000003", "K04000001")) {
      assertEquals(code, OrganisationId.gss(code).toString());
    }
  }

  @Test
  void gss_badCode_isRejectedNamingIt() {
    for (String bad :
        List.of("", "E0600001", "E060000011", "X06000001", "e06000001", "E06A00001", "805")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> OrganisationId.gss(bad));
      assertEquals(
          "organisation code '"
              + bad
              + "' is not a valid GSS code: expected a country letter E, W, S, N"
              + " or K and eight digits",
          e.getMessage());
    }
  }

  @Test
  void of_codeNotOfTheScheme_isRejectedNamingIt() {
    IllegalArgumentException dfe =
        assertThrows(IllegalArgumentException.class, () -> OrganisationId.of(Scheme.DFE, "8050"));
    assertEquals(
        "organisation code '8050' is not a valid DFE code: expected three digits",
        dfe.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OrganisationId.of(Scheme.ONS, "0EB"));
    assertThrows(IllegalArgumentException.class, () -> OrganisationId.of(Scheme.ODS, "rx1"));
    assertThrows(
        IllegalArgumentException.class, () -> OrganisationId.of(Scheme.LOCAL, "north team"));
    assertThrows(IllegalArgumentException.class, () -> OrganisationId.of(Scheme.LOCAL, ""));
  }

  @Test
  void parse_badText_isRejectedQuotingIt() {
    for (String bad :
        List.of("", "E0600000", "GSS:E06000001", "FOO:1", ":805", "DFE:", "DFE:80", "LOCAL:a b")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> OrganisationId.parse(bad));
      assertTrue(
          e.getMessage().startsWith("organisation identifier '" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void compareTo_ordersBySchemeThenCode() {
    TreeSet<OrganisationId> ids =
        new TreeSet<>(
            List.of(
                OrganisationId.parse("DFE:805"),
                OrganisationId.parse("E09000030"),
                OrganisationId.parse("E06000001"),
                OrganisationId.parse("LOCAL:a")));
    assertEquals("[E06000001, E09000030, DFE:805, LOCAL:a]", ids.toString());
  }

  @Test
  void equals_bySchemeAndCode() {
    new EqualsTester()
        .addEqualityGroup(OrganisationId.parse("E06000001"), OrganisationId.gss("E06000001"))
        .addEqualityGroup(OrganisationId.parse("E06000002"))
        .addEqualityGroup(OrganisationId.parse("DFE:805"), OrganisationId.of(Scheme.DFE, "805"))
        .addEqualityGroup(OrganisationId.parse("LOCAL:805"))
        .addEqualityGroup(OrganisationId.parse("LOCAL:abc"))
        .addEqualityGroup(OrganisationId.parse("LOCAL:ABC"))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(OrganisationId.class);
    tester.testAllPublicInstanceMethods(OrganisationId.parse("DFE:805"));
  }
}
