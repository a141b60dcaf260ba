package dev.yardstick.indicators.assessment.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.status.ServingPeopleWell;
import dev.yardstick.indicators.assessment.BandCounts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServingPeopleWellRuleTest {

  private static final ServingPeopleWellRule RULE = ServingPeopleWellRule.defaults();
  private static final StarRatingScheme SCHEME = StarRatingScheme.socialServices2002();

  @Test
  void fromBands_defaultConditionsAtTheirEdges() {
    // Yes: at least 75% good or very good and none investigate urgently.
    assertEquals(Optional.of(ServingPeopleWell.YES), RULE.fromBands(BandCounts.of(0, 0, 1, 1, 2)));
    assertEquals(
        Optional.of(ServingPeopleWell.MOST), RULE.fromBands(BandCounts.of(1, 0, 0, 9, 10)));
    // Most: at least 50% good, at most 10% urgent; 1 of 10 urgent is exactly 10%.
    assertEquals(Optional.of(ServingPeopleWell.MOST), RULE.fromBands(BandCounts.of(1, 2, 2, 5, 0)));
    assertEquals(Optional.of(ServingPeopleWell.SOME), RULE.fromBands(BandCounts.of(1, 2, 3, 4, 0)));
    // Some: at most 25% urgent; 1 of 4 is exactly 25%, 2 of 7 (28.6%) is more.
    assertEquals(Optional.of(ServingPeopleWell.SOME), RULE.fromBands(BandCounts.of(1, 3, 0, 0, 0)));
    assertEquals(Optional.of(ServingPeopleWell.NO), RULE.fromBands(BandCounts.of(2, 3, 0, 2, 0)));
    assertEquals(Optional.empty(), RULE.fromBands(BandCounts.none()));
  }

  @Test
  void suggest_appliesTheSchemesCapsForTheServiceOnly() {
    List<KeyIndicatorValue> values =
        List.of(
            KeyIndicatorValue.of("PAF A1", new BigDecimal("21.3")),
            KeyIndicatorValue.of("PAF D38", new BigDecimal("85")));
    SuggestedJudgement children =
        RULE.suggest(ServiceGroup.CHILDREN, BandCounts.of(0, 1, 2, 4, 3), values, SCHEME);
    assertEquals(Optional.of(ServingPeopleWell.MOST), children.getFromBands());
    assertEquals(Optional.of(ServingPeopleWell.SOME), children.getSuggestion());
    assertEquals(
        "children's services: Some suggested; 7 of 10 banded indicators good or very good, 0"
            + " investigate urgently: Most; children's services capped at Some by PAF A1 = 21.3%",
        children.getExplanation());
    SuggestedJudgement adults =
        RULE.suggest(ServiceGroup.ADULTS, BandCounts.of(0, 1, 2, 4, 3), values, SCHEME);
    assertEquals(Optional.of(ServingPeopleWell.MOST), adults.getSuggestion());
    assertTrue(adults.getAppliedCaps().isEmpty());
  }

  @Test
  void suggest_noBandedIndicators_givesNoSuggestionWhateverTheCaps() {
    SuggestedJudgement none =
        RULE.suggest(
            ServiceGroup.CHILDREN,
            BandCounts.none(),
            List.of(KeyIndicatorValue.of("PAF A1", new BigDecimal("30"))),
            SCHEME);
    assertEquals(Optional.empty(), none.getSuggestion());
    assertEquals(
        "children's services: no suggestion; no indicator is banded", none.getExplanation());
  }

  @Test
  void fromBands_moreGoodBandsNeverLowersTheSuggestion() {
    qt().forAll(
            integers().between(0, 5),
            integers().between(0, 5),
            integers().between(0, 5),
            integers().between(0, 5))
        .check(
            (b1, b2, b3, b4) -> {
              BandCounts before = BandCounts.of(b1, b2, b3, b4, 0);
              BandCounts after = BandCounts.of(b1, b2, b3, b4, 1);
              BandCounts fewerUrgent =
                  BandCounts.of(Math.max(0, b1 - 1), b2, b3, b4 + (b1 > 0 ? 1 : 0), 0);
              Optional<ServingPeopleWell> was = RULE.fromBands(before);
              return was.isEmpty()
                  || (RULE.fromBands(after).orElseThrow().compareTo(was.get()) >= 0
                      && RULE.fromBands(fewerUrgent).orElseThrow().compareTo(was.get()) >= 0);
            });
  }

  @Test
  void builder_inconsistentConditions_areRejected() {
    IllegalArgumentException good =
        assertThrows(
            IllegalArgumentException.class,
            () -> ServingPeopleWellRule.builder().mostMinGoodPercent(80).build());
    assertEquals(
        "good-or-better shares must not rise from Yes to Most to Some: 75, 80, 0",
        good.getMessage());
    IllegalArgumentException urgent =
        assertThrows(
            IllegalArgumentException.class,
            () -> ServingPeopleWellRule.builder().someMaxUrgentPercent(5).build());
    assertEquals(
        "investigate-urgently shares must not fall from Yes to Most to Some: 0, 10, 5",
        urgent.getMessage());
    IllegalArgumentException range =
        assertThrows(
            IllegalArgumentException.class,
            () -> ServingPeopleWellRule.builder().yesMinGoodPercent(101).build());
    assertEquals("rule percentage 101 is not 0 to 100", range.getMessage());
    assertEquals(
        "Yes: >= 75% good, <= 0% urgent; Most: >= 50% good, <= 10% urgent; Some: >= 0% good, <="
            + " 25% urgent",
        RULE.toString());
  }

  @Test
  void equals_andNulls() {
    new EqualsTester()
        .addEqualityGroup(RULE, ServingPeopleWellRule.builder().build())
        .addEqualityGroup(ServingPeopleWellRule.builder().yesMinGoodPercent(80).build())
        .testEquals();
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(BandCounts.class, BandCounts.none())
            .setDefault(StarRatingScheme.class, SCHEME);
    tester.testAllPublicStaticMethods(ServingPeopleWellRule.class);
    tester.testAllPublicInstanceMethods(RULE);
  }
}
