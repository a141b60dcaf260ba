package dev.yardstick.spark;

import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.formula.BadRecordException;
import dev.yardstick.indicators.formula.FormulaEvaluator;
import dev.yardstick.indicators.formula.FormulaTally;
import dev.yardstick.indicators.formula.IndicatorFormula;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function0;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.jspecify.annotations.Nullable;

/**
 * An {@link IndicatorFormula} as a typed Spark {@link Aggregator}: it folds the records of each
 * group into the formula's {@link FormulaTally}, merges the tallies of the partitions and turns the
 * merged tally into a {@link FormulaResultRow}, exactly as the formula does in-process.
 *
 * <pre>{@code
 * FormulaAggregator<Referral> timeliness = SparkFormula.of(formula, Referral.class, year).aggregator();
 * Dataset<Tuple2<String, FormulaResultRow>> byCouncil =
 *     referrals.groupByKey((MapFunction<Referral, String>) Referral::getCouncil, Encoders.STRING())
 *         .agg(timeliness.toColumn());
 * }</pre>
 *
 * <h2>The aggregation buffer</h2>
 *
 * <p>The buffer is the formula engine's own tally: small, mutable and {@link java.io.Serializable}
 * (counters, and for distinct counting exact key sets held in sorted {@code long} arrays or hash
 * sets), so it is encoded with {@link Encoders#javaSerialization(Class)}. Spark keeps it as an
 * object while a partition is read and serialises it only to send a partial aggregate to another
 * executor, once per group and partition. Distinct-person counts stay exact: the key sets of the
 * partitions are merged as sets, not estimated. A tally's memory grows with the distinct keys of a
 * group in a partition (about 8 to 16 bytes a whole-number key; see {@link FormulaTally}).
 *
 * <h2>Bad records</h2>
 *
 * <p>Under {@link dev.yardstick.indicators.formula.BadRecordPolicy#SKIP} a bad record is counted in
 * the result's skipped records. Under {@code FAIL} the first bad record stops the task with the
 * engine's {@link BadRecordException}; its position then counts the records of the Spark partition
 * and group where it was met, and a suppressed exception names the partition. {@link
 * SparkFormula}'s {@code evaluate} methods rethrow it on the driver.
 *
 * <p>Implementation requirements: immutable and thread-safe. It holds the formula (or the factory
 * that makes it) and the periods' text, and makes the formula's evaluator again after Spark has
 * deserialised it on an executor.
 *
 * @param <R> the record type, a JavaBean (see {@link RecordEncoders})
 * @since 0.1.0
 * @serial exclude
 */
public final class FormulaAggregator<R> extends Aggregator<R, FormulaTally, FormulaResultRow> {

  private static final long serialVersionUID = 1L;

  /** The formula itself, captured, or the user's factory that makes it on each executor. */
  private final Function0<IndicatorFormula<R>> formula;

  /** The periods in their text form: reporting periods are not serialisable, their text is. */
  private final ArrayList<String> periods;

  private transient volatile @Nullable FormulaEvaluator<R> evaluator;

  FormulaAggregator(Function0<IndicatorFormula<R>> formula, FormulaEvaluator<R> evaluator) {
    this.formula = formula;
    this.periods = new ArrayList<>();
    for (ReportingPeriod period : evaluator.getPeriods()) {
      periods.add(period.toString());
    }
    this.evaluator = evaluator;
  }

  private FormulaEvaluator<R> evaluator() {
    FormulaEvaluator<R> e = evaluator;
    if (e == null) {
      List<ReportingPeriod> parsed = new ArrayList<>();
      for (String period : periods) {
        parsed.add(ReportingPeriod.parse(period));
      }
      IndicatorFormula<R> made;
      try {
        made = formula.call();
      } catch (Exception failure) {
        throw new IllegalStateException("the formula factory failed on an executor", failure);
      }
      e = made.over(parsed);
      evaluator = e;
    }
    return e;
  }

  /**
   * Returns an empty tally, the identity of {@link #merge}.
   *
   * @return a new tally for the formula and periods
   */
  @Override
  public FormulaTally zero() {
    return evaluator().newTally();
  }

  /**
   * Folds one record into a tally.
   *
   * @param tally the tally of the group so far
   * @param record the record
   * @return the same tally
   * @throws BadRecordException under the formula's {@code FAIL} policy, at a bad record
   */
  @Override
  public FormulaTally reduce(FormulaTally tally, R record) {
    try {
      evaluator().accept(tally, record);
    } catch (BadRecordException e) {
      TaskContext task = TaskContext.get();
      if (task != null) {
        e.addSuppressed(
            new IllegalStateException(
                "met in Spark partition " + task.partitionId() + " of stage " + task.stageId()));
      }
      throw e;
    }
    return tally;
  }

  /**
   * Merges the tally of another partition into a tally.
   *
   * @param tally the tally to merge into
   * @param other the other tally
   * @return the merged tally
   */
  @Override
  public FormulaTally merge(FormulaTally tally, FormulaTally other) {
    return tally.merge(other);
  }

  /**
   * Turns the merged tally of a group into its result row.
   *
   * @param tally the group's tally
   * @return the row; its organisation is not set
   */
  @Override
  public FormulaResultRow finish(FormulaTally tally) {
    return FormulaResultRow.of(evaluator().result(tally));
  }

  /**
   * Returns the encoder of the buffer: Java serialisation of the tally.
   *
   * @return the buffer encoder
   */
  @Override
  public Encoder<FormulaTally> bufferEncoder() {
    return Encoders.javaSerialization(FormulaTally.class);
  }

  /**
   * Returns the encoder of the result: the bean encoder of {@link FormulaResultRow}.
   *
   * @return the output encoder
   */
  @Override
  public Encoder<FormulaResultRow> outputEncoder() {
    return Encoders.bean(FormulaResultRow.class);
  }

  /**
   * Describes the formula and periods, without any record data.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "FormulaAggregator["
        + evaluator().getFormula()
        + " over "
        + String.join(", ", periods)
        + "]";
  }
}
