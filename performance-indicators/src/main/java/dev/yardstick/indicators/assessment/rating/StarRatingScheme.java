package dev.yardstick.indicators.assessment.rating;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.status.CapacityForImprovement;
import dev.yardstick.core.status.ServingPeopleWell;
import dev.yardstick.core.status.StarRating;
import dev.yardstick.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A social-services star rating scheme: key-indicator caps, then a rule table from four judgements
 * to 0 to 3 stars, for the rating years it applies to.
 *
 * <p>The Social Services Inspectorate (2002 to 2003) and the Commission for Social Care Inspection
 * (2004 to 2005) judged whether children's and adults' services were serving people well (No, Some,
 * Most, Yes) and their capacity for improvement (Poor, Uncertain, Promising, Excellent), and turned
 * the four judgements into a star rating by a published rule set (domain reference section 1).
 * Missing a key-indicator threshold capped a service's "serving people well" judgement
 * <em>before</em> the table was read. {@link #rate} does exactly that, and its result explains
 * itself: {@code 1 star: children's services capped at Some by PAF A1 = 21.3%; ...}.
 *
 * <p>{@link #validate()} checks the table over all 256 combinations: every combination rated;
 * improving one judgement never lowers the rating; and each {@link StarRatingPrinciple} the scheme
 * declares. Each error names the combination.
 *
 * <pre>{@code
 * StarRatingScheme scheme = StarRatingScheme.socialServices2002();
 * StarRatingResult result = scheme.rate(
 *     SocialServicesJudgements.of(
 *         ServingPeopleWell.MOST, CapacityForImprovement.UNCERTAIN,
 *         ServingPeopleWell.MOST, CapacityForImprovement.PROMISING),
 *     List.of(KeyIndicatorValue.of("PAF A1", new BigDecimal("21.3"))));
 * result.getRating();        // 1 star
 * result.getExplanation();   // "1 star: children's services capped at Some by PAF A1 = 21.3%; ..."
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class StarRatingScheme implements RatingScheme {

  /**
   * The 2002 key-indicator cap on placement stability: more than 20% of looked-after children with
   * three or more placements in the year (PAF A1) caps children's services at Some (domain
   * reference sections 1.1 and 2.2; Community Care, 30 April and 2 May 2002).
   */
  public static final KeyIndicatorCap PAF_A1 =
      KeyIndicatorCap.above(
          "PAF A1",
          "looked-after children with three or more placements in the year",
          ServiceGroup.CHILDREN,
          new BigDecimal("20"),
          Unit.PERCENTAGE,
          ServingPeopleWell.SOME);

  /**
   * The 2002 key-indicator cap on child-protection re-registrations: more than 24% caps children's
   * services at Some (domain reference section 1.1). Its PAF code (probably A3) is not confirmed,
   * so the label names the measure.
   */
  public static final KeyIndicatorCap CHILD_PROTECTION_REREGISTRATIONS =
      KeyIndicatorCap.above(
          "CP re-registrations",
          "re-registrations on the child protection register",
          ServiceGroup.CHILDREN,
          new BigDecimal("24"),
          Unit.PERCENTAGE,
          ServingPeopleWell.SOME);

  /**
   * The 2002 key-indicator cap on inspections of children's homes: fewer than all (100%) of the
   * required inspections caps children's services at Some (domain reference section 1.1).
   */
  public static final KeyIndicatorCap CHILDRENS_HOMES_INSPECTED =
      KeyIndicatorCap.below(
          "Children's homes inspected",
          "children's homes inspected as required",
          ServiceGroup.CHILDREN,
          new BigDecimal("100"),
          Unit.PERCENTAGE,
          ServingPeopleWell.SOME);

  /**
   * The 2002 key-indicator cap on equipment: fewer than 80% of items of equipment costing under
   * £1,000 delivered within three weeks (PAF D38) caps adults' services at Most. The source's
   * wording is garbled, and 80% is Yardstick's reading of it (domain reference section 1.1, partly
   * confirmed).
   */
  public static final KeyIndicatorCap PAF_D38 =
      KeyIndicatorCap.below(
          "PAF D38",
          "items of equipment costing under £1,000 delivered within three weeks",
          ServiceGroup.ADULTS,
          new BigDecimal("80"),
          Unit.PERCENTAGE,
          ServingPeopleWell.MOST);

  private static final StarRatingScheme SOCIAL_SERVICES_2002 =
      builder()
          .name("Social services star ratings 2002 (Yardstick reconstruction)")
          .firstYear(FinancialYear.of(2001))
          .lastYear(FinancialYear.of(2004))
          .table(StarRatingTable.reconstruction2002())
          .addKeyIndicatorCaps(
              PAF_A1, CHILD_PROTECTION_REREGISTRATIONS, CHILDRENS_HOMES_INSPECTED, PAF_D38)
          .addPrinciples(StarRatingPrinciple.values())
          .build();

  StarRatingScheme() {}

  /**
   * Returns the shipped scheme for the ratings of 2002 to 2005 (performance years 2001-02 to
   * 2004-05): {@link StarRatingTable#reconstruction2002() Yardstick's reconstruction} of the rule
   * table, which is <b>not the published table</b>, with the four key-indicator caps whose
   * thresholds are known ({@link #PAF_A1}, {@link #CHILD_PROTECTION_REREGISTRATIONS}, {@link
   * #CHILDRENS_HOMES_INSPECTED}, {@link #PAF_D38}) and all three {@link StarRatingPrinciple
   * principles}.
   *
   * <p>The 2002 rules named 11 key indicators; the thresholds of the other seven could not be read.
   * Replace the table or add caps with {@code builder().from(socialServices2002())}. Small
   * councils, where one person could swing an indicator, were exempt from the caps: rate them
   * without key-indicator values.
   *
   * @return the scheme
   */
  public static StarRatingScheme socialServices2002() {
    return SOCIAL_SERVICES_2002;
  }

  /**
   * Returns a builder of schemes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the scheme's name, such as {@code Social services star ratings 2002 (Yardstick
   * reconstruction)}.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String getName();

  /**
   * Returns the first financial year whose performance the scheme rates.
   *
   * @return the first year
   */
  @Override
  public abstract FinancialYear getFirstYear();

  /**
   * Returns the last financial year whose performance the scheme rates, if it was replaced.
   *
   * @return the last year, or empty
   */
  @Override
  public abstract Optional<FinancialYear> getLastYear();

  /**
   * Returns the rule table.
   *
   * @return the table
   */
  public abstract StarRatingTable getTable();

  /**
   * Returns the key-indicator caps, applied in this order before the table is read.
   *
   * @return the caps, possibly empty
   */
  public abstract List<KeyIndicatorCap> getKeyIndicatorCaps();

  /**
   * Returns the principles the table declares it follows, which {@link #validate()} checks.
   *
   * @return the principles, possibly empty
   */
  public abstract Set<StarRatingPrinciple> getPrinciples();

  /**
   * Rates the judgements with no key-indicator values: no cap is tested.
   *
   * @param judgements the inspectors' four judgements
   * @return the rating and its derivation
   * @throws IllegalStateException if the table does not rate the combination; the message names it
   */
  public StarRatingResult rate(SocialServicesJudgements judgements) {
    return rate(judgements, List.of());
  }

  /**
   * Rates the judgements: caps each service's "serving people well" judgement by the key indicators
   * it breaches, then looks the capped judgements up in the table.
   *
   * <h4>Edge cases</h4>
   *
   * <ul>
   *   <li>A cap with no value among {@code keyIndicators} is not tested, and the result lists it
   *       under {@link StarRatingResult#getUntestedCaps()}.
   *   <li>A value whose label matches no cap is ignored.
   *   <li>A breached cap on a judgement already at or below it is recorded, but changes nothing.
   * </ul>
   *
   * @param judgements the inspectors' four judgements
   * @param keyIndicators the council's values of the key indicators, matched to caps by label
   * @return the rating and its derivation
   * @throws IllegalArgumentException if two values have the same label; the message names it
   * @throws IllegalStateException if the table does not rate the capped combination; the message
   *     names it
   */
  public StarRatingResult rate(
      SocialServicesJudgements judgements, Collection<KeyIndicatorValue> keyIndicators) {
    Objects.requireNonNull(judgements, "judgements");
    Objects.requireNonNull(keyIndicators, "keyIndicators");
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (KeyIndicatorValue value : keyIndicators) {
      BigDecimal previous = values.putIfAbsent(value.getIndicator(), value.getValue());
      checkArgument(
          previous == null,
          "key indicator %s has two values: %s and %s",
          value.getIndicator(),
          previous,
          value.getValue());
    }
    StarRatingResult.Builder result =
        StarRatingResult.builder().schemeName(getName()).judgements(judgements);
    SocialServicesJudgements capped = judgements;
    for (KeyIndicatorCap cap : getKeyIndicatorCaps()) {
      BigDecimal value = values.get(cap.getIndicator());
      if (value == null) {
        result.addUntestedCaps(cap);
      } else if (cap.isBreachedBy(value)) {
        ServingPeopleWell before = capped.getServingPeopleWell(cap.getService());
        ServingPeopleWell after = before.atMost(cap.getCap());
        result.addAppliedCaps(AppliedCap.of(cap, value, before, after));
        capped = capped.withServingPeopleWell(cap.getService(), after);
      }
    }
    SocialServicesJudgements lookedUp = capped;
    StarRating rating =
        getTable()
            .lookup(lookedUp)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "star rating scheme '"
                            + getName()
                            + "' has no rating for "
                            + lookedUp
                            + "; validate() lists every gap"));
    return result.cappedJudgements(lookedUp).rating(rating).build();
  }

  /**
   * Checks the table over all 256 combinations, reporting each problem with the combination at
   * fault.
   *
   * <p>Codes: {@code STAR_TABLE_INCOMPLETE} (a combination has no rating), {@code
   * STAR_TABLE_NOT_MONOTONIC} (improving one judgement lowers the rating), and for the declared
   * principles {@code STAR_TABLE_FAILURE_NOT_ZERO}, {@code STAR_TABLE_NOT_SYMMETRIC} and {@code
   * STAR_TABLE_PROSPECTS_OUTWEIGH_CURRENT}. All are errors.
   *
   * @return the report
   */
  @Override
  public ValidationReport validate() {
    ValidationReport.Builder report = ValidationReport.builder();
    StarRatingTable table = getTable();
    String subject = getName();
    for (SocialServicesJudgements judgements : SocialServicesJudgements.all()) {
      Optional<StarRating> found = table.lookup(judgements);
      if (found.isEmpty()) {
        report.error("STAR_TABLE_INCOMPLETE", subject, "no rating for " + judgements);
        continue;
      }
      StarRating rating = found.get();
      for (ServiceGroup group : ServiceGroup.values()) {
        checkMonotonic(report, judgements, rating, group);
      }
      if (getPrinciples().contains(StarRatingPrinciple.FAILURE_GIVES_ZERO)
          && (judgements.getChildrenServingPeopleWell() == ServingPeopleWell.NO
              || judgements.getAdultsServingPeopleWell() == ServingPeopleWell.NO)
          && !rating.equals(StarRating.ZERO)) {
        report.error(
            "STAR_TABLE_FAILURE_NOT_ZERO",
            subject,
            judgements
                + " is rated "
                + rating
                + ", but a service not serving people well gives 0 stars");
      }
      if (getPrinciples().contains(StarRatingPrinciple.SYMMETRIC)) {
        SocialServicesJudgements mirror = judgements.mirror();
        int order =
            SocialServicesJudgements.all().indexOf(judgements)
                - SocialServicesJudgements.all().indexOf(mirror);
        Optional<StarRating> mirrored = table.lookup(mirror);
        if (order < 0 && mirrored.isPresent() && !mirrored.get().equals(rating)) {
          report.error(
              "STAR_TABLE_NOT_SYMMETRIC",
              subject,
              judgements
                  + " is rated "
                  + rating
                  + " but its mirror "
                  + mirror
                  + " is rated "
                  + mirrored.get()
                  + ", though children's and adults' services carry equal weight");
        }
      }
      if (getPrinciples().contains(StarRatingPrinciple.CURRENT_PERFORMANCE_COUNTS_MORE)) {
        for (ServiceGroup group : ServiceGroup.values()) {
          checkCurrentCountsMore(report, judgements, group);
        }
      }
    }
    return report.build();
  }

  private void checkMonotonic(
      ValidationReport.Builder report,
      SocialServicesJudgements judgements,
      StarRating rating,
      ServiceGroup group) {
    ServingPeopleWell spw = judgements.getServingPeopleWell(group);
    if (spw != ServingPeopleWell.YES) {
      ServingPeopleWell better = ServingPeopleWell.values()[spw.ordinal() + 1];
      reportIfLower(
          report,
          judgements,
          rating,
          judgements.withServingPeopleWell(group, better),
          group.getWording()
              + "' serving people well from "
              + spw.getWording()
              + " to "
              + better.getWording());
    }
    CapacityForImprovement capacity = judgements.getCapacity(group);
    if (capacity != CapacityForImprovement.EXCELLENT) {
      CapacityForImprovement better = CapacityForImprovement.values()[capacity.ordinal() + 1];
      reportIfLower(
          report,
          judgements,
          rating,
          judgements.withCapacity(group, better),
          group.getWording()
              + "' capacity for improvement from "
              + capacity.getWording()
              + " to "
              + better.getWording());
    }
  }

  private void reportIfLower(
      ValidationReport.Builder report,
      SocialServicesJudgements judgements,
      StarRating rating,
      SocialServicesJudgements improved,
      String change) {
    Optional<StarRating> improvedRating = getTable().lookup(improved);
    if (improvedRating.isPresent() && improvedRating.get().compareTo(rating) < 0) {
      report.error(
          "STAR_TABLE_NOT_MONOTONIC",
          getName(),
          "raising "
              + change
              + " lowers the rating of "
              + judgements
              + " from "
              + rating
              + " to "
              + improvedRating.get());
    }
  }

  private void checkCurrentCountsMore(
      ValidationReport.Builder report, SocialServicesJudgements judgements, ServiceGroup group) {
    ServingPeopleWell spw = judgements.getServingPeopleWell(group);
    CapacityForImprovement capacity = judgements.getCapacity(group);
    if (spw == ServingPeopleWell.YES || capacity == CapacityForImprovement.EXCELLENT) {
      return;
    }
    SocialServicesJudgements betterCurrent =
        judgements.withServingPeopleWell(group, ServingPeopleWell.values()[spw.ordinal() + 1]);
    SocialServicesJudgements betterProspects =
        judgements.withCapacity(group, CapacityForImprovement.values()[capacity.ordinal() + 1]);
    Optional<StarRating> current = getTable().lookup(betterCurrent);
    Optional<StarRating> prospects = getTable().lookup(betterProspects);
    if (current.isPresent()
        && prospects.isPresent()
        && current.get().compareTo(prospects.get()) < 0) {
      report.error(
          "STAR_TABLE_PROSPECTS_OUTWEIGH_CURRENT",
          getName(),
          "from "
              + judgements
              + ", raising "
              + group.getWording()
              + "' capacity for improvement gives "
              + prospects.get()
              + " but raising their serving people well gives only "
              + current.get());
    }
  }

  @Value.Check
  void check() {
    checkArgument(!getName().isBlank(), "star rating scheme has a blank name");
    getLastYear()
        .ifPresent(
            last ->
                checkArgument(
                    last.compareTo(getFirstYear()) >= 0,
                    "star rating scheme '%s' ends in %s, before its first year %s",
                    getName(),
                    last,
                    getFirstYear()));
  }

  /**
   * Returns the scheme's name and years, such as {@code Social services star ratings 2002
   * (Yardstick reconstruction) 2001-02 to 2004-05}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return getName()
        + " "
        + getFirstYear()
        + getLastYear().map(last -> " to " + last).orElse(" onwards");
  }

  /** Builds {@link StarRatingScheme}s; the name, first year and table are required. */
  public static class Builder extends ImmutableStarRatingScheme.Builder {
    /** Creates an empty builder, as {@link StarRatingScheme#builder()} does. */
    public Builder() {}
  }
}
