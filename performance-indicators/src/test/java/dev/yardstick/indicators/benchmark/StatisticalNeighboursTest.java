package dev.yardstick.indicators.benchmark;

import static dev.yardstick.indicators.benchmark.PositionCalculatorTest.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.organisation.ComparatorGroup;
import dev.yardstick.core.organisation.OrganisationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatisticalNeighboursTest {

  private static final LocalDate FROM = LocalDate.of(2024, 4, 1);

  private static NeighbourVariables variables() {
    return NeighbourVariables.builder()
        .addNames("a", "b", "constant")
        .addWeights(2.0, 1.0, 5.0)
        .putValues(org(0), List.of(1.0, 100.0, 7.0))
        .putValues(org(1), List.of(2.0, 110.0, 7.0))
        .putValues(org(2), List.of(3.0, 90.0, 7.0))
        .putValues(org(3), List.of(10.0, 300.0, 7.0))
        .build();
  }

  @Test
  void find_weightedEuclideanOfStandardisedVariables_matchesR() {
    // R: v <- data.frame(a = c(1,2,3,10), b = c(100,110,90,300)); z <- scale(v);
    //    sqrt(2 * (z[,1] - z[1,1])^2 + (z[,2] - z[1,2])^2) = 0 0.3604632781 0.6999526947
    // 3.7004742850
    // (the constant variable adds nothing)
    NeighbourGroup g =
        StatisticalNeighbours.withDefaults().withCount(2).find(variables(), org(0), FROM);
    assertEquals(2, g.getNeighbours().size());
    assertEquals(org(1), g.getNeighbours().get(0).getOrganisation());
    assertEquals(0.3604632781, g.getNeighbours().get(0).getDistance(), 1e-9);
    assertEquals(org(2), g.getNeighbours().get(1).getOrganisation());
    assertEquals(0.6999526947, g.getNeighbours().get(1).getDistance(), 1e-9);
    ComparatorGroup group = g.getComparatorGroup();
    assertEquals(ComparatorGroup.Kind.STATISTICAL_NEIGHBOURS, group.getKind());
    assertEquals(Set.of(org(1), org(2)), group.getMembers(FROM));
    assertTrue(group.getMembers(FROM.minusDays(1)).isEmpty());
  }

  @Test
  void find_farthestIsOne_rebasesAsCipfa() {
    NeighbourGroup g =
        StatisticalNeighbours.withDefaults()
            .with(DistanceScale.FARTHEST_IS_ONE)
            .find(variables(), org(0), FROM);
    assertEquals(3, g.getNeighbours().size()); // fewer than 10 others: all of them
    assertEquals(1.0, g.getNeighbours().get(2).getDistance(), 1e-15);
    assertEquals(0.3604632781 / 3.7004742850, g.getNeighbours().get(0).getDistance(), 1e-9);
  }

  @Test
  void badInput_isRefusedWithTheValueNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StatisticalNeighbours.withDefaults().find(variables(), org(7), FROM));
    assertTrue(e.getMessage().contains("council7"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StatisticalNeighbours.withDefaults().withCount(0));
    assertTrue(e.getMessage().contains("0"), e.getMessage());
    IllegalStateException s =
        assertThrows(
            IllegalStateException.class,
            () ->
                NeighbourVariables.builder()
                    .from(variables())
                    .putValues(org(9), List.of(1.0))
                    .build());
    assertTrue(s.getMessage().contains("council9"), s.getMessage());
    s =
        assertThrows(
            IllegalStateException.class,
            () -> NeighbourVariables.builder().addNames("a").addWeights(-1.0).build());
    assertTrue(s.getMessage().contains("-1.0"), s.getMessage());
  }

  @Test
  void nulls_areRefused_andResultsAreValues() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(NeighbourVariables.class, variables());
    tester.setDefault(OrganisationId.class, org(0));
    tester.testAllPublicStaticMethods(StatisticalNeighbours.class);
    tester.testAllPublicInstanceMethods(StatisticalNeighbours.withDefaults());
    NeighbourGroup a = StatisticalNeighbours.withDefaults().find(variables(), org(0), FROM);
    new EqualsTester()
        .addEqualityGroup(a, NeighbourGroup.builder().from(a).build())
        .addEqualityGroup(StatisticalNeighbours.withDefaults().find(variables(), org(1), FROM))
        .testEquals();
  }
}
