package dev.yardstick.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A source of test data: a function of a random generator and a size, deterministic for a seed.
 *
 * <p>Generators are framework-neutral. The same generator plugs into QuickTheories, jqwik, JUnit 5
 * {@code @MethodSource} or a plain loop, because all any framework has to supply is a {@link
 * RandomGenerator}. The size is a hint for how large a generated value may be (the number of
 * records in a case history, the length of a series); each generator documents how it uses it.
 *
 * <pre>{@code
 * Generator<Integer> ages = Generator.intsBetween(0, 110);
 * RandomGenerator random = new java.util.SplittableRandom(42);   // a seed replays a run
 * int age = ages.generate(random, 100);
 *
 * // QuickTheories:  qt().forAll(Generate.longRange(0, Long.MAX_VALUE))
 * //                     .check(seed -> law(ages.generate(new SplittableRandom(seed), 100)));
 * }</pre>
 *
 * <p>Implementation requirements: implementations hold no mutable state, so that a generator may be
 * shared between threads; all randomness comes from the {@code RandomGenerator} argument.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * Generates one value.
   *
   * @param random the only source of randomness; the same state gives the same value
   * @param size a non-negative hint for the size of the value
   * @return a generated value, never {@code null}
   */
  T generate(RandomGenerator random, int size);

  /**
   * Returns a generator of the values of this one transformed by a function.
   *
   * @param <U> the type of the transformed values
   * @param function the transformation, which must not return {@code null}
   * @return the transformed generator
   */
  default <U> Generator<U> map(Function<? super T, ? extends U> function) {
    Objects.requireNonNull(function, "function");
    return (random, size) -> Objects.requireNonNull(function.apply(generate(random, size)));
  }

  /**
   * Returns a generator of the values of this one that satisfy a condition, retrying up to 1,000
   * times.
   *
   * @param condition the condition
   * @return the filtered generator, which throws {@link IllegalStateException} if 1,000 values in a
   *     row fail the condition (the condition is too strict for this generator)
   */
  default Generator<T> filter(Predicate<? super T> condition) {
    Objects.requireNonNull(condition, "condition");
    return (random, size) -> {
      for (int attempt = 0; attempt < 1_000; attempt++) {
        T value = generate(random, size);
        if (condition.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("1,000 generated values in a row failed the filter");
    };
  }

  /**
   * Returns a generator of lists of values of this one, of a length between zero and the size.
   *
   * @return the list generator; lists are unmodifiable
   */
  default Generator<List<T>> list() {
    return (random, size) -> {
      checkArgument(size >= 0, "size %s is negative", size);
      int length = size == 0 ? 0 : random.nextInt(size + 1);
      List<T> values = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        values.add(generate(random, size));
      }
      return Collections.unmodifiableList(values);
    };
  }

  /**
   * Returns a generator of whole numbers in a closed range, uniformly.
   *
   * @param min the smallest value
   * @param max the largest value
   * @return the generator
   * @throws IllegalArgumentException if {@code min > max}
   */
  static Generator<Integer> intsBetween(int min, int max) {
    checkArgument(min <= max, "range [%s, %s] is empty", min, max);
    return (random, size) -> (int) random.nextLong(min, (long) max + 1);
  }

  /**
   * Returns a generator that picks one of the given values, uniformly.
   *
   * @param <T> the type of the values
   * @param values the values to pick from
   * @return the generator
   * @throws IllegalArgumentException if there are no values
   * @throws NullPointerException if a value is {@code null}
   */
  @SafeVarargs
  static <T> Generator<T> oneOf(T... values) {
    List<T> copy = new ArrayList<>(values.length);
    for (T value : values) {
      copy.add(Objects.requireNonNull(value, "value"));
    }
    checkArgument(!copy.isEmpty(), "oneOf needs at least one value");
    return (random, size) -> copy.get(random.nextInt(copy.size()));
  }

  /**
   * Returns a generator that mixes edge cases into the values of a generator at a stated rate, so
   * that boundaries are tried on purpose and not only by luck.
   *
   * @param <T> the type of the values
   * @param common the generator of ordinary values
   * @param edgeCaseRate the probability, from 0 to 1, of drawing an edge case instead
   * @param edgeCases the generator of edge cases
   * @return the mixed generator
   * @throws IllegalArgumentException if the rate is outside [0, 1]
   */
  static <T> Generator<T> withEdgeCases(
      Generator<T> common, double edgeCaseRate, Generator<? extends T> edgeCases) {
    Objects.requireNonNull(common, "common");
    Objects.requireNonNull(edgeCases, "edgeCases");
    checkArgument(
        edgeCaseRate >= 0 && edgeCaseRate <= 1, "edge-case rate %s is not in [0, 1]", edgeCaseRate);
    return (random, size) ->
        random.nextDouble() < edgeCaseRate
            ? edgeCases.generate(random, size)
            : common.generate(random, size);
  }
}
