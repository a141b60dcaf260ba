package dev.yardstick.indicators.assessment.rating;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.status.ServingPeopleWell;
import dev.yardstick.indicators.assessment.BandCounts;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A configurable rule that <em>suggests</em> a "serving people well" judgement for children's or
 * adults' services from the bands of their indicators and the key-indicator caps: evidence to
 * judgement.
 *
 * <p>Inspectors made the judgement from performance data, inspections, reviews and in-year
 * monitoring together (domain reference section 0); the PAF bands were one stream of evidence. This
 * rule is Yardstick's own, not a published one: it gives an analyst a starting point and says why.
 * Each level has two conditions on the banded indicators: at least a share in bands 4 and 5 (good
 * or very good), and at most a share in band 1 (investigate urgently). The highest level whose
 * conditions both hold is suggested; then the key-indicator caps of a {@link StarRatingScheme} for
 * the service are applied, as they were to the inspectors' judgements.
 *
 * <p>Defaults ({@link #defaults()}), in per cent of banded indicators:
 *
 * <table>
 *   <caption>Default conditions</caption>
 *   <tr><th>Suggestion</th><th>good or very good, at least</th><th>investigate urgently, at most</th></tr>
 *   <tr><td>Yes</td><td>75%</td><td>0%</td></tr>
 *   <tr><td>Most</td><td>50%</td><td>10%</td></tr>
 *   <tr><td>Some</td><td>0%</td><td>25%</td></tr>
 *   <tr><td>No</td><td colspan="2">otherwise</td></tr>
 * </table>
 *
 * <pre>{@code
 * SuggestedJudgement suggestion = ServingPeopleWellRule.defaults().suggest(
 *     ServiceGroup.CHILDREN, BandCounts.of(0, 1, 2, 4, 3),
 *     List.of(KeyIndicatorValue.of("PAF A1", new BigDecimal("21.3"))),
 *     StarRatingScheme.socialServices2002());
 * suggestion.getSuggestion();   // Optional[SOME]: 70% good or better gives Most, capped by PAF A1
 * }</pre>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>No banded indicators: no suggestion (an empty {@code Optional}), whatever the caps.
 *   <li>Shares are compared exactly, from the counts, without rounding.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ServingPeopleWellRule {

  private static final ServingPeopleWellRule DEFAULTS = builder().build();

  ServingPeopleWellRule() {}

  /**
   * Returns the rule with Yardstick's default conditions (see the class description).
   *
   * @return the default rule
   */
  public static ServingPeopleWellRule defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder of rules, starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the least share of banded indicators good or very good for a suggestion of Yes.
   *
   * @return per cent, 0 to 100; by default 75
   */
  @Value.Default
  public int getYesMinGoodPercent() {
    return 75;
  }

  /**
   * Returns the greatest share in band 1 (investigate urgently) for a suggestion of Yes.
   *
   * @return per cent, 0 to 100; by default 0
   */
  @Value.Default
  public int getYesMaxUrgentPercent() {
    return 0;
  }

  /**
   * Returns the least share good or very good for a suggestion of Most.
   *
   * @return per cent, 0 to 100; by default 50
   */
  @Value.Default
  public int getMostMinGoodPercent() {
    return 50;
  }

  /**
   * Returns the greatest share in band 1 for a suggestion of Most.
   *
   * @return per cent, 0 to 100; by default 10
   */
  @Value.Default
  public int getMostMaxUrgentPercent() {
    return 10;
  }

  /**
   * Returns the least share good or very good for a suggestion of Some.
   *
   * @return per cent, 0 to 100; by default 0
   */
  @Value.Default
  public int getSomeMinGoodPercent() {
    return 0;
  }

  /**
   * Returns the greatest share in band 1 for a suggestion of Some; above it the suggestion is No.
   *
   * @return per cent, 0 to 100; by default 25
   */
  @Value.Default
  public int getSomeMaxUrgentPercent() {
    return 25;
  }

  /**
   * Suggests a judgement for a service from its indicators' bands, then applies the scheme's caps
   * for that service.
   *
   * @param service children's or adults' services
   * @param bands how many of the service's indicators sit in each band
   * @param keyIndicators the council's values of key indicators, matched to caps by label
   * @param scheme the scheme whose key-indicator caps apply
   * @return the suggestion and why
   * @throws IllegalArgumentException if two key-indicator values have the same label
   */
  public SuggestedJudgement suggest(
      ServiceGroup service,
      BandCounts bands,
      Collection<KeyIndicatorValue> keyIndicators,
      StarRatingScheme scheme) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(bands, "bands");
    Objects.requireNonNull(keyIndicators, "keyIndicators");
    Objects.requireNonNull(scheme, "scheme");
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
    SuggestedJudgement.Builder result =
        SuggestedJudgement.builder().service(service).bands(bands).rule(this);
    Optional<ServingPeopleWell> fromBands = fromBands(bands);
    fromBands.ifPresent(result::fromBands);
    if (fromBands.isEmpty()) {
      return result.build();
    }
    ServingPeopleWell judgement = fromBands.get();
    for (KeyIndicatorCap cap : scheme.getKeyIndicatorCaps()) {
      BigDecimal value = values.get(cap.getIndicator());
      if (cap.getService() == service && value != null && cap.isBreachedBy(value)) {
        ServingPeopleWell after = judgement.atMost(cap.getCap());
        result.addAppliedCaps(AppliedCap.of(cap, value, judgement, after));
        judgement = after;
      }
    }
    return result.suggestion(judgement).build();
  }

  /**
   * Returns the judgement the bands alone suggest, before any cap.
   *
   * @param bands how many indicators sit in each band
   * @return the judgement, or empty if no indicator is banded
   */
  public Optional<ServingPeopleWell> fromBands(BandCounts bands) {
    Objects.requireNonNull(bands, "bands");
    if (bands.getTotal() == 0) {
      return Optional.empty();
    }
    if (holds(bands, getYesMinGoodPercent(), getYesMaxUrgentPercent())) {
      return Optional.of(ServingPeopleWell.YES);
    }
    if (holds(bands, getMostMinGoodPercent(), getMostMaxUrgentPercent())) {
      return Optional.of(ServingPeopleWell.MOST);
    }
    if (holds(bands, getSomeMinGoodPercent(), getSomeMaxUrgentPercent())) {
      return Optional.of(ServingPeopleWell.SOME);
    }
    return Optional.of(ServingPeopleWell.NO);
  }

  private static boolean holds(BandCounts bands, int minGoodPercent, int maxUrgentPercent) {
    long total = bands.getTotal();
    return 100L * bands.getGoodOrBetter() >= minGoodPercent * total
        && 100L * bands.getBand1() <= maxUrgentPercent * total;
  }

  /**
   * Returns the conditions as text, such as {@code Yes: >= 75% good, <= 0% urgent; Most: ...}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return "Yes: >= "
        + getYesMinGoodPercent()
        + "% good, <= "
        + getYesMaxUrgentPercent()
        + "% urgent; Most: >= "
        + getMostMinGoodPercent()
        + "% good, <= "
        + getMostMaxUrgentPercent()
        + "% urgent; Some: >= "
        + getSomeMinGoodPercent()
        + "% good, <= "
        + getSomeMaxUrgentPercent()
        + "% urgent";
  }

  @Value.Check
  void check() {
    int[] percents = {
      getYesMinGoodPercent(), getYesMaxUrgentPercent(),
      getMostMinGoodPercent(), getMostMaxUrgentPercent(),
      getSomeMinGoodPercent(), getSomeMaxUrgentPercent()
    };
    for (int percent : percents) {
      checkArgument(percent >= 0 && percent <= 100, "rule percentage %s is not 0 to 100", percent);
    }
    checkArgument(
        getYesMinGoodPercent() >= getMostMinGoodPercent()
            && getMostMinGoodPercent() >= getSomeMinGoodPercent(),
        "good-or-better shares must not rise from Yes to Most to Some: %s, %s, %s",
        getYesMinGoodPercent(),
        getMostMinGoodPercent(),
        getSomeMinGoodPercent());
    checkArgument(
        getYesMaxUrgentPercent() <= getMostMaxUrgentPercent()
            && getMostMaxUrgentPercent() <= getSomeMaxUrgentPercent(),
        "investigate-urgently shares must not fall from Yes to Most to Some: %s, %s, %s",
        getYesMaxUrgentPercent(),
        getMostMaxUrgentPercent(),
        getSomeMaxUrgentPercent());
  }

  /** Builds {@link ServingPeopleWellRule}s; every condition defaults as {@link #defaults()}. */
  public static class Builder extends ImmutableServingPeopleWellRule.Builder {
    /** Creates a builder with the default conditions, as {@link #builder()} does. */
    public Builder() {}
  }
}
