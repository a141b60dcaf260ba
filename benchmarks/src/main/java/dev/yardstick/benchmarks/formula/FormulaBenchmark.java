package dev.yardstick.benchmarks.formula;

import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.indicators.formula.CountingUnit;
import dev.yardstick.indicators.formula.FormulaEvaluator;
import dev.yardstick.indicators.formula.FormulaResult;
import dev.yardstick.indicators.formula.FormulaTally;
import dev.yardstick.indicators.formula.FormulaValue;
import dev.yardstick.indicators.formula.IndicatorFormula;
import dev.yardstick.indicators.formula.PeriodRule;
import dev.yardstick.indicators.formula.Timescale;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The formula engine against the named baseline of a hand-written single-pass loop that computes
 * the same numbers: assessments completed in 2003-04 (the population) and those completed within
 * 28 days of referral (the numerator), over in-memory records. Scores are records per second
 * ({@link OperationsPerInvocation} is the number of records), so the single-thread score is the
 * throughput per core.
 *
 * <ul>
 *   <li>{@link #handWrittenLoop()} is the baseline; {@link #formula()} must reach 0.8x of it.
 *       The formula's timescale runs on the population rule's dates, as a user would write it;
 *       {@link #formulaSeparateClocks()} gives the clock as two more accessors, which the engine
 *       must then read and check apart. The scores vary from fork to fork with the JIT compiler's
 *       decisions, so run at least five forks ({@code -f 5});
 *   <li>{@link #formulaParallelStream()} runs the formula's collector on a parallel stream (the
 *       common pool: all cores), for the speed-up over {@link #formulaSequentialStream()};
 *   <li>{@link #formulaDistinctPeople()} counts distinct people exactly, against {@link
 *       #handWrittenDistinctPeople()} with a {@code HashSet<Long>}; the tally's key memory is
 *       printed at the end of the trial.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FormulaBenchmark -f 5 -wi 3 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Threads(1)
@OperationsPerInvocation(FormulaBenchmark.RECORDS)
public class FormulaBenchmark {

  /** The number of records; the operations of one invocation. */
  static final int RECORDS = 10_000_000;

  private static final FinancialYear YEAR = FinancialYear.parse("2003-04");
  private static final LocalDate YEAR_START = YEAR.getStart();
  private static final LocalDate YEAR_END = YEAR.getEnd();

  /** A record of the kind a case system holds: a referral and its assessment. */
  public static final class Assessment {
    private final long personId;
    private final LocalDate referred;
    private final LocalDate completed;

    Assessment(long personId, LocalDate referred, LocalDate completed) {
      this.personId = personId;
      this.referred = referred;
      this.completed = completed;
    }

    /**
     * Returns the person's identifier.
     *
     * @return the identifier
     */
    public long getPersonId() {
      return personId;
    }

    /**
     * Returns the referral date.
     *
     * @return the date
     */
    public LocalDate getReferred() {
      return referred;
    }

    /**
     * Returns the completion date, null while open.
     *
     * @return the date or null
     */
    public LocalDate getCompleted() {
      return completed;
    }
  }

  private List<Assessment> assessments = List.of();
  private FormulaEvaluator<Assessment> timeliness;
  private FormulaEvaluator<Assessment> separateClocks;
  private FormulaEvaluator<Assessment> distinctPeople;
  private FormulaTally lastDistinctTally;

  /** Creates the benchmark state; JMH calls it. */
  public FormulaBenchmark() {
    timeliness =
        IndicatorFormula.builder(Assessment.class)
            .population(PeriodRule.ENDED_IN_PERIOD, Assessment::getReferred, Assessment::getCompleted)
            .numeratorWithin(Timescale.days(28))
            .multiplier(100)
            .build()
            .over(YEAR);
    separateClocks =
        IndicatorFormula.builder(Assessment.class)
            .population(PeriodRule.ENDED_IN_PERIOD, Assessment::getReferred, Assessment::getCompleted)
            .numeratorWithin(Timescale.days(28), Assessment::getReferred, Assessment::getCompleted)
            .multiplier(100)
            .build()
            .over(YEAR);
    distinctPeople =
        IndicatorFormula.builder(Assessment.class)
            .population(PeriodRule.ENDED_IN_PERIOD, Assessment::getReferred, Assessment::getCompleted)
            .numeratorWithin(Timescale.days(28), Assessment::getReferred, Assessment::getCompleted)
            .countDistinct(CountingUnit.DISTINCT_PEOPLE, Assessment::getPersonId)
            .multiplier(100)
            .build()
            .over(YEAR);
    lastDistinctTally = distinctPeople.newTally();
  }

  /**
   * Generates the records: referrals over three years around 2003-04, one in ten still open,
   * about 2.5 records a person. Dates are shared instances, as a case system's cache would give.
   */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2003);
    LocalDate origin = YEAR_START.minusYears(1);
    LocalDate[] days = new LocalDate[1200];
    for (int i = 0; i < days.length; i++) {
      days[i] = origin.plusDays(i);
    }
    Assessment[] array = new Assessment[RECORDS];
    for (int i = 0; i < RECORDS; i++) {
      int referred = random.nextInt(1100);
      LocalDate completed = random.nextInt(10) == 0 ? null : days[referred + random.nextInt(60)];
      array[i] = new Assessment(random.nextLong(RECORDS * 2L / 5), days[referred], completed);
    }
    assessments = Arrays.asList(array);
  }

  /** Prints the key memory of the last distinct-people tally and checks that both ways agree. */
  @TearDown(Level.Trial)
  public void report() {
    if (lastDistinctTally.getRecordCount() > 0) {
      FormulaValue value =
          distinctPeople.result(lastDistinctTally).getValue(YEAR).orElseThrow();
      System.out.printf(
          "%ndistinct people: %,d in the denominator, %,d in the numerator, exact; key memory"
              + " about %,d bytes (%.1f bytes a distinct key)%n",
          value.getDenominator(),
          value.getNumerator(),
          lastDistinctTally.estimatedKeyBytes(),
          lastDistinctTally.estimatedKeyBytes()
              / (double) (value.getDenominator() + value.getNumerator()));
    }
    long[] loop = handWrittenLoop();
    for (FormulaEvaluator<Assessment> evaluator : List.of(timeliness, separateClocks)) {
      FormulaValue formula = evaluator.evaluate(assessments).getValue(YEAR).orElseThrow();
      if (loop[0] != formula.getNumerator() || loop[1] != formula.getDenominator()) {
        throw new IllegalStateException(
            "formula " + formula + " disagrees with the loop " + Arrays.toString(loop));
      }
    }
  }

  /**
   * Baseline: one loop with the same checks and counts as the formula (bad dates skipped).
   *
   * @return numerator and denominator
   */
  @Benchmark
  public long[] handWrittenLoop() {
    long numerator = 0;
    long denominator = 0;
    long skipped = 0;
    for (Assessment a : assessments) {
      LocalDate referred = a.getReferred();
      LocalDate completed = a.getCompleted();
      if (referred == null || (completed != null && completed.isBefore(referred))) {
        skipped++;
        continue;
      }
      if (completed != null && !completed.isBefore(YEAR_START) && !completed.isAfter(YEAR_END)) {
        denominator++;
        if (completed.toEpochDay() - referred.toEpochDay() <= 28) {
          numerator++;
        }
      }
    }
    return new long[] {numerator, denominator, skipped};
  }

  /**
   * The formula over an {@link Iterable}, one thread.
   *
   * @return the result
   */
  @Benchmark
  public FormulaResult formula() {
    return timeliness.evaluate(assessments);
  }

  /**
   * The same formula with the timescale's clock given as two more accessors, so that the engine
   * reads and checks the referral and completion dates twice a record, as it must for a clock
   * that need not run on the population's dates.
   *
   * @return the result
   */
  @Benchmark
  public FormulaResult formulaSeparateClocks() {
    return separateClocks.evaluate(assessments);
  }

  /**
   * The formula's collector on a sequential stream.
   *
   * @return the result
   */
  @Benchmark
  public FormulaResult formulaSequentialStream() {
    return assessments.stream().collect(timeliness.collector());
  }

  /**
   * The formula's collector on a parallel stream (all cores).
   *
   * @return the result
   */
  @Benchmark
  public FormulaResult formulaParallelStream() {
    return assessments.parallelStream().collect(timeliness.collector());
  }

  /**
   * Distinct people, exactly, with the formula.
   *
   * @return the result
   */
  @Benchmark
  public FormulaResult formulaDistinctPeople() {
    FormulaTally tally = distinctPeople.newTally();
    for (Assessment a : assessments) {
      distinctPeople.accept(tally, a);
    }
    lastDistinctTally = tally;
    return distinctPeople.result(tally);
  }

  /**
   * Baseline for distinct people: the same loop with two {@code HashSet<Long>}.
   *
   * @return numerator and denominator
   */
  @Benchmark
  public long[] handWrittenDistinctPeople() {
    HashSet<Long> numerator = new HashSet<>();
    HashSet<Long> denominator = new HashSet<>();
    for (Assessment a : assessments) {
      LocalDate referred = a.getReferred();
      LocalDate completed = a.getCompleted();
      if (referred == null || (completed != null && completed.isBefore(referred))) {
        continue;
      }
      if (completed != null && !completed.isBefore(YEAR_START) && !completed.isAfter(YEAR_END)) {
        denominator.add(a.getPersonId());
        if (completed.toEpochDay() - referred.toEpochDay() <= 28) {
          numerator.add(a.getPersonId());
        }
      }
    }
    return new long[] {numerator.size(), denominator.size()};
  }
}
