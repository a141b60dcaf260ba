package dev.yardstick.indicators;

import static dev.yardstick.indicators.TestIndicators.FLOW;
import static dev.yardstick.indicators.TestIndicators.PERCENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.validation.ValidationReport;
import dev.yardstick.indicators.benchmark.BandingScheme;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

  private static final IndicatorDefinition V1 =
      IndicatorDefinition.builder().from(PERCENT).effectiveTo(LocalDate.of(2003, 3, 31)).build();
  private static final IndicatorDefinition V2 =
      IndicatorDefinition.builder()
          .from(PERCENT)
          .effectiveFrom(LocalDate.of(2003, 4, 1))
          .title("Test indicator T1, counted a new way")
          .build();
  private static final IndicatorCatalogue VERSIONED = IndicatorCatalogue.of(List.of(V2, V1, FLOW));

  @Test
  void find_byCodeOrAlias_givesTheVersionInForce() {
    assertEquals(Optional.of(V1), VERSIONED.find(PERCENT.getCode(), LocalDate.of(2003, 3, 31)));
    assertEquals(Optional.of(V2), VERSIONED.find(PERCENT.getCode(), LocalDate.of(2003, 4, 1)));
    assertEquals(Optional.of(V2), VERSIONED.find(IndicatorCode.of("OLD 1"), FinancialYear.of(2003)));
    assertEquals(Optional.empty(), VERSIONED.find(PERCENT.getCode(), LocalDate.of(1999, 1, 1)));
    assertEquals(Optional.empty(), VERSIONED.find(IndicatorCode.of("NONE"), LocalDate.of(2003, 1, 1)));
  }

  @Test
  void get_unknownCode_namesCodeAndDate() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> VERSIONED.get(IndicatorCode.of("Z9"), LocalDate.of(2003, 1, 1)));
    assertTrue(e.getMessage().contains("Z9") && e.getMessage().contains("2003-01-01"));
    assertTrue(e.getMessage().contains("not in the catalogue"));
  }

  @Test
  void versions_andTrendBreaks() {
    assertEquals(List.of(V1, V2), VERSIONED.getVersions(PERCENT.getCode()));
    assertEquals(List.of(LocalDate.of(2003, 4, 1)), VERSIONED.getTrendBreaks(PERCENT.getCode()));
    assertEquals(List.of(), VERSIONED.getTrendBreaks(FLOW.getCode()));
    assertTrue(
        VERSIONED.isTrendBreakBetween(
            PERCENT.getCode(), FinancialYear.of(2002), FinancialYear.of(2003)));
    assertFalse(
        VERSIONED.isTrendBreakBetween(
            PERCENT.getCode(), FinancialYear.of(2003), FinancialYear.of(2005)));
    assertEquals(3, VERSIONED.size());
    assertEquals(List.of(PERCENT.getCode(), FLOW.getCode()), List.copyOf(VERSIONED.getCodes()));
  }

  @Test
  void validate_overlappingVersions_isReportedWithTheDate() {
    IndicatorDefinition overlapping =
        IndicatorDefinition.builder().from(V2).effectiveFrom(LocalDate.of(2002, 10, 1)).build();
    ValidationReport report = IndicatorCatalogue.validate(List.of(V1, overlapping));
    assertTrue(report.hasIssue("DEFINITION_VERSIONS_OVERLAP"), report.toString());
    assertTrue(report.getErrors().get(0).getMessage().contains("2002-10-01"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> IndicatorCatalogue.of(List.of(V1, overlapping)));
    assertTrue(e.getMessage().contains("DEFINITION_VERSIONS_OVERLAP"), e.getMessage());
  }

  @Test
  void validate_aliasNamingTwoIndicators_isAmbiguous() {
    IndicatorDefinition clash =
        IndicatorDefinition.builder().from(FLOW).addAliases(IndicatorCode.of("OLD 1")).build();
    ValidationReport report = IndicatorCatalogue.validate(List.of(PERCENT, clash));
    assertTrue(report.hasIssue("CODE_AMBIGUOUS"), report.toString());
    assertEquals("OLD 1", report.getErrors().get(0).getSubject());
  }

  @Test
  void validate_overlappingBandings_isAnError_andOtherRoundingAWarning() {
    BandingScheme open =
        BandingScheme.builder()
            .from(TestIndicators.BANDING_2002)
            .effectiveTo(Optional.empty())
            .rounding(dev.yardstick.core.measure.RoundingPolicy.WHOLE_NUMBER)
            .build();
    IndicatorDefinition both =
        IndicatorDefinition.builder().from(FLOW).addBandings(open, TestIndicators.BANDING_2003).build();
    ValidationReport report = IndicatorCatalogue.validate(List.of(both));
    assertTrue(report.hasIssue("BANDINGS_OVERLAP"), report.toString());
    assertTrue(report.getErrors().get(0).getMessage().contains("2003-04-01"));
    assertEquals(1, report.getWarnings().size(), "only the two-sided scheme rounds to 1dp");
    assertTrue(report.getWarnings().get(0).getMessage().contains("2003-04 two-sided"));
    ValidationReport rounding =
        IndicatorCatalogue.validate(
            List.of(IndicatorDefinition.builder().from(FLOW).addBandings(TestIndicators.BANDING_2003).build()));
    assertTrue(rounding.isValid());
    assertTrue(rounding.hasIssue("BANDING_ROUNDING_DIFFERS"), rounding.toString());
  }

  @Test
  void validate_sameDefinitionTwice_isADuplicate() {
    assertTrue(IndicatorCatalogue.validate(List.of(FLOW, FLOW)).hasIssue("DEFINITION_DUPLICATE"));
  }

  @Test
  void validate_consecutiveVersionsSharingAnAlias_areValid() {
    assertTrue(IndicatorCatalogue.validate(List.of(V1, V2)).isValid());
  }

  @Test
  void plus_combinesAndChecks() {
    IndicatorCatalogue a = IndicatorCatalogue.of(List.of(V1));
    IndicatorCatalogue b = IndicatorCatalogue.of(List.of(V2));
    assertEquals(IndicatorCatalogue.of(List.of(V1, V2)), a.plus(b));
    assertThrows(IllegalArgumentException.class, () -> a.plus(a));
  }

  @Test
  void equals_byDefinitions() {
    new EqualsTester()
        .addEqualityGroup(VERSIONED, IndicatorCatalogue.of(List.of(FLOW, V1, V2)))
        .addEqualityGroup(IndicatorCatalogue.empty(), IndicatorCatalogue.of(List.of()))
        .addEqualityGroup(IndicatorCatalogue.of(List.of(FLOW)))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(ReportingPeriod.class, FinancialYear.of(2003));
    tester.setDefault(IndicatorCatalogue.class, IndicatorCatalogue.empty());
    tester.setDefault(IndicatorCode.class, FLOW.getCode());
    tester.testAllPublicStaticMethods(IndicatorCatalogue.class);
    tester.testAllPublicInstanceMethods(VERSIONED);
  }
}
