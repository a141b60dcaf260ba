package dev.yardstick.indicators.assessment.rating;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.status.CapacityForImprovement;
import dev.yardstick.core.status.ServingPeopleWell;
import dev.yardstick.core.status.StarRating;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The rule table of a social-services star rating: the number of stars for each combination of the
 * four {@link SocialServicesJudgements judgements}, as plain data.
 *
 * <p>A table may be incomplete or break the scheme's principles; {@link
 * StarRatingScheme#validate()} finds out, naming each combination at fault. Replace the shipped
 * {@link #reconstruction2002() reconstruction} with the published table when it is found: build one
 * cell by cell with the builder, from a rule with {@link #fromRule(Function)}, or change cells with
 * {@link #withRating}.
 *
 * <pre>{@code
 * StarRatingTable table = StarRatingTable.reconstruction2002();
 * table.lookup(SocialServicesJudgements.of(
 *     ServingPeopleWell.MOST, CapacityForImprovement.PROMISING,
 *     ServingPeopleWell.SOME, CapacityForImprovement.PROMISING));  // Optional[2 stars]
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class StarRatingTable {

  private static final StarRatingTable RECONSTRUCTION_2002 =
      fromRule(StarRatingTable::reconstructedRating);

  StarRatingTable() {}

  /**
   * Returns a complete table that rates every combination by a rule.
   *
   * @param rule the rating of each combination
   * @return the table, with all 256 combinations
   * @throws NullPointerException if the rule returns {@code null}; the message names the
   *     combination
   */
  public static StarRatingTable fromRule(
      Function<? super SocialServicesJudgements, StarRating> rule) {
    Objects.requireNonNull(rule, "rule");
    Builder builder = builder();
    for (SocialServicesJudgements judgements : SocialServicesJudgements.all()) {
      builder.putRatings(
          judgements,
          Objects.requireNonNull(
              rule.apply(judgements), () -> "rule gave no rating for " + judgements));
    }
    return builder.build();
  }

  /**
   * Returns Yardstick's reconstruction of the 2002 table. <b>It is not the published table.</b>
   *
   * <p>The mapping was set out in the Chief Inspector's letter CI(2002)4 and the Department of
   * Health's guide to social services performance star ratings, which could not be read (domain
   * reference section 1.2, marked not confirmed). This table was built to agree with everything
   * that is confirmed, and should be replaced by the published table when it is found:
   *
   * <ul>
   *   <li>a "serving people well" judgement of No in either service gives 0 stars;
   *   <li>improving any one judgement never lowers the rating;
   *   <li>raising "serving people well" one step helps at least as much as raising capacity one
   *       step;
   *   <li>children's and adults' services carry equal weight (the table is symmetric);
   *   <li>Kingston upon Hull, December 2002 (children Most/Promising, adults Some/Promising) has 2
   *       stars;
   *   <li>Tower Hamlets, 2004 (serving most people well in both services, excellent prospects in
   *       both) has 3 stars.
   * </ul>
   *
   * <p>The rule that generates it: when neither service is judged No, each service scores twice its
   * "serving people well" step (Some 1, Most 2, Yes 3) plus its capacity step (Poor 0, Uncertain 1,
   * Promising 2, Excellent 3), from 2 to 9. The rating is the lower of a rating by the total (14 or
   * more: 3 stars; 10 to 13: 2 stars; less: 1 star) and a rating by the weaker service (6 or more:
   * 3 stars; 4 or 5: 2 stars; less: 1 star), so a weak service holds the rating down. For example,
   * Most/Promising in both services gives 2 stars, Most/Excellent in both 3 stars, and Some/Poor in
   * either at most 1 star. Whether combinations other than No counted as a failure is not known;
   * this table gives 0 stars only for No.
   *
   * @return the reconstructed table, complete
   */
  public static StarRatingTable reconstruction2002() {
    return RECONSTRUCTION_2002;
  }

  /**
   * Returns a builder of tables.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rating of each combination in the table.
   *
   * @return the ratings, unmodifiable; a complete table has 256 entries
   */
  public abstract Map<SocialServicesJudgements, StarRating> getRatings();

  /**
   * Returns the rating of a combination.
   *
   * @param judgements the four judgements, after any key-indicator caps
   * @return the rating, or empty if the table leaves the combination out
   */
  public Optional<StarRating> lookup(SocialServicesJudgements judgements) {
    Objects.requireNonNull(judgements, "judgements");
    return Optional.ofNullable(getRatings().get(judgements));
  }

  /**
   * Tells whether every one of the 256 combinations is rated.
   *
   * @return {@code true} if the table is complete
   */
  public boolean isComplete() {
    return getRatings().size() == SocialServicesJudgements.all().size();
  }

  /**
   * Returns a copy with one combination rated differently, or added.
   *
   * @param judgements the combination
   * @param rating its rating
   * @return the copy
   */
  public StarRatingTable withRating(SocialServicesJudgements judgements, StarRating rating) {
    Objects.requireNonNull(judgements, "judgements");
    Objects.requireNonNull(rating, "rating");
    Map<SocialServicesJudgements, StarRating> ratings = new LinkedHashMap<>(getRatings());
    ratings.put(judgements, rating);
    return builder().ratings(ratings).build();
  }

  /**
   * Returns a copy without a combination, as an incomplete table.
   *
   * @param judgements the combination to leave out
   * @return the copy
   */
  public StarRatingTable without(SocialServicesJudgements judgements) {
    Objects.requireNonNull(judgements, "judgements");
    Map<SocialServicesJudgements, StarRating> ratings = new LinkedHashMap<>(getRatings());
    ratings.remove(judgements);
    return builder().ratings(ratings).build();
  }

  /**
   * Returns a short description: the number of combinations rated.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "StarRatingTable{" + getRatings().size() + " of 256 combinations rated}";
  }

  private static StarRating reconstructedRating(SocialServicesJudgements judgements) {
    if (judgements.getChildrenServingPeopleWell() == ServingPeopleWell.NO
        || judgements.getAdultsServingPeopleWell() == ServingPeopleWell.NO) {
      return StarRating.ZERO;
    }
    int children =
        points(judgements.getChildrenServingPeopleWell(), judgements.getChildrenCapacity());
    int adults = points(judgements.getAdultsServingPeopleWell(), judgements.getAdultsCapacity());
    int total = children + adults;
    int weaker = Math.min(children, adults);
    int byTotal = total >= 14 ? 3 : total >= 10 ? 2 : 1;
    int byWeaker = weaker >= 6 ? 3 : weaker >= 4 ? 2 : 1;
    return StarRating.of(Math.min(byTotal, byWeaker));
  }

  private static int points(ServingPeopleWell servingPeopleWell, CapacityForImprovement capacity) {
    return 2 * servingPeopleWell.ordinal() + capacity.ordinal();
  }

  /** Builds {@link StarRatingTable}s one combination at a time with {@code putRatings}. */
  public static class Builder extends ImmutableStarRatingTable.Builder {
    /** Creates an empty builder, as {@link StarRatingTable#builder()} does. */
    public Builder() {}
  }
}
