package dev.yardstick.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DomainTest {

  @Test
  void pafDomains_areTheFiveNationalDomainsInLetterOrder() {
    List<Domain> paf = Domain.pafDomains();
    assertEquals(5, paf.size());
    assertEquals(
        List.of("A", "B", "C", "D", "E"),
        paf.stream().map(Domain::getCode).collect(Collectors.toList()));
    assertTrue(paf.stream().allMatch(d -> d.getFrameworkName().equals(Domain.PAF)));
    assertEquals("PAF B Cost and efficiency", Domain.PAF_COST_AND_EFFICIENCY.toString());
    assertThrows(UnsupportedOperationException.class, () -> paf.remove(0));
  }

  @Test
  void of_ascofDomain_isData() {
    Domain delaying =
        Domain.of("ASCOF", "2", "Delaying and reducing the need for care and support");
    assertEquals("ASCOF", delaying.getFrameworkName());
    assertEquals("2", delaying.getCode());
    assertEquals("Delaying and reducing the need for care and support", delaying.getTitle());
  }

  @Test
  void of_blankTitle_throwsNamingTheAttribute() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Domain.of("ASCOF", "1", " "));
    assertEquals("domain title must not be blank", e.getMessage());
    IllegalArgumentException code =
        assertThrows(IllegalArgumentException.class, () -> Domain.of("ASCOF", " 1", "Quality"));
    assertTrue(code.getMessage().startsWith("domain code ' 1'"), code.getMessage());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Domain.PAF_FAIR_ACCESS, Domain.of("PAF", "E", "Fair access"))
        .addEqualityGroup(Domain.of("PAF", "E", "Fair Access"))
        .addEqualityGroup(Domain.of("ASCOF", "E", "Fair access"))
        .addEqualityGroup(Domain.of("PAF", "F", "Fair access"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Domain.class);
    new NullPointerTester().testAllPublicInstanceMethods(Domain.PAF_QUALITY);
  }

  @Test
  void serialisation_roundTrip_isEqual() {
    SerializableTester.reserializeAndAssert(Domain.PAF_EFFECTIVENESS);
    SerializableTester.reserializeAndAssert(Domain.of("ASCOF", "2", "Delaying and reducing"));
  }
}
