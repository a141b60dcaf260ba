package dev.yardstick.indicators.variance;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ProfiledTarget;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetId;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.framework.TargetProvenance;
import dev.yardstick.core.framework.TargetScope;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Optional;

/** Targets and figures for the variance tests. */
final class Fixtures {

  static final FinancialYear YEAR = FinancialYear.of(2003);
  static final IndicatorCode D40 = IndicatorCode.of("D40");
  static final TargetScope COUNCIL = TargetScope.organisation(OrganisationId.gss("E10000015"));

  private Fixtures() {}

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static Target.Builder target(TargetKind kind) {
    return Target.builder()
        .id(TargetId.of("T-D40"))
        .indicator(D40)
        .scope(COUNCIL)
        .period(YEAR)
        .kind(kind)
        .unit(Unit.PERCENTAGE)
        .provenance(TargetProvenance.LOCAL_STRETCH)
        .profile(TargetProfile.constant());
  }

  static Target atLeast(String value, Optional<Tolerance> tolerance) {
    return target(TargetKind.AT_LEAST).value(dec(value)).tolerance(tolerance).build();
  }

  static Target atMost(String value, Optional<Tolerance> tolerance) {
    return target(TargetKind.AT_MOST).value(dec(value)).tolerance(tolerance).build();
  }

  static Target within(String lower, String upper, Optional<Tolerance> tolerance) {
    return target(TargetKind.WITHIN_RANGE)
        .lower(dec(lower))
        .upper(dec(upper))
        .tolerance(tolerance)
        .build();
  }

  static ProfiledTarget forYear(Target target) {
    return target.targetFor(YEAR).orElseThrow();
  }

  static Figure.Builder figure(Polarity polarity) {
    return Figure.builder()
        .indicator(D40)
        .period(YEAR)
        .unit(Unit.PERCENTAGE)
        .polarity(polarity)
        .rounding(RoundingPolicy.ONE_DECIMAL_PLACE);
  }

  static Figure higher(String value) {
    return figure(Polarity.HIGHER_IS_BETTER).value(dec(value)).build();
  }

  static Figure lower(String value) {
    return figure(Polarity.LOWER_IS_BETTER).value(dec(value)).build();
  }

  static Figure figureFor(ReportingPeriod period, Polarity polarity, String value) {
    return figure(polarity).period(period).value(dec(value)).build();
  }

  static Optional<Tolerance> absolute(String width) {
    return Optional.of(Tolerance.absolute(dec(width)));
  }

  static Optional<Tolerance> relative(String percent) {
    return Optional.of(Tolerance.relative(dec(percent)));
  }
}
