package dev.yardstick.core.framework;

import static dev.yardstick.core.framework.AdultServicesPlan.COUNTY;
import static dev.yardstick.core.framework.AdultServicesPlan.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.DateRangePeriod;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TargetTest {

  private static final FinancialYear YEAR = FinancialYear.of(2003);

  static Target.Builder base() {
    return Target.builder()
        .id(TargetId.of("T1"))
        .indicator(IndicatorCode.of("C32"))
        .scope(COUNTY)
        .period(YEAR)
        .unit(Unit.COUNT)
        .provenance(TargetProvenance.LOCAL_STRETCH)
        .profile(TargetProfile.straightLine());
  }

  @Test
  void straightLine_quartersAndMonths() {
    Target target = base().kind(TargetKind.AT_LEAST).value(d("400.0")).build();
    assertEquals(Optional.of(d("400")), target.getValue());
    List<BigDecimal> quarters =
        target.targetsThroughTheYear(Frequency.QUARTERLY).stream()
            .map(p -> p.getPeriodValue().orElseThrow())
            .collect(Collectors.toList());
    assertEquals(List.of(d("100"), d("100"), d("100"), d("100")), quarters);
    ProfiledTarget q3 = target.targetFor(FinancialQuarter.of(2003, 3)).orElseThrow();
    assertEquals(Range.atLeast(d("300")), q3.getYearToDateBounds());
    List<ProfiledTarget> months = target.targetsThroughTheYear(Frequency.MONTHLY);
    assertEquals(12, months.size());
    assertEquals(d("400"), months.get(11).getYearToDateValue().orElseThrow());
    assertEquals(ReportingMonth.of(2004, 3), months.get(11).getPeriod());
  }

  @Test
  void targetFor_ownPeriodIsTheWholeTarget_otherPeriodsHaveNone() {
    Target target = base().kind(TargetKind.AT_MOST).value(d("10")).build();
    ProfiledTarget year = target.targetFor(YEAR).orElseThrow();
    assertEquals(Range.atMost(d("10")), year.getPeriodBounds());
    assertEquals(Optional.empty(), target.targetFor(FinancialYear.of(2004)));
    assertEquals(Optional.empty(), target.targetFor(FinancialQuarter.of(2004, 1)));
    assertEquals(Optional.empty(), target.targetFor(ReportingMonth.of(2003, 3)));
    assertEquals(
        Optional.empty(),
        target.targetFor(DateRangePeriod.of(LocalDate.of(2003, 4, 1), LocalDate.of(2003, 4, 30))));
  }

  @Test
  void quarterlyTarget_appliesToItsMonths() {
    FinancialQuarter q1 = FinancialQuarter.of(2003, 1);
    Target target =
        base()
            .period(q1)
            .profile(TargetProfile.constant())
            .kind(TargetKind.AT_LEAST)
            .value(d("5"))
            .build();
    assertEquals(
        Range.atLeast(d("5")),
        target.targetFor(ReportingMonth.of(2003, 5)).orElseThrow().getPeriodBounds());
    assertEquals(Optional.empty(), target.targetFor(ReportingMonth.of(2003, 7)));
    assertEquals(Optional.empty(), target.targetFor(YEAR));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> target.targetsThroughTheYear(Frequency.MONTHLY));
    assertEquals("target T1 is for 2003-04 Q1, not a financial year", e.getMessage());
  }

  @Test
  void withinRange_isSpreadAtBothEnds() {
    Target target = base().kind(TargetKind.WITHIN_RANGE).lower(d("40")).upper(d("60")).build();
    assertEquals(Range.closed(d("40"), d("60")), target.getBounds());
    assertEquals(Optional.empty(), target.getThreshold());
    ProfiledTarget q1 = target.targetFor(FinancialQuarter.of(2003, 1)).orElseThrow();
    assertEquals(Range.closed(d("10"), d("15")), q1.getPeriodBounds());
    assertEquals(Optional.empty(), q1.getPeriodValue());
  }

  @Test
  void baselineKinds_workOutTheirValueExactly() {
    Target reduction =
        base()
            .kind(TargetKind.REDUCTION_ON_BASELINE)
            .baselinePeriod(FinancialYear.of(2002))
            .baselineValue(d("130"))
            .changePercent(d("7.5"))
            .profile(TargetProfile.constant())
            .build();
    // 130 x (1 - 0.075) = 120.25
    assertEquals(Optional.of(d("120.25")), reduction.getThreshold());
    assertEquals(Range.atMost(d("120.25")), reduction.getBounds());
    Target increase =
        Target.builder().from(reduction).kind(TargetKind.INCREASE_ON_BASELINE).build();
    assertEquals(Range.atLeast(d("139.75")), increase.getBounds());
  }

  @Test
  void kindAttributes_missingOrExtra_throwNamingTheTarget() {
    IllegalStateException noValue =
        assertThrows(IllegalStateException.class, () -> base().kind(TargetKind.AT_LEAST).build());
    assertEquals("target T1 of kind AT_LEAST needs a value", noValue.getMessage());
    IllegalStateException extra =
        assertThrows(
            IllegalStateException.class,
            () ->
                base()
                    .kind(TargetKind.WITHIN_RANGE)
                    .lower(d("1"))
                    .upper(d("2"))
                    .value(d("1"))
                    .build());
    assertEquals("target T1 of kind WITHIN_RANGE must not have a value", extra.getMessage());
    IllegalStateException baseline =
        assertThrows(
            IllegalStateException.class,
            () -> base().kind(TargetKind.REDUCTION_ON_BASELINE).changePercent(d("5")).build());
    assertEquals(
        "target T1 of kind REDUCTION_ON_BASELINE needs baseline period, baseline value and change"
            + " percent",
        baseline.getMessage());
  }

  @Test
  void inconsistentValues_throwNamingTheValues() {
    IllegalStateException range =
        assertThrows(
            IllegalStateException.class,
            () -> base().kind(TargetKind.WITHIN_RANGE).lower(d("60")).upper(d("40.0")).build());
    assertEquals("target T1 lower 60 is above upper 40", range.getMessage());
    Target.Builder reduction =
        base()
            .kind(TargetKind.REDUCTION_ON_BASELINE)
            .baselinePeriod(FinancialYear.of(2002))
            .baselineValue(d("100"))
            .profile(TargetProfile.constant());
    IllegalStateException zero =
        assertThrows(IllegalStateException.class, () -> reduction.changePercent(d("0")).build());
    assertEquals("target T1 change percent 0 must be greater than zero", zero.getMessage());
    IllegalStateException tooMuch =
        assertThrows(IllegalStateException.class, () -> reduction.changePercent(d("101")).build());
    assertEquals(
        "target T1 reduction of 101 percent is more than 100 percent", tooMuch.getMessage());
    IllegalStateException self =
        assertThrows(
            IllegalStateException.class,
            () -> reduction.changePercent(d("5")).baselinePeriod(YEAR).build());
    assertEquals("target T1 baseline period 2003-04 is its own period", self.getMessage());
  }

  @Test
  void profiles_needAFinancialYear_andCumulativeNeedsOneSide() {
    IllegalStateException quarter =
        assertThrows(
            IllegalStateException.class,
            () ->
                base()
                    .period(FinancialQuarter.of(2003, 1))
                    .kind(TargetKind.AT_LEAST)
                    .value(d("1"))
                    .build());
    assertEquals(
        "target T1 for 2003-04 Q1 has a STRAIGHT_LINE profile, which needs a financial-year period",
        quarter.getMessage());
    IllegalStateException cumulativeRange =
        assertThrows(
            IllegalStateException.class,
            () ->
                base()
                    .kind(TargetKind.WITHIN_RANGE)
                    .lower(d("1"))
                    .upper(d("2"))
                    .profile(TargetProfile.cumulative(List.of(d("1"), d("1"), d("1"), d("1"))))
                    .build());
    assertEquals(
        "target T1 of kind WITHIN_RANGE cannot have a CUMULATIVE profile",
        cumulativeRange.getMessage());
  }

  @Test
  void targetsThroughTheYear_annual_isRejected() {
    Target target = base().kind(TargetKind.AT_LEAST).value(d("1")).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> target.targetsThroughTheYear(Frequency.ANNUAL));
    assertEquals("target T1: a year has no annual sub-periods", e.getMessage());
  }

  @Test
  void scope_textFormsAndEquality() {
    OrganisationId council = OrganisationId.gss("E10000015");
    assertEquals("E10000015", TargetScope.organisation(council).toString());
    assertEquals("Older People North", TargetScope.unit("Older People North").toString());
    assertEquals(
        "E10000015 / Older People North",
        TargetScope.unitOf(council, "Older People North").toString());
    IllegalArgumentException slash =
        assertThrows(IllegalArgumentException.class, () -> TargetScope.unit("North / South"));
    assertEquals("target unit 'North / South' must not contain ' / '", slash.getMessage());
    new EqualsTester()
        .addEqualityGroup(TargetScope.organisation(council), TargetScope.organisation(council))
        .addEqualityGroup(TargetScope.unit("North"), TargetScope.unit("North"))
        .addEqualityGroup(TargetScope.unitOf(council, "North"))
        .addEqualityGroup(TargetScope.organisation(OrganisationId.gss("E10000016")))
        .testEquals();
  }

  @Test
  void builderRoundTrips_equalsAndNulls() {
    Target target = AdultServicesPlan.admissions();
    assertEquals(target, Target.builder().from(target).build());
    new EqualsTester()
        .addEqualityGroup(target, AdultServicesPlan.admissions())
        .addEqualityGroup(Target.builder().from(target).value(d("121")).build())
        .addEqualityGroup(
            Target.builder().from(target).provenance(TargetProvenance.PLACEHOLDER).build())
        .addEqualityGroup(
            Target.builder().from(target).profile(TargetProfile.straightLine()).build())
        .testEquals();
    ProfiledTarget q1 = target.targetFor(FinancialQuarter.of(2003, 1)).orElseThrow();
    assertEquals(q1, ProfiledTarget.builder().from(q1).build());
    new EqualsTester()
        .addEqualityGroup(q1, target.targetFor(FinancialQuarter.of(2003, 1)).orElseThrow())
        .addEqualityGroup(target.targetFor(FinancialQuarter.of(2003, 2)).orElseThrow())
        .testEquals();
    var tester =
        Testers.nullPointerTester()
            .setDefault(ReportingPeriod.class, YEAR)
            .setDefault(TargetScope.class, COUNTY)
            .setDefault(OrganisationId.class, OrganisationId.gss("E10000015"))
            .setDefault(Frequency.class, Frequency.QUARTERLY)
            .setDefault(Range.class, Range.atLeast(BigDecimal.ONE))
            .setDefault(Target.class, target);
    tester.testAllPublicStaticMethods(Target.class);
    tester.testAllPublicStaticMethods(TargetScope.class);
    tester.testAllPublicStaticMethods(ProfiledTarget.class);
    tester.testAllPublicInstanceMethods(target);
    tester.testAllPublicInstanceMethods(q1);
    tester.testAllPublicInstanceMethods(COUNTY);
    tester.testAllPublicInstanceMethods(TargetKind.AT_LEAST);
  }
}
