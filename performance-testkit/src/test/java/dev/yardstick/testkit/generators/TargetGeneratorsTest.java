package dev.yardstick.testkit.generators;

import static dev.yardstick.testkit.generators.Rates.assertRate;
import static dev.yardstick.testkit.generators.Rates.share;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.PerformanceFramework;
import dev.yardstick.core.framework.ProfiledTarget;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.validation.ValidationReport;
import dev.yardstick.testkit.Generator;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetGeneratorsTest {

  private static final int DRAWS = 10_000;

  @Test
  void targets_sameSeed_giveSameTargets() {
    Generator<Target> targets = TargetGenerators.targets();
    qt().withExamples(300)
        .forAll(longs().all())
        .check(seed -> targets.sample(seed, 0).equals(targets.sample(seed, 0)));
  }

  @Test
  void targets_passTheFrameworksBusinessRules() {
    Generator<Target> targets = TargetGenerators.targets();
    qt().withExamples(500)
        .forAll(longs().all())
        .check(
            seed -> {
              Target target = targets.sample(seed, 0);
              ValidationReport report =
                  PerformanceFramework.builder()
                      .name("generated")
                      .addTargets(target)
                      .build()
                      .validate();
              return report.getErrors().isEmpty();
            });
  }

  @Test
  void targets_ofAdditiveProfiles_addUpToTheAnnualTargetOverTheQuarters() {
    Generator<Target> targets =
        TargetGenerators.targets()
            .filter(t -> t.getProfile().isAdditive() && t.getKind() != TargetKind.WITHIN_RANGE);
    qt().withExamples(300)
        .forAll(longs().all())
        .check(
            seed -> {
              Target target = targets.sample(seed, 0);
              BigDecimal sum =
                  target.targetsThroughTheYear(Frequency.QUARTERLY).stream()
                      .map(TargetGeneratorsTest::threshold)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              return sum.compareTo(target.getThreshold().orElseThrow()) == 0;
            });
  }

  private static BigDecimal threshold(ProfiledTarget profiled) {
    return profiled.getPeriodBounds().hasLowerBound()
        ? profiled.getPeriodBounds().lowerEndpoint()
        : profiled.getPeriodBounds().upperEndpoint();
  }

  @Test
  void targets_coverEveryKindShapeAndTolerance() {
    Set<TargetKind> kinds = EnumSet.noneOf(TargetKind.class);
    Set<TargetProfile.Shape> shapes = EnumSet.noneOf(TargetProfile.Shape.class);
    Set<Tolerance.Kind> tolerances = EnumSet.noneOf(Tolerance.Kind.class);
    Set<Unit> units = new HashSet<>();
    boolean subYear = false;
    Generator<Target> targets = TargetGenerators.targets();
    for (long seed = 0; seed < 2_000; seed++) {
      Target t = targets.sample(seed, 0);
      kinds.add(t.getKind());
      shapes.add(t.getProfile().getShape());
      t.getTolerance().ifPresent(tol -> tolerances.add(tol.getKind()));
      units.add(t.getUnit());
      subYear |= !(t.getPeriod() instanceof FinancialYear);
    }
    assertEquals(EnumSet.allOf(TargetKind.class), kinds);
    assertEquals(EnumSet.allOf(TargetProfile.Shape.class), shapes);
    assertEquals(EnumSet.allOf(Tolerance.Kind.class), tolerances);
    assertEquals(4, units.size());
    assertTrue(subYear);
  }

  @Test
  void targets_drawEdgeValuesAndPointRanges_atTheStatedRates() {
    Generator<Target> pointTargets =
        TargetGenerators.targets().filter(t -> t.getValue().isPresent());
    double onEdge =
        share(
            pointTargets,
            0,
            DRAWS,
            t -> {
              BigDecimal v = t.getValue().orElseThrow();
              return v.signum() == 0
                  || (t.getUnit().equals(Unit.PERCENTAGE)
                      && v.compareTo(BigDecimal.valueOf(100)) == 0)
                  || (!t.getUnit().equals(Unit.PERCENTAGE)
                      && v.compareTo(BigDecimal.valueOf(5_000)) == 0);
            });
    assertRate("edge values", onEdge, TargetGenerators.EDGE_VALUE_RATE, 0.01, DRAWS);
    Generator<Target> ranges =
        TargetGenerators.targets().filter(t -> t.getKind() == TargetKind.WITHIN_RANGE);
    double point =
        share(ranges, 0, DRAWS, t -> t.getLower().orElseThrow().equals(t.getUpper().orElseThrow()));
    assertRate("point ranges", point, TargetGenerators.EDGE_VALUE_RATE, 0.03, DRAWS);
  }

  @Test
  void profiles_cumulativeOnesAddUpToTheAnnualTarget() {
    Generator<TargetProfile> profiles = TargetGenerators.profiles(new BigDecimal("1234.5"));
    qt().forAll(longs().all())
        .check(
            seed -> {
              TargetProfile p = profiles.sample(seed, 0);
              return p.getShape() != TargetProfile.Shape.CUMULATIVE
                  || (p.getTotal().orElseThrow().compareTo(new BigDecimal("1234.5")) == 0
                      && p.getValues().stream().allMatch(v -> v.signum() >= 0));
            });
  }

  @Test
  void badArguments_areRefusedWithTheValueNamed() {
    assertEquals(
        "annual target -1 is negative",
        assertThrows(
                IllegalArgumentException.class,
                () -> TargetGenerators.profiles(BigDecimal.ONE.negate()))
            .getMessage());
  }

  @Test
  void nulls_areRefused() {
    new NullPointerTester().testAllPublicStaticMethods(TargetGenerators.class);
  }

  @Test
  void indicatorCodes_areFewEnoughToCollide() {
    List<?> codes = TargetGenerators.indicatorCodes().list(100).sample(4L, 100);
    assertTrue(new HashSet<>(codes).size() <= 40);
  }
}
