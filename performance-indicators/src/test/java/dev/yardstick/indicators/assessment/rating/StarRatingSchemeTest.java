package dev.yardstick.indicators.assessment.rating;

import static dev.yardstick.core.status.CapacityForImprovement.EXCELLENT;
import static dev.yardstick.core.status.CapacityForImprovement.POOR;
import static dev.yardstick.core.status.CapacityForImprovement.PROMISING;
import static dev.yardstick.core.status.CapacityForImprovement.UNCERTAIN;
import static dev.yardstick.core.status.ServingPeopleWell.MOST;
import static dev.yardstick.core.status.ServingPeopleWell.NO;
import static dev.yardstick.core.status.ServingPeopleWell.SOME;
import static dev.yardstick.core.status.ServingPeopleWell.YES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.status.CapacityForImprovement;
import dev.yardstick.core.status.ServingPeopleWell;
import dev.yardstick.core.status.StarRating;
import dev.yardstick.core.validation.ValidationIssue;
import dev.yardstick.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped scheme against domain reference section 1.2's known councils, and its validation. */
class StarRatingSchemeTest {

  private static final StarRatingScheme SCHEME = StarRatingScheme.socialServices2002();

  private static SocialServicesJudgements judgements(
      ServingPeopleWell childrenSpw,
      CapacityForImprovement childrenCapacity,
      ServingPeopleWell adultsSpw,
      CapacityForImprovement adultsCapacity) {
    return SocialServicesJudgements.of(childrenSpw, childrenCapacity, adultsSpw, adultsCapacity);
  }

  @Test
  void shippedScheme_isValid() {
    ValidationReport report = SCHEME.validate();
    assertTrue(report.getIssues().isEmpty(), report.toString());
    assertTrue(SCHEME.getTable().isComplete());
  }

  @Test
  void
      knownCase_kingstonUponHull2002_servingMostChildrenAndSomeAdultsWithPromisingProspects_is2Stars() {
    // Community Care, 11 Dec 2002 [S5]: "serving some adults and most children well and has
    // promising prospects"; the source gives prospects once, read here as both services.
    assertEquals(
        StarRating.TWO, SCHEME.rate(judgements(MOST, PROMISING, SOME, PROMISING)).getRating());
  }

  @Test
  void knownCase_fiveCouncils2004_notServingChildrenWell_is0StarsWhateverElse() {
    // BBC News 2004 [S6]: Bedfordshire, Birmingham, Cumbria, Plymouth and Swindon, not serving
    // children well, all had 0 stars; the other three judgements are not reported.
    for (SocialServicesJudgements j : SocialServicesJudgements.all()) {
      if (j.getChildrenServingPeopleWell() == NO) {
        assertEquals(StarRating.ZERO, SCHEME.rate(j).getRating(), j.toString());
      }
    }
  }

  @Test
  void knownCase_towerHamlets2004_servingMostWellWithExcellentProspectsInBoth_is3Stars() {
    // BBC News 2004 [S7]: excellent prospects in adults' and children's services; Community Care,
    // 19 Nov 2004: "serving most, rather than some, people well in both".
    assertEquals(
        StarRating.THREE, SCHEME.rate(judgements(MOST, EXCELLENT, MOST, EXCELLENT)).getRating());
  }

  @Test
  void rate_a1Above20Percent_capsChildrenAtSomeBeforeTheTable() {
    SocialServicesJudgements given = judgements(MOST, UNCERTAIN, MOST, PROMISING);
    assertEquals(StarRating.TWO, SCHEME.rate(given).getRating());

    StarRatingResult result =
        SCHEME.rate(given, List.of(KeyIndicatorValue.of("PAF A1", new BigDecimal("21.3"))));

    assertEquals(StarRating.ONE, result.getRating());
    assertEquals(given, result.getJudgements());
    assertEquals(judgements(SOME, UNCERTAIN, MOST, PROMISING), result.getCappedJudgements());
    assertTrue(result.isCapped());
    assertEquals(
        "1 star: children's services capped at Some by PAF A1 = 21.3%; table read at children's"
            + " services Some/Uncertain, adults' services Most/Promising; not tested for want of a"
            + " value: CP re-registrations, Children's homes inspected, PAF D38",
        result.getExplanation());
  }

