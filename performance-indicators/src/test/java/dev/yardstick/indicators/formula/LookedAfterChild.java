package dev.yardstick.indicators.formula;

import dev.yardstick.core.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A child's time in care with their placements, as a case system might extract it (test type). */
record LookedAfterChild(
    String childId,
    LocalDate birthDate,
    @Nullable LocalDate careStart,
    @Nullable LocalDate careEnd,
    boolean shortBreaks,
    List<Placement> placements) {

  /** A placement: a start and an end, null while it lasts. */
  record Placement(LocalDate start, @Nullable LocalDate end) {}

  boolean isShortBreaks() {
    return shortBreaks;
  }

  /** Placements open at any time during the period. */
  long placementsDuring(ReportingPeriod period) {
    return placements.stream()
        .filter(p -> PeriodRule.OPEN_DURING_PERIOD.test(period, p.start(), Optional.ofNullable(p.end())))
        .count();
  }
}
