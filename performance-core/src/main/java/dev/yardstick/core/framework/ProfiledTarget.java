package dev.yardstick.core.framework;

import com.google.common.collect.Range;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@link Target} applied to one period with its profile: the target for the period on its own and
 * the target for the year to date at the period's end.
 *
 * <p>For a target of 400 carers' assessments in 2003-04 with a straight-line profile, the second
 * quarter's own target is at least 100 and its year-to-date target at least 200. For a constant
 * profile both are the annual target.
 *
 * <p>Range endpoints are normalised on entry ({@code 100.0} becomes {@code 100}).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ProfiledTarget {

  ProfiledTarget() {}

  /**
   * Returns a profiled target.
   *
   * @param target the target
   * @param period the period
   * @param periodBounds the values that meet the target in the period on its own
   * @param yearToDateBounds the values that meet the target for the year to date
   * @return the profiled target
   */
  public static ProfiledTarget of(
      Target target,
      ReportingPeriod period,
      Range<BigDecimal> periodBounds,
      Range<BigDecimal> yearToDateBounds) {
    return builder()
        .target(target)
        .period(period)
        .periodBounds(periodBounds)
        .yearToDateBounds(yearToDateBounds)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the target that was applied.
   *
   * @return the target
   */
  public abstract Target getTarget();

  /**
   * Returns the period the target was applied to.
   *
   * @return the period
   */
  public abstract ReportingPeriod getPeriod();

  /**
   * Returns the values that meet the target in the period on its own.
   *
   * @return the range, in the target's unit
   */
  public abstract Range<BigDecimal> getPeriodBounds();

  /**
   * Returns the values that meet the target for the year to date at the end of the period.
   *
   * @return the range, in the target's unit
   */
  public abstract Range<BigDecimal> getYearToDateBounds();

  /**
   * Returns the single target value for the period on its own, for a one-sided target.
   *
   * @return the value, or empty for a within-range target
   */
  public Optional<BigDecimal> getPeriodValue() {
    return singleValue(getPeriodBounds());
  }

  /**
   * Returns the single year-to-date target value, for a one-sided target.
   *
   * @return the value, or empty for a within-range target
   */
  public Optional<BigDecimal> getYearToDateValue() {
    return singleValue(getYearToDateBounds());
  }

  private static Optional<BigDecimal> singleValue(Range<BigDecimal> bounds) {
    if (bounds.hasLowerBound() && bounds.hasUpperBound()) {
      return Optional.empty();
    }
    return Optional.of(bounds.hasLowerBound() ? bounds.lowerEndpoint() : bounds.upperEndpoint());
  }

  @Value.Check
  ProfiledTarget check() {
    if (ToleranceBand.isNormal(getPeriodBounds())
        && ToleranceBand.isNormal(getYearToDateBounds())) {
      return this;
    }
    return builder()
        .from(this)
        .periodBounds(ToleranceBand.normalise(getPeriodBounds()))
        .yearToDateBounds(ToleranceBand.normalise(getYearToDateBounds()))
        .build();
  }

  /** Builds a {@link ProfiledTarget}. */
  public static class Builder extends ImmutableProfiledTarget.Builder {
    /** Creates a builder with nothing set; prefer {@link ProfiledTarget#builder()}. */
    public Builder() {}
  }
}
