/**
 * Framework-neutral generators of test data for Yardstick's domain.
 *
 * <p>A {@link dev.yardstick.testkit.Generator} is a function of a {@link
 * java.util.random.RandomGenerator} and a size, deterministic for a seed, so that it plugs into any
 * property-testing framework:
 *
 * <pre>{@code
 * Generator<Integer> placements = Generator.withEdgeCases(
 *     Generator.intsBetween(1, 5), 0.1, Generator.oneOf(0, 3));   // 3 is PAF A1's threshold
 * int moves = placements.generate(new SplittableRandom(7), 10);
 * }</pre>
 *
 * <p>The generators of Yardstick's domain are in {@link dev.yardstick.testkit.generators}, and the
 * contracts for a user's indicator formula in {@link dev.yardstick.testkit.contracts}. {@link
 * dev.yardstick.testkit.Generator} shows how to use them from QuickTheories, jqwik and JUnit 5.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.testkit;

import org.jspecify.annotations.NullMarked;
