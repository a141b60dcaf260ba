package dev.yardstick.indicators.formula;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.formula.IndicatorFormula.DatedCondition;
import dev.yardstick.indicators.formula.IndicatorFormula.Dimension;
import dev.yardstick.indicators.formula.IndicatorFormula.TimescaleCondition;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * A formula bound to the reporting periods it is evaluated for: it makes {@linkplain FormulaTally
 * tallies}, folds records into them and turns a tally into a {@link FormulaResult}.
 *
 * <p>This is the low-level entry point, for cluster engines and hand-written loops; most code
 * calls {@link IndicatorFormula#evaluate(Iterable, Collection)} or {@link
 * IndicatorFormula#collector(Collection)}. The three operations are those of a fold over a monoid:
 *
 * <pre>{@code
 * FormulaEvaluator<Referral> evaluator = formula.over(year, year.getQuarters().get(0));
 * FormulaTally left = evaluator.newTally();     // identity
 * FormulaTally right = evaluator.newTally();
 * for (Referral r : firstHalf) evaluator.accept(left, r);
 * for (Referral r : secondHalf) evaluator.accept(right, r);
 * FormulaResult result = evaluator.result(left.merge(right));
 * }</pre>
 *
 * <p>All the periods are evaluated in one pass: a year and its twelve months cost one read of the
 * records.
 *
 * <p>An evaluator is {@link Serializable} when its formula is, so that a cluster engine can ship
 * it to its workers, fold each partition into a tally there and merge the tallies.
 *
 * <p>Implementation requirements: immutable and thread-safe, provided the formula's accessors
 * are; the tallies it makes are not.
 *
 * @param <R> the record type
 * @since 0.1.0
 * @serial exclude
 */
public final class FormulaEvaluator<R> implements Serializable {

  private static final long serialVersionUID = 2L;

  private static final int UNKNOWN = -1;
  private static final int NO = 0;
  private static final int YES = 1;

  private final IndicatorFormula<R> formula;
  private final ImmutableList<ReportingPeriod> periods;
  private final LocalDate[] periodEnds;
  /** The periods' first days as {@linkplain PeriodRule#dayKey(LocalDate) day keys}. */
  private final long[] periodStartKeys;
  /** The periods' last days as day keys. */
  private final long[] periodEndKeys;
  private final boolean distinct;

  // The formula's parts as arrays, for the loop over records.
  private final DatedCondition<R>[] populationDates;
  private final DatedCondition<R>[] numeratorDates;
  private final TimescaleCondition<R>[] timescales;
  private final Timescale[] populationTimescales;
  /** Whether a timescale on the population's dates is checked late: one not in plain days. */
  private final boolean keepPopulationClock;
  private final RecordCondition<? super R>[] populationConditions;
  private final RecordCondition<? super R>[] exclusions;
  private final RecordCondition<? super R>[] numeratorConditions;
  private final PeriodCondition<? super R>[] populationPeriodConditions;
  private final PeriodCondition<? super R>[] periodExclusions;
  private final PeriodCondition<? super R>[] numeratorPeriodConditions;
  private final Dimension<R>[] dimensions;

  @SuppressWarnings({"unchecked", "rawtypes"})
  FormulaEvaluator(IndicatorFormula<R> formula, Collection<? extends ReportingPeriod> periods) {
    this.formula = formula;
    Objects.requireNonNull(periods, "periods");
    checkArgument(!periods.isEmpty(), "a formula needs at least one period to evaluate");
    Set<ReportingPeriod> seen = new HashSet<>();
    for (ReportingPeriod p : periods) {
      Objects.requireNonNull(p, "period");
      checkArgument(seen.add(p), "period %s is given twice", p);
      IndicatorDefinition definition = formula.definition;
      checkArgument(
          definition == null || definition.isEffectiveFor(p),
          "period %s is outside the dates of the definition the formula produces, %s: its last"
              + " day %s is not in force",
          p,
          definition,
          p.getEnd());
    }
    this.periods = ImmutableList.sortedCopyOf(periods);
    this.periodEnds = new LocalDate[this.periods.size()];
    this.periodStartKeys = new long[this.periods.size()];
    this.periodEndKeys = new long[this.periods.size()];
    for (int p = 0; p < periodEnds.length; p++) {
      periodEnds[p] = this.periods.get(p).getEnd();
      periodStartKeys[p] = PeriodRule.dayKey(this.periods.get(p).getStart());
      periodEndKeys[p] = PeriodRule.dayKey(periodEnds[p]);
    }
    this.distinct = formula.countingKey != null;
    this.populationDates = formula.populationDates.toArray(new DatedCondition[0]);
    this.numeratorDates = formula.numeratorDates.toArray(new DatedCondition[0]);
    this.timescales = formula.timescales.toArray(new TimescaleCondition[0]);
    this.populationTimescales = formula.populationTimescales.toArray(new Timescale[0]);
    this.keepPopulationClock =
        formula.populationTimescales.stream().anyMatch(t -> !t.isInDays());
    this.populationConditions = formula.populationConditions.toArray(new RecordCondition[0]);
    this.exclusions = formula.exclusions.toArray(new RecordCondition[0]);
    this.numeratorConditions = formula.numeratorConditions.toArray(new RecordCondition[0]);
    this.populationPeriodConditions =
        formula.populationPeriodConditions.toArray(new PeriodCondition[0]);
    this.periodExclusions = formula.periodExclusions.toArray(new PeriodCondition[0]);
    this.numeratorPeriodConditions =
        formula.numeratorPeriodConditions.toArray(new PeriodCondition[0]);
    this.dimensions = formula.dimensions.toArray(new Dimension[0]);
  }

  /**
   * Returns the formula.
   *
   * @return the formula
   */
  public IndicatorFormula<R> getFormula() {
    return formula;
  }

  /**
   * Returns the periods, in order.
   *
   * @return the periods
   */
  public List<ReportingPeriod> getPeriods() {
    return periods;
  }

  /**
   * Returns an empty tally: the identity of {@link FormulaTally#merge(FormulaTally)}.
   *
   * @return a new tally for this formula and these periods
   */
  public FormulaTally newTally() {
    return new FormulaTally(periods.size(), dimensions.length, distinct);
  }

  /**
   * Folds one record into a tally: counts it in the numerator and denominator of each period (and
   * group) it belongs to, or skips it as bad input.
   *
   * @param tally a tally from {@link #newTally()}
   * @param record the record
   * @throws BadRecordException under {@link BadRecordPolicy#FAIL}, if the record is bad; the
   *     message names its position in the tally and the field
   * @throws NullPointerException if the record is null; the message names its position
   */
  public void accept(FormulaTally tally, R record) {
    Scratch s = tally.scratch(this);
    long position = tally.nextPosition();
    if (record == null) {
      throw new NullPointerException("record " + position + " is null");
    }
    // Every field is checked before any period is counted, so a bad record is bad in every period.
    // The dates are matched against the periods as they are read, so only a record in some
    // period's population is carried further. Each phase is a small method the JIT compiler
    // inlines here.
    if (readPopulationDates(tally, position, record, s)
        && readNumeratorDates(tally, position, record, s)
        && readClocks(tally, position, record, s)
        && readAge(tally, position, record, s)
        && readKeys(tally, position, record, s)
        && s.dated
        && meetsPopulationConditions(record)) {
      count(tally, position, record, s);
    }
  }

  /**
   * Counts a good record that meets some period's date rules and the population's conditions on
   * the record alone, by the way the formula takes an age.
   */
  private void count(FormulaTally tally, long position, R record, Scratch s) {
    if (formula.birthDate == null || formula.ageEventDate != null) {
      countInPeriods(tally, record, s);
    } else {
      countWithAgeAtPeriodEnd(tally, position, record, s);
    }
  }

  /**
   * Reads and checks the population's dates, and marks in {@code s.inPopulation} the periods whose
   * rules they meet; {@code s.dated} tells whether there is any. For such a record, {@code
   * s.timescalesMet} tells whether it meets the timescales in days on the population rule's dates,
   * and the dates are kept for the other timescales.
   */
  private boolean readPopulationDates(FormulaTally tally, long position, R record, Scratch s) {
    boolean[] in = s.inPopulation;
    boolean any = true;
    LocalDate startDate = null;
    LocalDate endDate = null;
    for (int i = 0; i < populationDates.length; i++) {
      DatedCondition<R> c = populationDates[i];
      startDate = c.start.get(record);
      if (startDate == null) {
        return bad(
            tally,
            position,
            BadRecordReason.MISSING_DATE,
            c.startField,
            "is missing (rule " + c.rule + " needs it)");
      }
      long start = PeriodRule.dayKey(startDate);
      endDate = c.end == null ? null : c.end.get(record);
      long end = PeriodRule.endKey(endDate);
      if (end < start) {
        return bad(
            tally,
            position,
            BadRecordReason.END_BEFORE_START,
            c.endField,
            "is before the " + c.startField);
      }
      if (any) {
        any = false;
        PeriodRule rule = c.rule;
        for (int p = 0; p < in.length; p++) {
          boolean matches =
              (i == 0 || in[p]) && rule.matches(start, end, periodStartKeys[p], periodEndKeys[p]);
          in[p] = matches;
          any |= matches;
        }
      }
    }
    if (populationDates.length == 0) {
      Arrays.fill(in, true);
    }
    s.dated = any;
    boolean met = true;
    if (any) {
      // The builder allows these timescales only with a single population rule with two dates.
      for (Timescale t : populationTimescales) {
        if (t.isInDays()) {
          met = met && endDate != null && t.isMet(startDate, endDate);
        }
      }
      if (keepPopulationClock) {
        s.populationStart = startDate;
        s.populationEnd = endDate;
      }
    }
    s.timescalesMet = met;
    return true;
  }

  /**
   * Reads and checks the numerator's dates and, for a record in some period's population, marks in
   * {@code s.inNumerator} the periods whose rules they meet. A record without the start date is in
   * no period's numerator.
   */
  private boolean readNumeratorDates(FormulaTally tally, long position, R record, Scratch s) {
    boolean[] in = s.inNumerator;
    for (int i = 0; i < numeratorDates.length; i++) {
      DatedCondition<R> c = numeratorDates[i];
      LocalDate startDate = c.start.get(record);
      long end = c.end == null ? PeriodRule.OPEN_END : PeriodRule.endKey(c.end.get(record));
      if (startDate == null) {
        if (s.dated) {
          Arrays.fill(in, false);
        }
        continue;
      }
      long start = PeriodRule.dayKey(startDate);
      if (end < start) {
        return bad(
            tally,
            position,
            BadRecordReason.END_BEFORE_START,
            c.endField,
            "is before the " + c.startField);
      }
      if (s.dated) {
        PeriodRule rule = c.rule;
        for (int p = 0; p < in.length; p++) {
          in[p] =
              (i == 0 || in[p]) && rule.matches(start, end, periodStartKeys[p], periodEndKeys[p]);
        }
      }
    }
    return true;
  }

  /**
   * Reads and checks the timescales' clock dates and, for a record in some period's population,
   * tells in {@code s.timescalesMet} whether it meets those in days, with those on the population's
   * dates. A timescale in days is plain arithmetic on the dates, so it is checked here; one in
   * working days or months consults a calendar, which can throw for a date outside its rules, so
   * its dates are kept and it is checked only once the record is known to be good.
   */
  private boolean readClocks(FormulaTally tally, long position, R record, Scratch s) {
    boolean met = s.timescalesMet;
    for (int i = 0; i < timescales.length; i++) {
      TimescaleCondition<R> t = timescales[i];
      LocalDate clockStart = t.clockStart.get(record);
      if (clockStart == null) {
        return bad(
            tally,
            position,
            BadRecordReason.MISSING_DATE,
            "clock start",
            "is missing (timescale " + t.timescale + " needs it)");
      }
      LocalDate clockStop = t.clockStop.get(record);
      if (PeriodRule.endKey(clockStop) < PeriodRule.dayKey(clockStart)) {
        return bad(
            tally,
            position,
            BadRecordReason.END_BEFORE_START,
            "clock stop",
            "is before the clock start");
      }
      if (s.dated) {
        if (t.timescale.isInDays()) {
          met = met && clockStop != null && t.timescale.isMet(clockStart, clockStop);
        } else {
          s.clockStarts[i] = clockStart;
          s.clockStops[i] = clockStop;
        }
      }
    }
    s.timescalesMet = met;
    return true;
  }

  /** Reads the birth date, and the age at the event date when the formula takes that age. */
  private boolean readAge(FormulaTally tally, long position, R record, Scratch s) {
    DateField<? super R> birthDate = formula.birthDate;
    if (birthDate == null) {
      return true;
    }
    LocalDate birth = birthDate.get(record);
    if (birth == null) {
      return bad(
          tally,
          position,
          BadRecordReason.MISSING_DATE,
          "birth date",
          "is missing (the formula takes an age)");
    }
    s.birth = birth;
    DateField<? super R> ageEventDate = formula.ageEventDate;
    if (ageEventDate != null) {
      LocalDate event = ageEventDate.get(record);
      if (event == null) {
        return bad(
            tally,
            position,
            BadRecordReason.MISSING_DATE,
            "age event date",
            "is missing (the formula takes age at it)");
      }
      int age = AgeBand.ageOn(birth, event);
      if (age < 0) {
        return bad(
            tally,
            position,
            BadRecordReason.NEGATIVE_AGE,
            "birth date",
            "is after the age event date");
      }
      s.eventAge = age;
    }
    return true;
  }

  /** Reads the counting key and the disaggregation keys. */
  private boolean readKeys(FormulaTally tally, long position, R record, Scratch s) {
    KeyField<? super R> countingKey = formula.countingKey;
    if (countingKey != null) {
      Object key = countingKey.get(record);
      if (key == null) {
        return bad(tally, position, BadRecordReason.MISSING_KEY, keyField(), "is missing");
      }
      s.key = key;
    }
    for (int d = 0; d < dimensions.length; d++) {
      KeyField<? super R> field = dimensions[d].key;
      if (field != null) {
        Object group = field.get(record);
        if (group == null) {
          return bad(
              tally,
              position,
              BadRecordReason.MISSING_KEY,
              "disaggregation key '" + dimensions[d].name + "'",
              "is missing");
        }
        s.groups[d] = group.toString();
      }
    }
    return true;
  }

  /** The population's conditions on the record alone, and the exclusions. */
  private boolean meetsPopulationConditions(R record) {
    for (RecordCondition<? super R> c : populationConditions) {
      if (!c.test(record)) {
        return false;
      }
    }
    for (RecordCondition<? super R> c : exclusions) {
      if (c.test(record)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Counts a good record in each period whose population it is in, when no age or the age at an
   * event date is taken: the age is then the same in every period.
   */
  private void countInPeriods(FormulaTally tally, R record, Scratch s) {
    // An age band implies an age (build() checks), here the age at the event date.
    AgeBand band = formula.ageBand;
    if (band != null && !band.contains(s.eventAge)) {
      return;
    }
    boolean[] inPopulation = s.inPopulation;
    int recordNumerator = UNKNOWN;
    for (int p = 0; p < inPopulation.length; p++) {
      if (inPopulation[p] && meetsPeriodConditions(record, p)) {
        if (recordNumerator == UNKNOWN) {
          recordNumerator = meetsRecordNumerator(record, s) ? YES : NO;
        }
        commit(tally, p, recordNumerator == YES && inNumerator(record, p, s), s, s.eventAge);
      }
    }
  }

  /**
   * Counts a record whose age is taken at each period's end. That age can make the record bad
   * part-way through the periods (born after a period's end), so the periods are decided first and
   * committed only if the record is good in all of them.
   */
  private void countWithAgeAtPeriodEnd(FormulaTally tally, long position, R record, Scratch s) {
    LocalDate birth = s.birth;
    AgeBand band = formula.ageBand;
    boolean[] inPopulation = s.inPopulation;
    boolean any = false;
    for (int p = 0; p < inPopulation.length; p++) {
      boolean in = inPopulation[p] && meetsPeriodConditions(record, p);
      if (in) {
        int age = AgeBand.ageOn(birth, periodEnds[p]);
        if (age < 0) {
          bad(
              tally,
              position,
              BadRecordReason.NEGATIVE_AGE,
              "birth date",
              "is after the end of period " + periods.get(p));
          return;
        }
        s.ages[p] = age;
        in = band == null || band.contains(age);
      }
      s.committed[p] = in;
      any |= in;
    }
    if (any) {
      boolean recordNumerator = meetsRecordNumerator(record, s);
      for (int p = 0; p < inPopulation.length; p++) {
        if (s.committed[p]) {
          commit(tally, p, recordNumerator && inNumerator(record, p, s), s, s.ages[p]);
        }
      }
    }
  }

  /** The population's conditions on the record and period, and the period exclusions. */
  private boolean meetsPeriodConditions(R record, int p) {
    if (populationPeriodConditions.length == 0 && periodExclusions.length == 0) {
      return true;
    }
    ReportingPeriod period = periods.get(p);
    for (PeriodCondition<? super R> c : populationPeriodConditions) {
      if (!c.test(record, period)) {
        return false;
      }
    }
    for (PeriodCondition<? super R> c : periodExclusions) {
      if (c.test(record, period)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a record in period p's population, which meets the numerator's conditions on the
   * record alone, meets its date rules and conditions for period p.
   */
  private boolean inNumerator(R record, int p, Scratch s) {
    if (numeratorDates.length > 0 && !s.inNumerator[p]) {
      return false;
    }
    if (numeratorPeriodConditions.length == 0) {
      return true;
    }
    ReportingPeriod period = periods.get(p);
    for (PeriodCondition<? super R> c : numeratorPeriodConditions) {
      if (!c.test(record, period)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a good record meets the numerator's timescales (those in days were checked as the
   * clocks were read) and its conditions on the record alone; evaluated at most once a record, and
   * only when some period takes the record into its population.
   */
  private boolean meetsRecordNumerator(R record, Scratch s) {
    if (!s.timescalesMet) {
      return false;
    }
    for (int i = 0; i < timescales.length; i++) {
      Timescale t = timescales[i].timescale;
      if (!t.isInDays()) {
        LocalDate stop = s.clockStops[i];
        if (stop == null || !t.isMet(s.clockStarts[i], stop)) {
          return false;
        }
      }
    }
    if (keepPopulationClock) {
      for (Timescale t : populationTimescales) {
        LocalDate stop = s.populationEnd;
        if (!t.isInDays() && (stop == null || !t.isMet(s.populationStart, stop))) {
          return false;
        }
      }
    }
    for (RecordCondition<? super R> c : numeratorConditions) {
      if (!c.test(record)) {
        return false;
      }
    }
    return true;
  }

  private void commit(FormulaTally tally, int p, boolean numerator, Scratch s, int age) {
    Object key = s.key;
    tally.total(p).add(numerator, key);
    for (int d = 0; d < dimensions.length; d++) {
      String group = dimensions[d].key != null ? s.groups[d] : dimensions[d].band(age);
      tally.group(d, p, group).add(numerator, key);
    }
  }

  private String keyField() {
    switch (formula.countingUnit) {
      case DISTINCT_PEOPLE:
        return "person key";
      case DISTINCT_EPISODES:
        return "episode key";
      default:
        return "record key";
    }
  }

  /**
   * Deals with a bad record by the formula's policy: throws, or counts the record as skipped.
   *
   * @return false, so that a phase of {@link #accept(FormulaTally, Object)} can return it
   */
  private boolean bad(
      FormulaTally tally, long position, BadRecordReason reason, String field, String detail) {
    if (formula.badRecordPolicy == BadRecordPolicy.FAIL) {
      throw new BadRecordException(position, field, reason, detail);
    }
    tally.skip(reason);
    return false;
  }

  /**
   * Turns a tally into the result: one value for each period, and for each group of each
   * disaggregation, with the population table applied and small numbers flagged.
   *
   * @param tally a tally from {@link #newTally()}, holding the records folded in so far
   * @return the result; the tally is unchanged and may take more records
   * @throws IllegalArgumentException if the tally was made for a different number of periods
   */
  public FormulaResult result(FormulaTally tally) {
    Objects.requireNonNull(tally, "tally");
    checkArgument(
        tally.periodCount() == periods.size(),
        "tally of %s periods cannot give a result for %s periods",
        tally.periodCount(),
        periods.size());
    List<FormulaValue> values = new ArrayList<>();
    for (int p = 0; p < periods.size(); p++) {
      ReportingPeriod period = periods.get(p);
      values.add(value(period, null, null, tally.total(p)));
      for (int d = 0; d < dimensions.length; d++) {
        for (Map.Entry<String, Cell> e : new TreeMap<>(tally.groups(d, p)).entrySet()) {
          values.add(value(period, dimensions[d].name, e.getKey(), e.getValue()));
        }
      }
    }
    return FormulaResult.builder()
        .periods(periods)
        .values(values)
        .countingUnit(formula.countingUnit)
        .definition(Optional.ofNullable(formula.definition))
        .dimensions(formula.getDimensions())
        .recordCount(tally.getRecordCount())
        .skippedRecords(tally.getSkippedRecords())
        .suppressionThreshold(formula.suppressionThreshold)
        .build();
  }

  private FormulaValue value(
      ReportingPeriod period, @Nullable String dimension, @Nullable String group, Cell cell) {
    long numerator = cell.numerator();
    long denominator;
    PopulationTable table = formula.populationTable;
    if (table != null) {
      OptionalLong population = group == null ? table.lookup(period) : table.lookup(period, group);
      denominator = population.orElse(0L);
    } else {
      denominator = cell.denominator();
    }
    int threshold = formula.suppressionThreshold;
    boolean suppressed =
        threshold > 0
            && ((numerator > 0 && numerator < threshold)
                || (table == null && denominator > 0 && denominator < threshold));
    FormulaValue.Builder value = FormulaValue.builder();
    value
        .period(period)
        .numerator(numerator)
        .denominator(denominator)
        .multiplier(formula.multiplier)
        .fromPopulationTable(table != null)
        .suppressed(suppressed);
    if (dimension != null && group != null) {
      value.dimension(dimension).group(group);
    }
    return value.build();
  }

  /**
   * Evaluates the formula over records, in one pass and without holding them.
   *
   * @param records the records, read once, in any order
   * @return the result
   * @throws BadRecordException under {@link BadRecordPolicy#FAIL}, at the first bad record
   */
  public FormulaResult evaluate(Iterable<? extends R> records) {
    Objects.requireNonNull(records, "records");
    FormulaTally tally = newTally();
    for (R record : records) {
      accept(tally, record);
    }
    return result(tally);
  }

  /**
   * Returns a collector that evaluates the formula over a stream, sequential or parallel.
   *
   * @return an unordered collector whose container is a {@link FormulaTally}
   */
  public Collector<R, FormulaTally, FormulaResult> collector() {
    return Collector.of(
        this::newTally,
        this::accept,
        FormulaTally::merge,
        this::result,
        Collector.Characteristics.UNORDERED);
  }

  int periodCount() {
    return periodEnds.length;
  }

  /** Working space for one record, kept in the tally so the loop over records allocates nothing. */
  static final class Scratch {
    final String[] groups;
    /** Period p's population, by its date rules. */
    final boolean[] inPopulation;
    /** Period p's numerator, by its date rules; set only for a record in some population. */
    final boolean[] inNumerator;
    /** Whether the record is counted in period p, when the age is taken at each period's end. */
    final boolean[] committed;
    /** The age at each period's end, when the formula takes it. */
    final int[] ages;
    /** Whether any period's date rules take the record into its population. */
    boolean dated;
    /** Whether a record with {@link #dated} set meets all the timescales in days. */
    boolean timescalesMet;
    /** The clock dates of the timescales not in days, kept for a record with {@link #dated} set. */
    final LocalDate[] clockStarts;

    final @Nullable LocalDate[] clockStops;
    /** The population rule's dates, kept for its timescales not in days. */
    @Nullable LocalDate populationStart;

    @Nullable LocalDate populationEnd;
    @Nullable LocalDate birth;
    int eventAge;
    @Nullable Object key;

    Scratch(FormulaEvaluator<?> evaluator) {
      int periods = evaluator.periodCount();
      this.groups = new String[evaluator.dimensions.length];
      this.inPopulation = new boolean[periods];
      this.inNumerator = new boolean[periods];
      this.committed = new boolean[periods];
      this.clockStarts = new LocalDate[evaluator.timescales.length];
      this.clockStops = new LocalDate[evaluator.timescales.length];
      this.ages = new int[periods];
    }
  }
}
