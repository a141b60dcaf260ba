package dev.yardstick.indicators.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandCountsTest {

  @Test
  void fromBands_countsEachBand() {
    BandCounts counts = BandCounts.fromBands(List.of(5, 4, 4, 3, 1));
    assertEquals(BandCounts.of(1, 0, 1, 2, 1), counts);
    assertEquals(5, counts.getTotal());
    assertEquals(3, counts.getGoodOrBetter());
    assertEquals(2, counts.getCount(4));
    assertEquals("bands 1-5: 1, 0, 1, 2, 1", counts.toString());
    assertEquals(BandCounts.of(2, 0, 2, 4, 2), counts.plus(counts));
    assertEquals(counts, counts.plus(BandCounts.none()));
    assertEquals(0, BandCounts.none().getTotal());
  }

  @Test
  void badBands_areRejectedNamingThem() {
    IllegalArgumentException band =
        assertThrows(IllegalArgumentException.class, () -> BandCounts.fromBands(List.of(3, 6)));
    assertEquals("PAF band 6 is not 1 to 5", band.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BandCounts.none().getCount(0));
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> BandCounts.of(0, 0, -1, 0, 0));
    assertEquals("band 3 count -1 is negative", negative.getMessage());
  }

  @Test
  void equals_byEveryCount() {
    new EqualsTester()
        .addEqualityGroup(
            BandCounts.of(1, 0, 1, 2, 1), BandCounts.fromBands(List.of(1, 3, 4, 4, 5)))
        .addEqualityGroup(BandCounts.of(0, 1, 1, 2, 1))
        .addEqualityGroup(BandCounts.none())
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(BandCounts.class);
    tester.testAllPublicInstanceMethods(BandCounts.none());
  }
}
