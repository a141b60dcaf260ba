package dev.yardstick.indicators.formula;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mergeable tally a formula folds records into: for each reporting period (and each
 * disaggregation group) a numerator and a denominator, plus the count of records read and of
 * records skipped by reason.
 *
 * <p>Tallies form a monoid: a {@linkplain FormulaEvaluator#newTally() new tally} is the identity,
 * and {@link #merge(FormulaTally)} is associative and commutative, so records may be split among
 * threads or machines in any way and the merged tally gives the result of one pass. This is what
 * lets the same formula run as a sequential loop, as a parallel {@link java.util.stream.Collector}
 * and on a cluster engine. A tally holds no reference to its formula or to the records, only
 * counts and keys, and is {@link Serializable} when the counting keys are.
 *
 * <h2>Memory</h2>
 *
 * <p>When a formula counts {@linkplain CountingUnit#RECORDS records}, a tally is two {@code long}
 * counters a period and group: a few hundred bytes whatever the number of records. When it counts
 * distinct people or episodes (or de-duplicates records by a key), the count is exact, not an
 * estimate: a tally keeps the set of keys in the denominator and the set in the numerator of each
 * period and group. Whole-number keys ({@code long} or {@code int}, such as an NHS number held as
 * a number) are kept in sorted {@code long} arrays with a merge buffer, 8 to 16 bytes a key (24
 * for a moment while the buffer is merged in); other keys in hash sets, about 40 bytes a key plus
 * the key objects. So counting 1 million distinct people in one period takes about 8 to 16 MB for
 * the denominator, and as much again at most for the numerator. {@link #estimatedKeyBytes()}
 * reports the figure for a tally.
 *
 * <p>Implementation requirements: mutable and not synchronized; confine a tally to one thread at a
 * time, as a {@link java.util.stream.Collector} does.
 *
 * @since 0.1.0
 * @serial exclude
 */
public final class FormulaTally implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int periodCount;
  private final int dimensionCount;
  private final boolean distinct;
  private long recordCount;
  private final long[] skipped = new long[BadRecordReason.values().length];
  private final Cell[] totals;
  /** Groups of dimension d in period p at index {@code d * periodCount + p}. */
  private final List<HashMap<String, Cell>> groups;

  FormulaTally(int periodCount, int dimensionCount, boolean distinct) {
    this.periodCount = periodCount;
    this.dimensionCount = dimensionCount;
    this.distinct = distinct;
    this.totals = new Cell[periodCount];
    for (int p = 0; p < periodCount; p++) {
      totals[p] = new Cell(distinct);
    }
    this.groups = new ArrayList<>(dimensionCount * periodCount);
    for (int i = 0; i < dimensionCount * periodCount; i++) {
      groups.add(new HashMap<>());
    }
  }

  /**
   * Adds another tally of the same formula and periods into this one. The other tally is left
   * unchanged, and must not be used by another thread while it is read.
   *
   * @param other a tally from the same {@link FormulaEvaluator}
   * @return this tally, holding both
   * @throws IllegalArgumentException if the other tally has a different number of periods or
   *     disaggregations or a different counting unit
   */
  public FormulaTally merge(FormulaTally other) {
    Objects.requireNonNull(other, "other");
    checkArgument(
        other.periodCount == periodCount
            && other.dimensionCount == dimensionCount
            && other.distinct == distinct,
        "cannot merge a tally of %s periods and %s disaggregations into one of %s periods and %s"
            + " disaggregations, or tallies of different counting units",
        other.periodCount,
        other.dimensionCount,
        periodCount,
        dimensionCount);
    if (other == this) {
      throw new IllegalArgumentException("cannot merge a tally into itself");
    }
    recordCount += other.recordCount;
    for (int i = 0; i < skipped.length; i++) {
      skipped[i] += other.skipped[i];
    }
    for (int p = 0; p < periodCount; p++) {
      totals[p].merge(other.totals[p]);
    }
    for (int i = 0; i < groups.size(); i++) {
      HashMap<String, Cell> mine = groups.get(i);
      for (Map.Entry<String, Cell> entry : other.groups.get(i).entrySet()) {
        mine.computeIfAbsent(entry.getKey(), k -> new Cell(distinct)).merge(entry.getValue());
      }
    }
    return this;
  }

  /**
   * Returns the number of records read into this tally, including the skipped ones.
   *
   * @return the count of records
   */
  public long getRecordCount() {
    return recordCount;
  }

  /**
   * Returns the number of records skipped as bad input, by reason.
   *
   * @return the counts, unmodifiable, in the order of {@link BadRecordReason}, with a zero for a
   *     reason no record had
   */
  public Map<BadRecordReason, Long> getSkippedRecords() {
    Map<BadRecordReason, Long> counts = new EnumMap<>(BadRecordReason.class);
    for (BadRecordReason reason : BadRecordReason.values()) {
      counts.put(reason, skipped[reason.ordinal()]);
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Estimates the bytes held by the key sets of distinct counting, for reports of memory use: the
   * sorted arrays and buffers of whole-number keys, and about 40 bytes for each other key (not
   * counting the key objects themselves). Zero when records are counted.
   *
   * @return the estimate in bytes
   */
  public long estimatedKeyBytes() {
    long bytes = 0;
    for (Cell cell : totals) {
      bytes += cell.retainedKeyBytes();
    }
    for (HashMap<String, Cell> map : groups) {
      for (Cell cell : map.values()) {
        bytes += cell.retainedKeyBytes();
      }
    }
    return bytes;
  }

  /** Working space of the evaluator that last used this tally; not part of the tally's state. */
  private transient FormulaEvaluator.@Nullable Scratch scratch;

  private transient @Nullable FormulaEvaluator<?> scratchOwner;

  FormulaEvaluator.Scratch scratch(FormulaEvaluator<?> evaluator) {
    FormulaEvaluator.Scratch s = scratch;
    if (s == null || scratchOwner != evaluator) {
      s = new FormulaEvaluator.Scratch(evaluator);
      scratch = s;
      scratchOwner = evaluator;
    }
    return s;
  }

  long nextPosition() {
    return ++recordCount;
  }

  void skip(BadRecordReason reason) {
    skipped[reason.ordinal()]++;
  }

  Cell total(int period) {
    return totals[period];
  }

  Cell group(int dimension, int period, String group) {
    HashMap<String, Cell> map = groups.get(dimension * periodCount + period);
    Cell cell = map.get(group);
    if (cell == null) {
      cell = new Cell(distinct);
      map.put(group, cell);
    }
    return cell;
  }

  Map<String, Cell> groups(int dimension, int period) {
    return groups.get(dimension * periodCount + period);
  }

  int periodCount() {
    return periodCount;
  }
}
