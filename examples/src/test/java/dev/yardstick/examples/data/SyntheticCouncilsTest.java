package dev.yardstick.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.core.organisation.OrganisationType;
import dev.yardstick.core.organisation.Region;
import dev.yardstick.indicators.benchmark.NeighbourGroup;
import dev.yardstick.indicators.benchmark.StatisticalNeighbours;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticCouncilsTest {

  private static final List<CouncilProfile> COUNCILS =
      SyntheticCouncils.generate(SyntheticCouncils.DEFAULT_SEED);

  @Test
  void generate_makes150EnglishCouncilsOfTheFourTypes() {
    assertEquals(150, COUNCILS.size());
    Map<OrganisationType, Integer> byType = new EnumMap<>(OrganisationType.class);
    for (CouncilProfile c : COUNCILS) {
      byType.merge(c.getOrganisation().getType(), 1, Integer::sum);
      assertTrue(c.getOrganisation().getRegion().orElseThrow().isEnglish());
      assertTrue(c.getOrganisation().getType().isSocialServicesAuthority());
      String code = c.getId().getCode();
      assertTrue(code.matches("E(06|08|09|10)9\\d{5}"), code);
      assertEquals(
          c.getOrganisation().getType() == OrganisationType.LONDON_BOROUGH,
          c.getOrganisation().getRegion().orElseThrow() == Region.LONDON);
    }
    assertEquals(
        Map.of(
            OrganisationType.COUNTY,
            21,
            OrganisationType.UNITARY_AUTHORITY,
            60,
            OrganisationType.METROPOLITAN_DISTRICT,
            36,
            OrganisationType.LONDON_BOROUGH,
            33),
        byType);
    assertEquals(150, COUNCILS.stream().map(CouncilProfile::getName).distinct().count());
    assertEquals(150, COUNCILS.stream().map(CouncilProfile::getId).distinct().count());
  }

  @Test
  void generate_isTheSameForTheSameSeed() {
    List<CouncilProfile> again = SyntheticCouncils.generate(SyntheticCouncils.DEFAULT_SEED);
    for (int i = 0; i < COUNCILS.size(); i++) {
      assertEquals(COUNCILS.get(i).getName(), again.get(i).getName());
      assertEquals(COUNCILS.get(i).getPopulation(3), again.get(i).getPopulation(3));
      assertEquals(COUNCILS.get(i).getDeprivation(), again.get(i).getDeprivation());
    }
    List<String> other =
        SyntheticCouncils.generate(1).stream()
            .map(CouncilProfile::getName)
            .collect(Collectors.toList());
    assertTrue(
        !other.equals(COUNCILS.stream().map(CouncilProfile::getName).collect(Collectors.toList())));
  }

  @Test
  void populations_byAgeBand_addUpAndGrow() {
    for (CouncilProfile c : COUNCILS) {
      Map<String, Long> p = c.getPopulation(0);
      assertEquals(CouncilProfile.AGE_BANDS, List.copyOf(p.keySet()));
      long total = c.totalPopulation(0);
      assertTrue(total >= 85_000 && total <= 1_500_000, c + " " + total);
      double older = 100.0 * c.population(0, "65-74", "75-84", "85+") / total;
      assertEquals(c.getOlderShare(), older, 1.0, c.toString());
      assertTrue(c.totalPopulation(7) > total);
    }
  }

  @Test
  void neighbourVariables_findTenNeighboursOfTheSameKind() {
    CouncilProfile london =
        COUNCILS.stream()
            .filter(c -> c.getOrganisation().getType() == OrganisationType.LONDON_BOROUGH)
            .findFirst()
            .orElseThrow();
    NeighbourGroup group =
        StatisticalNeighbours.withDefaults()
            .find(
                SyntheticCouncils.neighbourVariables(COUNCILS),
                london.getId(),
                LocalDate.of(2024, 4, 1));
    assertEquals(10, group.getNeighbours().size());
    long londonNeighbours =
        group.getNeighbours().stream()
            .map(n -> SyntheticCouncils.find(COUNCILS, n.getOrganisation()).orElseThrow())
            .filter(c -> c.getOrganisation().getType() == OrganisationType.LONDON_BOROUGH)
            .count();
    assertTrue(londonNeighbours >= 7, "London's neighbours are mostly London: " + londonNeighbours);
  }
}
