package dev.yardstick.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The seven identifier types share one contract; each is checked against it. */
class IdentifiersTest {

  /** One identifier type: its class and its factory. */
  private static final class Kind<T extends Comparable<T>> {
    final Class<T> type;
    final Function<String, T> of;
    final Function<String, T> parse;

    Kind(Class<T> type, Function<String, T> of, Function<String, T> parse) {
      this.type = type;
      this.of = of;
      this.parse = parse;
    }
  }

  private static List<Kind<?>> kinds() {
    return List.of(
        new Kind<>(ObjectiveId.class, ObjectiveId::of, ObjectiveId::parse),
        new Kind<>(StandardId.class, StandardId::of, StandardId::parse),
        new Kind<>(TargetId.class, TargetId::of, TargetId::parse),
        new Kind<>(OutcomeId.class, OutcomeId::of, OutcomeId::parse),
        new Kind<>(ActionId.class, ActionId::of, ActionId::parse),
        new Kind<>(ContractId.class, ContractId::of, ContractId::parse),
        new Kind<>(RiskId.class, RiskId::of, RiskId::parse));
  }

  @TestFactory
  Stream<DynamicTest> parse_toString_roundTrips() {
    return kinds().stream()
        .map(
            k ->
                DynamicTest.dynamicTest(
                    k.type.getSimpleName(),
                    () -> {
                      for (String text : List.of("O1", "SP-2003/04 (a)", "x", "A".repeat(64))) {
                        Object id = k.of.apply(text);
                        assertEquals(text, id.toString());
                        assertEquals(id, k.parse.apply(id.toString()));
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> of_badText_throwsNamingTheText() {
    return kinds().stream()
        .map(
            k ->
                DynamicTest.dynamicTest(
                    k.type.getSimpleName(),
                    () -> {
                      for (String bad : List.of("", " O1", "O1 ", "O\n1", "A".repeat(65))) {
                        IllegalArgumentException e =
                            assertThrows(IllegalArgumentException.class, () -> k.of.apply(bad));
                        assertTrue(
                            e.getMessage().contains("'" + bad + "'"),
                            () -> "message names the text: " + e.getMessage());
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> equalsAndNulls() {
    return kinds().stream()
        .map(
            k ->
                DynamicTest.dynamicTest(
                    k.type.getSimpleName(),
                    () -> {
                      new EqualsTester()
                          .addEqualityGroup(k.of.apply("O1"), k.parse.apply("O1"))
                          .addEqualityGroup(k.of.apply("o1"))
                          .addEqualityGroup(k.of.apply("O01"))
                          .testEquals();
                      new NullPointerTester().testAllPublicStaticMethods(k.type);
                      new NullPointerTester().testAllPublicInstanceMethods(k.of.apply("O1"));
                    }));
  }

  @Test
  void compareTo_numbersInTheText_sortByValue() {
    List<ObjectiveId> sorted =
        Stream.of("O10", "O2", "O1", "O02", "P1", "O")
            .map(ObjectiveId::of)
            .sorted()
            .collect(java.util.stream.Collectors.toList());
    assertEquals("[O, O1, O02, O2, O10, P1]", sorted.toString());
  }

  @Test
  void compareTo_isConsistentWithEquals() {
    assertTrue(ObjectiveId.of("O02").compareTo(ObjectiveId.of("O2")) != 0);
    assertEquals(0, RiskId.of("CR-12").compareTo(RiskId.of("CR-12")));
  }
}
