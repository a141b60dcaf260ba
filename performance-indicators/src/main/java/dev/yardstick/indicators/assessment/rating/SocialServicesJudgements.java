package dev.yardstick.indicators.assessment.rating;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.status.CapacityForImprovement;
import dev.yardstick.core.status.ServingPeopleWell;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The four judgements behind a 2002 to 2005 social-services star rating: serving people well and
 * capacity for improvement, for children's services and for adults' services (domain reference
 * section 1.1).
 *
 * <p>There are 4<sup>4</sup> = 256 combinations, listed in a fixed order by {@link #all()}. The
 * text form, written by {@link #toString()}, reads {@code children's services Most/Promising,
 * adults' services Some/Promising}: that is how validation messages and explanations name a
 * combination.
 *
 * <pre>{@code
 * SocialServicesJudgements hull = SocialServicesJudgements.of(
 *     ServingPeopleWell.MOST, CapacityForImprovement.PROMISING,
 *     ServingPeopleWell.SOME, CapacityForImprovement.PROMISING);
 * hull.getServingPeopleWell(ServiceGroup.ADULTS);      // SOME
 * hull.mirror();                                       // children Some/Promising, adults Most/Promising
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class SocialServicesJudgements {

  private static final List<SocialServicesJudgements> ALL = enumerate();

  SocialServicesJudgements() {}

  /**
   * Returns the four judgements.
   *
   * @param childrenServingPeopleWell whether children's services serve people well
   * @param childrenCapacity children's services' capacity for improvement
   * @param adultsServingPeopleWell whether adults' services serve people well
   * @param adultsCapacity adults' services' capacity for improvement
   * @return the judgements
   */
  public static SocialServicesJudgements of(
      ServingPeopleWell childrenServingPeopleWell,
      CapacityForImprovement childrenCapacity,
      ServingPeopleWell adultsServingPeopleWell,
      CapacityForImprovement adultsCapacity) {
    return builder()
        .childrenServingPeopleWell(childrenServingPeopleWell)
        .childrenCapacity(childrenCapacity)
        .adultsServingPeopleWell(adultsServingPeopleWell)
        .adultsCapacity(adultsCapacity)
        .build();
  }

  /**
   * Returns every one of the 256 combinations, children's serving people well varying slowest and
   * adults' capacity fastest, each from worst to best.
   *
   * @return the combinations, unmodifiable
   */
  public static List<SocialServicesJudgements> all() {
    return ALL;
  }

  /**
   * Returns a builder of judgements.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether children's services serve people well.
   *
   * @return the judgement
   */
  public abstract ServingPeopleWell getChildrenServingPeopleWell();

  /**
   * Returns children's services' capacity (in 2002, prospects) for improvement.
   *
   * @return the judgement
   */
  public abstract CapacityForImprovement getChildrenCapacity();

  /**
   * Returns whether adults' services serve people well.
   *
   * @return the judgement
   */
  public abstract ServingPeopleWell getAdultsServingPeopleWell();

  /**
   * Returns adults' services' capacity (in 2002, prospects) for improvement.
   *
   * @return the judgement
   */
  public abstract CapacityForImprovement getAdultsCapacity();

  /**
   * Returns whether a group's services serve people well.
   *
   * @param group children's or adults' services
   * @return the judgement
   */
  public ServingPeopleWell getServingPeopleWell(ServiceGroup group) {
    Objects.requireNonNull(group, "group");
    return group == ServiceGroup.CHILDREN
        ? getChildrenServingPeopleWell()
        : getAdultsServingPeopleWell();
  }

  /**
   * Returns a group's capacity for improvement.
   *
   * @param group children's or adults' services
   * @return the judgement
   */
  public CapacityForImprovement getCapacity(ServiceGroup group) {
    Objects.requireNonNull(group, "group");
    return group == ServiceGroup.CHILDREN ? getChildrenCapacity() : getAdultsCapacity();
  }

  /**
   * Returns a copy with one group's serving-people-well judgement replaced.
   *
   * @param group children's or adults' services
   * @param judgement the new judgement
   * @return the copy
   */
  public SocialServicesJudgements withServingPeopleWell(
      ServiceGroup group, ServingPeopleWell judgement) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(judgement, "judgement");
    Builder builder = builder().from(this);
    if (group == ServiceGroup.CHILDREN) {
      builder.childrenServingPeopleWell(judgement);
    } else {
      builder.adultsServingPeopleWell(judgement);
    }
    return builder.build();
  }

  /**
   * Returns a copy with one group's capacity for improvement replaced.
   *
   * @param group children's or adults' services
   * @param judgement the new judgement
   * @return the copy
   */
  public SocialServicesJudgements withCapacity(
      ServiceGroup group, CapacityForImprovement judgement) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(judgement, "judgement");
    Builder builder = builder().from(this);
    if (group == ServiceGroup.CHILDREN) {
      builder.childrenCapacity(judgement);
    } else {
      builder.adultsCapacity(judgement);
    }
    return builder.build();
  }

  /**
   * Returns the judgements with children's and adults' services swapped: what a rule table that
   * gives both services equal weight must rate the same.
   *
   * @return the mirrored judgements
   */
  public SocialServicesJudgements mirror() {
    return of(
        getAdultsServingPeopleWell(),
        getAdultsCapacity(),
        getChildrenServingPeopleWell(),
        getChildrenCapacity());
  }

  /**
   * Returns the judgements as text, such as {@code children's services Most/Promising, adults'
   * services Some/Promising}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return describe(ServiceGroup.CHILDREN) + ", " + describe(ServiceGroup.ADULTS);
  }

  /**
   * Returns one group's two judgements as text, such as {@code adults' services Some/Promising}.
   *
   * @param group children's or adults' services
   * @return the text
   */
  public String describe(ServiceGroup group) {
    Objects.requireNonNull(group, "group");
    return group.getWording()
        + " "
        + getServingPeopleWell(group).getWording()
        + "/"
        + getCapacity(group).getWording();
  }

  private static List<SocialServicesJudgements> enumerate() {
    List<SocialServicesJudgements> all = new ArrayList<>(256);
    for (ServingPeopleWell childrenSpw : ServingPeopleWell.values()) {
      for (CapacityForImprovement childrenCapacity : CapacityForImprovement.values()) {
        for (ServingPeopleWell adultsSpw : ServingPeopleWell.values()) {
          for (CapacityForImprovement adultsCapacity : CapacityForImprovement.values()) {
            all.add(of(childrenSpw, childrenCapacity, adultsSpw, adultsCapacity));
          }
        }
      }
    }
    return Collections.unmodifiableList(all);
  }

  /** Builds {@link SocialServicesJudgements}; every judgement is required. */
  public static class Builder extends ImmutableSocialServicesJudgements.Builder {
    /** Creates an empty builder, as {@link SocialServicesJudgements#builder()} does. */
    public Builder() {}
  }
}
