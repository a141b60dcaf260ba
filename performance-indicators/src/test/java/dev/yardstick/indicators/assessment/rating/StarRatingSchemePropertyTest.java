package dev.yardstick.indicators.assessment.rating;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.yardstick.core.status.CapacityForImprovement;
import dev.yardstick.core.status.ServingPeopleWell;
import dev.yardstick.core.status.StarRating;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The confirmed principles of domain reference section 1.2 as properties of the shipped scheme,
 * over the 4^4 = 256 judgement combinations (each property draws 1,000 combinations, which covers
 * the 256 with near certainty; the validation test checks all of them exhaustively).
 */
class StarRatingSchemePropertyTest {

  private static final StarRatingScheme SCHEME = StarRatingScheme.socialServices2002();

  private static Gen<SocialServicesJudgements> judgements() {
    return integers().between(0, 255).map(i -> SocialServicesJudgements.all().get(i));
  }

  private static Gen<ServiceGroup> groups() {
    return integers().between(0, 1).map(i -> ServiceGroup.values()[i]);
  }

  private static StarRating rating(SocialServicesJudgements judgements) {
    return SCHEME.rate(judgements).getRating();
  }

  @Test
  void failureInEitherService_givesZeroStars() {
    qt().forAll(judgements())
        .check(
            j ->
                (j.getChildrenServingPeopleWell() != ServingPeopleWell.NO
                        && j.getAdultsServingPeopleWell() != ServingPeopleWell.NO)
                    || rating(j).equals(StarRating.ZERO));
  }

  @Test
  void noFailure_givesAtLeastOneStar() {
    qt().forAll(judgements())
        .check(
            j ->
                j.getChildrenServingPeopleWell() == ServingPeopleWell.NO
                    || j.getAdultsServingPeopleWell() == ServingPeopleWell.NO
                    || rating(j).compareTo(StarRating.ONE) >= 0);
  }

  @Test
  void improvingAnyJudgement_neverLowersTheRating() {
    qt().forAll(judgements(), groups())
        .check(
            (j, group) -> {
              StarRating before = rating(j);
              ServingPeopleWell spw = j.getServingPeopleWell(group);
              CapacityForImprovement capacity = j.getCapacity(group);
              boolean spwOk =
                  spw == ServingPeopleWell.YES
                      || rating(
                                  j.withServingPeopleWell(
                                      group, ServingPeopleWell.values()[spw.ordinal() + 1]))
                              .compareTo(before)
                          >= 0;
              boolean capacityOk =
                  capacity == CapacityForImprovement.EXCELLENT
                      || rating(
                                  j.withCapacity(
                                      group,
                                      CapacityForImprovement.values()[capacity.ordinal() + 1]))
                              .compareTo(before)
                          >= 0;
              return spwOk && capacityOk;
            });
  }

  @Test
  void servingPeopleWellStep_countsAtLeastAsMuchAsACapacityStep_upAndDown() {
    qt().forAll(judgements(), groups())
        .check(
            (j, group) -> {
              int spw = j.getServingPeopleWell(group).ordinal();
              int capacity = j.getCapacity(group).ordinal();
              boolean up =
                  spw == 3
                      || capacity == 3
                      || rating(j.withServingPeopleWell(group, ServingPeopleWell.values()[spw + 1]))
                              .compareTo(
                                  rating(
                                      j.withCapacity(
                                          group, CapacityForImprovement.values()[capacity + 1])))
                          >= 0;
              boolean down =
                  spw == 0
                      || capacity == 0
                      || rating(j.withServingPeopleWell(group, ServingPeopleWell.values()[spw - 1]))
                              .compareTo(
                                  rating(
                                      j.withCapacity(
                                          group, CapacityForImprovement.values()[capacity - 1])))
                          <= 0;
              return up && down;
            });
  }

  @Test
  void childrenAndAdults_carryEqualWeight() {
    qt().forAll(judgements()).check(j -> rating(j).equals(rating(j.mirror())));
  }

  @Test
  void caps_areAppliedBeforeTheTable() {
    qt().forAll(judgements(), integers().between(0, 400), integers().between(0, 1000))
        .check(
            (j, a1Tenths, d38Tenths) -> {
              BigDecimal a1 = BigDecimal.valueOf(a1Tenths, 1);
              BigDecimal d38 = BigDecimal.valueOf(d38Tenths, 1);
              StarRatingResult result =
                  SCHEME.rate(
                      j,
                      List.of(
                          KeyIndicatorValue.of("PAF A1", a1),
                          KeyIndicatorValue.of("PAF D38", d38)));
              SocialServicesJudgements expected = j;
              if (a1.compareTo(BigDecimal.valueOf(20)) > 0) {
                expected =
                    expected.withServingPeopleWell(
                        ServiceGroup.CHILDREN,
                        expected.getChildrenServingPeopleWell().atMost(ServingPeopleWell.SOME));
              }
              if (d38.compareTo(BigDecimal.valueOf(80)) < 0) {
                expected =
                    expected.withServingPeopleWell(
                        ServiceGroup.ADULTS,
                        expected.getAdultsServingPeopleWell().atMost(ServingPeopleWell.MOST));
              }
              return result.getCappedJudgements().equals(expected)
                  && result.getRating().equals(SCHEME.getTable().lookup(expected).orElseThrow());
            });
  }

  @Test
  void breachingACap_neverRaisesTheRating() {
    qt().forAll(judgements(), integers().between(0, 15))
        .check(
            (j, breaches) -> {
              List<KeyIndicatorValue> values = new ArrayList<>();
              values.add(
                  KeyIndicatorValue.of(
                      "PAF A1", (breaches & 1) != 0 ? BigDecimal.valueOf(30) : BigDecimal.TEN));
              values.add(
                  KeyIndicatorValue.of(
                      "CP re-registrations",
                      (breaches & 2) != 0 ? BigDecimal.valueOf(30) : BigDecimal.TEN));
              values.add(
                  KeyIndicatorValue.of(
                      "Children's homes inspected",
                      (breaches & 4) != 0 ? BigDecimal.valueOf(90) : BigDecimal.valueOf(100)));
              values.add(
                  KeyIndicatorValue.of(
                      "PAF D38",
                      (breaches & 8) != 0 ? BigDecimal.valueOf(70) : BigDecimal.valueOf(90)));
              StarRatingResult result = SCHEME.rate(j, values);
              return result.getRating().compareTo(rating(j)) <= 0
                  && result.getAppliedCaps().size() == Integer.bitCount(breaches)
                  && result.getUntestedCaps().isEmpty();
            });
  }
}
