package dev.yardstick.indicators.variance;

import static dev.yardstick.indicators.variance.Fixtures.YEAR;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.Range;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.core.status.RagStatus;
import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VariancePropertyTest {

  private static final VarianceCalculator CALC = VarianceCalculator.withDefaults();

  /** A value with one decimal place from tenths. */
  private static BigDecimal tenths(int tenths) {
    return BigDecimal.valueOf(tenths, 1);
  }

  private static Optional<Tolerance> tolerance(int tenths) {
    return tenths == 0 ? Optional.empty() : Optional.of(Tolerance.absolute(tenths(tenths)));
  }

  private static Target oneSided(TargetKind kind, BigDecimal value, Optional<Tolerance> tolerance) {
    return Fixtures.target(kind).value(value).tolerance(tolerance).build();
  }

  private static VarianceResult judge(
      RagPolicy policy, Polarity polarity, BigDecimal actual, Target target) {
    Figure figure = Fixtures.figure(polarity).value(actual).build();
    return CALC.with(policy).calculate(figure, Fixtures.forYear(target));
  }

  private static RagPolicy policy(boolean amberEdge, boolean greenEdge) {
    return RagPolicy.builder()
        .name("generated")
        .toleranceEdge(amberEdge ? ToleranceEdge.AMBER : ToleranceEdge.RED)
        .targetEdge(greenEdge ? TargetEdge.GREEN : TargetEdge.AMBER)
        .build();
  }

  @Test
  void flippingPolarityAndTargetDirection_swapsBetterAndWorse_keepsOnTarget() {
    qt().forAll(
            integers().between(-2000, 2000),
            integers().between(-2000, 2000),
            integers().between(0, 100))
        .check(
            (a, t, w) -> {
              VarianceResult higher =
                  judge(
                      RagPolicy.defaults(),
                      Polarity.HIGHER_IS_BETTER,
                      tenths(a),
                      oneSided(TargetKind.AT_LEAST, tenths(t), tolerance(w)));
              VarianceResult lower =
                  judge(
                      RagPolicy.defaults(),
                      Polarity.LOWER_IS_BETTER,
                      tenths(a),
                      oneSided(TargetKind.AT_MOST, tenths(t), tolerance(w)));
              return lower.getVerdict().orElseThrow() == higher.getVerdict().orElseThrow().flip()
                  && lower.getAbsoluteDifference().equals(higher.getAbsoluteDifference());
            });
  }

  @Test
  void flippingPolarityAndMirroringActualAndTarget_keepsVerdictAndColour() {
    // Flipping alone swaps better and worse; mirroring (negating actual and target) alone swaps
    // them too; both together give the same verdict and colour, and negate the difference.
    qt().forAll(
            integers().between(-2000, 2000),
            integers().between(-2000, 2000),
            integers().between(0, 100),
            integers().between(0, 3))
        .check(
            (a, t, w, edges) -> {
              RagPolicy p = policy((edges & 1) == 0, (edges & 2) == 0);
              VarianceResult higher =
                  judge(
                      p,
                      Polarity.HIGHER_IS_BETTER,
                      tenths(a),
                      oneSided(TargetKind.AT_LEAST, tenths(t), tolerance(w)));
              VarianceResult mirrored =
                  judge(
                      p,
                      Polarity.LOWER_IS_BETTER,
                      tenths(-a),
                      oneSided(TargetKind.AT_MOST, tenths(-t), tolerance(w)));
              return mirrored.getVerdict().equals(higher.getVerdict())
                  && mirrored.getStatus() == higher.getStatus()
                  && mirrored
                      .getAbsoluteDifference()
                      .orElseThrow()
                      .equals(higher.getAbsoluteDifference().orElseThrow().negate());
            });
  }

  @Test
  void mirroringRangeTarget_keepsVerdictAndColour() {
    qt().forAll(
            integers().between(-500, 500),
            integers().between(-500, 500),
            integers().between(0, 200),
            integers().between(0, 50))
        .check(
            (a, l, width, w) -> {
              BigDecimal lower = tenths(l);
              BigDecimal upper = tenths(l + width);
              Target range =
                  Fixtures.target(TargetKind.WITHIN_RANGE)
                      .lower(lower)
                      .upper(upper)
                      .tolerance(tolerance(w))
                      .build();
              Target mirroredRange =
                  Fixtures.target(TargetKind.WITHIN_RANGE)
                      .lower(upper.negate())
                      .upper(lower.negate())
                      .tolerance(tolerance(w))
                      .build();
              VarianceResult r =
                  judge(RagPolicy.defaults(), Polarity.withinRange(lower, upper), tenths(a), range);
              VarianceResult m =
                  judge(
                      RagPolicy.defaults(),
                      Polarity.withinRange(upper.negate(), lower.negate()),
                      tenths(-a),
                      mirroredRange);
              return r.getStatus() == m.getStatus() && r.getVerdict().equals(m.getVerdict());
            });
  }

  @Test
  void wideningTolerance_neverWorsensStatus() {
    qt().forAll(
            integers().between(-1000, 1000),
            integers().between(-1000, 1000),
            integers().between(0, 100),
            integers().between(0, 403))
        .check(
            (a, t, w1, packed) -> {
              int extra = packed / 4;
              boolean atLeast = (packed & 1) == 0;
              RagPolicy p = policy((packed & 2) == 0, true);
              TargetKind kind = atLeast ? TargetKind.AT_LEAST : TargetKind.AT_MOST;
              Polarity polarity = atLeast ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
              RagStatus narrow =
                  judge(p, polarity, tenths(a), oneSided(kind, tenths(t), tolerance(w1)))
                      .getStatus();
              RagStatus wide =
                  judge(p, polarity, tenths(a), oneSided(kind, tenths(t), tolerance(w1 + extra)))
                      .getStatus();
              return RagBands.rank(wide) >= RagBands.rank(narrow);
            });
  }

  @Test
  void wideningRelativeTolerance_neverWorsensStatus() {
    qt().forAll(
            integers().between(0, 2000),
            integers().between(1, 2000),
            integers().between(1, 50),
            integers().between(0, 50))
        .check(
            (a, t, p1, extra) -> {
              Target narrow =
                  oneSided(
                      TargetKind.AT_LEAST,
                      tenths(t),
                      Optional.of(Tolerance.relative(BigDecimal.valueOf(p1))));
              Target wide =
                  oneSided(
                      TargetKind.AT_LEAST,
                      tenths(t),
                      Optional.of(Tolerance.relative(BigDecimal.valueOf(p1 + extra))));
              RagStatus n =
                  judge(RagPolicy.defaults(), Polarity.HIGHER_IS_BETTER, tenths(a), narrow)
                      .getStatus();
              RagStatus w =
                  judge(RagPolicy.defaults(), Polarity.HIGHER_IS_BETTER, tenths(a), wide)
                      .getStatus();
              return RagBands.rank(w) >= RagBands.rank(n);
            });
  }

  @Test
  void yearToDateOfProfile_atYearEnd_equalsAnnualTarget() {
    qt().withExamples(300)
        .forAll(
            integers().between(1, 1_000_000),
            lists().of(integers().between(0, 50)).ofSize(12),
            booleans().all(),
            booleans().all())
        .check(
            (annual, weights, seasonal, monthly) -> {
              List<BigDecimal> w =
                  (monthly ? weights : weights.subList(0, 4))
                      .stream().map(BigDecimal::valueOf).collect(Collectors.toList());
              if (w.stream().allMatch(x -> x.signum() == 0)) {
                return true;
              }
              TargetProfile profile =
                  seasonal ? TargetProfile.seasonal(w) : TargetProfile.straightLine();
              Target target =
                  Fixtures.target(TargetKind.AT_LEAST)
                      .unit(Unit.COUNT)
                      .value(BigDecimal.valueOf(annual))
                      .profile(profile)
                      .build();
              Range<BigDecimal> march =
                  target
                      .targetFor(ReportingMonth.of(2004, Month.MARCH))
                      .orElseThrow()
                      .getYearToDateBounds();
              Range<BigDecimal> q4 =
                  target
                      .targetFor(FinancialQuarter.of(2003, 4))
                      .orElseThrow()
                      .getYearToDateBounds();
              return march.equals(target.getBounds()) && q4.equals(target.getBounds());
            });
  }

  @Test
  void yearToDateFigureInMarch_isJudgedAsTheYear() {
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(0, 200)).ofSize(12),
            integers().between(1, 2400),
            integers().between(0, 200))
        .check(
            (months, annual, tol) -> {
              Target target =
                  Fixtures.target(TargetKind.AT_LEAST)
                      .unit(Unit.COUNT)
                      .value(BigDecimal.valueOf(annual))
                      .profile(TargetProfile.straightLine())
                      .tolerance(tolerance(tol))
                      .build();
              YearToDateActuals actuals =
                  YearToDateActuals.builder()
                      .indicator(Fixtures.D40)
                      .year(YEAR)
                      .frequency(dev.yardstick.core.period.Frequency.MONTHLY)
                      .measureKind(dev.yardstick.core.measure.MeasureKind.FLOW_COUNT)
                      .unit(Unit.COUNT)
                      .polarity(Polarity.HIGHER_IS_BETTER)
                      .rounding(RoundingPolicy.WHOLE_NUMBER)
                      .values(months.stream().map(BigDecimal::valueOf).collect(Collectors.toList()))
                      .build();
              VarianceResult ytd =
                  CALC.calculate(
                      actuals.toFigure(), target.targetFor(actuals.getLastPeriod()).orElseThrow());
              Figure year =
                  Fixtures.figure(Polarity.HIGHER_IS_BETTER)
                      .unit(Unit.COUNT)
                      .rounding(RoundingPolicy.WHOLE_NUMBER)
                      .value(actuals.getCumulativeValue())
                      .build();
              VarianceResult annualResult = CALC.calculate(year, Fixtures.forYear(target));
              return ytd.getStatus() == annualResult.getStatus()
                  && ytd.getAbsoluteDifference().equals(annualResult.getAbsoluteDifference());
            });
  }
}
