/**
 * Runnable programs that show Yardstick end to end, each run by a test; the source of README's
 * snippets.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.examples;

import org.jspecify.annotations.NullMarked;
