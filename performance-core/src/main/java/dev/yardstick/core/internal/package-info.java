/**
 * Implementation details of Yardstick shared between its modules; not API, not exported to users.
 *
 * <p>It holds the project's Immutables style annotation, {@link
 * dev.yardstick.core.internal.YardstickStyle}, which every module's value types use.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.core.internal;

import org.jspecify.annotations.NullMarked;
