package dev.yardstick.indicators.formula;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The numerator and denominator of one period (and one disaggregation group) in a tally: plain
 * counters when records are counted, exact key sets when distinct units are.
 *
 * <p>Implementation requirements: mutable and not synchronized.
 */
final class Cell implements Serializable {

  private static final long serialVersionUID = 1L;

  private long numerator;
  private long denominator;
  private final @Nullable KeySet numeratorKeys;
  private final @Nullable KeySet denominatorKeys;

  Cell(boolean distinct) {
    this.numeratorKeys = distinct ? new KeySet() : null;
    this.denominatorKeys = distinct ? new KeySet() : null;
  }

  /** Counts a record, or adds its key when distinct units are counted (the key is then set). */
  void add(boolean inNumerator, @Nullable Object key) {
    if (denominatorKeys == null || numeratorKeys == null) {
      denominator++;
      if (inNumerator) {
        numerator++;
      }
    } else {
      Object k = Objects.requireNonNull(key, "key");
      denominatorKeys.add(k);
      if (inNumerator) {
        numeratorKeys.add(k);
      }
    }
  }

  void merge(Cell other) {
    numerator += other.numerator;
    denominator += other.denominator;
    if (numeratorKeys != null && other.numeratorKeys != null) {
      numeratorKeys.addAll(other.numeratorKeys);
    }
    if (denominatorKeys != null && other.denominatorKeys != null) {
      denominatorKeys.addAll(other.denominatorKeys);
    }
  }

  long numerator() {
    return numeratorKeys == null ? numerator : numeratorKeys.size();
  }

  long denominator() {
    return denominatorKeys == null ? denominator : denominatorKeys.size();
  }

  long retainedKeyBytes() {
    long bytes = 0;
    if (numeratorKeys != null) {
      bytes += numeratorKeys.retainedBytes();
    }
    if (denominatorKeys != null) {
      bytes += denominatorKeys.retainedBytes();
    }
    return bytes;
  }
}
