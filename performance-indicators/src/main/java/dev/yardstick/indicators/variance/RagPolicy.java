package dev.yardstick.indicators.variance;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.Range;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.framework.ToleranceBand;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named, versioned rule for colouring a figure red, amber or green against its target: the
 * tolerance, which edge of each band is inclusive, whether figures are rounded first, and whether
 * the direction of travel can lift a red figure to amber.
 *
 * <p>Councils colour figures in different ways (domain reference section 5.1), so the rule is
 * configuration, not code. {@link #defaults()} is the common one (Reigate and Banstead): green on
 * or better than target, amber within the tolerance, red beyond it, the tolerance set per target.
 * {@link #havering()} is Havering's 2013-15 rule: green on target or within 10% of it, amber beyond
 * that but improved or maintained against the same period last year, red otherwise.
 *
 * <p>For a target of at least {@code t} with tolerance width {@code d} the default bands are green
 * {@code [t, +inf)}, amber {@code [t - d, t)} and red {@code (-inf, t - d)}; {@link TargetEdge} and
 * {@link ToleranceEdge} move the two inclusive edges, and an at-most target mirrors them. A range
 * target {@code [l, u]} is green inside, amber within the tolerance of either end, red beyond. A
 * tolerance of {@linkplain Tolerance.Kind#BANDS fixed bands} is used as published, so the edge
 * options do not apply to it; {@link #validate()} and {@link #validate(Target)} report bands that
 * leave gaps or overlap.
 *
 * <p>Policies are versioned data (design decision 5): a policy has a {@linkplain #getVersion()
 * version} and may have effective dates, so last year's figures are judged by last year's rule
 * ({@link #isEffectiveFor(ReportingPeriod)}).
 *
 * <pre>{@code
 * RagPolicy corporate = RagPolicy.builder()
 *     .name("Corporate KPI rule")
 *     .version(2)
 *     .effectiveFrom(LocalDate.of(2003, 4, 1))
 *     .tolerance(Tolerance.absolute(new BigDecimal("5")))
 *     .toleranceEdge(ToleranceEdge.RED)
 *     .build();
 * corporate.validate().throwIfInvalid();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class RagPolicy {

  private static final RagPolicy DEFAULTS = builder().name("Standard tolerance").build();

  private static final RagPolicy HAVERING =
      builder()
          .name("Havering 2013-15")
          .tolerance(Tolerance.relative(BigDecimal.TEN))
          .toleranceSource(ToleranceSource.POLICY_ONLY)
          .withinToleranceColour(WithinToleranceColour.GREEN)
          .directionRule(DirectionRule.AMBER_IF_IMPROVING_OR_MAINTAINED)
          .build();

  RagPolicy() {}

  /**
   * Returns the default rule: green on or better than target, amber within the target's own
   * tolerance (inclusive of its far edge), red beyond it, figures rounded first, direction of
   * travel ignored; a target with no tolerance is red or green only.
   *
   * <p>Source: Reigate and Banstead, "on or above target / within agreed tolerance / below target",
   * tolerance set per indicator (domain reference section 5.1, [S64]).
   *
   * @return the default policy, version 1, with no effective dates
   */
  public static RagPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns Havering's 2013-15 rule: green on target or within 10% of it; amber more than 10% off
   * target but improved or maintained against the same period last year; red more than 10% off and
   * not improved. The 10% applies to every target, whatever tolerance the target carries.
   *
   * <p>Source: London Borough of Havering corporate performance reports 2013-15 (domain reference
   * section 5.1, [S63]). The direction of travel must be given to the calculator; without it a
   * figure beyond tolerance is red.
   *
   * @return the Havering policy, version 1, with no effective dates
   */
  public static RagPolicy havering() {
    return HAVERING;
  }

  /**
   * Returns a new builder with the defaults of {@link #defaults()} and no name.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name of the rule, as a report's legend would give it.
   *
   * @return the name, not blank
   */
  public abstract String getName();

  /**
   * Returns the version of the rule; a new version is a new value with its own effective dates.
   *
   * @return the version, at least 1; 1 by default
   */
  @Value.Default
  public int getVersion() {
    return 1;
  }

  /**
   * Returns the first day the rule is in force.
   *
   * @return the date, or empty if the rule has no start
   */
  public abstract Optional<LocalDate> getEffectiveFrom();

  /**
   * Returns the last day the rule is in force.
   *
   * @return the date, or empty if the rule has no end
   */
  public abstract Optional<LocalDate> getEffectiveTo();

  /**
   * Returns the policy's own tolerance, used for targets that have none or always (see {@link
   * #getToleranceSource()}).
   *
   * @return the tolerance, or empty
   */
  public abstract Optional<Tolerance> getTolerance();

  /**
   * Returns where the tolerance comes from when a target carries its own.
   *
   * @return the source; {@link ToleranceSource#TARGET_FIRST} by default
   */
  @Value.Default
  public ToleranceSource getToleranceSource() {
    return ToleranceSource.TARGET_FIRST;
  }

  /**
   * Returns the colour of a figure that misses its target but lies within tolerance.
   *
   * @return the colour; {@link WithinToleranceColour#AMBER} by default
   */
  @Value.Default
  public WithinToleranceColour getWithinToleranceColour() {
    return WithinToleranceColour.AMBER;
  }

  /**
   * Returns the colour of a figure exactly on target.
   *
   * @return the edge rule; {@link TargetEdge#GREEN} by default
   */
  @Value.Default
  public TargetEdge getTargetEdge() {
    return TargetEdge.GREEN;
  }

  /**
   * Returns the colour of a figure exactly at the far edge of the tolerance.
   *
   * @return the edge rule; {@link ToleranceEdge#AMBER} by default
   */
  @Value.Default
  public ToleranceEdge getToleranceEdge() {
    return ToleranceEdge.AMBER;
  }

  /**
   * Returns whether figures and target bounds are rounded by the indicator's rounding policy before
   * they are compared.
   *
   * @return the rounding rule; {@link ClassificationRounding#ROUND_FIRST} by default
   */
  @Value.Default
  public ClassificationRounding getRounding() {
    return ClassificationRounding.ROUND_FIRST;
  }

  /**
   * Returns how the direction of travel combines with the colour.
   *
   * @return the rule; {@link DirectionRule#IGNORED} by default
   */
  @Value.Default
  public DirectionRule getDirectionRule() {
    return DirectionRule.IGNORED;
  }

  /**
   * Tells whether the rule is in force on a date.
   *
   * @param date the date
   * @return {@code true} if the date is within the effective dates, ends included
   */
  public boolean isEffectiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getEffectiveFrom().map(from -> !date.isBefore(from)).orElse(true)
        && getEffectiveTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  /**
   * Tells whether the rule applies to figures for a period: whether it is in force on the period's
   * last day, the day the figure is reported for.
   *
   * @param period the period
   * @return {@code true} if the rule is in force at the period's end
   */
  public boolean isEffectiveFor(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return isEffectiveOn(period.getEnd());
  }

  /**
   * Returns the tolerance this policy applies to a target.
   *
   * @param target the target
   * @return the target's own tolerance under {@link ToleranceSource#TARGET_FIRST} if it has one,
   *     otherwise the policy's; empty if neither has one (the target is red or green only)
   */
  public Optional<Tolerance> toleranceFor(Target target) {
    Objects.requireNonNull(target, "target");
    if (getToleranceSource() == ToleranceSource.TARGET_FIRST && target.getTolerance().isPresent()) {
      return target.getTolerance();
    }
    return getTolerance();
  }

  /**
   * Returns the red, amber and green bands this policy gives a target over some bounds, with the
   * inclusive edges stated by each band's range.
   *
   * <p>The bounds are the values that meet the target in the period compared (see {@link
   * dev.yardstick.core.framework.ProfiledTarget}): the period's own, the year to date's, or the
   * whole year's. The calculator passes them rounded when the policy rounds first.
   *
   * @param target the target, for its tolerance and its identifier in messages
   * @param bounds the values that meet the target
   * @return the bands in order of their lower ends, adjacent bands of one colour merged
   * @throws IllegalArgumentException if the tolerance is relative and a bound it is measured from
   *     is zero, where a percentage of the target has no meaning; the message names the target
   */
  public List<ToleranceBand> bandsFor(Target target, Range<BigDecimal> bounds) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(bounds, "bounds");
    return RagBands.of(this, toleranceFor(target), bounds, "target " + target.getId());
  }

  /**
   * Checks the business rules of the policy itself: its own fixed bands, if it has them, must
   * neither leave gaps nor overlap, and must include a green band.
   *
   * @return the issues found, with codes {@code RAG_BANDS_GAP}, {@code RAG_BANDS_OVERLAP} and
   *     {@code RAG_BANDS_NO_GREEN}; valid if none
   */
  public ValidationReport validate() {
    return getTolerance()
        .map(t -> RagBands.validate(subject(), t))
        .orElseGet(ValidationReport::empty);
  }

  /**
   * Checks the bands this policy gives a target over its whole period: the fixed bands of the
   * tolerance in use must neither leave gaps nor overlap, and a relative tolerance needs a target
   * other than zero.
   *
   * @param target the target
   * @return the issues found, with the codes of {@link #validate()} and {@code
   *     RAG_RELATIVE_TOLERANCE_ZERO_TARGET}; valid if none
   */
  public ValidationReport validate(Target target) {
    Objects.requireNonNull(target, "target");
    String subject = subject() + " for target " + target.getId();
    Optional<Tolerance> tolerance = toleranceFor(target);
    if (tolerance.isEmpty()) {
      return ValidationReport.empty();
    }
    if (tolerance.get().getKind() == Tolerance.Kind.RELATIVE
        && RagBands.touchesZero(target.getBounds())) {
      return ValidationReport.builder()
          .error(
              "RAG_RELATIVE_TOLERANCE_ZERO_TARGET",
              subject,
              "relative tolerance "
                  + tolerance.get()
                  + " cannot be measured from a target bound of zero")
          .build();
    }
    return RagBands.validate(subject, tolerance.get());
  }

  private String subject() {
    return "RAG policy '" + getName() + "' version " + getVersion();
  }

  @Value.Check
  void check() {
    checkState(!getName().isBlank(), "RAG policy name must not be blank");
    checkState(
        getVersion() >= 1,
        "RAG policy '%s' version %s must be at least 1",
        getName(),
        getVersion());
    checkState(
        getEffectiveFrom().isEmpty()
            || getEffectiveTo().isEmpty()
            || !getEffectiveTo().get().isBefore(getEffectiveFrom().get()),
        "RAG policy '%s' version %s ends on %s, before it starts on %s",
        getName(),
        getVersion(),
        getEffectiveTo().orElse(null),
        getEffectiveFrom().orElse(null));
  }

  /**
   * Describes the policy by name and version, such as {@code RagPolicy[Havering 2013-15 v1]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "RagPolicy[" + getName() + " v" + getVersion() + "]";
  }

  /** Builds a {@link RagPolicy}. */
  public static class Builder extends ImmutableRagPolicy.Builder {
    /** Creates a builder with the defaults of {@link RagPolicy#defaults()} and no name. */
    public Builder() {}
  }
}
