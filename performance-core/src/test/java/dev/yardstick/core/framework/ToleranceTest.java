package dev.yardstick.core.framework;

import static dev.yardstick.core.framework.AdultServicesPlan.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import dev.yardstick.core.status.RagStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ToleranceTest {

  private static String show(List<ToleranceBand> bands) {
    return bands.stream()
        .map(b -> b.getStatus() + " " + ToleranceBand.describe(b.getRange()))
        .collect(Collectors.joining("; "));
  }

  @Test
  void absolute_atLeast_amberBelowTheTarget() {
    List<ToleranceBand> bands = Tolerance.absolute(d("5")).toBands(Range.atLeast(d("75")));
    assertEquals("RED (-inf, 70); AMBER [70, 75); GREEN [75, +inf)", show(bands));
  }

  @Test
  void relative_atMost_amberAboveTheTarget() {
    // Havering: amber when more than the target but within 10% of it.
    List<ToleranceBand> bands = Tolerance.relative(d("10")).toBands(Range.atMost(d("120")));
    assertEquals("GREEN (-inf, 120]; AMBER (120, 132]; RED (132, +inf)", show(bands));
  }

  @Test
  void absolute_withinRange_amberOnBothSides() {
    List<ToleranceBand> bands = Tolerance.absolute(d("2")).toBands(Range.closed(d("10"), d("15")));
    assertEquals(
        "RED (-inf, 8); AMBER [8, 10); GREEN [10, 15]; AMBER (15, 17]; RED (17, +inf)",
        show(bands));
  }

  @Test
  void relative_zeroTarget_hasNoAmberBand() {
    List<ToleranceBand> bands = Tolerance.relative(d("10")).toBands(Range.atMost(BigDecimal.ZERO));
    assertEquals("GREEN (-inf, 0]; RED (0, +inf)", show(bands));
  }

  @Test
  void bands_areKeptInOrderOfLowerEnd() {
    Tolerance tolerance =
        Tolerance.bands(
            List.of(
                ToleranceBand.of(RagStatus.GREEN, Range.atLeast(d("55"))),
                ToleranceBand.of(RagStatus.RED, Range.lessThan(d("50"))),
                ToleranceBand.of(RagStatus.AMBER, Range.closedOpen(d("50"), d("55")))));
    assertEquals("BANDS[RED (-inf, 50), AMBER [50, 55), GREEN [55, +inf)]", tolerance.toString());
    assertEquals(tolerance.getBands(), tolerance.toBands(Range.atLeast(d("1"))));
  }

  @Test
  void badInput_throwsNamingTheValue() {
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> Tolerance.absolute(d("0")));
    assertEquals("absolute tolerance 0 must be greater than zero", zero.getMessage());
    IllegalArgumentException big =
        assertThrows(IllegalArgumentException.class, () -> Tolerance.relative(d("150")));
    assertEquals(
        "relative tolerance 150% must be greater than 0 and at most 100", big.getMessage());
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> Tolerance.bands(List.of()));
    assertEquals("tolerance bands must not be empty", none.getMessage());
    IllegalArgumentException unbounded =
        assertThrows(
            IllegalArgumentException.class, () -> Tolerance.absolute(d("1")).toBands(Range.all()));
    assertEquals(
        "target range (-∞..+∞) has no bound to measure tolerance from", unbounded.getMessage());
    IllegalStateException status =
        assertThrows(
            IllegalStateException.class,
            () -> ToleranceBand.of(RagStatus.NO_DATA, Range.atLeast(d("1"))));
    assertEquals("tolerance band status NO_DATA is not RED, AMBER or GREEN", status.getMessage());
    IllegalStateException empty =
        assertThrows(
            IllegalStateException.class,
            () -> ToleranceBand.of(RagStatus.RED, Range.closedOpen(d("1"), d("1"))));
    assertEquals("tolerance band RED range [1..1) is empty", empty.getMessage());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Tolerance.absolute(d("5")), Tolerance.absolute(d("5.00")))
        .addEqualityGroup(Tolerance.relative(d("5")))
        .addEqualityGroup(Tolerance.absolute(d("6")))
        .addEqualityGroup(
            Tolerance.bands(List.of(ToleranceBand.of(RagStatus.GREEN, Range.all()))),
            Tolerance.bands(List.of(ToleranceBand.of(RagStatus.GREEN, Range.all()))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ToleranceBand.of(RagStatus.GREEN, Range.atLeast(d("55.0"))),
            ToleranceBand.of(RagStatus.GREEN, Range.atLeast(d("55"))))
        .addEqualityGroup(ToleranceBand.of(RagStatus.GREEN, Range.greaterThan(d("55"))))
        .addEqualityGroup(ToleranceBand.of(RagStatus.AMBER, Range.atLeast(d("55"))))
        .testEquals();
    var tester =
        Testers.nullPointerTester()
            .setDefault(Range.class, Range.atLeast(BigDecimal.ONE))
            .setDefault(RagStatus.class, RagStatus.GREEN);
    tester.testAllPublicStaticMethods(Tolerance.class);
    tester.testAllPublicStaticMethods(ToleranceBand.class);
    tester.testAllPublicInstanceMethods(Tolerance.relative(d("5")));
    tester.testAllPublicInstanceMethods(ToleranceBand.of(RagStatus.GREEN, Range.all()));
  }
}