  @Test
  void rate_a1AtExactly20Percent_doesNotCap() {
    StarRatingResult result =
        SCHEME.rate(
            judgements(MOST, UNCERTAIN, MOST, PROMISING),
            List.of(KeyIndicatorValue.of("PAF A1", new BigDecimal("20.0"))));
    assertEquals(StarRating.TWO, result.getRating());
    assertTrue(result.getAppliedCaps().isEmpty());
    assertFalse(result.isCapped());
  }

  @Test
  void rate_d38Below80Percent_capsAdultsAtMost() {
    StarRatingResult result =
        SCHEME.rate(
            judgements(YES, EXCELLENT, YES, EXCELLENT),
            List.of(
                KeyIndicatorValue.of("PAF D38", new BigDecimal("79.9")),
                KeyIndicatorValue.of("PAF A1", new BigDecimal("9.5")),
                KeyIndicatorValue.of("CP re-registrations", new BigDecimal("12")),
                KeyIndicatorValue.of("Children's homes inspected", new BigDecimal("100"))));
    assertEquals(judgements(YES, EXCELLENT, MOST, EXCELLENT), result.getCappedJudgements());
    assertEquals(StarRating.THREE, result.getRating());
    assertTrue(result.getUntestedCaps().isEmpty());
    assertEquals(
        "3 stars: adults' services capped at Most by PAF D38 = 79.9%; table read at children's"
            + " services Yes/Excellent, adults' services Most/Excellent",
        result.getExplanation());
  }

  @Test
  void rate_breachedCapOnAJudgementAlreadyBelowIt_isRecordedButChangesNothing() {
    StarRatingResult result =
        SCHEME.rate(
            judgements(NO, EXCELLENT, YES, EXCELLENT),
            List.of(KeyIndicatorValue.of("PAF A1", new BigDecimal("35"))));
    assertEquals(1, result.getAppliedCaps().size());
    assertFalse(result.getAppliedCaps().get(0).isEffective());
    assertFalse(result.isCapped());
    assertEquals(StarRating.ZERO, result.getRating());
    assertTrue(
        result.getExplanation().startsWith("0 stars: table read at children's services No/"));
  }

  @Test
  void rate_twoCapsOnOneService_bothRecordedInOrder() {
    StarRatingResult result =
        SCHEME.rate(
            judgements(YES, PROMISING, YES, PROMISING),
            List.of(
                KeyIndicatorValue.of("CP re-registrations", new BigDecimal("25")),
                KeyIndicatorValue.of("PAF A1", new BigDecimal("22"))));
    assertEquals(2, result.getAppliedCaps().size());
    assertTrue(result.getAppliedCaps().get(0).isEffective(), "A1 is listed first in the scheme");
    assertFalse(result.getAppliedCaps().get(1).isEffective());
    assertEquals(SOME, result.getCappedJudgements().getChildrenServingPeopleWell());
  }

  @Test
  void rate_keyIndicatorOfNoCap_isIgnored() {
    StarRatingResult result =
        SCHEME.rate(
            judgements(MOST, PROMISING, SOME, PROMISING),
            List.of(KeyIndicatorValue.of("PAF C28", new BigDecimal("1"))));
    assertEquals(StarRating.TWO, result.getRating());
  }

