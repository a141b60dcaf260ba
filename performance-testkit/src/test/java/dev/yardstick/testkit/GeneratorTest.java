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
import java.util.stream.Collectors;
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
  void sample_isTheValueOfASplittableRandomOfTheSeed() {
    Generator<List<Integer>> lists = Generator.intsBetween(0, 9).list();
    qt().forAll(longs().all())
        .check(
            seed -> lists.sample(seed, 20).equals(lists.generate(new SplittableRandom(seed), 20)));
  }

  @Test
  void stream_sameSeed_givesSameValues_andDiffersBetweenDraws() {
    Generator<Integer> dice = Generator.intsBetween(1, 6);
    List<Integer> first = dice.stream(5L, 0).limit(50).collect(Collectors.toList());
    assertEquals(first, dice.stream(5L, 0).limit(50).collect(Collectors.toList()));
    assertTrue(first.stream().distinct().count() > 1);
    assertEquals(
        "size -2 is negative",
        assertThrows(IllegalArgumentException.class, () -> dice.stream(5L, -2)).getMessage());
  }

  @Test
  void flatMap_drawsFromTheGeneratorTheValueChooses() {
    Generator<List<Integer>> ranges =
        Generator.intsBetween(1, 5).flatMap(n -> Generator.intsBetween(0, n).list(n));
    SplittableRandom random = new SplittableRandom(8);
    for (int i = 0; i < 200; i++) {
      List<Integer> values = ranges.generate(random, 3);
      int n = values.size();
      assertTrue(n >= 1 && n <= 5, "length " + n);
      assertTrue(values.stream().allMatch(v -> v >= 0 && v <= Math.max(n, 3)), values.toString());
    }
  }

  @Test
  void listWithMinimum_isAtLeastTheMinimumAndAtMostTheSize() {
    Generator<List<Integer>> lists = Generator.intsBetween(0, 1).list(3);
    qt().forAll(longs().all(), integers().between(0, 30))
        .check(
            (seed, size) -> {
              int n = lists.sample(seed, size).size();
              return n >= 3 && n <= Math.max(3, size);
            });
    assertEquals(
        "minimum length -1 is negative",
        assertThrows(IllegalArgumentException.class, () -> Generator.oneOf(1).list(-1))
            .getMessage());
  }

  @Test
  void constant_andBooleans_giveWhatTheySay() {
    assertEquals("x", Generator.constant("x").sample(1L, 0));
    long trues = Generator.booleans(0.3).stream(2L, 0).limit(10_000).filter(b -> b).count();
    // Binomial(10000, 0.3): sd about 46, so +/- 230 is five standard deviations.
    assertTrue(Math.abs(trues - 3_000) < 230, "trues: " + trues);
    assertEquals(
        "rate -0.1 is not in [0, 1]",
        assertThrows(IllegalArgumentException.class, () -> Generator.booleans(-0.1)).getMessage());
  }

  @Test
  void nulls_areRefused() {
    new NullPointerTester().testAllPublicStaticMethods(Generator.class);
    new NullPointerTester().testAllPublicInstanceMethods(Generator.oneOf(1));
  }
}
