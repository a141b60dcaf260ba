package dev.yardstick.testkit.contracts;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.formula.FormulaResult;
import dev.yardstick.indicators.formula.FormulaValue;
import dev.yardstick.indicators.formula.IndicatorFormula;
import dev.yardstick.testkit.generators.CaseHistoryGenerator;
import dev.yardstick.testkit.generators.CaseRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * Ready-made checks that an indicator formula obeys the {@linkplain FormulaLaw laws} every
 * indicator must obey, on generated case-record histories far stranger than hand-written fixtures.
 *
 * <p>The formula is the user's own: an {@link IndicatorFormula} over their record type, or any
 * aggregation written as a {@link Collector} of their records into a {@link FormulaResult} (a
 * hand-written loop, a port of a SQL query). The records are made by a {@link
 * CaseHistoryGenerator}, and turned into the user's record type by a function they give, so the
 * contracts test the formula exactly as it reads real records.
 *
 * <pre>{@code
 * IndicatorFormula<Referral> referrals = IndicatorFormula.builder(Referral.class)
 *     .population(PeriodRule.EVENT_IN_PERIOD, Referral::received)
 *     .numeratorWithin(Timescale.workingDays(10, WorkingDayCalendar.englandAndWales()),
 *         Referral::received, Referral::assessed)
 *     .deduplicateBy(Referral::id)
 *     .disaggregateBy("team", Referral::team)
 *     .multiplier(100)
 *     .build();
 * FormulaContracts.of(referrals,
 *         CaseHistoryGenerator.forYear(FinancialYear.parse("2003-04")),
 *         c -> new Referral(c.getRecordId(), c.getStart(), c.getClockStop().orElse(null), c.getTeam()))
 *     .check(FormulaLaw.ORDER_INDEPENDENT, FormulaLaw.MERGEABLE, FormulaLaw.PROPORTION,
 *         FormulaLaw.FLOW_COUNTS_ADD_UP, FormulaLaw.DEDUPLICATION_IDEMPOTENT,
 *         FormulaLaw.DISAGGREGATION_ADDS_UP);
 * }</pre>
 *
 * <h2>How a check runs</h2>
 *
 * <p>Each law is checked on a number of examples ({@value #DEFAULT_EXAMPLES} unless set). Example
 * {@code i} uses the seed {@code seed + i} (the seed is {@value #DEFAULT_SEED} unless set, so a
 * build checks the same examples every time) and a size that grows from 1 to the largest size
 * ({@value #DEFAULT_MAX_SIZE} people unless set), so small histories come first. The formula is
 * evaluated for the generator's financial year, its quarters and its months in one pass. On the
 * first failure the records are shrunk, by removing records and moving dates, to the smallest set
 * that still fails, and a {@link ContractViolation} (an {@link AssertionError}) reports the law,
 * the seed and size that replay it ({@link #check(FormulaLaw, long, int)}), the counterexample and
 * what differed.
 *
 * <h2>From a property-testing framework</h2>
 *
 * <p>The contracts need no framework; to let one choose the examples, pass its seeds in:
 *
 * <pre>{@code
 * // QuickTheories
 * qt().forAll(longs().all(), integers().between(1, 40))
 *     .checkAssert((seed, size) -> contracts.check(FormulaLaw.MERGEABLE, seed, size));
 * // jqwik
 * @Property void mergeable(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) {
 *   contracts.check(FormulaLaw.MERGEABLE, seed, size);
 * }
 * // JUnit 5
 * @ParameterizedTest @EnumSource(value = FormulaLaw.class, names = {"ORDER_INDEPENDENT", "MERGEABLE"})
 * void obeys(FormulaLaw law) { contracts.check(law); }
 * }</pre>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>Records the formula skips as bad input are part of the result: the skipped counts must not
 *       depend on the order or the split either.
 *   <li>{@link FormulaLaw#DEDUPLICATION_IDEMPOTENT} compares figures only, since the record count
 *       doubles.
 *   <li>A formula that throws on a generated record fails the check with that exception, not a
 *       violation: a formula should skip or count bad records, and the generated ones are valid.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe if the formula (or collector factory)
 * and the record function are; a formula whose conditions hold state is not, and the contracts find
 * it.
 *
 * @param <R> the user's record type
 * @since 0.1.0
 */
public final class FormulaContracts<R> {

  /** The number of examples a law is checked on unless set. */
  public static final int DEFAULT_EXAMPLES = 100;

  /** The first seed unless set. */
  public static final long DEFAULT_SEED = 20_030_401L;

  /** The largest number of people in a generated history unless set. */
  public static final int DEFAULT_MAX_SIZE = 30;

  private final Function<List<ReportingPeriod>, ? extends Collector<R, ?, FormulaResult>>
      evaluation;
  private final CaseHistoryGenerator histories;
  private final Function<? super CaseRecord, ? extends R> toRecord;
  private final int examples;
  private final long seed;
  private final int maxSize;
  private final List<ReportingPeriod> periods;

  private FormulaContracts(
      Function<List<ReportingPeriod>, ? extends Collector<R, ?, FormulaResult>> evaluation,
      CaseHistoryGenerator histories,
      Function<? super CaseRecord, ? extends R> toRecord,
      int examples,
      long seed,
      int maxSize) {
    this.evaluation = evaluation;
    this.histories = histories;
    this.toRecord = toRecord;
    this.examples = examples;
    this.seed = seed;
    this.maxSize = maxSize;
    FinancialYear year = histories.getYear();
    List<ReportingPeriod> all = new ArrayList<>();
    all.add(year);
    all.addAll(year.getQuarters());
    all.addAll(year.getMonths());
    this.periods = Collections.unmodifiableList(all);
  }

  /**
   * Returns the contracts of an indicator formula.
   *
   * @param <R> the user's record type
   * @param formula the formula under test
   * @param histories the generator of case records, which fixes the financial year
   * @param toRecord builds one of the user's records from a generated one
   * @return the contracts, with the default examples, seed and size
   */
  public static <R> FormulaContracts<R> of(
      IndicatorFormula<R> formula,
      CaseHistoryGenerator histories,
      Function<? super CaseRecord, ? extends R> toRecord) {
    Objects.requireNonNull(formula, "formula");
    return ofCollector(formula::collector, histories, toRecord);
  }

  /**
   * Returns the contracts of any aggregation of records into a formula result, given as a collector
   * for the periods asked for: a hand-written loop wrapped with {@link Collector#of}, or a
   * formula's collector decorated by the user.
   *
   * @param <R> the user's record type
   * @param evaluation gives the collector that evaluates the records for a list of periods
   * @param histories the generator of case records, which fixes the financial year
   * @param toRecord builds one of the user's records from a generated one
   * @return the contracts, with the default examples, seed and size
   */
  public static <R> FormulaContracts<R> ofCollector(
      Function<List<ReportingPeriod>, ? extends Collector<R, ?, FormulaResult>> evaluation,
      CaseHistoryGenerator histories,
      Function<? super CaseRecord, ? extends R> toRecord) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(histories, "histories");
    Objects.requireNonNull(toRecord, "toRecord");
    return new FormulaContracts<>(
        evaluation, histories, toRecord, DEFAULT_EXAMPLES, DEFAULT_SEED, DEFAULT_MAX_SIZE);
  }

  /**
   * Returns a copy that checks each law on another number of examples.
   *
   * @param count the number of examples, at least 1
   * @return the new contracts
   * @throws IllegalArgumentException if the count is below 1
   */
  public FormulaContracts<R> withExamples(int count) {
    checkArgument(count >= 1, "number of examples %s is below 1", count);
    return new FormulaContracts<>(evaluation, histories, toRecord, count, seed, maxSize);
  }

  /**
   * Returns a copy whose examples start from another seed.
   *
   * @param first the seed of the first example
   * @return the new contracts
   */
  public FormulaContracts<R> withSeed(long first) {
    return new FormulaContracts<>(evaluation, histories, toRecord, examples, first, maxSize);
  }

  /**
   * Returns a copy whose largest history has another number of people.
   *
   * @param size the largest size, at least 1
   * @return the new contracts
   * @throws IllegalArgumentException if the size is below 1
   */
  public FormulaContracts<R> withMaxSize(int size) {
    checkArgument(size >= 1, "largest size %s is below 1", size);
    return new FormulaContracts<>(evaluation, histories, toRecord, examples, seed, size);
  }

  /**
   * Returns the periods the formula is evaluated for: the year, its quarters and its months.
   *
   * @return 17 periods, an unmodifiable list
   */
  public List<ReportingPeriod> getPeriods() {
    return periods;
  }

  /**
   * Checks laws on every example, in the order given.
   *
   * @param law the first law
   * @param more further laws
   * @throws ContractViolation at the first example that breaks a law, with the shrunk
   *     counterexample
   */
  public void check(FormulaLaw law, FormulaLaw... more) {
    Objects.requireNonNull(law, "law");
    Objects.requireNonNull(more, "more");
    List<FormulaLaw> laws = new ArrayList<>();
    laws.add(law);
    laws.addAll(Arrays.asList(more));
    for (FormulaLaw l : laws) {
      Optional<ContractViolation> violation = find(Objects.requireNonNull(l, "law"));
      if (violation.isPresent()) {
        throw violation.get();
      }
    }
  }

  /**
   * Checks a law on one example, for a property-testing framework that chooses the seeds, or to
   * replay a reported failure.
   *
   * @param law the law
   * @param exampleSeed the seed of the example
   * @param size the largest number of people, at least 0
   * @throws ContractViolation if the example breaks the law, with the shrunk counterexample
   * @throws IllegalArgumentException if the size is negative
   */
  public void check(FormulaLaw law, long exampleSeed, int size) {
    Objects.requireNonNull(law, "law");
    checkArgument(size >= 0, "size %s is negative", size);
    Optional<ContractViolation> violation = findAt(law, exampleSeed, size);
    if (violation.isPresent()) {
      throw violation.get();
    }
  }

  /**
   * Looks for an example that breaks a law, and returns it shrunk rather than throwing it.
   *
   * @param law the law
   * @return the first violation found, shrunk; empty if every example obeys the law
   */
  public Optional<ContractViolation> find(FormulaLaw law) {
    Objects.requireNonNull(law, "law");
    for (int i = 0; i < examples; i++) {
      int size = 1 + (int) ((long) i * maxSize / examples);
      Optional<ContractViolation> violation = findAt(law, seed + i, size);
      if (violation.isPresent()) {
        return violation;
      }
    }
    return Optional.empty();
  }

  private Optional<ContractViolation> findAt(FormulaLaw law, long exampleSeed, int size) {
    SplittableRandom random = new SplittableRandom(exampleSeed);
    List<CaseRecord> generated = histories.generate(random, size);
    long lawSeed = random.nextLong();
    Optional<String> failure = violation(law, generated, lawSeed);
    if (failure.isEmpty()) {
      return Optional.empty();
    }
    Shrinker shrinker =
        new Shrinker(records -> violation(law, records, lawSeed).isPresent(), histories.getYear());
    List<CaseRecord> smallest = shrinker.shrink(generated);
    Optional<String> detail = violation(law, smallest, lawSeed);
    if (detail.isEmpty()) {
      // A formula with state may not fail twice alike; report what was generated.
      smallest = generated;
      detail = failure;
    }
    return Optional.of(
        new ContractViolation(
            law, exampleSeed, size, generated.size(), smallest, detail.orElseThrow()));
  }

  /** Describes how the records break the law, or empty if they obey it. */
  Optional<String> violation(FormulaLaw law, List<CaseRecord> cases, long lawSeed) {
    List<R> records = map(cases);
    switch (law) {
      case ORDER_INDEPENDENT:
        return orderIndependent(records, lawSeed);
      case MERGEABLE:
        return mergeable(records, lawSeed);
      case PROPORTION:
        return proportion(evaluate(records));
      case FLOW_COUNTS_ADD_UP:
        return flowCountsAddUp(evaluate(records));
      case DEDUPLICATION_IDEMPOTENT:
        List<R> twice = new ArrayList<>(records);
        twice.addAll(map(cases));
        return differentFigures(
            evaluate(records), evaluate(twice), "once", "every record twice", false);
      default:
        return disaggregationAddsUp(evaluate(records));
    }
  }

  private List<R> map(List<CaseRecord> cases) {
    List<R> records = new ArrayList<>(cases.size());
    for (CaseRecord c : cases) {
      records.add(Objects.requireNonNull(toRecord.apply(c), "toRecord returned null"));
    }
    return records;
  }

  private FormulaResult evaluate(List<R> records) {
    return fold(evaluation.apply(periods), List.of(records), new SplittableRandom(0));
  }

  private Optional<String> orderIndependent(List<R> records, long lawSeed) {
    FormulaResult given = evaluate(records);
    List<R> reversed = new ArrayList<>(records);
    Collections.reverse(reversed);
    Optional<String> d =
        differentFigures(given, evaluate(reversed), "given order", "reversed", true);
    if (d.isPresent()) {
      return d;
    }
    List<R> shuffled = new ArrayList<>(records);
    SplittableRandom random = new SplittableRandom(lawSeed);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      Collections.swap(shuffled, i, random.nextInt(i + 1));
    }
    return differentFigures(given, evaluate(shuffled), "given order", "shuffled", true);
  }

  private Optional<String> mergeable(List<R> records, long lawSeed) {
    FormulaResult onePass = evaluate(records);
    SplittableRandom random = new SplittableRandom(lawSeed);
    List<List<List<R>>> splits = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      int parts = 2 + random.nextInt(3);
      int[] cuts = new int[parts - 1];
      for (int c = 0; c < cuts.length; c++) {
        cuts[c] = random.nextInt(records.size() + 1);
      }
      Arrays.sort(cuts);
      splits.add(cut(records, cuts));
    }
    if (records.size() <= 16) {
      for (int at = 0; at <= records.size(); at++) {
        splits.add(cut(records, new int[] {at}));
      }
    }
    for (List<List<R>> parts : splits) {
      FormulaResult merged = fold(evaluation.apply(periods), parts, random);
      Optional<String> d =
          differentFigures(
              onePass, merged, "one pass", "merged from parts of " + sizes(parts), true);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private List<List<R>> cut(List<R> records, int[] cuts) {
    List<List<R>> parts = new ArrayList<>();
    int from = 0;
    for (int at : cuts) {
      parts.add(records.subList(from, at));
      from = at;
    }
    parts.add(records.subList(from, records.size()));
    return parts;
  }

  private static String sizes(List<? extends List<?>> parts) {
    List<Integer> sizes = new ArrayList<>();
    for (List<?> part : parts) {
      sizes.add(part.size());
    }
    return sizes.toString().replace("[", "").replace("]", "") + " records";
  }

  /**
   * Folds each part into its own container and combines them, neighbours first in a random
   * grouping, as a parallel stream or a cluster engine would.
   */
  private static <R, A> FormulaResult fold(
      Collector<R, A, FormulaResult> collector, List<List<R>> parts, SplittableRandom random) {
    BiConsumer<A, R> accumulator = collector.accumulator();
    BinaryOperator<A> combiner = collector.combiner();
    List<A> containers = new ArrayList<>();
    for (List<R> part : parts) {
      A container = collector.supplier().get();
      for (R record : part) {
        accumulator.accept(container, record);
      }
      containers.add(container);
    }
    while (containers.size() > 1) {
      int i = random.nextInt(containers.size() - 1);
      A combined = combiner.apply(containers.get(i), containers.get(i + 1));
      containers.set(i, combined);
      containers.remove(i + 1);
    }
    return collector.finisher().apply(containers.get(0));
  }

  private static Optional<String> proportion(FormulaResult result) {
    for (FormulaValue v : result.getValues()) {
      if (v.getNumerator() > v.getDenominator()) {
        return Optional.of(
            describe(v)
                + " has numerator "
                + v.getNumerator()
                + " above denominator "
                + v.getDenominator());
      }
      Optional<BigDecimal> value = v.getValue();
      if (value.isPresent()
          && (value.get().signum() < 0
              || value.get().compareTo(BigDecimal.valueOf(v.getMultiplier())) > 0)) {
        return Optional.of(
            describe(v)
                + " has value "
                + value.get().toPlainString()
                + " outside 0 to "
                + v.getMultiplier());
      }
    }
    return Optional.empty();
  }

  private Optional<String> flowCountsAddUp(FormulaResult result) {
    FinancialYear year = histories.getYear();
    Map<String, FormulaValue> byKey = new LinkedHashMap<>();
    for (FormulaValue v : result.getValues()) {
      byKey.put(key(v.getPeriod(), v), v);
    }
    for (FormulaValue part : result.getValues()) {
      boolean counted = part.getNumerator() > 0 || part.getDenominator() > 0;
      if (!part.getPeriod().equals(year) && counted && !byKey.containsKey(key(year, part))) {
        return Optional.of(
            describe(part) + " has " + figures(part) + " but the year has no such group");
      }
    }
    for (FormulaValue whole : result.getValues()) {
      if (!whole.getPeriod().equals(year)) {
        continue;
      }
      for (List<? extends ReportingPeriod> parts : List.of(year.getMonths(), year.getQuarters())) {
        long numerator = 0;
        long denominator = 0;
        for (ReportingPeriod part : parts) {
          FormulaValue v = byKey.get(key(part, whole));
          if (v != null) {
            numerator += v.getNumerator();
            denominator += v.getDenominator();
          }
        }
        boolean denominatorCounted = !whole.isFromPopulationTable();
        if (numerator != whole.getNumerator()
            || (denominatorCounted && denominator != whole.getDenominator())) {
          String what = parts.size() == 12 ? "months" : "quarters";
          return Optional.of(
              "the "
                  + what
                  + " of "
                  + describe(whole)
                  + " add up to "
                  + numerator
                  + "/"
                  + denominator
                  + ", the year is "
                  + whole.getNumerator()
                  + "/"
                  + whole.getDenominator());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> disaggregationAddsUp(FormulaResult result) {
    Map<String, long[]> sums = new LinkedHashMap<>();
    Map<ReportingPeriod, FormulaValue> wholes = new LinkedHashMap<>();
    for (FormulaValue v : result.getValues()) {
      if (v.getDimension().isEmpty()) {
        wholes.put(v.getPeriod(), v);
      } else {
        long[] sum =
            sums.computeIfAbsent(
                v.getPeriod() + "\u0000" + v.getDimension().get(), k -> new long[2]);
        sum[0] += v.getNumerator();
        sum[1] += v.getDenominator();
      }
    }
    for (FormulaValue v : result.getValues()) {
      if (v.getDimension().isEmpty()) {
        continue;
      }
      FormulaValue whole = wholes.get(v.getPeriod());
      long[] sum = sums.get(v.getPeriod() + "\u0000" + v.getDimension().get());
      long wholeNumerator = whole == null ? 0 : whole.getNumerator();
      long wholeDenominator = whole == null ? 0 : whole.getDenominator();
      boolean denominatorCounted = !v.isFromPopulationTable();
      if (sum[0] != wholeNumerator || (denominatorCounted && sum[1] != wholeDenominator)) {
        return Optional.of(
            "the groups of "
                + v.getDimension().get()
                + " in "
                + v.getPeriod()
                + " add up to "
                + sum[0]
                + "/"
                + sum[1]
                + ", the whole is "
                + wholeNumerator
                + "/"
                + wholeDenominator);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> differentFigures(
      FormulaResult expected,
      FormulaResult actual,
      String expectedName,
      String actualName,
      boolean compareSkipped) {
    Map<String, FormulaValue> a = index(expected);
    Map<String, FormulaValue> b = index(actual);
    for (Map.Entry<String, FormulaValue> e : a.entrySet()) {
      FormulaValue other = b.get(e.getKey());
      if (other == null || !e.getValue().equals(other)) {
        return Optional.of(
            e.getKey()
                + ": "
                + figures(e.getValue())
                + " "
                + expectedName
                + ", "
                + (other == null ? "absent" : figures(other))
                + " "
                + actualName);
      }
    }
    for (Map.Entry<String, FormulaValue> e : b.entrySet()) {
      if (!a.containsKey(e.getKey())) {
        return Optional.of(
            e.getKey()
                + ": absent "
                + expectedName
                + ", "
                + figures(e.getValue())
                + " "
                + actualName);
      }
    }
    if (compareSkipped && !expected.getSkippedRecords().equals(actual.getSkippedRecords())) {
      return Optional.of(
          "skipped records "
              + expected.getSkippedRecords()
              + " "
              + expectedName
              + ", "
              + actual.getSkippedRecords()
              + " "
              + actualName);
    }
    return Optional.empty();
  }

  private static Map<String, FormulaValue> index(FormulaResult result) {
    Map<String, FormulaValue> index = new LinkedHashMap<>();
    for (FormulaValue v : result.getValues()) {
      index.put(describe(v), v);
    }
    return index;
  }

  private static String key(ReportingPeriod period, FormulaValue v) {
    return period + v.getDimension().map(d -> " " + d + "=" + v.getGroup().orElse("")).orElse("");
  }

  private static String describe(FormulaValue v) {
    return key(v.getPeriod(), v);
  }

  private static String figures(FormulaValue v) {
    return v.getNumerator() + "/" + v.getDenominator() + (v.isSuppressed() ? " suppressed" : "");
  }

  /**
   * Describes the settings, such as {@code FormulaContracts[2003-04, 100 examples from seed
   * 20030401, up to 30 people]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "FormulaContracts["
        + histories.getYear()
        + ", "
        + examples
        + " examples from seed "
        + seed
        + ", up to "
        + maxSize
        + " people]";
  }
}
