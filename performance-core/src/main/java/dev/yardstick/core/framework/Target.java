package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target: the value an indicator should reach, for an organisation or unit, in a period.
 *
 * <p>A target has a {@link TargetKind}: at least or at most a {@linkplain #getValue() value},
 * within a range ({@linkplain #getLower() lower} to {@linkplain #getUpper() upper}, inclusive), or
 * a reduction or increase of a {@linkplain #getChangePercent() percentage} on the indicator's
 * {@linkplain #getBaselineValue() value} in a {@linkplain #getBaselinePeriod() baseline period}.
 * Values are in the target's {@link Unit} (a percentage is {@code 75} for 75%) and are normalised
 * on entry. A target may carry a {@link Tolerance} that defines its amber band, has a {@link
 * TargetProvenance}, and a {@link TargetProfile} that spreads an annual target over the quarters
 * and months of its financial year ({@link #targetFor(ReportingPeriod)}).
 *
 * <p>No target is a state, not a zero: where there is no target for an indicator, queries return
 * {@link Optional#empty()}, never a target of zero.
 *
 * <p>Invariants, checked on construction ({@link IllegalStateException}, naming the target): the
 * attributes of the kind are present and no others (a value for at least and at most; lower and
 * upper, lower not above upper, for a range; baseline period, baseline value and a change greater
 * than zero, and for a reduction at most 100%, for the baseline kinds); a profile other than
 * constant is used only with a financial-year period; a cumulative profile only with a one-sided
 * kind. Business rules (a percentage above 100, a cumulative profile that does not add up,
 * overlapping tolerance bands) are reported by {@link PerformanceFramework#validate()}.
 *
 * <pre>{@code
 * Target reviews = Target.builder()
 *     .id(TargetId.of("T-D40"))
 *     .indicator(IndicatorCode.of("D40"))
 *     .scope(TargetScope.organisation(OrganisationId.gss("E10000015")))
 *     .period(FinancialYear.of(2003))
 *     .kind(TargetKind.AT_LEAST)
 *     .value(new BigDecimal("75"))
 *     .unit(Unit.PERCENTAGE)
 *     .tolerance(Tolerance.absolute(new BigDecimal("5")))
 *     .provenance(TargetProvenance.LOCAL_STRETCH)
 *     .profile(TargetProfile.constant())
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Target {

  Target() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of this target.
   *
   * @return the identifier
   */
  public abstract TargetId getId();

  /**
   * Returns the indicator the target is for.
   *
   * @return the indicator code
   */
  public abstract IndicatorCode getIndicator();

  /**
   * Returns the organisation or unit the target is set for.
   *
   * @return the scope
   */
  public abstract TargetScope getScope();

  /**
   * Returns the period the target is for: usually a financial year, sometimes a quarter or month.
   *
   * @return the period
   */
  public abstract ReportingPeriod getPeriod();

  /**
   * Returns what the target asks of the indicator's value.
   *
   * @return the kind
   */
  public abstract TargetKind getKind();

  /**
   * Returns the unit of the target's values, which is the indicator's unit.
   *
   * @return the unit
   */
  public abstract Unit getUnit();

  /**
   * Returns the target value of an at-least or at-most target.
   *
   * @return the value, or empty for the other kinds
   */
  public abstract Optional<BigDecimal> getValue();

  /**
   * Returns the lowest value, inclusive, of a within-range target.
   *
   * @return the lower end, or empty for the other kinds
   */
  public abstract Optional<BigDecimal> getLower();

  /**
   * Returns the highest value, inclusive, of a within-range target.
   *
   * @return the upper end, or empty for the other kinds
   */
  public abstract Optional<BigDecimal> getUpper();

  /**
   * Returns the baseline period of a reduction or increase target.
   *
   * @return the baseline period, or empty for the other kinds
   */
  public abstract Optional<ReportingPeriod> getBaselinePeriod();

  /**
   * Returns the indicator's value in the baseline period, on which the change is set.
   *
   * @return the baseline value, or empty for the other kinds
   */
  public abstract Optional<BigDecimal> getBaselineValue();

  /**
   * Returns the change asked for, as a percentage of the baseline value.
   *
   * @return the percentage, greater than zero, or empty for the other kinds
   */
  public abstract Optional<BigDecimal> getChangePercent();

  /**
   * Returns the tolerance that defines the amber band.
   *
   * @return the tolerance, or empty if the target has no amber band (red or green only)
   */
  public abstract Optional<Tolerance> getTolerance();

  /**
   * Returns where the target comes from.
   *
   * @return the provenance
   */
  public abstract TargetProvenance getProvenance();

  /**
   * Returns how the target is spread through its financial year.
   *
   * @return the profile
   */
  public abstract TargetProfile getProfile();

  /**
   * Returns the single value of a one-sided target: the value of an at-least or at-most target, or
   * the value a baseline target works out at, {@code baseline × (1 ± percent / 100)}, exactly.
   *
   * @return the value, or empty for a within-range target
   */
  @Value.Lazy
  public Optional<BigDecimal> getThreshold() {
    switch (getKind()) {
      case AT_LEAST:
      case AT_MOST:
        return getValue();
      case REDUCTION_ON_BASELINE:
      case INCREASE_ON_BASELINE:
        BigDecimal change =
            getBaselineValue()
                .orElseThrow()
                .multiply(getChangePercent().orElseThrow())
                .movePointLeft(2);
        BigDecimal base = getBaselineValue().orElseThrow();
        return Optional.of(
            Decimals.normalise(
                getKind() == TargetKind.REDUCTION_ON_BASELINE
                    ? base.subtract(change)
                    : base.add(change)));
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the values that meet the target over its whole period: {@code [t, +inf)} for at least
   * {@code t} or an increase, {@code (-inf, t]} for at most {@code t} or a reduction, {@code
   * [lower, upper]} for a range.
   *
   * @return the range of values that meet the target
   */
  @Value.Lazy
  public Range<BigDecimal> getBounds() {
    if (getKind() == TargetKind.WITHIN_RANGE) {
      return Range.closed(getLower().orElseThrow(), getUpper().orElseThrow());
    }
    BigDecimal t = getThreshold().orElseThrow();
    return isAtLeast() ? Range.atLeast(t) : Range.atMost(t);
  }

  private boolean isAtLeast() {
    return getKind() == TargetKind.AT_LEAST || getKind() == TargetKind.INCREASE_ON_BASELINE;
  }

  /**
   * Returns the target for a period, with the profile applied: the target's own period, or a
   * quarter or month of its financial year (or, for a quarterly target, a month of the quarter).
   *
   * <p>Edge cases: any other period (another year, a date range, a year for a quarterly target) has
   * no target from this one, which is {@link Optional#empty()}, never zero.
   *
   * @param period the period asked about
   * @return the period's own and year-to-date targets, or empty if this target does not cover it
   */
  public Optional<ProfiledTarget> targetFor(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    if (period.equals(getPeriod())) {
      return Optional.of(ProfiledTarget.of(this, period, getBounds(), getBounds()));
    }
    if (getPeriod() instanceof FinancialQuarter) {
      if (period instanceof ReportingMonth
          && ((ReportingMonth) period).getFinancialQuarter().equals(getPeriod())) {
        return Optional.of(ProfiledTarget.of(this, period, getBounds(), getBounds()));
      }
      return Optional.empty();
    }
    if (!(getPeriod() instanceof FinancialYear)) {
      return Optional.empty();
    }
    FinancialYear year = (FinancialYear) getPeriod();
    int endMonth;
    int startMonth;
    if (period instanceof FinancialQuarter
        && ((FinancialQuarter) period).getFinancialYear().equals(year)) {
      endMonth = 3 * ((FinancialQuarter) period).getQuarter();
      startMonth = endMonth - 3;
    } else if (period instanceof ReportingMonth
        && ((ReportingMonth) period).getFinancialYear().equals(year)) {
      endMonth = ((ReportingMonth) period).getMonthOfFinancialYear();
      startMonth = endMonth - 1;
    } else {
      return Optional.empty();
    }
    if (!getProfile().isAdditive()) {
      return Optional.of(ProfiledTarget.of(this, period, getBounds(), getBounds()));
    }
    return Optional.of(
        ProfiledTarget.of(this, period, profiled(endMonth, startMonth), profiled(endMonth, 0)));
  }

  /**
   * Returns the target for every quarter or every month of the target's financial year, in order.
   *
   * @param frequency {@link Frequency#QUARTERLY} or {@link Frequency#MONTHLY}
   * @return the profiled targets, 4 or 12 of them, whose periods partition the year
   * @throws IllegalArgumentException if the frequency is annual
   * @throws IllegalStateException if the target's period is not a financial year
   */
  public List<ProfiledTarget> targetsThroughTheYear(Frequency frequency) {
    Objects.requireNonNull(frequency, "frequency");
    checkArgument(
        frequency != Frequency.ANNUAL, "target %s: a year has no annual sub-periods", getId());
    checkState(
        getPeriod() instanceof FinancialYear,
        "target %s is for %s, not a financial year",
        getId(),
        getPeriod());
    FinancialYear year = (FinancialYear) getPeriod();
    List<? extends ReportingPeriod> periods =
        frequency == Frequency.QUARTERLY ? year.getQuarters() : year.getMonths();
    return periods.stream()
        .map(p -> targetFor(p).orElseThrow())
        .collect(ImmutableList.toImmutableList());
  }

  /** The bounds over months (from, to] of the year, with the profile applied. */
  private Range<BigDecimal> profiled(int toMonth, int fromMonth) {
    if (getKind() == TargetKind.WITHIN_RANGE) {
      return Range.closed(
          amount(getLower().orElseThrow(), toMonth, fromMonth),
          amount(getUpper().orElseThrow(), toMonth, fromMonth));
    }
    BigDecimal t = amount(getThreshold().orElseThrow(), toMonth, fromMonth);
    return isAtLeast() ? Range.atLeast(t) : Range.atMost(t);
  }

  private BigDecimal amount(BigDecimal annual, int toMonth, int fromMonth) {
    TargetProfile profile = getProfile();
    BigDecimal to = profile.yearToDate(annual, toMonth);
    return fromMonth == 0
        ? to
        : Decimals.normalise(to.subtract(profile.yearToDate(annual, fromMonth)));
  }

  @Value.Check
  Target check() {
    Target normal = normalised();
    if (normal != this) {
      return normal;
    }
    TargetId id = getId();
    TargetKind kind = getKind();
    boolean point = kind == TargetKind.AT_LEAST || kind == TargetKind.AT_MOST;
    boolean range = kind == TargetKind.WITHIN_RANGE;
    boolean baseline = kind.isOnBaseline();
    checkState(
        getValue().isPresent() == point,
        "target %s of kind %s %s a value",
        id,
        kind,
        point ? "needs" : "must not have");
    checkState(
        getLower().isPresent() == range && getUpper().isPresent() == range,
        "target %s of kind %s %s lower and upper",
        id,
        kind,
        range ? "needs" : "must not have");
    checkState(
        getBaselinePeriod().isPresent() == baseline
            && getBaselineValue().isPresent() == baseline
            && getChangePercent().isPresent() == baseline,
        "target %s of kind %s %s baseline period, baseline value and change percent",
        id,
        kind,
        baseline ? "needs" : "must not have");
    if (range) {
      checkState(
          getLower().get().compareTo(getUpper().get()) <= 0,
          "target %s lower %s is above upper %s",
          id,
          getLower().get().toPlainString(),
          getUpper().get().toPlainString());
    }
    if (baseline) {
      BigDecimal percent = getChangePercent().get();
      checkState(
          percent.signum() > 0,
          "target %s change percent %s must be greater than zero",
          id,
          percent.toPlainString());
      checkState(
          kind != TargetKind.REDUCTION_ON_BASELINE
              || percent.compareTo(BigDecimal.valueOf(100)) <= 0,
          "target %s reduction of %s percent is more than 100 percent",
          id,
          percent.toPlainString());
      checkState(
          !getBaselinePeriod().get().equals(getPeriod()),
          "target %s baseline period %s is its own period",
          id,
          getPeriod());
    }
    checkState(
        !getProfile().isAdditive() || getPeriod() instanceof FinancialYear,
        "target %s for %s has a %s profile, which needs a financial-year period",
        id,
        getPeriod(),
        getProfile().getShape());
    checkState(
        getProfile().getShape() != TargetProfile.Shape.CUMULATIVE || !range,
        "target %s of kind WITHIN_RANGE cannot have a CUMULATIVE profile",
        id);
    return this;
  }

  private Target normalised() {
    Optional<BigDecimal> value = getValue().map(Decimals::normalise);
    Optional<BigDecimal> lower = getLower().map(Decimals::normalise);
    Optional<BigDecimal> upper = getUpper().map(Decimals::normalise);
    Optional<BigDecimal> baseline = getBaselineValue().map(Decimals::normalise);
    Optional<BigDecimal> change = getChangePercent().map(Decimals::normalise);
    if (value.equals(getValue())
        && lower.equals(getLower())
        && upper.equals(getUpper())
        && baseline.equals(getBaselineValue())
        && change.equals(getChangePercent())) {
      return this;
    }
    return builder()
        .from(this)
        .value(value)
        .lower(lower)
        .upper(upper)
        .baselineValue(baseline)
        .changePercent(change)
        .build();
  }

  /** Builds a {@link Target}. */
  public static class Builder extends ImmutableTarget.Builder {
    /** Creates a builder with nothing set; prefer {@link Target#builder()}. */
    public Builder() {}
  }
}
