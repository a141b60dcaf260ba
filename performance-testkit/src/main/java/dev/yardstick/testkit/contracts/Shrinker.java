package dev.yardstick.testkit.contracts;

import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.testkit.generators.CaseRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Shrinks a failing set of case records: removes records (halves, then quarters, down to single
 * records) while the failure persists, then moves each record's dates to simpler ones (the year's
 * first or last day, the start) while it persists, then removes again. A move is applied to every
 * copy of a record at once, so copies stay equal.
 *
 * <p>Implementation requirements: not thread-safe; one shrinker per failure.
 */
final class Shrinker {

  /** The most times the failure is tested while shrinking one counterexample. */
  static final int MAX_TRIALS = 2_000;

  private final Predicate<List<CaseRecord>> fails;
  private final List<Function<CaseRecord, CaseRecord>> moves;
  private int trials;
  private int steps;

  Shrinker(Predicate<List<CaseRecord>> fails, FinancialYear year) {
    this.fails = fails;
    LocalDate first = year.getStart();
    LocalDate last = year.getEnd();
    this.moves =
        List.of(
            r -> CaseRecord.builder().from(r).start(clampToBirth(first, r)).build(),
            r -> CaseRecord.builder().from(r).start(last).build(),
            r -> CaseRecord.builder().from(r).end(r.getStart()).build(),
            r -> CaseRecord.builder().from(r).end(last).build(),
            r -> CaseRecord.builder().from(r).end(Optional.empty()).build(),
            r -> CaseRecord.builder().from(r).clockStop(r.getStart()).build(),
            r -> CaseRecord.builder().from(r).clockStop(Optional.empty()).build(),
            r -> CaseRecord.builder().from(r).flagged(false).count(0).build());
  }

  private static LocalDate clampToBirth(LocalDate date, CaseRecord r) {
    return date.isBefore(r.getBirthDate()) ? r.getBirthDate() : date;
  }

  /** Returns the number of changes kept. */
  int getSteps() {
    return steps;
  }

  List<CaseRecord> shrink(List<CaseRecord> failing) {
    List<CaseRecord> current = removeRecords(new ArrayList<>(failing));
    current = moveDates(current);
    return removeRecords(current);
  }

  private boolean stillFails(List<CaseRecord> candidate) {
    if (trials >= MAX_TRIALS) {
      return false;
    }
    trials++;
    return fails.test(List.copyOf(candidate));
  }

  private List<CaseRecord> removeRecords(List<CaseRecord> records) {
    List<CaseRecord> current = records;
    boolean changed = true;
    while (changed && !current.isEmpty()) {
      changed = false;
      for (int chunk = Math.max(1, current.size() / 2); chunk >= 1; chunk /= 2) {
        int i = 0;
        while (i < current.size()) {
          List<CaseRecord> candidate = new ArrayList<>(current.subList(0, i));
          candidate.addAll(current.subList(Math.min(current.size(), i + chunk), current.size()));
          if (stillFails(candidate)) {
            current = candidate;
            changed = true;
            steps++;
          } else {
            i += chunk;
          }
        }
      }
    }
    return current;
  }

  private List<CaseRecord> moveDates(List<CaseRecord> records) {
    List<CaseRecord> current = records;
    for (int i = 0; i < current.size(); i++) {
      for (Function<CaseRecord, CaseRecord> move : moves) {
        CaseRecord before = current.get(i);
        CaseRecord after;
        try {
          after = move.apply(before);
        } catch (IllegalArgumentException invalid) {
          continue; // the move would break the record's invariants
        }
        if (after.equals(before)) {
          continue;
        }
        List<CaseRecord> candidate = new ArrayList<>(current.size());
        for (CaseRecord r : current) {
          candidate.add(r.equals(before) ? after : r);
        }
        if (stillFails(candidate)) {
          current = candidate;
          steps++;
        }
      }
    }
    return current;
  }
}
