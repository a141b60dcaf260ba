/**
 * Rating schemes as versioned rule data: the 2002 to 2005 social-services star ratings (four
 * judgements, key-indicator caps, a rule table) and the 2023 CQC local authority assessment
 * (quality statement scores, a percentage, bands), each validated and explaining its ratings.
 *
 * <pre>{@code
 * StarRatingScheme stars = StarRatingScheme.socialServices2002();
 * stars.validate().throwIfInvalid();
 * StarRatingResult rating = stars.rate(
 *     SocialServicesJudgements.of(
 *         ServingPeopleWell.MOST, CapacityForImprovement.PROMISING,
 *         ServingPeopleWell.SOME, CapacityForImprovement.PROMISING),
 *     List.of(KeyIndicatorValue.of("PAF A1", new BigDecimal("12.0"))));
 * rating.getExplanation();   // "2 stars: table read at children's services Most/Promising, ..."
 *
 * CqcAssessmentResult cqc = CqcAssessmentScheme.cqc2023().rate(List.of(
 *     QualityStatementScore.of("Assessing needs", 3),
 *     QualityStatementScore.of("Safeguarding", 3)));
 * cqc.getRating();           // GOOD (75%)
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators.assessment.rating;

import org.jspecify.annotations.NullMarked;
