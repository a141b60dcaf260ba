package dev.yardstick.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

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
 * }</pre>
 *
 * <h2>Using a generator from a property-testing framework</h2>
 *
 * <p>The testkit depends on no framework; these lines are all the glue there is.
 *
 * <p><b>QuickTheories</b>: generate from a seed, so that QuickTheories reports the seed of a
 * failing example and the example can be replayed with {@link #sample(long, int)}:
 *
 * <pre>{@code
 * Gen<List<Integer>> lists = SourceDSL.longs().all().map(seed -> ages.list().sample(seed, 100));
 * qt().forAll(lists).check(list -> law(list));
 * }</pre>
 *
 * <p><b>jqwik</b>: {@code java.util.Random} is a {@code RandomGenerator}, so jqwik's random value
 * hook takes a generator as it is:
 *
 * <pre>{@code
 * @Provide Arbitrary<Integer> ages() {
 *   return Arbitraries.randomValue(random -> ages.generate(random, 100));
 * }
 * }</pre>
 *
 * <p><b>JUnit 5</b> {@code @MethodSource}: a fixed seed gives the same cases every build:
 *
 * <pre>{@code
 * static Stream<Integer> ages() { return AGES.stream(42L, 100).limit(200); }
 *
 * @ParameterizedTest @MethodSource("ages")
 * void bandOf_everyAge_hasABand(int age) { ... }
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
   * Generates one value from a seed: the value {@link #generate(RandomGenerator, int)} gives with a
   * {@link SplittableRandom} of that seed. A seed reported by a failing test replays it.
   *
   * @param seed the seed
   * @param size a non-negative hint for the size of the value
   * @return the generated value
   */
  default T sample(long seed, int size) {
    return generate(new SplittableRandom(seed), size);
  }

  /**
   * Returns an endless stream of values from one seeded source, for JUnit 5's {@code MethodSource}
   * or a plain loop; the same seed gives the same stream. Limit it before use.
   *
   * @param seed the seed
   * @param size a non-negative hint for the size of each value
   * @return the stream, sequential and ordered
   * @throws IllegalArgumentException if the size is negative
   */
  default Stream<T> stream(long seed, int size) {
    checkArgument(size >= 0, "size %s is negative", size);
    SplittableRandom random = new SplittableRandom(seed);
    return Stream.generate(() -> generate(random, size));
  }

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
   * Returns a generator whose values depend on a value of this one, such as dates within a
   * generated period.
   *
   * @param <U> the type of the values
   * @param function gives the generator to draw from for a value of this one
   * @return the generator
   */
  default <U> Generator<U> flatMap(Function<? super T, ? extends Generator<? extends U>> function) {
    Objects.requireNonNull(function, "function");
    return (random, size) ->
        Objects.requireNonNull(function.apply(generate(random, size)).generate(random, size));
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
   * Returns a generator of lists of values of this one, of a length from a minimum to the size (or
   * exactly the minimum when the size is smaller).
   *
   * @param minLength the shortest list
   * @return the list generator; lists are unmodifiable
   * @throws IllegalArgumentException if the minimum length is negative
   */
  default Generator<List<T>> list(int minLength) {
    checkArgument(minLength >= 0, "minimum length %s is negative", minLength);
    return (random, size) -> {
      checkArgument(size >= 0, "size %s is negative", size);
      int length = size <= minLength ? minLength : random.nextInt(minLength, size + 1);
      List<T> values = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        values.add(generate(random, size));
      }
      return Collections.unmodifiableList(values);
    };
  }

  /**
   * Returns a generator that always gives the same value.
   *
   * @param <T> the type of the value
   * @param value the value
   * @return the generator
   */
  static <T> Generator<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return (random, size) -> value;
  }

  /**
   * Returns a generator of {@code true} at a stated rate and {@code false} otherwise.
   *
   * @param trueRate the probability of {@code true}, from 0 to 1
   * @return the generator
   * @throws IllegalArgumentException if the rate is outside [0, 1]
   */
  static Generator<Boolean> booleans(double trueRate) {
    checkArgument(trueRate >= 0 && trueRate <= 1, "rate %s is not in [0, 1]", trueRate);
    return (random, size) -> random.nextDouble() < trueRate;
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
