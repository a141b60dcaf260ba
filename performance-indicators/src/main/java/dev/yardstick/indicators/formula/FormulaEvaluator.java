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

  private static final long serialVersionUID = 1L;

  private static final int UNKNOWN = -1;
  private static final int NO = 0;
  private static final int YES = 1;

  private final IndicatorFormula<R> formula;
  private final ImmutableList<ReportingPeriod> periods;
  private final LocalDate[] periodStarts;
  private final LocalDate[] periodEnds;
  private final boolean distinct;

  // The formula's parts as arrays, for the loop over records.
  private final DatedCondition<R>[] populationDates;
  private final DatedCondition<R>[] numeratorDates;
  private final TimescaleCondition<R>[] timescales;
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
    this.periodStarts = new LocalDate[this.periods.size()];
    this.periodEnds = new LocalDate[this.periods.size()];
    for (int p = 0; p < periodStarts.length; p++) {
      periodStarts[p] = this.periods.get(p).getStart();
      periodEnds[p] = this.periods.get(p).getEnd();
    }
    this.distinct = formula.countingKey != null;
    this.populationDates = formula.populationDates.toArray(new DatedCondition[0]);
    this.numeratorDates = formula.numeratorDates.toArray(new DatedCondition[0]);
    this.timescales = formula.timescales.toArray(new TimescaleCondition[0]);
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
    long position = tally.nextPosition();
    if (record == null) {
      throw new NullPointerException("record " + position + " is null");
    }
    Scratch s = tally.scratch(this);
    // 1. Everything that does not depend on the period, so a bad record is bad in every period.
    for (int i = 0; i < populationDates.length; i++) {
      DatedCondition<R> c = populationDates[i];
      LocalDate start = c.start.get(record);
      if (start == null) {
        bad(tally, position, BadRecordReason.MISSING_DATE, c.startField, "is missing (rule " + c.rule + " needs it)");
        return;
      }
      LocalDate end = c.end == null ? null : c.end.get(record);
      if (end != null && end.isBefore(start)) {
        bad(tally, position, BadRecordReason.END_BEFORE_START, c.endField, "is before the " + c.startField);
        return;
      }
      s.populationStarts[i] = start;
      s.populationEnds[i] = end;
    }
    for (int i = 0; i < numeratorDates.length; i++) {
      DatedCondition<R> c = numeratorDates[i];
      LocalDate start = c.start.get(record);
      LocalDate end = c.end == null ? null : c.end.get(record);
      if (start != null && end != null && end.isBefore(start)) {
        bad(tally, position, BadRecordReason.END_BEFORE_START, c.endField, "is before the " + c.startField);
        return;
      }
      s.numeratorStarts[i] = start;
      s.numeratorEnds[i] = end;
    }
    for (int i = 0; i < timescales.length; i++) {
      TimescaleCondition<R> t = timescales[i];
      LocalDate clockStart = t.clockStart.get(record);
      if (clockStart == null) {
        bad(tally, position, BadRecordReason.MISSING_DATE, "clock start", "is missing (timescale " + t.timescale + " needs it)");
        return;
      }
      LocalDate clockStop = t.clockStop.get(record);
      if (clockStop != null && clockStop.isBefore(clockStart)) {
        bad(tally, position, BadRecordReason.END_BEFORE_START, "clock stop", "is before the clock start");
        return;
      }
      s.clockStarts[i] = clockStart;
      s.clockStops[i] = clockStop;
    }
    LocalDate birth = null;
    int eventAge = 0;
    if (formula.birthDate != null) {
      birth = formula.birthDate.get(record);
      if (birth == null) {
        bad(tally, position, BadRecordReason.MISSING_DATE, "birth date", "is missing (the formula takes an age)");
        return;
      }
      if (formula.ageEventDate != null) {
        LocalDate event = formula.ageEventDate.get(record);
        if (event == null) {
          bad(tally, position, BadRecordReason.MISSING_DATE, "age event date", "is missing (the formula takes age at it)");
          return;
        }
        eventAge = AgeBand.ageOn(birth, event);
        if (eventAge < 0) {
          bad(tally, position, BadRecordReason.NEGATIVE_AGE, "birth date", "is after the age event date");
          return;
        }
      }
    }
    Object key = null;
    if (formula.countingKey != null) {
      key = formula.countingKey.get(record);
      if (key == null) {
        bad(tally, position, BadRecordReason.MISSING_KEY, keyField(), "is missing");
        return;
      }
    }
    for (int d = 0; d < dimensions.length; d++) {
      KeyField<? super R> field = dimensions[d].key;
      if (field != null) {
        Object group = field.get(record);
        if (group == null) {
          bad(tally, position, BadRecordReason.MISSING_KEY, "disaggregation key '" + dimensions[d].name + "'", "is missing");
          return;
        }
        s.groups[d] = group.toString();
      }
    }
    // 2. Conditions on the record alone.
    for (RecordCondition<? super R> c : populationConditions) {
      if (!c.test(record)) {
        return;
      }
    }
    for (RecordCondition<? super R> c : exclusions) {
      if (c.test(record)) {
        return;
      }
    }
    // The numerator's conditions on the record alone are evaluated once, and only for a record
    // in the population of some period.
    int recordNumerator = UNKNOWN;
    // 3. Each period. Only an age taken at the period end can make the record bad part-way
    // through the periods; then the periods are recorded in scratch space and committed only if
    // the record is good in all of them. Otherwise each period is committed as it is evaluated.
    if (birth == null || formula.ageEventDate != null) {
      for (int p = 0; p < periodStarts.length; p++) {
        if (inPopulation(record, p, s)
            && (birth == null || formula.ageBand == null || formula.ageBand.contains(eventAge))) {
          if (recordNumerator == UNKNOWN) {
            recordNumerator = meetsRecordNumerator(record, s) ? YES : NO;
          }
          commit(tally, p, recordNumerator == YES && inNumerator(record, p, s), key, s, eventAge);
        }
      }
      return;
    }
    boolean any = false;
    for (int p = 0; p < periodStarts.length; p++) {
      boolean in = inPopulation(record, p, s);
      if (in) {
        int age = AgeBand.ageOn(birth, periodEnds[p]);
        if (age < 0) {
          bad(tally, position, BadRecordReason.NEGATIVE_AGE, "birth date", "is after the end of period " + periods.get(p));
          return;
        }
        s.ages[p] = age;
        in = formula.ageBand == null || formula.ageBand.contains(age);
      }
      s.inPopulation[p] = in;
      if (in) {
        any = true;
        if (recordNumerator == UNKNOWN) {
          recordNumerator = meetsRecordNumerator(record, s) ? YES : NO;
        }
        s.inNumerator[p] = recordNumerator == YES && inNumerator(record, p, s);
      }
    }
    if (!any) {
      return;
    }
    for (int p = 0; p < periodStarts.length; p++) {
      if (s.inPopulation[p]) {
        commit(tally, p, s.inNumerator[p], key, s, s.ages[p]);
      }
    }
  }

  private boolean meetsRecordNumerator(R record, Scratch s) {
    for (int i = 0; i < timescales.length; i++) {
      LocalDate stop = s.clockStops[i];
      if (stop == null || !timescales[i].timescale.isMet(s.clockStarts[i], stop)) {
        return false;
      }
    }
    for (RecordCondition<? super R> c : numeratorConditions) {
      if (!c.test(record)) {
        return false;
      }
    }
    return true;
  }

  private void commit(
      FormulaTally tally, int p, boolean numerator, @Nullable Object key, Scratch s, int age) {
    tally.total(p).add(numerator, key);
    for (int d = 0; d < dimensions.length; d++) {
      String group = dimensions[d].key != null ? s.groups[d] : dimensions[d].band(age);
      tally.group(d, p, group).add(numerator, key);
    }
  }

  private boolean inPopulation(R record, int p, Scratch s) {
    LocalDate start = periodStarts[p];
    LocalDate end = periodEnds[p];
    for (int i = 0; i < populationDates.length; i++) {
      if (!populationDates[i].rule.matches(s.populationStarts[i], s.populationEnds[i], start, end)) {
        return false;
      }
    }
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

  private boolean inNumerator(R record, int p, Scratch s) {
    LocalDate start = periodStarts[p];
    LocalDate end = periodEnds[p];
    for (int i = 0; i < numeratorDates.length; i++) {
      LocalDate date = s.numeratorStarts[i];
      if (date == null || !numeratorDates[i].rule.matches(date, s.numeratorEnds[i], start, end)) {
        return false;
      }
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

  private void bad(
      FormulaTally tally, long position, BadRecordReason reason, String field, String detail) {
    if (formula.badRecordPolicy == BadRecordPolicy.FAIL) {
      throw new BadRecordException(position, field, reason, detail);
    }
    tally.skip(reason);
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
    return periodStarts.length;
  }

  /** Working space for one record, kept in the tally so the loop over records allocates nothing. */
  static final class Scratch {
    final LocalDate[] populationStarts;
    final @Nullable LocalDate[] populationEnds;
    final @Nullable LocalDate[] numeratorStarts;
    final @Nullable LocalDate[] numeratorEnds;
    final LocalDate[] clockStarts;
    final @Nullable LocalDate[] clockStops;
    final String[] groups;
    final boolean[] inPopulation;
    final boolean[] inNumerator;
    final int[] ages;

    Scratch(FormulaEvaluator<?> evaluator) {
      int periods = evaluator.periodCount();
      this.populationStarts = new LocalDate[evaluator.populationDates.length];
      this.populationEnds = new LocalDate[evaluator.populationDates.length];
      this.numeratorStarts = new LocalDate[evaluator.numeratorDates.length];
      this.numeratorEnds = new LocalDate[evaluator.numeratorDates.length];
      this.clockStarts = new LocalDate[evaluator.timescales.length];
      this.clockStops = new LocalDate[evaluator.timescales.length];
      this.groups = new String[evaluator.dimensions.length];
      this.inPopulation = new boolean[periods];
      this.inNumerator = new boolean[periods];
      this.ages = new int[periods];
    }
  }
}
