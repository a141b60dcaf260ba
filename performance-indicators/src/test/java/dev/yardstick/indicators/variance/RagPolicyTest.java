package dev.yardstick.indicators.variance;

import static dev.yardstick.indicators.variance.Fixtures.absolute;
import static dev.yardstick.indicators.variance.Fixtures.atLeast;
import static dev.yardstick.indicators.variance.Fixtures.atMost;
import static dev.yardstick.indicators.variance.Fixtures.dec;
import static dev.yardstick.indicators.variance.Fixtures.relative;
import static dev.yardstick.indicators.variance.Fixtures.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.framework.ToleranceBand;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RagPolicyTest {

  @Test
  void defaults_atLeast_bandsStateTheirEdges() {
    Target target = atLeast("75", absolute("5"));
    assertEquals(
        List.of(
            ToleranceBand.of(RagStatus.RED, Range.lessThan(dec("70"))),
            ToleranceBand.of(RagStatus.AMBER, Range.closedOpen(dec("70"), dec("75"))),
            ToleranceBand.of(RagStatus.GREEN, Range.atLeast(dec("75")))),
        RagPolicy.defaults().bandsFor(target, target.getBounds()));
  }

  @Test
  void toleranceEdgeRed_atMost_mirrorsTheBands() {
    RagPolicy strict = RagPolicy.builder().name("Strict").toleranceEdge(ToleranceEdge.RED).build();
    Target target = atMost("15", relative("10"));
    assertEquals(
        List.of(
            ToleranceBand.of(RagStatus.GREEN, Range.atMost(dec("15"))),
            ToleranceBand.of(RagStatus.AMBER, Range.open(dec("15"), dec("16.5"))),
            ToleranceBand.of(RagStatus.RED, Range.atLeast(dec("16.5")))),
        strict.bandsFor(target, target.getBounds()));
  }

  @Test
  void range_bandsOnBothSides() {
    Target target = within("10", "15", absolute("2"));
    assertEquals(
        List.of(
            ToleranceBand.of(RagStatus.RED, Range.lessThan(dec("8"))),
            ToleranceBand.of(RagStatus.AMBER, Range.closedOpen(dec("8"), dec("10"))),
            ToleranceBand.of(RagStatus.GREEN, Range.closed(dec("10"), dec("15"))),
            ToleranceBand.of(RagStatus.AMBER, Range.openClosed(dec("15"), dec("17"))),
            ToleranceBand.of(RagStatus.RED, Range.greaterThan(dec("17")))),
        RagPolicy.defaults().bandsFor(target, target.getBounds()));
  }

  @Test
  void noTolerance_isRedOrGreenOnly() {
    Target target = atLeast("75", Optional.empty());
    assertEquals(
        List.of(
            ToleranceBand.of(RagStatus.RED, Range.lessThan(dec("75"))),
            ToleranceBand.of(RagStatus.GREEN, Range.atLeast(dec("75")))),
        RagPolicy.defaults().bandsFor(target, target.getBounds()));
  }

  @Test
  void havering_withinToleranceGreen_mergesIntoOneGreenBand() {
    Target target = atLeast("80", Optional.empty());
    assertEquals(
        List.of(
            ToleranceBand.of(RagStatus.RED, Range.lessThan(dec("72"))),
            ToleranceBand.of(RagStatus.GREEN, Range.atLeast(dec("72")))),
        RagPolicy.havering().bandsFor(target, target.getBounds()));
  }

  @Test
  void toleranceSource_targetFirstOrPolicyOnly() {
    Target own = atLeast("75", absolute("5"));
    Target none = atLeast("75", Optional.empty());
    RagPolicy targetFirst = RagPolicy.builder().name("x").tolerance(absolute("2")).build();
    RagPolicy policyOnly =
        RagPolicy.builder()
            .name("y")
            .tolerance(absolute("2"))
            .toleranceSource(ToleranceSource.POLICY_ONLY)
            .build();
    assertEquals(absolute("5"), targetFirst.toleranceFor(own));
    assertEquals(absolute("2"), targetFirst.toleranceFor(none));
    assertEquals(absolute("2"), policyOnly.toleranceFor(own));
  }

  @Test
  void validate_corporateKpiExample_reportsGapAndOverlap() {
    // The corporate KPI spreadsheet of domain reference 5.1 [S67]: green at 55% or more, amber at
    // 50% or less, red below 40%: 50 to 55 is in no band, and below 40 is both amber and red.
    Tolerance bands =
        Tolerance.bands(
            List.of(
                ToleranceBand.of(RagStatus.GREEN, Range.atLeast(dec("55"))),
                ToleranceBand.of(RagStatus.AMBER, Range.atMost(dec("50"))),
                ToleranceBand.of(RagStatus.RED, Range.lessThan(dec("40")))));
    RagPolicy policy = RagPolicy.builder().name("Corporate KPI").tolerance(bands).build();
    ValidationReport report = policy.validate();
    assertFalse(report.isValid());
    assertEquals(1, report.getIssues("RAG_BANDS_GAP").size());
    assertEquals(
        "values (50, 55) fall in no band of BANDS[AMBER (-inf, 50], RED (-inf, 40), GREEN [55,"
            + " +inf)]",
        report.getIssues("RAG_BANDS_GAP").get(0).getMessage());
    assertEquals(
        "values (-inf, 40) fall in both the AMBER and the RED band",
        report.getIssues("RAG_BANDS_OVERLAP").get(0).getMessage());
    assertEquals(
        "RAG policy 'Corporate KPI' version 1",
        report.getIssues("RAG_BANDS_OVERLAP").get(0).getSubject());
  }

  @Test
  void validate_pointGapBetweenOpenBands_isReported() {
    Tolerance bands =
        Tolerance.bands(
            List.of(
                ToleranceBand.of(RagStatus.GREEN, Range.greaterThan(dec("55"))),
                ToleranceBand.of(RagStatus.RED, Range.lessThan(dec("55")))));
    ValidationReport report = RagPolicy.builder().name("p").tolerance(bands).build().validate();
    assertEquals(
        "values 55 fall in no band of BANDS[RED (-inf, 55), GREEN (55, +inf)]",
        report.getIssues("RAG_BANDS_GAP").get(0).getMessage());
  }

  @Test
  void validate_bandsWithoutGreen_warns() {
    Tolerance bands =
        Tolerance.bands(
            List.of(
                ToleranceBand.of(RagStatus.AMBER, Range.atLeast(dec("55"))),
                ToleranceBand.of(RagStatus.RED, Range.lessThan(dec("55")))));
    ValidationReport report = RagPolicy.builder().name("p").tolerance(bands).build().validate();
    assertTrue(report.isValid());
    assertTrue(report.hasIssue("RAG_BANDS_NO_GREEN"));
  }

  @Test
  void validate_goodPolicies_areValid() {
    assertTrue(RagPolicy.defaults().validate().isValid());
    assertTrue(RagPolicy.havering().validate().isValid());
    assertTrue(RagPolicy.defaults().validate(atLeast("75", absolute("5"))).isValid());
  }

  @Test
  void validate_relativeToleranceOnZeroTarget_isAnError() {
    ValidationReport report = RagPolicy.defaults().validate(atMost("0", relative("10")));
    assertTrue(report.hasIssue("RAG_RELATIVE_TOLERANCE_ZERO_TARGET"));
    assertEquals(
        "RAG policy 'Standard tolerance' version 1 for target T-D40",
        report.getErrors().get(0).getSubject());
  }

  @Test
  void effectiveDates_decideWhichFiguresThePolicyJudges() {
    RagPolicy v2 =
        RagPolicy.builder()
            .name("Corporate")
            .version(2)
            .effectiveFrom(LocalDate.of(2003, 4, 1))
            .effectiveTo(LocalDate.of(2004, 3, 31))
            .build();
    assertFalse(v2.isEffectiveFor(FinancialYear.of(2002)));
    assertTrue(v2.isEffectiveFor(FinancialYear.of(2003)));
    assertFalse(v2.isEffectiveFor(FinancialYear.of(2004)));
    assertTrue(RagPolicy.defaults().isEffectiveOn(LocalDate.of(1990, 1, 1)));
  }

  @Test
  void builder_badValues_areRejectedWithMessages() {
    IllegalStateException blank =
        assertThrows(IllegalStateException.class, () -> RagPolicy.builder().name(" ").build());
    assertEquals("RAG policy name must not be blank", blank.getMessage());
    IllegalStateException version =
        assertThrows(
            IllegalStateException.class, () -> RagPolicy.builder().name("p").version(0).build());
    assertEquals("RAG policy 'p' version 0 must be at least 1", version.getMessage());
    IllegalStateException dates =
        assertThrows(
            IllegalStateException.class,
            () ->
                RagPolicy.builder()
                    .name("p")
                    .effectiveFrom(LocalDate.of(2004, 4, 1))
                    .effectiveTo(LocalDate.of(2004, 3, 31))
                    .build());
    assertEquals(
        "RAG policy 'p' version 1 ends on 2004-03-31, before it starts on 2004-04-01",
        dates.getMessage());
  }

  @Test
  void equality_andToString() {
    new EqualsTester()
        .addEqualityGroup(
            RagPolicy.defaults(), RagPolicy.builder().name("Standard tolerance").build())
        .addEqualityGroup(RagPolicy.havering())
        .addEqualityGroup(RagPolicy.builder().name("Standard tolerance").version(2).build())
        .testEquals();
    assertEquals("RagPolicy[Havering 2013-15 v1]", RagPolicy.havering().toString());
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Target.class, atLeast("75", absolute("5")))
            .setDefault(Range.class, Range.atLeast(dec("75")));
    tester.testAllPublicStaticMethods(RagPolicy.class);
    tester.testAllPublicInstanceMethods(RagPolicy.defaults());
  }
}
