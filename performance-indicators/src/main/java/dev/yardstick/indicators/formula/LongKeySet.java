package dev.yardstick.indicators.formula;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An exact set of {@code long} keys kept as one sorted array without duplicates plus a buffer of
 * keys not yet sorted in.
 *
 * <p>Adding appends to the buffer; when the buffer is full it is sorted, de-duplicated and merged
 * into the sorted array, and the buffer grows to the size of the sorted array, so the amortised
 * cost of an add is O(log n) and the memory is 8 bytes a distinct key in the sorted array plus at
 * most as much again in the buffer (16 bytes a key at worst, 24 while merging). Merging two sets
 * is a linear merge of sorted arrays. This layout, rather than a hash set, keeps the tally small
 * when serialised (a plain {@code long[]}) and makes merging cheap.
 *
 * <p>Implementation requirements: mutable and not synchronized.
 */
final class LongKeySet implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MIN_BUFFER = 64;
  private static final long[] NONE = new long[0];

  private long[] sorted = NONE;
  private int sortedSize;
  private long[] buffer = NONE;
  private int bufferSize;

  void add(long key) {
    if (bufferSize == buffer.length) {
      compact();
      int wanted = Math.max(MIN_BUFFER, sortedSize);
      if (buffer.length < wanted) {
        buffer = new long[wanted];
      }
    }
    buffer[bufferSize++] = key;
  }

  void addAll(LongKeySet other) {
    other.compact();
    compact();
    sorted = merge(sorted, sortedSize, other.sorted, other.sortedSize);
    sortedSize = sorted.length;
  }

  int size() {
    compact();
    return sortedSize;
  }

  /** Bytes held by the arrays of this set, for reports of memory use. */
  long retainedBytes() {
    return 8L * (sorted.length + buffer.length);
  }

  private void compact() {
    if (bufferSize == 0) {
      return;
    }
    Arrays.sort(buffer, 0, bufferSize);
    int unique = 1;
    for (int i = 1; i < bufferSize; i++) {
      if (buffer[i] != buffer[unique - 1]) {
        buffer[unique++] = buffer[i];
      }
    }
    sorted = merge(sorted, sortedSize, buffer, unique);
    sortedSize = sorted.length;
    bufferSize = 0;
  }

  private static long[] merge(long[] a, int aSize, long[] b, int bSize) {
    if (bSize == 0) {
      return aSize == a.length ? a : Arrays.copyOf(a, aSize);
    }
    long[] out = new long[aSize + bSize];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < aSize && j < bSize) {
      long x = a[i];
      long y = b[j];
      if (x < y) {
        out[n++] = x;
        i++;
      } else if (y < x) {
        out[n++] = y;
        j++;
      } else {
        out[n++] = x;
        i++;
        j++;
      }
    }
    while (i < aSize) {
      out[n++] = a[i++];
    }
    while (j < bSize) {
      out[n++] = b[j++];
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
