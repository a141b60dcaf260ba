/**
 * The vocabulary of performance management: reporting periods and working days, organisations and
 * comparator groups, measures, the performance framework, statuses and validation.
 *
 * @since 0.1.0
 */
// Immutables' annotations jar is an automatic module; it is read transitively so that the
// @Value.Immutable on exported value types does not trip the "exports" lint.
@SuppressWarnings("requires-transitive-automatic")
module dev.yardstick.core {
  requires transitive com.google.common;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;
  // Read by the code Immutables generates (@Generated, @CanIgnoreReturnValue); source and class
  // retention only, so nothing is needed at run time.
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports dev.yardstick.core.framework;
  exports dev.yardstick.core.measure;
  // The project-wide Immutables style; not API.
  exports dev.yardstick.core.internal to
      dev.yardstick.indicators,
      dev.yardstick.risk,
      dev.yardstick.testkit;
}
