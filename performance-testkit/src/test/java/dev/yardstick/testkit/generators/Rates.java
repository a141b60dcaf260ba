package dev.yardstick.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.testkit.Generator;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/** Counts how often generated values have a property, and checks it against a stated rate. */
final class Rates {

  private Rates() {}

  /** The share of {@code draws} values, from one seeded source, that have the property. */
  static <T> double share(Generator<T> generator, int size, int draws, Predicate<T> property) {
    SplittableRandom random = new SplittableRandom(20_031);
    int hits = 0;
    for (int i = 0; i < draws; i++) {
      if (property.test(generator.generate(random, size))) {
        hits++;
      }
    }
    return (double) hits / draws;
  }

  /**
   * Asserts that an observed share lies within five binomial standard deviations of a rate (plus an
   * allowance for hits by chance, added to the upper limit only).
   */
  static void assertRate(String what, double observed, double rate, double chance, int draws) {
    double sd = Math.sqrt(rate * (1 - rate) / draws);
    double low = rate - 5 * sd;
    double high = rate + chance + 5 * sd;
    assertTrue(
        observed >= low && observed <= high,
        what
            + ": observed "
            + observed
            + ", expected "
            + rate
            + " (limits "
            + low
            + " to "
            + high
            + ")");
  }
}
