package dev.yardstick.indicators.formula;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorDefinition;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * An indicator defined over case records: which records make the population (the denominator),
 * which of those meet the numerator, what is counted, and how the figure is scaled and broken
 * down. The records are the embedder's own type {@code R}; the formula reads them through
 * accessors given as method references and lambdas, so no interface has to be implemented.
 *
 * <p>PAF A1, the percentage of children looked after at 31 March with three or more placements
 * during the year, producing the catalogue's definition of A1 (a percentage to one decimal place):
 *
 * <pre>{@code
 * FinancialYear year = FinancialYear.parse("2003-04");
 * IndicatorDefinition pafA1 =
 *     ShippedCatalogues.paf().find(IndicatorCode.of("A1"), year).orElseThrow();
 * IndicatorFormula<LookedAfterChild> a1 = IndicatorFormula.builder(LookedAfterChild.class)
 *     .definition(pafA1)
 *     .population(PeriodRule.OPEN_AT_PERIOD_END, LookedAfterChild::careStart, LookedAfterChild::careEnd)
 *     .exclude(LookedAfterChild::isShortBreaks)
 *     .numeratorWhere((child, period) -> child.placementsDuring(period) >= 3)
 *     .countDistinct(CountingUnit.DISTINCT_PEOPLE, LookedAfterChild::childId)
 *     .build();
 * FormulaResult result = a1.evaluate(children, year);
 * List<IndicatorValue> values = result.toIndicatorValues(OrganisationId.gss("E06000001"));
 * // [IndicatorValue{A1 E06000001 2003-04 = 12.5 FINAL}]
 * }</pre>
 *
 * <p>Assessments completed within 7 working days of referral, by team:
 *
 * <pre>{@code
 * IndicatorFormula<Assessment> timeliness = IndicatorFormula.builder(Assessment.class)
 *     .population(PeriodRule.EVENT_IN_PERIOD, Assessment::completed)
 *     .numeratorWithin(Timescale.workingDays(7, WorkingDayCalendar.englandAndWales()),
 *         Assessment::referred, Assessment::completed)
 *     .disaggregateBy("team", Assessment::team)
 *     .multiplier(100)
 *     .build();
 * }</pre>
 *
 * <h2>How a record is evaluated</h2>
 *
 * <p>For each reporting period, a record is in the population when every population rule and
 * condition holds, no exclusion does, and its age (if the formula takes one) is in the age band;
 * it is in the numerator when it is in the population and every numerator rule, condition and
 * timescale holds. The counting unit then decides what is counted: each record, or each distinct
 * person or episode (in the denominator if any of its records is, in the numerator if any of its
 * records is). So the numerator never exceeds the denominator, except for a per-population rate,
 * whose denominator comes from a {@link PopulationTable}.
 *
 * <p>Evaluation folds records into a {@link FormulaTally}, a small mergeable tally, so a formula
 * runs over an {@link Iterable} too large for memory ({@link #evaluate(Iterable, Collection)}),
 * as a parallel {@link Collector} ({@link #collector(Collection)}), or on a cluster engine through
 * {@link #over(Collection)}, with the same result.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>Period boundaries are inclusive; see {@link PeriodRule} for each rule, open-ended records
 *       and the snapshot at the period end.
 *   <li>A population date that is missing, an end before its start, a clock stop before its
 *       clock start, a missing birth date or key, or a birth after the date the age is taken at
 *       make the record bad input, whatever period is evaluated: under {@link
 *       BadRecordPolicy#SKIP} it is left out of every period and counted by reason; under {@link
 *       BadRecordPolicy#FAIL} evaluation stops with a {@link BadRecordException} naming its
 *       position and field. Exclusions are applied before the age at each period's end is taken,
 *       so a formula taking that age can exclude records of unborn children rather than reject
 *       them; a birth date and an age at an event date are checked with the other fields, before
 *       any exclusion.
 *   <li>A missing numerator date (an assessment not yet completed, a client not reviewed) or a
 *       clock that has not stopped is not bad input: the record is not in the numerator.
 *   <li>A zero denominator gives a value with no figure ({@link FormulaValue.Status}).
 * </ul>
 *
 * <p>A formula is {@link Serializable} when everything it holds is, so that it can be shipped to
 * the workers of a cluster engine: its accessors are, being declared as serialisable functional
 * interfaces (a lambda's captured values must be serialisable too), as are its definition, {@link
 * PopulationTable}, {@link Timescale}s with their working-day calendars, {@link AgeBand}s and the
 * periods a condition may capture; the keys it reads must be.
 *
 * <p>Accessors and conditions must be pure functions of the record (and the period): the engine
 * reads each accessor once a record and checks every field before it counts the record in any
 * period, but evaluates conditions and timescales only as far as it needs to decide a record, in
 * an order of its choosing. A timescale in working days or months, whose calendar throws for a
 * date outside its rules, is checked only for a good record in some period's population.
 *
 * <p>Implementation requirements: immutable and thread-safe, provided the accessors are.
 *
 * @param <R> the embedder's record type
 * @since 0.1.0
 * @serial exclude
 */
public final class IndicatorFormula<R> implements Serializable {

  private static final long serialVersionUID = 2L;

  final ImmutableList<DatedCondition<R>> populationDates;
  final ImmutableList<RecordCondition<? super R>> populationConditions;
  final ImmutableList<PeriodCondition<? super R>> populationPeriodConditions;
  final ImmutableList<RecordCondition<? super R>> exclusions;
  final ImmutableList<PeriodCondition<? super R>> periodExclusions;
  final ImmutableList<DatedCondition<R>> numeratorDates;
  final ImmutableList<RecordCondition<? super R>> numeratorConditions;
  final ImmutableList<PeriodCondition<? super R>> numeratorPeriodConditions;
  final ImmutableList<TimescaleCondition<R>> timescales;
  /** Timescales whose clock runs from the population rule's start date to its end date. */
  final ImmutableList<Timescale> populationTimescales;
  final @Nullable DateField<? super R> birthDate;
  final @Nullable DateField<? super R> ageEventDate;
  final @Nullable AgeBand ageBand;
  final CountingUnit countingUnit;
  final @Nullable KeyField<? super R> countingKey;
  final ImmutableList<Dimension<R>> dimensions;
  final @Nullable PopulationTable populationTable;
  final long multiplier;
  final @Nullable IndicatorDefinition definition;
  final int suppressionThreshold;
  final BadRecordPolicy badRecordPolicy;

  private IndicatorFormula(Builder<R> b) {
    this.populationDates = ImmutableList.copyOf(b.populationDates);
    this.populationConditions = ImmutableList.copyOf(b.populationConditions);
    this.populationPeriodConditions = ImmutableList.copyOf(b.populationPeriodConditions);
    this.exclusions = ImmutableList.copyOf(b.exclusions);
    this.periodExclusions = ImmutableList.copyOf(b.periodExclusions);
    this.numeratorDates = ImmutableList.copyOf(b.numeratorDates);
    this.numeratorConditions = ImmutableList.copyOf(b.numeratorConditions);
    this.numeratorPeriodConditions = ImmutableList.copyOf(b.numeratorPeriodConditions);
    this.timescales = ImmutableList.copyOf(b.timescales);
    this.populationTimescales = ImmutableList.copyOf(b.populationTimescales);
    this.birthDate = b.birthDate;
    this.ageEventDate = b.ageEventDate;
    this.ageBand = b.ageBand;
    this.countingUnit = b.countingUnit;
    this.countingKey = b.countingKey;
    this.dimensions = ImmutableList.copyOf(b.dimensions);
    this.populationTable = b.populationTable;
    this.multiplier = b.multiplier;
    this.definition = b.definition;
    this.suppressionThreshold = b.suppressionThreshold;
    this.badRecordPolicy = b.badRecordPolicy;
  }

  /**
   * Starts a formula over a record type.
   *
   * @param <R> the record type
   * @param recordType the class of the records, which fixes {@code R} for the method references
   *     that follow
   * @return an empty builder
   */
  public static <R> Builder<R> builder(Class<R> recordType) {
    Objects.requireNonNull(recordType, "recordType");
    return new Builder<>();
  }

  /**
   * Binds the formula to the periods it is to be evaluated for, giving the evaluator that makes
   * tallies, folds records into them and turns them into a result: the low-level entry point for
   * cluster engines and hand-written loops.
   *
   * @param periods the reporting periods, such as a year and its months; evaluated in one pass
   * @return the evaluator
   * @throws IllegalArgumentException if there are no periods, a period is given twice, or the
   *     formula's definition is not in force for a period
   */
  public FormulaEvaluator<R> over(Collection<? extends ReportingPeriod> periods) {
    return new FormulaEvaluator<>(this, periods);
  }

  /**
   * Binds the formula to one or more periods; see {@link #over(Collection)}.
   *
   * @param period the first reporting period
   * @param more further periods
   * @return the evaluator
   * @throws IllegalArgumentException if a period is given twice, or the formula's definition is
   *     not in force for a period
   */
  public FormulaEvaluator<R> over(ReportingPeriod period, ReportingPeriod... more) {
    return over(periods(period, more));
  }

  /**
   * Evaluates the formula over records for periods, in one pass and without holding the records:
   * the records may come from a database cursor or a file too large for memory.
   *
   * @param records the records, read once, in any order
   * @param periods the reporting periods, such as a year and its months
   * @return one value for each period, and for each group of each disaggregation
   * @throws BadRecordException under {@link BadRecordPolicy#FAIL}, at the first bad record
   * @throws IllegalArgumentException if there are no periods, a period is given twice, or the
   *     formula's definition is not in force for a period
   */
  public FormulaResult evaluate(
      Iterable<? extends R> records, Collection<? extends ReportingPeriod> periods) {
    Objects.requireNonNull(records, "records");
    return over(periods).evaluate(records);
  }

  /**
   * Evaluates the formula over records for one or more periods; see {@link #evaluate(Iterable,
   * Collection)}.
   *
   * @param records the records, read once, in any order
   * @param period the first reporting period
   * @param more further periods
   * @return one value for each period, and for each group of each disaggregation
   * @throws BadRecordException under {@link BadRecordPolicy#FAIL}, at the first bad record
   * @throws IllegalArgumentException if a period is given twice, or the formula's definition is
   *     not in force for a period
   */
  public FormulaResult evaluate(
      Iterable<? extends R> records, ReportingPeriod period, ReportingPeriod... more) {
    Objects.requireNonNull(records, "records");
    return over(period, more).evaluate(records);
  }

  /**
   * Returns a collector that evaluates the formula over a stream, sequential or parallel:
   * {@code records.parallelStream().collect(formula.collector(periods))}.
   *
   * @param periods the reporting periods
   * @return the collector; unordered, since the result does not depend on the order of records
   * @throws IllegalArgumentException if there are no periods, a period is given twice, or the
   *     formula's definition is not in force for a period
   */
  public Collector<R, FormulaTally, FormulaResult> collector(
      Collection<? extends ReportingPeriod> periods) {
    return over(periods).collector();
  }

  /**
   * Returns a collector over one or more periods; see {@link #collector(Collection)}.
   *
   * @param period the first reporting period
   * @param more further periods
   * @return the collector
   * @throws IllegalArgumentException if a period is given twice, or the formula's definition is
   *     not in force for a period
   */
  public Collector<R, FormulaTally, FormulaResult> collector(
      ReportingPeriod period, ReportingPeriod... more) {
    return over(period, more).collector();
  }

  /**
   * Returns the counting unit.
   *
   * @return what the formula counts
   */
  public CountingUnit getCountingUnit() {
    return countingUnit;
  }

  /**
   * Returns the multiplier of the figure: 100 for a percentage, 1,000 for a rate per 1,000.
   *
   * @return the multiplier, at least 1
   */
  public long getMultiplier() {
    return multiplier;
  }

  /**
   * Returns the indicator definition the formula produces: its code and version, whose unit gives
   * the multiplier and whose rounding the {@linkplain FormulaResult#toIndicatorValues indicator
   * values} take.
   *
   * @return the definition; empty for a formula built with a bare {@linkplain
   *     Builder#multiplier(long) multiplier}
   */
  public Optional<IndicatorDefinition> getDefinition() {
    return Optional.ofNullable(definition);
  }

  /**
   * Returns the names of the disaggregations, in the order they were added.
   *
   * @return the dimension names
   */
  public List<String> getDimensions() {
    List<String> names = new ArrayList<>();
    for (Dimension<R> d : dimensions) {
      names.add(d.name);
    }
    return List.copyOf(names);
  }

  /**
   * Returns the population table of a per-population rate.
   *
   * @return the table; empty when the denominator is counted from records
   */
  public Optional<PopulationTable> getPopulationTable() {
    return Optional.ofNullable(populationTable);
  }

  /**
   * Returns the small-number threshold.
   *
   * @return the threshold below which positive counts are flagged; 0 for none
   */
  public int getSuppressionThreshold() {
    return suppressionThreshold;
  }

  /**
   * Returns what the formula does with bad records.
   *
   * @return the policy
   */
  public BadRecordPolicy getBadRecordPolicy() {
    return badRecordPolicy;
  }

  /**
   * Describes the formula's shape, without any record data, such as {@code
   * IndicatorFormula[population OPEN_AT_PERIOD_END, 1 exclusion; numerator 1 condition; counting
   * DISTINCT_PEOPLE; multiplier 100; produces A1 in force from 2002-04-01]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("IndicatorFormula[population");
    for (DatedCondition<R> c : populationDates) {
      s.append(' ').append(c.rule);
    }
    int conditions = populationConditions.size() + populationPeriodConditions.size();
    if (conditions > 0) {
      s.append(", ").append(conditions).append(conditions == 1 ? " condition" : " conditions");
    }
    int excluded = exclusions.size() + periodExclusions.size();
    if (excluded > 0) {
      s.append(", ").append(excluded).append(excluded == 1 ? " exclusion" : " exclusions");
    }
    if (birthDate != null) {
      s.append(ageEventDate == null ? ", age at period end" : ", age at event");
    }
    if (ageBand != null) {
      s.append(" in ").append(ageBand);
    }
    s.append("; numerator");
    for (DatedCondition<R> c : numeratorDates) {
      s.append(' ').append(c.rule);
    }
    int numConditions = numeratorConditions.size() + numeratorPeriodConditions.size();
    if (numConditions > 0) {
      s.append(' ').append(numConditions).append(numConditions == 1 ? " condition" : " conditions");
    }
    for (TimescaleCondition<R> t : timescales) {
      s.append(' ').append(t.timescale);
    }
    for (Timescale t : populationTimescales) {
      s.append(' ').append(t).append(" from the population rule's start to end date");
    }
    s.append("; counting ").append(countingUnit);
    if (countingUnit == CountingUnit.RECORDS && countingKey != null) {
      s.append(" de-duplicated");
    }
    s.append("; multiplier ").append(multiplier);
    if (populationTable != null) {
      s.append(" per population");
    }
    if (!dimensions.isEmpty()) {
      s.append("; by ").append(String.join(", ", getDimensions()));
    }
    if (definition != null) {
      s.append("; produces ").append(definition.getCode()).append(" in force from ")
          .append(definition.getEffectiveFrom());
    }
    return s.append(']').toString();
  }

  private static List<ReportingPeriod> periods(ReportingPeriod period, ReportingPeriod... more) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(more, "more");
    List<ReportingPeriod> all = new ArrayList<>(1 + more.length);
    all.add(period);
    all.addAll(Arrays.asList(more));
    return all;
  }

  /** A period rule applied to a date (or a start and an end) of the record. */
  static final class DatedCondition<R> implements Serializable {
    private static final long serialVersionUID = 1L;
    final PeriodRule rule;
    final DateField<? super R> start;
    final @Nullable DateField<? super R> end;
    final String startField;
    final String endField;

    DatedCondition(
        String role, PeriodRule rule, DateField<? super R> start, @Nullable DateField<? super R> end) {
      this.rule = rule;
      this.start = start;
      this.end = end;
      this.startField = role + (end == null ? " date" : " start date");
      this.endField = role + " end date";
    }
  }

  /** A timescale between a clock start and a clock stop of the record. */
  static final class TimescaleCondition<R> implements Serializable {
    private static final long serialVersionUID = 1L;
    final Timescale timescale;
    final DateField<? super R> clockStart;
    final DateField<? super R> clockStop;

    TimescaleCondition(
        Timescale timescale, DateField<? super R> clockStart, DateField<? super R> clockStop) {
      this.timescale = timescale;
      this.clockStart = clockStart;
      this.clockStop = clockStop;
    }
  }

  /** A disaggregation: by a key of the record, or by the age band of the age the formula takes. */
  static final class Dimension<R> implements Serializable {
    private static final long serialVersionUID = 2L;
    static final String OTHER_AGES = "other";
    final String name;
    final @Nullable KeyField<? super R> key;
    final ImmutableList<AgeBand> bands;
    /** The bands' group names, made once rather than for every record counted. */
    private final ImmutableList<String> bandNames;

    Dimension(String name, @Nullable KeyField<? super R> key, ImmutableList<AgeBand> bands) {
      this.name = name;
      this.key = key;
      this.bands = bands;
      this.bandNames =
          bands.stream().map(AgeBand::toString).collect(ImmutableList.toImmutableList());
    }

    String band(int age) {
      for (int i = 0; i < bands.size(); i++) {
        if (bands.get(i).contains(age)) {
          return bandNames.get(i);
        }
      }
      return OTHER_AGES;
    }
  }

  /**
   * Builds an {@link IndicatorFormula}. Every method adds to the formula and returns this builder;
   * {@link #build()} checks that the parts fit together.
   *
   * <p>Implementation requirements: mutable and not synchronized.
   *
   * @param <R> the record type
   */
  public static final class Builder<R> {

    private final List<DatedCondition<R>> populationDates = new ArrayList<>();
    private final List<RecordCondition<? super R>> populationConditions = new ArrayList<>();
    private final List<PeriodCondition<? super R>> populationPeriodConditions = new ArrayList<>();
    private final List<RecordCondition<? super R>> exclusions = new ArrayList<>();
    private final List<PeriodCondition<? super R>> periodExclusions = new ArrayList<>();
    private final List<DatedCondition<R>> numeratorDates = new ArrayList<>();
    private final List<RecordCondition<? super R>> numeratorConditions = new ArrayList<>();
    private final List<PeriodCondition<? super R>> numeratorPeriodConditions = new ArrayList<>();
    private final List<TimescaleCondition<R>> timescales = new ArrayList<>();
    private final List<Timescale> populationTimescales = new ArrayList<>();
    private @Nullable DateField<? super R> birthDate;
    private @Nullable DateField<? super R> ageEventDate;
    private @Nullable AgeBand ageBand;
    private CountingUnit countingUnit = CountingUnit.RECORDS;
    private @Nullable KeyField<? super R> countingKey;
    private final List<Dimension<R>> dimensions = new ArrayList<>();
    private @Nullable PopulationTable populationTable;
    private long multiplier = 1;
    private boolean multiplierGiven;
    private @Nullable IndicatorDefinition definition;
    private int suppressionThreshold;
    private BadRecordPolicy badRecordPolicy = BadRecordPolicy.SKIP;

    Builder() {}

    /**
     * Adds a population rule on one date of the record, such as the date a referral was received
     * ({@link PeriodRule#EVENT_IN_PERIOD}). A record without the date is bad input.
     *
     * @param rule a rule that reads one date: {@link PeriodRule#EVENT_IN_PERIOD} or {@link
     *     PeriodRule#STARTED_IN_PERIOD}
     * @param date the record's date
     * @return this builder
     * @throws IllegalArgumentException if the rule needs an end date too; the message names it
     */
    public Builder<R> population(PeriodRule rule, DateField<? super R> date) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(date, "date");
      checkArgument(
          !rule.usesEnd(),
          "period rule %s needs an end date as well; give population(rule, start, end)",
          rule);
      populationDates.add(new DatedCondition<>("population", rule, date, null));
      return this;
    }

    /**
     * Adds a population rule on a start and an end date of the record, such as a period of care
     * {@linkplain PeriodRule#OPEN_AT_PERIOD_END open at the period end}. A record without a start
     * date, or whose end is before its start, is bad input; a record without an end is open.
     *
     * @param rule any period rule
     * @param start the record's start date
     * @param end the record's end date, null while the record is open
     * @return this builder
     */
    public Builder<R> population(
        PeriodRule rule, DateField<? super R> start, DateField<? super R> end) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      populationDates.add(new DatedCondition<>("population", rule, start, end));
      return this;
    }

    /**
     * Adds a condition on the record that a member of the population must meet, such as being
     * aged 65 or over, or receiving a community-based service.
     *
     * @param condition the condition
     * @return this builder
     */
    public Builder<R> populationWhere(RecordCondition<? super R> condition) {
      populationConditions.add(Objects.requireNonNull(condition, "condition"));
      return this;
    }

    /**
     * Adds a condition on the record in a period that a member of the population must meet.
     *
     * @param condition the condition, given the record and the period being evaluated
     * @return this builder
     */
    public Builder<R> populationWhere(PeriodCondition<? super R> condition) {
      populationPeriodConditions.add(Objects.requireNonNull(condition, "condition"));
      return this;
    }

    /**
     * Excludes records from the population (and so from the numerator), such as children looked
     * after under an agreed series of short-term placements. Exclusions are applied before the age
     * at a period's end is taken, but after the birth date and an age at an event date are
     * checked.
     *
     * @param exclusion the condition under which a record is excluded
     * @return this builder
     */
    public Builder<R> exclude(RecordCondition<? super R> exclusion) {
      exclusions.add(Objects.requireNonNull(exclusion, "exclusion"));
      return this;
    }

    /**
     * Excludes records from the population in a period.
     *
     * @param exclusion the condition, given the record and the period, under which it is excluded
     * @return this builder
     */
    public Builder<R> exclude(PeriodCondition<? super R> exclusion) {
      periodExclusions.add(Objects.requireNonNull(exclusion, "exclusion"));
      return this;
    }

    /**
     * Takes each person's age at the end of the period, such as at 31 March; used by {@link
     * #ageBand(AgeBand)} and {@link #disaggregateByAgeBands(AgeBand, AgeBand...)}. A record without
     * a birth date, or born after the period end while in the population, is bad input.
     *
     * @param birthDate the person's date of birth
     * @return this builder
     * @throws IllegalStateException if an age has already been set
     */
    public Builder<R> ageAtPeriodEnd(DateField<? super R> birthDate) {
      Objects.requireNonNull(birthDate, "birthDate");
      checkState(this.birthDate == null, "the formula already takes an age");
      this.birthDate = birthDate;
      return this;
    }

    /**
     * Takes each person's age at a date of the record, such as the date of referral or of
     * discharge; used by {@link #ageBand(AgeBand)} and {@link #disaggregateByAgeBands(AgeBand,
     * AgeBand...)}. A record without either date, or born after the event, is bad input.
     *
     * @param birthDate the person's date of birth
     * @param eventDate the date to take the age at
     * @return this builder
     * @throws IllegalStateException if an age has already been set
     */
    public Builder<R> ageAtEvent(DateField<? super R> birthDate, DateField<? super R> eventDate) {
      Objects.requireNonNull(birthDate, "birthDate");
      Objects.requireNonNull(eventDate, "eventDate");
      checkState(this.birthDate == null, "the formula already takes an age");
      this.birthDate = birthDate;
      this.ageEventDate = eventDate;
      return this;
    }

    /**
     * Limits the population to an age band, such as {@code AgeBand.atLeast(65)}. Needs an age
     * ({@link #ageAtPeriodEnd} or {@link #ageAtEvent}).
     *
     * @param band the band the age must be in
     * @return this builder
     * @throws IllegalStateException if a band has already been set
     */
    public Builder<R> ageBand(AgeBand band) {
      Objects.requireNonNull(band, "band");
      checkState(ageBand == null, "the formula already has the age band %s", ageBand);
      this.ageBand = band;
      return this;
    }

    /**
     * Adds a numerator rule on one date of the record, such as a review date {@linkplain
     * PeriodRule#EVENT_IN_PERIOD in the period}. A record without the date is not in the
     * numerator (it is not bad input).
     *
     * @param rule a rule that reads one date
     * @param date the record's date
     * @return this builder
     * @throws IllegalArgumentException if the rule needs an end date too; the message names it
     */
    public Builder<R> numerator(PeriodRule rule, DateField<? super R> date) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(date, "date");
      checkArgument(
          !rule.usesEnd(),
          "period rule %s needs an end date as well; give numerator(rule, start, end)",
          rule);
      numeratorDates.add(new DatedCondition<>("numerator", rule, date, null));
      return this;
    }

    /**
     * Adds a numerator rule on a start and an end date of the record. A record without the start
     * date is not in the numerator; an end before the start is bad input.
     *
     * @param rule any period rule
     * @param start the start date
     * @param end the end date, null while open
     * @return this builder
     */
    public Builder<R> numerator(
        PeriodRule rule, DateField<? super R> start, DateField<? super R> end) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      numeratorDates.add(new DatedCondition<>("numerator", rule, start, end));
      return this;
    }

    /**
     * Adds a condition on the record that the numerator needs, such as "at home 91 days after
     * discharge".
     *
     * @param condition the condition
     * @return this builder
     */
    public Builder<R> numeratorWhere(RecordCondition<? super R> condition) {
      numeratorConditions.add(Objects.requireNonNull(condition, "condition"));
      return this;
    }

    /**
     * Adds a condition on the record in a period that the numerator needs, such as "three or more
     * placements during the period".
     *
     * @param condition the condition, given the record and the period being evaluated
     * @return this builder
     */
    public Builder<R> numeratorWhere(PeriodCondition<? super R> condition) {
      numeratorPeriodConditions.add(Objects.requireNonNull(condition, "condition"));
      return this;
    }

    /**
     * Adds a timescale the numerator needs met, such as an assessment completed within 7 working
     * days of referral. A record without a clock start is bad input; one whose clock has not
     * stopped has not met the timescale; a clock stop before its start is bad input.
     *
     * @param timescale the timescale
     * @param clockStart the date the clock starts, such as the referral date
     * @param clockStop the date the clock stops, such as the assessment's completion; null while
     *     the clock runs
     * @return this builder
     */
    public Builder<R> numeratorWithin(
        Timescale timescale, DateField<? super R> clockStart, DateField<? super R> clockStop) {
      Objects.requireNonNull(timescale, "timescale");
      Objects.requireNonNull(clockStart, "clockStart");
      Objects.requireNonNull(clockStop, "clockStop");
      timescales.add(new TimescaleCondition<>(timescale, clockStart, clockStop));
      return this;
    }

    /**
     * Adds a timescale the numerator needs met, whose clock runs from the population rule's start
     * date to its end date: the usual shape of a timeliness measure, where the population is the
     * cases closed in the period and the numerator those closed in time. It means the same as
     * {@link #numeratorWithin(Timescale, DateField, DateField)} with the rule's two accessors,
     * and the engine reads and checks those dates once a record instead of twice. For example,
     * assessments completed in the year, and within 28 days of referral:
     *
     * <pre>{@code
     * IndicatorFormula.builder(Assessment.class)
     *     .population(
     *         PeriodRule.ENDED_IN_PERIOD, Assessment::getReferred, Assessment::getCompleted)
     *     .numeratorWithin(Timescale.days(28))
     *     .build();
     * }</pre>
     *
     * <p>A record whose end date is missing (a case still open) has not met the timescale.
     *
     * @param timescale the timescale
     * @return this builder
     * @throws IllegalStateException at {@link #build()}, unless the formula has exactly one
     *     population rule and it has an end date
     */
    public Builder<R> numeratorWithin(Timescale timescale) {
      populationTimescales.add(Objects.requireNonNull(timescale, "timescale"));
      return this;
    }

    /**
     * Counts records, each once (the default). Records that arrive twice count twice unless
     * {@link #deduplicateBy(KeyField)} names a record key.
     *
     * @return this builder
     */
    public Builder<R> countRecords() {
      this.countingUnit = CountingUnit.RECORDS;
      this.countingKey = null;
      return this;
    }

    /**
     * Counts distinct people or episodes, exactly, by a key: a person counts once however many of
     * their records pass.
     *
     * @param unit {@link CountingUnit#DISTINCT_PEOPLE} or {@link CountingUnit#DISTINCT_EPISODES}
     * @param key the person's or episode's identifier; a whole number takes least memory
     * @return this builder
     * @throws IllegalArgumentException if the unit is {@link CountingUnit#RECORDS}
     */
    public Builder<R> countDistinct(CountingUnit unit, KeyField<? super R> key) {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(key, "key");
      checkArgument(
          unit != CountingUnit.RECORDS,
          "counting unit RECORDS has no key; use countRecords() or deduplicateBy(key)");
      this.countingUnit = unit;
      this.countingKey = key;
      return this;
    }

    /**
     * Counts records, treating records with the same key as one record that arrived twice.
     *
     * @param recordKey the record's identifier, or the record itself ({@code r -> r}) when equal
     *     records are duplicates
     * @return this builder
     */
    public Builder<R> deduplicateBy(KeyField<? super R> recordKey) {
      this.countingUnit = CountingUnit.RECORDS;
      this.countingKey = Objects.requireNonNull(recordKey, "recordKey");
      return this;
    }

    /**
     * Breaks the figure down by a key of the record, such as team, worker, service area or
     * ethnicity. Each group gets its own numerator and denominator; a record without the key is
     * bad input. The group's name is the key's {@code toString()}.
     *
     * @param dimension the name of the disaggregation, such as {@code team}
     * @param key the record's group
     * @return this builder
     * @throws IllegalArgumentException if the name is empty or already used
     */
    public Builder<R> disaggregateBy(String dimension, KeyField<? super R> key) {
      Objects.requireNonNull(key, "key");
      addDimension(new Dimension<>(dimension, key, ImmutableList.of()));
      return this;
    }

    /**
     * Breaks the figure down by age band (dimension {@code age band}), using the age the formula
     * takes; ages in no band fall in the group {@code other}.
     *
     * @param band the first band
     * @param more further bands
     * @return this builder
     * @throws IllegalArgumentException if two bands overlap; the message names them
     */
    public Builder<R> disaggregateByAgeBands(AgeBand band, AgeBand... more) {
      Objects.requireNonNull(band, "band");
      Objects.requireNonNull(more, "more");
      List<AgeBand> bands = new ArrayList<>();
      bands.add(band);
      bands.addAll(Arrays.asList(more));
      for (int i = 0; i < bands.size(); i++) {
        for (int j = i + 1; j < bands.size(); j++) {
          checkArgument(
              !bands.get(i).overlaps(bands.get(j)),
              "age bands %s and %s overlap",
              bands.get(i),
              bands.get(j));
        }
      }
      addDimension(new Dimension<>("age band", null, ImmutableList.copyOf(bands)));
      return this;
    }

    private void addDimension(Dimension<R> dimension) {
      Objects.requireNonNull(dimension.name, "dimension");
      checkArgument(!dimension.name.isEmpty(), "disaggregation name is empty");
      for (Dimension<R> d : dimensions) {
        checkArgument(!d.name.equals(dimension.name), "disaggregation %s is given twice", d.name);
      }
      dimensions.add(dimension);
    }

    /**
     * Takes the denominator from a population table instead of counting it from records: a
     * per-population rate such as "per 1,000 population aged 65+". The records then only give the
     * numerator (those in the population and meeting any numerator conditions).
     *
     * @param table the populations by period (and by disaggregation group)
     * @return this builder
     */
    public Builder<R> populationTable(PopulationTable table) {
      this.populationTable = Objects.requireNonNull(table, "table");
      return this;
    }

    /**
     * Names the indicator the formula produces, such as PAF A1 from {@link
     * dev.yardstick.indicators.csv.ShippedCatalogues#paf()}: one version of its definition, whose
     * unit gives the multiplier (100 for a percentage, 1,000 for a rate per 1,000) and whose code,
     * version and rounding the formula's {@linkplain FormulaResult#toIndicatorValues indicator
     * values} take. This is the usual way to set the multiplier; {@link #multiplier(long)} is for
     * a formula that produces no catalogued indicator.
     *
     * <p>The formula is then evaluated only for periods this version is {@linkplain
     * IndicatorDefinition#isEffectiveFor(ReportingPeriod) in force for}.
     *
     * @param definition the definition, of a {@link MeasureKind#RATIO} measure
     * @return this builder
     * @throws IllegalArgumentException if the definition is not of a ratio measure, or a multiplier
     *     given with {@link #multiplier(long)} is not its unit's; the message names the indicator,
     *     its unit and the multiplier
     * @throws IllegalStateException if the formula already produces a definition
     */
    public Builder<R> definition(IndicatorDefinition definition) {
      Objects.requireNonNull(definition, "definition");
      checkState(
          this.definition == null,
          "the formula already produces %s; give one definition",
          this.definition);
      checkArgument(
          definition.getMeasureKind() == MeasureKind.RATIO,
          "indicator %s is a %s measure; a formula counts a numerator and a denominator, so its"
              + " definition must be a RATIO measure",
          definition.getCode(),
          definition.getMeasureKind());
      long unitMultiplier = definition.getUnit().getMultiplier();
      checkArgument(
          !multiplierGiven || multiplier == unitMultiplier,
          "formula multiplier %s conflicts with indicator %s, whose unit %s has multiplier %s;"
              + " leave multiplier(...) out to take it from the definition",
          multiplier,
          definition.getCode(),
          definition.getUnit(),
          unitMultiplier);
      this.definition = definition;
      this.multiplier = unitMultiplier;
      return this;
    }

    /**
     * Sets the multiplier of a formula that produces no catalogued indicator: 100 for a
     * percentage, 1,000 or 100,000 for a rate; 1 (the default) for a plain ratio. A formula with
     * a {@linkplain #definition(IndicatorDefinition) definition} takes the multiplier from its
     * unit, and needs no call to this method.
     *
     * @param multiplier the multiplier, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the multiplier is below 1, or is not the unit multiplier
     *     of the formula's definition; the message names it
     */
    public Builder<R> multiplier(long multiplier) {
      checkArgument(multiplier >= 1, "formula multiplier %s is below 1", multiplier);
      if (definition != null) {
        checkArgument(
            multiplier == definition.getUnit().getMultiplier(),
            "formula multiplier %s conflicts with indicator %s, whose unit %s has multiplier %s;"
                + " leave multiplier(...) out to take it from the definition",
            multiplier,
            definition.getCode(),
            definition.getUnit(),
            definition.getUnit().getMultiplier());
      }
      this.multiplier = multiplier;
      this.multiplierGiven = true;
      return this;
    }

    /**
     * Flags figures whose numerator, or whose denominator counted from records, is from 1 to
     * below a threshold, for small-number suppression (such as 5 or 10). The default, 0, flags
     * nothing.
     *
     * @param threshold the smallest count published as it is, at least 0
     * @return this builder
     * @throws IllegalArgumentException if the threshold is negative; the message names it
     */
    public Builder<R> suppressBelow(int threshold) {
      checkArgument(threshold >= 0, "suppression threshold %s is negative", threshold);
      this.suppressionThreshold = threshold;
      return this;
    }

    /**
     * Sets what to do with bad records; the default is {@link BadRecordPolicy#SKIP}.
     *
     * @param policy skip and count, or fail
     * @return this builder
     */
    public Builder<R> onBadRecord(BadRecordPolicy policy) {
      this.badRecordPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Returns the formula.
     *
     * @return the formula
     * @throws IllegalStateException if the formula has no population rule or condition, has no
     *     numerator (and no population table), or uses an age band without taking an age; the
     *     message says which
     */
    public IndicatorFormula<R> build() {
      checkState(
          !populationDates.isEmpty() || !populationPeriodConditions.isEmpty(),
          "the formula has no population rule: give population(rule, ...) or a period condition"
              + " so that records can be placed in periods");
      checkState(
          populationTable != null
              || !numeratorDates.isEmpty()
              || !numeratorConditions.isEmpty()
              || !numeratorPeriodConditions.isEmpty()
              || !timescales.isEmpty()
              || !populationTimescales.isEmpty(),
          "the formula has no numerator rule, condition or timescale, and no population table");
      checkState(
          populationTimescales.isEmpty()
              || (populationDates.size() == 1 && populationDates.get(0).end != null),
          "timescale %s runs on the population rule's dates, so the formula needs exactly one"
              + " population rule with a start and an end date; it has %s",
          populationTimescales.isEmpty() ? "" : populationTimescales.get(0),
          populationDates.size() == 1
              ? "one, with a single date"
              : populationDates.size() + " population rules");
      boolean byAge = dimensions.stream().anyMatch(d -> d.key == null);
      checkState(
          birthDate != null || (ageBand == null && !byAge),
          "the formula uses an age band but takes no age: give ageAtPeriodEnd or ageAtEvent");
      return new IndicatorFormula<>(this);
    }
  }
}
