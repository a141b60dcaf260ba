package dev.yardstick.core.framework;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The part of social services a standard, objective, outcome or contract is about.
 *
 * <p>The national ratings judged services for children and families and services for adults
 * separately (founding guide, "Separate judgements are made for services for children and families
 * and for services for adults"). Adults' services are organised by client group, so {@link #ADULTS}
 * contains {@link #OLDER_PEOPLE}, {@link #PHYSICAL_DISABILITY}, {@link #LEARNING_DISABILITY} and
 * {@link #MENTAL_HEALTH}: a report on adults' services includes all four. {@link #CARERS} and
 * {@link #CORPORATE} stand alone.
 *
 * <pre>{@code
 * ServiceArea.ADULTS.contains(ServiceArea.MENTAL_HEALTH);   // true
 * ServiceArea.MENTAL_HEALTH.getParent();                    // Optional[ADULTS]
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ServiceArea {
  /** Services for children and families, including looked-after children and child protection. */
  CHILDREN_AND_FAMILIES(null),
  /** Services for adults: all four adult client groups. */
  ADULTS(null),
  /** Adults' services for older people (aged 65 and over). */
  OLDER_PEOPLE(ADULTS),
  /** Adults' services for people with a physical or sensory disability. */
  PHYSICAL_DISABILITY(ADULTS),
  /** Adults' services for people with a learning disability. */
  LEARNING_DISABILITY(ADULTS),
  /** Adults' services for people with mental health needs. */
  MENTAL_HEALTH(ADULTS),
  /** Services for carers (assessments, breaks, carers' grants). */
  CARERS(null),
  /** Council-wide and departmental matters: budgets, staffing, complaints, information. */
  CORPORATE(null);

  private final @Nullable ServiceArea parent;

  ServiceArea(@Nullable ServiceArea parent) {
    this.parent = parent;
  }

  /**
   * Returns the area that contains this one: {@link #ADULTS} for an adult client group.
   *
   * @return the containing area, or empty for a top-level area
   */
  public Optional<ServiceArea> getParent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Returns the areas directly contained in this one, in declaration order.
   *
   * @return the client groups of {@link #ADULTS}; an empty list for every other area
   */
  public List<ServiceArea> getChildren() {
    return Arrays.stream(values())
        .filter(a -> a.parent == this)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether this area is, or contains, the other.
   *
   * @param other another area
   * @return {@code true} if {@code other} is this area or one of its client groups
   */
  public boolean contains(ServiceArea other) {
    Objects.requireNonNull(other, "other");
    return other == this || other.parent == this;
  }
}
