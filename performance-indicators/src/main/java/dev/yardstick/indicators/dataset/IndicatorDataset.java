package dev.yardstick.indicators.dataset;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.organisation.ComparatorGroup;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.ValueQuality;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An immutable panel of indicator values: indicator by organisation by period, stored by columns
 * with indexes so that a national dataset (150 councils, 400 indicators, 20 years) is held in a
 * few hundred megabytes and sliced in logarithmic time.
 *
 * <h2>Storage</h2>
 *
 * <p>The three key dimensions are dictionary-encoded: each distinct indicator, organisation and
 * period is stored once, sorted, and rows refer to it by number. A row's key is one {@code long}
 * packing the three numbers (21 bits each), and rows are sorted by key, so that the rows of one
 * indicator and organisation are contiguous in period order. Per row the dataset keeps:
 *
 * <ul>
 *   <li>the key, 8 bytes;
 *   <li>the value as an exact decimal split into an unscaled {@code long} and a scale byte, 9
 *       bytes (the rare value whose unscaled digits do not fit a {@code long} is kept aside as a
 *       {@code BigDecimal}); the choice over a {@code double} keeps figures exact, so a value read
 *       back is the very {@link BigDecimal} written;
 *   <li>numerator and denominator as two {@code int}s, 8 bytes, widened to two {@code long}s, 16
 *       bytes, for a dataset that holds a count beyond the {@code int} range;
 *   <li>a flags byte holding the quality and whether there is a numerator and denominator;
 *   <li>quality reasons and commentary in sparse sorted side arrays, costing nothing for rows
 *       without text.
 * </ul>
 *
 * <p>That is 26 bytes a value (34 with wide counts). The {@code DatasetMemoryBenchmark} of the
 * benchmarks module measured 26.0 bytes a value for 10 million values, against 111.6 for a list of
 * {@link IndicatorValue} objects sharing their key objects.
 *
 * <h2>Look-ups</h2>
 *
 * <p>{@link #get} is a binary search of the sorted keys, O(log n). {@link #series} finds the first
 * and last row of an indicator and organisation by binary search, O(log n + k) for k values.
 * {@link #crossSection} makes one binary search per organisation asked for, O(g log n) for g
 * organisations. Values are materialised as {@link IndicatorValue}s only when returned.
 *
 * <pre>{@code
 * IndicatorDataset dataset = IndicatorDataset.builder()
 *     .add(IndicatorValue.of(a1, hartlepool, FinancialYear.of(2003), new BigDecimal("12.5")))
 *     .build();
 * IndicatorSeries series = dataset.series(a1, hartlepool);
 * CrossSection cs = dataset.crossSection(a1, FinancialYear.of(2003), neighbours);
 * }</pre>
 *
 * <p>Equality is by content: two datasets are equal when they hold equal values. The iteration
 * order is key order: indicator, organisation, then period, each in its natural order.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class IndicatorDataset implements Iterable<IndicatorValue> {

  private static final int BITS = 21;
  private static final int MAX_ENTRIES = 1 << BITS;
  private static final long MASK = MAX_ENTRIES - 1;
  private static final int QUALITY_MASK = 0x7;
  private static final int HAS_RATIO = 0x8;
  private static final int BIG_VALUE = 0x10;
  private static final ValueQuality[] QUALITIES = ValueQuality.values();
  private static final IndicatorDataset EMPTY = new Builder().build();

  private final IndicatorCode[] indicators;
  private final OrganisationId[] organisations;
  private final ReportingPeriod[] periods;
  private final Map<IndicatorCode, Integer> indicatorIds;
  private final Map<OrganisationId, Integer> organisationIds;
  private final Map<ReportingPeriod, Integer> periodIds;
  private final long[] keys;
  private final long[] unscaled;
  private final byte[] scales;
  private final byte[] flags;
  private final Counts counts;
  private final Sparse<BigDecimal> bigValues;
  private final Sparse<String> reasons;
  private final Sparse<String> commentary;

  private IndicatorDataset(
      IndicatorCode[] indicators,
      OrganisationId[] organisations,
      ReportingPeriod[] periods,
      long[] keys,
      long[] unscaled,
      byte[] scales,
      byte[] flags,
      Counts counts,
      Sparse<BigDecimal> bigValues,
      Sparse<String> reasons,
      Sparse<String> commentary) {
    this.indicators = indicators;
    this.organisations = organisations;
    this.periods = periods;
    this.indicatorIds = index(indicators);
    this.organisationIds = index(organisations);
    this.periodIds = index(periods);
    this.keys = keys;
    this.unscaled = unscaled;
    this.scales = scales;
    this.flags = flags;
    this.counts = counts;
    this.bigValues = bigValues;
    this.reasons = reasons;
    this.commentary = commentary;
  }

  private static <T> Map<T, Integer> index(T[] dictionary) {
    Map<T, Integer> map = new HashMap<>(dictionary.length * 2);
    for (int i = 0; i < dictionary.length; i++) {
      map.put(dictionary[i], i);
    }
    return map;
  }

  /**
   * Returns the dataset with no values.
   *
   * @return the empty dataset
   */
  public static IndicatorDataset empty() {
    return EMPTY;
  }

  /**
   * Returns a builder that refuses duplicate keys ({@link DuplicatePolicy#ERROR}).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a dataset of some values.
   *
   * @param values the values, in any order
   * @return the dataset
   * @throws DuplicateValueException if two values share indicator, organisation and period
   */
  public static IndicatorDataset of(Iterable<IndicatorValue> values) {
    return builder().addAll(values).build();
  }

  /**
   * Returns the number of values.
   *
   * @return the number of values
   */
  public int size() {
    return keys.length;
  }

  /**
   * Tells whether the dataset has no values.
   *
   * @return {@code true} if there are no values
   */
  public boolean isEmpty() {
    return keys.length == 0;
  }

  /**
   * Returns the indicators that have values.
   *
   * @return the indicators' codes, in natural order
   */
  public List<IndicatorCode> getIndicators() {
    return Collections.unmodifiableList(Arrays.asList(indicators));
  }

  /**
   * Returns the organisations that have values.
   *
   * @return the organisations, in natural order
   */
  public List<OrganisationId> getOrganisations() {
    return Collections.unmodifiableList(Arrays.asList(organisations));
  }

  /**
   * Returns the periods that have values.
   *
   * @return the periods, in natural order
   */
  public List<ReportingPeriod> getPeriods() {
    return Collections.unmodifiableList(Arrays.asList(periods));
  }

  /**
   * Returns the value of one indicator for one organisation in one period. O(log n).
   *
   * @param indicator the indicator
   * @param organisation the organisation
   * @param period the period
   * @return the value, or empty if the dataset has none
   */
  public Optional<IndicatorValue> get(
      IndicatorCode indicator, OrganisationId organisation, ReportingPeriod period) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(period, "period");
    Integer i = indicatorIds.get(indicator);
    Integer o = organisationIds.get(organisation);
    Integer p = periodIds.get(period);
    if (i == null || o == null || p == null) {
      return Optional.empty();
    }
    int row = Arrays.binarySearch(keys, key(i, o, p));
    return row < 0 ? Optional.empty() : Optional.of(valueAt(row));
  }

  /**
   * Returns the series of one indicator for one organisation, in period order. O(log n + k).
   *
   * @param indicator the indicator
   * @param organisation the organisation
   * @return the series; empty if the dataset has no values for the pair
   */
  public IndicatorSeries series(IndicatorCode indicator, OrganisationId organisation) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(organisation, "organisation");
    IndicatorSeries.Builder series =
        IndicatorSeries.builder().indicator(indicator).organisation(organisation);
    Integer i = indicatorIds.get(indicator);
    Integer o = organisationIds.get(organisation);
    if (i != null && o != null) {
      int from = lowerBound(key(i, o, 0));
      int to = lowerBound(key(i, o + 1, 0));
      for (int row = from; row < to; row++) {
        series.addValues(valueAt(row));
      }
    }
    return series.build();
  }

  /**
   * Returns the cross-section of one indicator in one period across every organisation in the
   * dataset. O(g log n) for g organisations.
   *
   * @param indicator the indicator
   * @param period the period
   * @return the cross-section; organisations of the dataset without a value are listed as absent
   */
  public CrossSection crossSection(IndicatorCode indicator, ReportingPeriod period) {
    return crossSection(indicator, period, Arrays.asList(organisations));
  }

  /**
   * Returns the cross-section of one indicator in one period for the members of a comparator
   * group on the last day of the period. O(g log n) for g members.
   *
   * @param indicator the indicator
   * @param period the period
   * @param group the comparator group; membership is taken on {@code period.getEnd()}
   * @return the cross-section; members without a value are listed as absent
   */
  public CrossSection crossSection(
      IndicatorCode indicator, ReportingPeriod period, ComparatorGroup group) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(period, "period");
    return crossSection(indicator, period, group.getMembers(period.getEnd()));
  }

  /**
   * Returns the cross-section of one indicator in one period for some organisations. O(g log n)
   * for g organisations.
   *
   * @param indicator the indicator
   * @param period the period
   * @param organisationsWanted the organisations; repeats are ignored
   * @return the cross-section; organisations without a value are listed as absent
   */
  public CrossSection crossSection(
      IndicatorCode indicator, ReportingPeriod period,
      Collection<OrganisationId> organisationsWanted) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(organisationsWanted, "organisationsWanted");
    CrossSection.Builder section = CrossSection.builder().indicator(indicator).period(period);
    Integer i = indicatorIds.get(indicator);
    Integer p = periodIds.get(period);
    for (OrganisationId organisation : new TreeSet<>(organisationsWanted)) {
      Integer o = organisationIds.get(organisation);
      int row = (i == null || o == null || p == null) ? -1 : Arrays.binarySearch(keys, key(i, o, p));
      if (row >= 0) {
        section.addValues(valueAt(row));
      } else {
        section.addAbsent(organisation);
      }
    }
    return section.build();
  }

  /**
   * Returns the values in key order.
   *
   * @return a sequential stream of the values
   */
  public Stream<IndicatorValue> stream() {
    return IntStream.range(0, keys.length).mapToObj(this::valueAt);
  }

  /**
   * Returns an iterator over the values in key order.
   *
   * @return the iterator
   */
  @Override
  public Iterator<IndicatorValue> iterator() {
    return toList().iterator();
  }

  /**
   * Returns the values as a list view in key order; each element is materialised when read.
   *
   * @return an unmodifiable list view
   */
  public List<IndicatorValue> toList() {
    return new AbstractList<>() {
      @Override
      public IndicatorValue get(int index) {
        Objects.checkIndex(index, keys.length);
        return valueAt(index);
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  private static long key(int indicator, int organisation, int period) {
    return ((long) indicator << (2 * BITS)) | ((long) organisation << BITS) | period;
  }

  private int lowerBound(long key) {
    int low = 0;
    int high = keys.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (keys[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private IndicatorValue valueAt(int row) {
    long key = keys[row];
    int flag = flags[row];
    ValueQuality quality = QUALITIES[flag & QUALITY_MASK];
    IndicatorValue.Builder value =
        IndicatorValue.builder()
            .indicator(indicators[(int) (key >>> (2 * BITS))])
            .organisation(organisations[(int) ((key >>> BITS) & MASK)])
            .period(periods[(int) (key & MASK)])
            .quality(quality);
    if (quality.hasValue()) {
      value.value(
          (flag & BIG_VALUE) != 0
              ? Objects.requireNonNull(bigValues.get(row))
              : BigDecimal.valueOf(unscaled[row], scales[row]));
    }
    if ((flag & HAS_RATIO) != 0) {
      value.numerator(counts.numerator(row)).denominator(counts.denominator(row));
    }
    String reason = reasons.get(row);
    if (reason != null) {
      value.qualityReason(reason);
    }
    String comment = commentary.get(row);
    if (comment != null) {
      value.commentary(comment);
    }
    return value.build();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof IndicatorDataset)) {
      return false;
    }
    IndicatorDataset other = (IndicatorDataset) obj;
    return Arrays.equals(keys, other.keys)
        && Arrays.equals(indicators, other.indicators)
        && Arrays.equals(organisations, other.organisations)
        && Arrays.equals(periods, other.periods)
        && Arrays.equals(unscaled, other.unscaled)
        && Arrays.equals(scales, other.scales)
        && Arrays.equals(flags, other.flags)
        && counts.equals(other.counts)
        && bigValues.equals(other.bigValues)
        && reasons.equals(other.reasons)
        && commentary.equals(other.commentary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(keys),
        Arrays.hashCode(indicators),
        Arrays.hashCode(organisations),
        Arrays.hashCode(periods),
        Arrays.hashCode(unscaled),
        Arrays.hashCode(flags));
  }

  /**
   * Returns a summary such as {@code IndicatorDataset{1200 values: 4 indicators, 150
   * organisations, 2 periods}}; values are not listed.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "IndicatorDataset{"
        + keys.length
        + " values: "
        + indicators.length
        + " indicators, "
        + organisations.length
        + " organisations, "
        + periods.length
        + " periods}";
  }

  /** Numerators and denominators: two ints a row, or two longs when a count needs them. */
  private static final class Counts {
    private final int @Nullable [] narrowNumerators;
    private final int @Nullable [] narrowDenominators;
    private final long @Nullable [] wideNumerators;
    private final long @Nullable [] wideDenominators;

    private Counts(long[] numerators, long[] denominators, int size) {
      boolean narrow = true;
      for (int i = 0; i < size && narrow; i++) {
        narrow = numerators[i] <= Integer.MAX_VALUE && denominators[i] <= Integer.MAX_VALUE;
      }
      if (narrow) {
        int[] n = new int[size];
        int[] d = new int[size];
        for (int i = 0; i < size; i++) {
          n[i] = (int) numerators[i];
          d[i] = (int) denominators[i];
        }
        narrowNumerators = n;
        narrowDenominators = d;
        wideNumerators = null;
        wideDenominators = null;
      } else {
        narrowNumerators = null;
        narrowDenominators = null;
        wideNumerators = Arrays.copyOf(numerators, size);
        wideDenominators = Arrays.copyOf(denominators, size);
      }
    }

    long numerator(int row) {
      return narrowNumerators != null ? narrowNumerators[row] : wideNumerators[row];
    }

    long denominator(int row) {
      return narrowDenominators != null ? narrowDenominators[row] : wideDenominators[row];
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      if (!(obj instanceof Counts)) {
        return false;
      }
      Counts other = (Counts) obj;
      return Arrays.equals(narrowNumerators, other.narrowNumerators)
          && Arrays.equals(narrowDenominators, other.narrowDenominators)
          && Arrays.equals(wideNumerators, other.wideNumerators)
          && Arrays.equals(wideDenominators, other.wideDenominators);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(narrowNumerators) + Arrays.hashCode(wideNumerators);
    }
  }

  /** A sparse column: the rows that have an entry, sorted, and their entries. */
  private static final class Sparse<T> {
    private final int[] rows;
    private final Object[] entries;

    private Sparse(int[] rows, Object[] entries) {
      this.rows = rows;
      this.entries = entries;
    }

    @SuppressWarnings("unchecked")
    @Nullable T get(int row) {
      if (rows.length == 0) {
        return null;
      }
      int at = Arrays.binarySearch(rows, row);
      return at < 0 ? null : (T) entries[at];
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      if (!(obj instanceof Sparse)) {
        return false;
      }
      Sparse<?> other = (Sparse<?>) obj;
      return Arrays.equals(rows, other.rows) && Arrays.equals(entries, other.entries);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(rows);
    }
  }

  /** Collects a sparse column in row order. */
  private static final class SparseBuilder<T> {
    private int[] rows = new int[8];
    private Object[] entries = new Object[8];
    private int size;

    void add(int row, T entry) {
      if (size == rows.length) {
        rows = Arrays.copyOf(rows, size * 2);
        entries = Arrays.copyOf(entries, size * 2);
      }
      rows[size] = row;
      entries[size] = entry;
      size++;
    }

    Sparse<T> build() {
      return new Sparse<>(Arrays.copyOf(rows, size), Arrays.copyOf(entries, size));
    }
  }

  /**
   * Builds {@link IndicatorDataset}s. Values are encoded into columns as they are added, so that
   * building a national dataset does not hold an object per value.
   *
   * <p>Implementation requirements: not synchronized; use one builder from one thread.
   */
  public static final class Builder {
    private final Map<IndicatorCode, Integer> indicatorIds = new HashMap<>();
    private final List<IndicatorCode> indicatorList = new ArrayList<>();
    private final Map<OrganisationId, Integer> organisationIds = new HashMap<>();
    private final List<OrganisationId> organisationList = new ArrayList<>();
    private final Map<ReportingPeriod, Integer> periodIds = new HashMap<>();
    private final List<ReportingPeriod> periodList = new ArrayList<>();
    private final Map<Integer, BigDecimal> bigValues = new HashMap<>();
    private final Map<Integer, String> reasons = new HashMap<>();
    private final Map<Integer, String> commentary = new HashMap<>();
    private DuplicatePolicy duplicatePolicy = DuplicatePolicy.ERROR;
    private int[] indicatorColumn = new int[16];
    private int[] organisationColumn = new int[16];
    private int[] periodColumn = new int[16];
    private long[] unscaled = new long[16];
    private byte[] scales = new byte[16];
    private byte[] flags = new byte[16];
    private long[] numerators = new long[16];
    private long[] denominators = new long[16];
    private int size;

    /** Creates an empty builder with {@link DuplicatePolicy#ERROR}. */
    public Builder() {}

    /**
     * Sets what to do with two values that share a key.
     *
     * @param policy the duplicate policy
     * @return this builder
     */
    public Builder duplicatePolicy(DuplicatePolicy policy) {
      this.duplicatePolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds a value.
     *
     * @param value the value
     * @return this builder
     * @throws IllegalStateException if the dataset would hold more than 2,097,152 distinct
     *     indicators, organisations or periods, or more than {@code Integer.MAX_VALUE - 8} values
     */
    public Builder add(IndicatorValue value) {
      Objects.requireNonNull(value, "value");
      if (size == indicatorColumn.length) {
        grow();
      }
      int row = size;
      indicatorColumn[row] = id(indicatorIds, indicatorList, value.getIndicator(), "indicators");
      organisationColumn[row] =
          id(organisationIds, organisationList, value.getOrganisation(), "organisations");
      periodColumn[row] = id(periodIds, periodList, value.getPeriod(), "periods");
      int flag = value.getQuality().ordinal();
      if (value.getValue().isPresent()) {
        BigDecimal v = value.getValue().get();
        if (v.scale() >= Byte.MIN_VALUE && v.scale() <= Byte.MAX_VALUE && v.unscaledValue().bitLength() < 64) {
          unscaled[row] = v.unscaledValue().longValue();
          scales[row] = (byte) v.scale();
        } else {
          flag |= BIG_VALUE;
          bigValues.put(row, v);
          unscaled[row] = 0;
          scales[row] = 0;
        }
      } else {
        unscaled[row] = 0;
        scales[row] = 0;
      }
      if (value.getNumerator().isPresent()) {
        flag |= HAS_RATIO;
        numerators[row] = value.getNumerator().getAsLong();
        denominators[row] = value.getDenominator().orElseThrow();
      } else {
        numerators[row] = 0;
        denominators[row] = 0;
      }
      flags[row] = (byte) flag;
      value.getQualityReason().ifPresent(r -> reasons.put(row, r));
      value.getCommentary().ifPresent(c -> commentary.put(row, c));
      size++;
      return this;
    }

    /**
     * Adds some values.
     *
     * @param values the values
     * @return this builder
     * @throws IllegalStateException as {@link #add(IndicatorValue)}
     */
    public Builder addAll(Iterable<IndicatorValue> values) {
      Objects.requireNonNull(values, "values");
      for (IndicatorValue value : values) {
        add(value);
      }
      return this;
    }

    /**
     * Returns the number of values added so far, duplicates included.
     *
     * @return the number of values added
     */
    public int size() {
      return size;
    }

    private static <T> int id(Map<T, Integer> ids, List<T> list, T item, String what) {
      Integer id = ids.get(item);
      if (id != null) {
        return id;
      }
      if (list.size() == MAX_ENTRIES) {
        throw new IllegalStateException(
            "a dataset holds at most " + MAX_ENTRIES + " distinct " + what);
      }
      ids.put(item, list.size());
      list.add(item);
      return list.size() - 1;
    }

    private void grow() {
      if (size >= Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("a dataset holds at most " + (Integer.MAX_VALUE - 8) + " values");
      }
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, size * 2L);
      indicatorColumn = Arrays.copyOf(indicatorColumn, capacity);
      organisationColumn = Arrays.copyOf(organisationColumn, capacity);
      periodColumn = Arrays.copyOf(periodColumn, capacity);
      unscaled = Arrays.copyOf(unscaled, capacity);
      scales = Arrays.copyOf(scales, capacity);
      flags = Arrays.copyOf(flags, capacity);
      numerators = Arrays.copyOf(numerators, capacity);
      denominators = Arrays.copyOf(denominators, capacity);
    }

    /**
     * Builds the dataset. The builder may be used again afterwards; later additions do not change
     * the datasets already built.
     *
     * @return the dataset
     * @throws DuplicateValueException under {@link DuplicatePolicy#ERROR}, if two values share
     *     indicator, organisation and period; it names the key and both positions
     */
    public IndicatorDataset build() {
      IndicatorCode[] indicators = sorted(indicatorList, IndicatorCode[]::new);
      OrganisationId[] organisations = sorted(organisationList, OrganisationId[]::new);
      ReportingPeriod[] periods = sorted(periodList, ReportingPeriod[]::new);
      int[] ind = remap(indicatorColumn, indicatorList, indicators);
      int[] org = remap(organisationColumn, organisationList, organisations);
      int[] per = remap(periodColumn, periodList, periods);
      // Stable LSD radix sort of the row numbers by (indicator, organisation, period).
      int[] order = new int[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      order = countingSort(order, per, periods.length);
      order = countingSort(order, org, organisations.length);
      order = countingSort(order, ind, indicators.length);

      int unique = 0;
      for (int p = 0; p < size; p++) {
        if (p == 0 || !sameKey(ind, org, per, order[p - 1], order[p])) {
          unique++;
        }
      }
      long[] keys = new long[unique];
      long[] values = new long[unique];
      byte[] valueScales = new byte[unique];
      byte[] valueFlags = new byte[unique];
      long[] nums = new long[unique];
      long[] dens = new long[unique];
      SparseBuilder<BigDecimal> big = new SparseBuilder<>();
      SparseBuilder<String> reasonColumn = new SparseBuilder<>();
      SparseBuilder<String> commentaryColumn = new SparseBuilder<>();
      int out = 0;
      int p = 0;
      while (p < size) {
        int end = p + 1;
        while (end < size && sameKey(ind, org, per, order[p], order[end])) {
          end++;
        }
        if (end - p > 1 && duplicatePolicy == DuplicatePolicy.ERROR) {
          int first = order[p];
          throw new DuplicateValueException(
              indicators[ind[first]], organisations[org[first]], periods[per[first]],
              first, order[p + 1]);
        }
        int row = order[end - 1];
        keys[out] = key(ind[row], org[row], per[row]);
        values[out] = unscaled[row];
        valueScales[out] = scales[row];
        valueFlags[out] = flags[row];
        nums[out] = numerators[row];
        dens[out] = denominators[row];
        if ((flags[row] & BIG_VALUE) != 0) {
          big.add(out, bigValues.get(row));
        }
        String reason = reasons.get(row);
        if (reason != null) {
          reasonColumn.add(out, reason);
        }
        String comment = commentary.get(row);
        if (comment != null) {
          commentaryColumn.add(out, comment);
        }
        out++;
        p = end;
      }
      return new IndicatorDataset(
          indicators, organisations, periods, keys, values, valueScales, valueFlags,
          new Counts(nums, dens, unique), big.build(), reasonColumn.build(),
          commentaryColumn.build());
    }

    private static boolean sameKey(int[] ind, int[] org, int[] per, int a, int b) {
      return ind[a] == ind[b] && org[a] == org[b] && per[a] == per[b];
    }

    private static <T extends Comparable<? super T>> T[] sorted(
        List<T> list, IntFunction<T[]> array) {
      T[] result = list.toArray(array.apply(list.size()));
      Arrays.sort(result);
      return result;
    }

    private <T> int[] remap(int[] column, List<T> insertionOrder, T[] sortedDictionary) {
      Map<T, Integer> position = index(sortedDictionary);
      int[] newId = new int[insertionOrder.size()];
      for (int i = 0; i < newId.length; i++) {
        newId[i] = position.get(insertionOrder.get(i));
      }
      int[] result = new int[size];
      for (int i = 0; i < size; i++) {
        result[i] = newId[column[i]];
      }
      return result;
    }

    private int[] countingSort(int[] order, int[] component, int buckets) {
      int[] start = new int[buckets + 1];
      for (int i = 0; i < size; i++) {
        start[component[i] + 1]++;
      }
      for (int b = 0; b < buckets; b++) {
        start[b + 1] += start[b];
      }
      int[] result = new int[size];
      for (int i = 0; i < size; i++) {
        int row = order[i];
        result[start[component[row]]++] = row;
      }
      return result;
    }
  }
}