  @Test
  void rate_twoValuesForOneIndicator_isRejectedNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SCHEME.rate(
                    judgements(MOST, PROMISING, SOME, PROMISING),
                    List.of(
                        KeyIndicatorValue.of("PAF A1", new BigDecimal("21.3")),
                        KeyIndicatorValue.of("PAF A1", new BigDecimal("19")))));
    assertEquals("key indicator PAF A1 has two values: 21.3 and 19", e.getMessage());
  }

  @Test
  void rate_combinationMissingFromTheTable_isRejectedNamingIt() {
    SocialServicesJudgements hull = judgements(MOST, PROMISING, SOME, PROMISING);
    StarRatingScheme incomplete =
        StarRatingScheme.builder().from(SCHEME).table(SCHEME.getTable().without(hull)).build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> incomplete.rate(hull));
    assertEquals(
        "star rating scheme '"
            + SCHEME.getName()
            + "' has no rating for children's services Most/Promising, adults' services"
            + " Some/Promising; validate() lists every gap",
        e.getMessage());
  }

  @Test
  void validate_missingCombination_isReportedNamingIt() {
    SocialServicesJudgements gap = judgements(SOME, POOR, YES, EXCELLENT);
    ValidationReport report = withTable(SCHEME.getTable().without(gap)).validate();
    assertFalse(report.isValid());
    List<ValidationIssue> issues = report.getIssues("STAR_TABLE_INCOMPLETE");
    assertEquals(1, issues.size());
    assertEquals(
        "no rating for children's services Some/Poor, adults' services Yes/Excellent",
        issues.get(0).getMessage());
  }

  @Test
  void validate_nonMonotonicTable_isReportedNamingTheCombinationAndTheStep() {
    // Yes/Excellent in both is 3 stars; rating Yes/Excellent + Yes/Promising 3 is fine, but giving
    // the top combination 1 star makes the step from Promising to Excellent lower the rating.
    SocialServicesJudgements top = judgements(YES, EXCELLENT, YES, EXCELLENT);
    ValidationReport report =
        StarRatingScheme.builder()
            .from(SCHEME)
            .principles(List.of())
            .table(SCHEME.getTable().withRating(top, StarRating.ONE))
            .build()
            .validate();
    List<ValidationIssue> issues = report.getIssues("STAR_TABLE_NOT_MONOTONIC");
    assertFalse(issues.isEmpty());
    assertTrue(
        issues.stream()
            .anyMatch(
                issue ->
                    issue
                        .getMessage()
                        .equals(
                            "raising adults' services' capacity for improvement from Promising to"
                                + " Excellent lowers the rating of children's services"
                                + " Yes/Excellent, adults' services Yes/Promising from 3 stars to"
                                + " 1 star")),
        issues.toString());
    assertTrue(issues.stream().allMatch(ValidationIssue::isError));
  }

  @Test
  void validate_asymmetricTable_isReportedWhenTheSchemeDeclaresSymmetry() {
    SocialServicesJudgements hull = judgements(MOST, PROMISING, SOME, PROMISING);
    StarRatingTable lopsided = SCHEME.getTable().withRating(hull.mirror(), StarRating.ONE);
    List<ValidationIssue> issues =
        withTable(lopsided).validate().getIssues("STAR_TABLE_NOT_SYMMETRIC");
    assertEquals(1, issues.size());
    assertEquals(
        "children's services Some/Promising, adults' services Most/Promising is rated 1 star but"
            + " its mirror children's services Most/Promising, adults' services Some/Promising is"
            + " rated 2 stars, though children's and adults' services carry equal weight",
        issues.get(0).getMessage());
    StarRatingScheme undeclared =
        StarRatingScheme.builder()
            .from(SCHEME)
            .table(lopsided)
            .principles(List.of(StarRatingPrinciple.FAILURE_GIVES_ZERO))
            .build();
    assertFalse(undeclared.validate().hasIssue("STAR_TABLE_NOT_SYMMETRIC"));
  }

  @Test
  void validate_failureNotZero_isReportedNamingTheCombination() {
    SocialServicesJudgements failing = judgements(NO, EXCELLENT, NO, EXCELLENT);
    // One star for No/Excellent in both breaks "failure gives zero" (and monotonicity too).
    List<ValidationIssue> issues =
        withTable(SCHEME.getTable().withRating(failing, StarRating.ONE))
            .validate()
            .getIssues("STAR_TABLE_FAILURE_NOT_ZERO");
    assertEquals(1, issues.size());
    assertEquals(
        "children's services No/Excellent, adults' services No/Excellent is rated 1 star, but a"
            + " service not serving people well gives 0 stars",
        issues.get(0).getMessage());
  }

  @Test
  void validate_prospectsOutweighingCurrentPerformance_isReported() {
    // A table that rates by capacity alone: monotonic and symmetric, but raising capacity helps
    // where raising serving people well does not.
    StarRatingTable byCapacity =
        StarRatingTable.fromRule(
            j ->
                StarRating.of(
                    Math.min(j.getChildrenCapacity().ordinal(), j.getAdultsCapacity().ordinal())));
    ValidationReport report =
        StarRatingScheme.builder()
            .from(SCHEME)
            .table(byCapacity)
            .principles(List.of(StarRatingPrinciple.CURRENT_PERFORMANCE_COUNTS_MORE))
            .build()
            .validate();
    assertFalse(report.hasIssue("STAR_TABLE_NOT_MONOTONIC"));
    assertTrue(
        report.getIssues("STAR_TABLE_PROSPECTS_OUTWEIGH_CURRENT").stream()
            .anyMatch(
                issue ->
                    issue
                        .getMessage()
                        .equals(
                            "from children's services No/Poor, adults' services No/Excellent,"
                                + " raising children's services' capacity for improvement gives"
                                + " 1 star but raising their serving people well gives only 0"
                                + " stars")),
        report.toString());
  }

  @Test
  void versions_appliesToItsRatingYears() {
    assertTrue(SCHEME.appliesTo(FinancialYear.of(2001)));
    assertTrue(SCHEME.appliesTo(FinancialYear.of(2004)));
    assertFalse(SCHEME.appliesTo(FinancialYear.of(2005)));
    assertFalse(SCHEME.appliesTo(FinancialYear.of(2000)));
    assertEquals(
        "Social services star ratings 2002 (Yardstick reconstruction) 2001-02 to 2004-05",
        SCHEME.toString());
  }

  @Test
  void builder_lastYearBeforeFirst_isRejectedNamingBoth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StarRatingScheme.builder().from(SCHEME).lastYear(FinancialYear.of(1999)).build());
    assertEquals(
        "star rating scheme 'Social services star ratings 2002 (Yardstick reconstruction)' ends in"
            + " 1999-00, before its first year 2001-02",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> StarRatingScheme.builder().from(SCHEME).name(" ").build());
  }

  @Test
  void table_fromRuleGivingNull_isRejectedNamingTheCombination() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> StarRatingTable.fromRule(j -> null));
    assertEquals(
        "rule gave no rating for children's services No/Poor, adults' services No/Poor",
        e.getMessage());
  }

  @Test
  void equals_byAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(SCHEME, StarRatingScheme.builder().from(SCHEME).build())
        .addEqualityGroup(
            StarRatingScheme.builder().from(SCHEME).keyIndicatorCaps(List.of()).build())
        .addEqualityGroup(StarRatingScheme.builder().from(SCHEME).name("Another").build())
        .testEquals();
    SocialServicesJudgements hull = judgements(MOST, PROMISING, SOME, PROMISING);
    new EqualsTester()
        .addEqualityGroup(
            StarRatingTable.reconstruction2002(),
            StarRatingTable.builder().from(StarRatingTable.reconstruction2002()).build())
        .addEqualityGroup(StarRatingTable.reconstruction2002().without(hull))
        .testEquals();
    StarRatingResult result = SCHEME.rate(hull);
    new EqualsTester()
        .addEqualityGroup(result, StarRatingResult.builder().from(result).build())
        .addEqualityGroup(StarRatingResult.builder().from(result).rating(StarRating.ONE).build())
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(SocialServicesJudgements.class, SocialServicesJudgements.all().get(0));
    tester.setDefault(StarRating.class, StarRating.ONE);
    tester.setDefault(FinancialYear.class, FinancialYear.of(2003));
    tester.testAllPublicStaticMethods(StarRatingScheme.class);
    tester.testAllPublicInstanceMethods(SCHEME);
    tester.testAllPublicStaticMethods(StarRatingTable.class);
    tester.testAllPublicInstanceMethods(StarRatingTable.reconstruction2002());
    tester.testAllPublicInstanceMethods(SCHEME.rate(SocialServicesJudgements.all().get(0)));
  }

  private static StarRatingScheme withTable(StarRatingTable table) {
    return StarRatingScheme.builder().from(SCHEME).table(table).build();
  }
}
