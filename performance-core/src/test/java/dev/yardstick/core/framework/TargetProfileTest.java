package dev.yardstick.core.framework;

import static dev.yardstick.core.framework.AdultServicesPlan.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import dev.yardstick.core.period.Frequency;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetProfileTest {

  @Test
  void shapesAndFrequencies() {
    assertEquals(Optional.empty(), TargetProfile.straightLine().getFrequency());
    assertEquals(
        Optional.of(Frequency.QUARTERLY),
        TargetProfile.seasonal(List.of(d("1"), d("1"), d("1"), d("1"))).getFrequency());
    TargetProfile monthly = TargetProfile.cumulative(nCopies(12, "10.0"));
    assertEquals(Optional.of(Frequency.MONTHLY), monthly.getFrequency());
    assertEquals(Optional.of(d("120")), monthly.getTotal());
    assertEquals(Optional.empty(), TargetProfile.constant().getTotal());
    assertFalse(TargetProfile.constant().isAdditive());
    assertEquals(
        "SEASONAL[1, 2, 2, 1]",
        TargetProfile.seasonal(List.of(d("1"), d("2"), d("2.0"), d("1"))).toString());
    assertEquals("CONSTANT", TargetProfile.constant().toString());
  }

  private static List<BigDecimal> nCopies(int n, String value) {
    BigDecimal[] values = new BigDecimal[n];
    Arrays.fill(values, d(value));
    return Arrays.asList(values);
  }

  @Test
  void monthlySeasonal_quarterAddsUpItsMonths() {
    // Winter pressures: double weight December to February.
    List<BigDecimal> weights = nCopies(12, "1");
    weights.set(8, d("2"));
    weights.set(9, d("2"));
    weights.set(10, d("2"));
    TargetProfile profile = TargetProfile.seasonal(weights);
    // Total weight 15; 150 a year is 10 per weight. To the end of Q2 (six months of weight 1): 60;
    // Q3 is October, November and December, weights 1 + 1 + 2, so 40 more: 100.
    assertEquals(d("60"), profile.yearToDate(d("150"), 6));
    assertEquals(d("100"), profile.yearToDate(d("150"), 9));
    assertEquals(d("150"), profile.yearToDate(d("150"), 12));
  }

  @Test
  void badInput_throwsNamingTheProblem() {
    IllegalArgumentException count =
        assertThrows(
            IllegalArgumentException.class, () -> TargetProfile.seasonal(List.of(d("1"), d("2"))));
    assertEquals(
        "seasonal weights must be 4 (quarters) or 12 (months) values but are 2",
        count.getMessage());
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> TargetProfile.seasonal(List.of(d("1"), d("-2"), d("1"), d("1"))));
    assertEquals("seasonal weight -2 of period 2 is negative", negative.getMessage());
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> TargetProfile.seasonal(nCopies(4, "0")));
    assertEquals("seasonal weights [0, 0, 0, 0] are all zero", zero.getMessage());
    IllegalArgumentException cumulative =
        assertThrows(
            IllegalArgumentException.class, () -> TargetProfile.cumulative(nCopies(5, "1")));
    assertEquals(
        "cumulative amounts must be 4 (quarters) or 12 (months) values but are 5",
        cumulative.getMessage());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(TargetProfile.constant(), TargetProfile.constant())
        .addEqualityGroup(TargetProfile.straightLine())
        .addEqualityGroup(
            TargetProfile.seasonal(nCopies(4, "1")), TargetProfile.seasonal(nCopies(4, "1.00")))
        .addEqualityGroup(TargetProfile.cumulative(nCopies(4, "1")))
        .addEqualityGroup(TargetProfile.seasonal(nCopies(4, "2")))
        .testEquals();
    var tester = Testers.nullPointerTester().setDefault(List.class, nCopies(4, "1"));
    tester.testAllPublicStaticMethods(TargetProfile.class);
    tester.testAllPublicInstanceMethods(TargetProfile.seasonal(nCopies(4, "1")));
  }
}
