/**
 * The vocabulary of performance management: reporting periods and working days, organisations and
 * comparator groups, measures, the performance framework, statuses and validation.
 *
 * @since 0.1.0
 */
module dev.yardstick.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports dev.yardstick.core.measure;
  exports dev.yardstick.core.period;
  // The project-wide Immutables style; not API.
  exports dev.yardstick.core.internal to
      dev.yardstick.indicators,
      dev.yardstick.risk,
      dev.yardstick.testkit;
}
