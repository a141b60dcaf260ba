package dev.yardstick.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to every generated value type.
 *
 * <p>Accessors are {@code getX()} and {@code isX()} so that report engines bind to them as bean
 * properties; the generated {@code Immutable*} classes are package-private and never part of the
 * API; generated code uses only the JDK. This type lives in an {@code internal} package that is
 * not exported to users, and is the one internal type that other Yardstick modules may use.
 *
 * <p>Implementation requirements: an annotation with no state.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true)
public @interface YardstickStyle {}
