package dev.yardstick.indicators.assessment;

import static dev.yardstick.indicators.benchmark.PafBand.ACCEPTABLE;
import static dev.yardstick.indicators.benchmark.PafBand.ASK_QUESTIONS;
import static dev.yardstick.indicators.benchmark.PafBand.GOOD;
import static dev.yardstick.indicators.benchmark.PafBand.INVESTIGATE_URGENTLY;
import static dev.yardstick.indicators.benchmark.PafBand.VERY_GOOD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainProfileTest {

  private static final OrganisationId COUNCIL = OrganisationId.gss("E06000010");
  private static final FinancialYear YEAR = FinancialYear.of(2003);

  /** A hand-worked profile: seven indicators across three PAF domains, the other two empty. */
  private static List<ProfileEntry> entries() {
    return List.of(
        ProfileEntry.of(IndicatorCode.of("A1"), Domain.PAF_NATIONAL_PRIORITIES, GOOD, ACCEPTABLE),
        ProfileEntry.of(
            IndicatorCode.of("A2"), Domain.PAF_NATIONAL_PRIORITIES, ASK_QUESTIONS, GOOD),
        ProfileEntry.builder()
            .indicator(IndicatorCode.of("A70"))
            .domain(Domain.PAF_NATIONAL_PRIORITIES)
            .band(VERY_GOOD)
            .build(),
        ProfileEntry.notBanded(IndicatorCode.of("A3"), Domain.PAF_NATIONAL_PRIORITIES),
        ProfileEntry.of(
            IndicatorCode.of("B12"), Domain.PAF_COST_AND_EFFICIENCY, ACCEPTABLE, ACCEPTABLE),
        ProfileEntry.of(IndicatorCode.of("C28"), Domain.PAF_EFFECTIVENESS, VERY_GOOD, GOOD),
        ProfileEntry.builder()
            .indicator(IndicatorCode.of("C29"))
            .domain(Domain.PAF_EFFECTIVENESS)
            .previousBand(INVESTIGATE_URGENTLY)
            .build());
  }

  @Test
  void of_countsEachDomainsBands_thisYearAndLast_rowByRow() {
    DomainProfile profile = DomainProfile.of(COUNCIL, YEAR, Domain.pafDomains(), entries());
    assertEquals(5, profile.getRows().size());

    DomainProfileRow a = profile.getRow(Domain.PAF_NATIONAL_PRIORITIES).orElseThrow();
    assertEquals(BandCounts.of(0, 1, 0, 1, 1), a.getCounts());
    assertEquals(BandCounts.of(0, 0, 1, 1, 0), a.getPreviousCounts());
    assertEquals(1, a.getNotBanded());
    assertEquals(1, a.getImproved());
    assertEquals(1, a.getWorsened());
    assertEquals(1, a.getChange(5));
    assertEquals(-1, a.getChange(3));

    DomainProfileRow b = profile.getRow(Domain.PAF_COST_AND_EFFICIENCY).orElseThrow();
    assertEquals(BandCounts.of(0, 0, 1, 0, 0), b.getCounts());
    assertEquals(0, b.getImproved() + b.getWorsened());

    DomainProfileRow c = profile.getRow(Domain.PAF_EFFECTIVENESS).orElseThrow();
    assertEquals(BandCounts.of(0, 0, 0, 0, 1), c.getCounts());
    assertEquals(BandCounts.of(1, 0, 0, 1, 0), c.getPreviousCounts());
    assertEquals(1, c.getNotBanded());
    assertEquals(1, c.getImproved());

    DomainProfileRow d = profile.getRow(Domain.PAF_QUALITY).orElseThrow();
    assertEquals(BandCounts.none(), d.getCounts());
    assertEquals(0, d.getNotBanded());

    assertEquals(BandCounts.of(0, 1, 1, 1, 2), profile.getTotal());
    assertEquals(BandCounts.of(1, 0, 2, 2, 0), profile.getPreviousTotal());
  }

  @Test
  void of_badEntries_areRejectedNamingTheIndicator() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DomainProfile.of(
                    COUNCIL,
                    YEAR,
                    Domain.pafDomains(),
                    List.of(
                        ProfileEntry.notBanded(
                            IndicatorCode.of("A1"), Domain.PAF_NATIONAL_PRIORITIES),
                        ProfileEntry.notBanded(IndicatorCode.of("A1"), Domain.PAF_QUALITY))));
    assertEquals("indicator A1 has two profile entries", twice.getMessage());
    IllegalArgumentException outside =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DomainProfile.of(
                    COUNCIL,
                    YEAR,
                    List.of(Domain.PAF_QUALITY),
                    List.of(
                        ProfileEntry.notBanded(
                            IndicatorCode.of("A1"), Domain.PAF_NATIONAL_PRIORITIES))));
    assertEquals(
        "indicator A1 is in domain "
            + Domain.PAF_NATIONAL_PRIORITIES
            + ", which the profile does not show",
        outside.getMessage());
  }

  @Test
  void equals_andNulls() {
    DomainProfile profile = DomainProfile.of(COUNCIL, YEAR, Domain.pafDomains(), entries());
    new EqualsTester()
        .addEqualityGroup(profile, DomainProfile.of(COUNCIL, YEAR, Domain.pafDomains(), entries()))
        .addEqualityGroup(DomainProfile.of(COUNCIL, YEAR, Domain.pafDomains(), List.of()))
        .testEquals();
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(OrganisationId.class, COUNCIL)
            .setDefault(IndicatorCode.class, IndicatorCode.of("A1"))
            .setDefault(Domain.class, Domain.PAF_QUALITY)
            .setDefault(dev.yardstick.core.period.ReportingPeriod.class, YEAR);
    tester.testAllPublicStaticMethods(DomainProfile.class);
    tester.testAllPublicInstanceMethods(profile);
    tester.testAllPublicStaticMethods(ProfileEntry.class);
  }
}
