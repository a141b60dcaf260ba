package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import dev.yardstick.core.internal.YardstickStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A service quality standard: a statement of what service users and carers can expect, with the
 * measurable criteria by which the council monitors it ("Setting service quality standards" and
 * "Monitoring performance against standards" in the performance-management jigsaw).
 *
 * <p>A standard belongs to a {@link ServiceArea}, has effective dates (from, and optionally to,
 * both inclusive) and says whether it is published to service users. It has at least one {@link
 * StandardCriterion}.
 *
 * <pre>{@code
 * Standard equipment = Standard.builder()
 *     .id(StandardId.of("STD-EQUIP"))
 *     .statement("You will get the equipment you need within a week of assessment")
 *     .serviceArea(ServiceArea.PHYSICAL_DISABILITY)
 *     .effectiveFrom(LocalDate.of(2003, 4, 1))
 *     .publishedToServiceUsers(true)
 *     .addCriteria(StandardCriterion.threshold("Equipment delivered within 7 working days",
 *         IndicatorCode.of("D54"), Comparison.AT_LEAST, new BigDecimal("85")))
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Standard {

  Standard() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of this standard.
   *
   * @return the identifier
   */
  public abstract StandardId getId();

  /**
   * Returns the statement of the standard, as service users would read it.
   *
   * @return the statement
   */
  public abstract String getStatement();

  /**
   * Returns the service area the standard applies to.
   *
   * @return the service area
   */
  public abstract ServiceArea getServiceArea();

  /**
   * Returns the measurable criteria, at least one, in the order given.
   *
   * @return the criteria, an unmodifiable list
   */
  public abstract List<StandardCriterion> getCriteria();

  /**
   * Returns the first day the standard applies.
   *
   * @return the first day, inclusive
   */
  public abstract LocalDate getEffectiveFrom();

  /**
   * Returns the last day the standard applies, if it has been withdrawn or replaced.
   *
   * @return the last day, inclusive, or empty while the standard is open-ended
   */
  public abstract Optional<LocalDate> getEffectiveTo();

  /**
   * Tells whether the standard is published to service users (in leaflets, a charter or on the
   * council's web site); unpublished standards are internal management standards.
   *
   * @return {@code true} if published; {@code false} unless set
   */
  @Value.Default
  public boolean isPublishedToServiceUsers() {
    return false;
  }

  /**
   * Tells whether the standard applies on a date.
   *
   * @param date the date
   * @return {@code true} if the date is within the effective dates, both inclusive
   */
  public boolean isEffectiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getEffectiveFrom())
        && getEffectiveTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  /**
   * Returns the indicators measured by the threshold criteria.
   *
   * @return the indicator codes, in criterion order, an unmodifiable set
   */
  public Set<IndicatorCode> getIndicators() {
    return getCriteria().stream()
        .flatMap(c -> c.getIndicator().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  @Value.Check
  void check() {
    Texts.label(getStatement(), "standard statement");
    checkState(!getCriteria().isEmpty(), "standard %s must have at least one criterion", getId());
    getEffectiveTo()
        .ifPresent(
            to ->
                checkState(
                    !to.isBefore(getEffectiveFrom()),
                    "standard %s is effective to %s, before it is effective from %s",
                    getId(),
                    to,
                    getEffectiveFrom()));
  }

  /** Builds a {@link Standard}. */
  public static class Builder extends ImmutableStandard.Builder {
    /** Creates a builder with nothing set; prefer {@link Standard#builder()}. */
    public Builder() {}
  }
}
