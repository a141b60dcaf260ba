package dev.yardstick.indicators.formula;

import java.io.Serializable;
import java.util.HashSet;

/**
 * An exact set of counting keys (people, episodes or records). Whole-number keys ({@link Long},
 * {@link Integer}, {@link Short}, {@link Byte}) are kept by value in a {@link LongKeySet}, about 8
 * to 16 bytes a key; any other key (a {@link String} such as an NHS number held as text) is kept
 * in a {@link HashSet}, about 40 bytes a key plus the key object itself. Keys are compared with
 * {@code equals}, whole numbers by value.
 *
 * <p>Implementation requirements: mutable and not synchronized.
 */
final class KeySet implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LongKeySet numbers = new LongKeySet();
  private final HashSet<Object> others = new HashSet<>();

  void add(Object key) {
    if (key instanceof Long || key instanceof Integer || key instanceof Short || key instanceof Byte) {
      numbers.add(((Number) key).longValue());
    } else {
      others.add(key);
    }
  }

  void addAll(KeySet other) {
    numbers.addAll(other.numbers);
    if (!other.others.isEmpty()) {
      others.addAll(other.others);
    }
  }

  long size() {
    return (long) numbers.size() + others.size();
  }

  long retainedBytes() {
    // 32 bytes a HashMap node plus about 8 for its slot in the table; the key objects are extra.
    return numbers.retainedBytes() + 40L * others.size();
  }
}
