package dev.yardstick.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratorTest {

  @Test
  void generate_sameSeed_givesSameValues() {
    Generator<List<Integer>> lists = Generator.intsBetween(-5, 5).list();
    qt().forAll(longs().all(), integers().between(0, 50))
        .check(
            (seed, size) ->
                lists
                    .generate(new SplittableRandom(seed), size)
                    .equals(lists.generate(new SplittableRandom(seed), size)));
  }

  @Test
  void intsBetween_staysInItsClosedRange_andReachesBothEnds() {
    Generator<Integer> dice = Generator.intsBetween(1, 6);
    SplittableRandom random = new SplittableRandom(1);
    boolean sawOne = false;
    boolean sawSix = false;
    for (int i = 0; i < 1_000; i++) {
      int value = dice.generate(random, 0);
      assertTrue(value >= 1 && value <= 6, "value " + value);
      sawOne |= value == 1;
      sawSix |= value == 6;
    }
    assertTrue(sawOne && sawSix);
  }

  @Test
  void intsBetween_fullIntRange_doesNotOverflow() {
    Generator<Integer> all = Generator.intsBetween(Integer.MIN_VALUE, Integer.MAX_VALUE);
    qt().forAll(longs().all()).check(seed -> all.generate(new SplittableRandom(seed), 0) != null);
  }

  @Test
  void list_lengthIsAtMostTheSize() {
    Generator<List<Integer>> lists = Generator.intsBetween(0, 1).list();
    qt().forAll(longs().all(), integers().between(0, 30))
        .check((seed, size) -> lists.generate(new SplittableRandom(seed), size).size() <= size);
  }

  @Test
  void list_negativeSize_isRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Generator.intsBetween(0, 1).list().generate(new SplittableRandom(0), -1));
    assertEquals("size -1 is negative", e.getMessage());
  }

  @Test
  void map_andFilter_transformAndSelect() {
    Generator<Integer> evens = Generator.intsBetween(0, 100).filter(i -> i % 2 == 0);
    Generator<String> labels = evens.map(i -> "n" + i);
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 100; i++) {
      String label = labels.generate(random, 0);
      assertTrue(Integer.parseInt(label.substring(1)) % 2 == 0, label);
    }
  }

  @Test
  void filter_impossibleCondition_failsClearly() {
    Generator<Integer> none = Generator.intsBetween(0, 10).filter(i -> i > 10);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> none.generate(new SplittableRandom(0), 0));
    assertEquals("1,000 generated values in a row failed the filter", e.getMessage());
  }

  @Test
  void withEdgeCases_drawsEdgeCasesAtAboutTheStatedRate() {
    Generator<Integer> mixed =
        Generator.withEdgeCases(Generator.intsBetween(1, 9), 0.2, Generator.oneOf(0));
    SplittableRandom random = new SplittableRandom(11);
    int edges = 0;
    int draws = 10_000;
    for (int i = 0; i < draws; i++) {
      if (mixed.generate(random, 0) == 0) {
        edges++;
      }
    }
    // Binomial(10000, 0.2): sd = 40, so +/- 200 is five standard deviations.
    assertTrue(Math.abs(edges - 2_000) < 200, "edge cases drawn: " + edges);
  }

  @Test
  void badArguments_areRefusedWithTheValueNamed() {
    assertEquals(
        "range [3, 2] is empty",
        assertThrows(IllegalArgumentException.class, () -> Generator.intsBetween(3, 2))
            .getMessage());
    assertEquals(
        "oneOf needs at least one value",
        assertThrows(IllegalArgumentException.class, Generator::oneOf).getMessage());
    assertEquals(
        "edge-case rate 1.5 is not in [0, 1]",
        assertThrows(
                IllegalArgumentException.class,
                () -> Generator.withEdgeCases(Generator.oneOf(1), 1.5, Generator.oneOf(0)))
            .getMessage());
  }

  @Test
  void nulls_areRefused() {
    new NullPointerTester().testAllPublicStaticMethods(Generator.class);
    new NullPointerTester().testAllPublicInstanceMethods(Generator.oneOf(1));
  }
}
