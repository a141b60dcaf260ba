/**
 * The vocabulary of performance management: reporting periods and working days, organisations and
 * comparator groups, measures, the performance framework, statuses and validation.
 *
 * @since 0.1.0
 */
// Immutables' annotations jar is an automatic module; it is required transitively (and statically)
// because the exported value types carry @Value.Immutable, and is not needed at run time.
@SuppressWarnings("requires-transitive-automatic")
module dev.yardstick.core {
  requires transitive com.google.common;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;
  // Annotations that the generated Immutable* classes carry (@CanIgnoreReturnValue, @Generated).
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.yardstick.core.calendar;
  exports dev.yardstick.core.framework;
  exports dev.yardstick.core.measure;
  exports dev.yardstick.core.organisation;
  exports dev.yardstick.core.period;
  exports dev.yardstick.core.status;
  exports dev.yardstick.core.validation;
  // The project-wide Immutables style; not API.
  exports dev.yardstick.core.internal to
      dev.yardstick.indicators,
      dev.yardstick.risk,
      dev.yardstick.testkit;
}
