package dev.yardstick.spark;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.formula.BadRecordException;
import dev.yardstick.indicators.formula.FormulaEvaluator;
import dev.yardstick.indicators.formula.FormulaResult;
import dev.yardstick.indicators.formula.IndicatorFormula;
import dev.yardstick.indicators.formula.KeyField;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.api.java.function.Function0;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Runs an {@link IndicatorFormula} on Apache Spark, unchanged: the formula a council's developer
 * wrote for one machine gives, over a {@code Dataset} of the same records, the same result as
 * {@link IndicatorFormula#evaluate(Iterable, Collection)}, for national-scale data spread over a
 * cluster.
 *
 * <pre>{@code
 * SparkSession spark = SparkSessions.localOrCluster("paf-a1");
 * SparkFormula<LookedAfterChild> a1 = SparkFormula.of(PAF_A1, LookedAfterChild.class, year);
 * Dataset<LookedAfterChild> children = spark.read().parquet(path).as(a1.encoder());
 * List<FormulaResultRow> byCouncil = a1.evaluateByOrganisation(children, LookedAfterChild::getCouncil);
 * FormulaResult national = a1.evaluate(children);
 * a1.register(spark, "paf_a1");   // SELECT council, paf_a1(*) FROM children GROUP BY council
 * }</pre>
 *
 * <p>What Spark needs of the record type and of the formula is checked here, on the driver, before
 * any job runs: the type must be a JavaBean Spark can encode ({@link RecordEncoders}), and the
 * formula, with everything its accessors and conditions capture, must be serialisable, since Spark
 * sends it to every executor. A formula that holds something that cannot be serialised is given
 * instead as a factory that each executor calls ({@link #from(Function0, Class, Collection)}).
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>No records: {@link #evaluate(Dataset)} gives the engine's result for no records (0/0, no
 *       value, in every period); {@link #evaluateByOrganisation} gives no rows.
 *   <li>Empty partitions add the tally's identity and change nothing.
 *   <li>Records whose organisation is null are evaluated together, in a row with no organisation.
 *   <li>Bad records are skipped and counted, or stop the job, as the formula's {@link
 *       dev.yardstick.indicators.formula.BadRecordPolicy} says; the {@code evaluate} methods then
 *       rethrow the engine's {@link BadRecordException} on the driver.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @param <R> the record type
 * @since 0.1.0
 */
public final class SparkFormula<R> {

  private final Function0<IndicatorFormula<R>> source;
  private final FormulaEvaluator<R> evaluator;
  private final Class<R> recordType;
  private final Encoder<R> encoder;

  private SparkFormula(
      Function0<IndicatorFormula<R>> source,
      FormulaEvaluator<R> evaluator,
      Class<R> recordType,
      Encoder<R> encoder) {
    this.source = source;
    this.evaluator = evaluator;
    this.recordType = recordType;
    this.encoder = encoder;
  }

  /**
   * Prepares a formula to run on Spark over records of a bean type, for reporting periods.
   *
   * @param <R> the record type
   * @param formula the formula, as written for in-process evaluation
   * @param recordType the class of the records, a JavaBean Spark can encode
   * @param periods the reporting periods, evaluated in one pass
   * @return the formula on Spark
   * @throws IllegalArgumentException if the record type does not qualify for Spark's bean encoder
   *     or the formula is not serialisable (the message names the type or the class that is not
   *     serialisable), or there are no periods or one is given twice
   */
  public static <R> SparkFormula<R> of(
      IndicatorFormula<R> formula,
      Class<R> recordType,
      Collection<? extends ReportingPeriod> periods) {
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(periods, "periods");
    Encoder<R> encoder = RecordEncoders.bean(recordType);
    checkSerialisable(formula, "formula");
    return new SparkFormula<>(() -> formula, formula.over(periods), recordType, encoder);
  }

  /**
   * Prepares a formula to run on Spark for one or more periods; see {@link #of(IndicatorFormula,
   * Class, Collection)}.
   *
   * @param <R> the record type
   * @param formula the formula
   * @param recordType the class of the records
   * @param period the first reporting period
   * @param more further periods
   * @return the formula on Spark
   * @throws IllegalArgumentException as {@link #of(IndicatorFormula, Class, Collection)} does
   */
  public static <R> SparkFormula<R> of(
      IndicatorFormula<R> formula,
      Class<R> recordType,
      ReportingPeriod period,
      ReportingPeriod... more) {
    return of(formula, recordType, periods(period, more));
  }

  /**
   * Prepares a formula that is made on each executor by a factory, for a formula that holds
   * something that cannot be serialised (a calendar or a lookup read from a database, say): only
   * the factory is sent to the executors, and each calls it once per task. The factory is typically
   * a method reference to a static method or a lambda that reads a static field ({@code () ->
   * Formulas.PAF_A1}), so that it captures nothing.
   *
   * @param <R> the record type
   * @param factory makes the formula; it must give equal formulas on every call
   * @param recordType the class of the records, a JavaBean Spark can encode
   * @param periods the reporting periods, evaluated in one pass
   * @return the formula on Spark
   * @throws IllegalArgumentException if the record type does not qualify for Spark's bean encoder,
   *     the factory is not serialisable or fails on the driver, or there are no periods or one is
   *     given twice
   */
  public static <R> SparkFormula<R> from(
      Function0<IndicatorFormula<R>> factory,
      Class<R> recordType,
      Collection<? extends ReportingPeriod> periods) {
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(periods, "periods");
    Encoder<R> encoder = RecordEncoders.bean(recordType);
    checkSerialisable(factory, "formula factory");
    IndicatorFormula<R> formula;
    try {
      formula = Objects.requireNonNull(factory.call(), "the formula factory returned null");
    } catch (Exception e) {
      throw new IllegalArgumentException("the formula factory failed: " + e.getMessage(), e);
    }
    return new SparkFormula<>(factory, formula.over(periods), recordType, encoder);
  }

  /**
   * Prepares a formula made by a factory for one or more periods; see {@link #from(Function0,
   * Class, Collection)}.
   *
   * @param <R> the record type
   * @param factory makes the formula
   * @param recordType the class of the records
   * @param period the first reporting period
   * @param more further periods
   * @return the formula on Spark
   * @throws IllegalArgumentException as {@link #from(Function0, Class, Collection)} does
   */
  public static <R> SparkFormula<R> from(
      Function0<IndicatorFormula<R>> factory,
      Class<R> recordType,
      ReportingPeriod period,
      ReportingPeriod... more) {
    return from(factory, recordType, periods(period, more));
  }

  /**
   * Returns the formula.
   *
   * @return the formula
   */
  public IndicatorFormula<R> getFormula() {
    return evaluator.getFormula();
  }

  /**
   * Returns the reporting periods, in order.
   *
   * @return the periods
   */
  public List<ReportingPeriod> getPeriods() {
    return evaluator.getPeriods();
  }

  /**
   * Returns the class of the records.
   *
   * @return the record type
   */
  public Class<R> getRecordType() {
    return recordType;
  }

  /**
   * Returns Spark's bean encoder of the records, to turn a {@code DataFrame} into a {@code
   * Dataset<R>}: {@code spark.read().parquet(path).as(formula.encoder())}.
   *
   * @return the encoder
   */
  public Encoder<R> encoder() {
    return encoder;
  }

  /**
   * Returns the formula as a typed Spark aggregator, for use in the user's own queries.
   *
   * @return a new aggregator
   */
  public FormulaAggregator<R> aggregator() {
    return new FormulaAggregator<>(source, evaluator);
  }

  /**
   * Evaluates the formula over all the records together, as one result.
   *
   * @param records the records
   * @return the result, equal to the in-process engine's over the same records
   * @throws BadRecordException under the formula's {@code FAIL} policy, at a bad record
   * @throws IllegalStateException if the Spark job fails for another reason; Spark's exception is
   *     the cause
   */
  public FormulaResult evaluate(Dataset<R> records) {
    Objects.requireNonNull(records, "records");
    Dataset<FormulaResultRow> result = records.select(aggregator().toColumn());
    return toFormulaResult(run(result::first));
  }

  /**
   * Returns the formula result a row holds, with the definition of the indicator the formula
   * produces, which a row does not hold: the result the formula gives in-process over the same
   * records.
   *
   * @param row a row of this formula, from {@link #evaluateByOrganisation} or {@link
   *     #aggregateByOrganisation}
   * @return the result
   * @throws IllegalStateException if the row does not hold a formula result; the message names the
   *     column
   */
  public FormulaResult toFormulaResult(FormulaResultRow row) {
    Objects.requireNonNull(row, "row");
    FormulaResult result = row.toFormulaResult();
    Optional<IndicatorDefinition> definition = getFormula().getDefinition();
    return definition.isEmpty()
        ? result
        : FormulaResult.builder().from(result).definition(definition).build();
  }

  /**
   * Returns the query that evaluates the formula for each organisation, without running it: one
   * {@link FormulaResultRow} for each organisation the records name, to be written out or queried
   * further.
   *
   * @param records the records
   * @param organisation the record's organisation, such as a council's code; its {@code toString()}
   *     is the row's organisation
   * @return the query, lazy as Spark's datasets are
   * @throws IllegalArgumentException if the organisation accessor is not serialisable; the message
   *     names the class that is not
   */
  public Dataset<FormulaResultRow> aggregateByOrganisation(
      Dataset<R> records, KeyField<? super R> organisation) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(organisation, "organisation");
    checkSerialisable(organisation, "organisation accessor");
    return records
        .groupByKey(organisationText(organisation), Encoders.STRING())
        .agg(aggregator().toColumn())
        .map(withOrganisation(), Encoders.bean(FormulaResultRow.class));
  }

  /**
   * Evaluates the formula for each organisation and brings the results to the driver, in the order
   * of the organisations' text (a row with no organisation comes first).
   *
   * @param records the records
   * @param organisation the record's organisation; its {@code toString()} is the row's organisation
   * @return one row for each organisation the records name; empty if there are no records
   * @throws BadRecordException under the formula's {@code FAIL} policy, at a bad record
   * @throws IllegalArgumentException if the organisation accessor is not serialisable
   * @throws IllegalStateException if the Spark job fails for another reason; Spark's exception is
   *     the cause
   */
  public List<FormulaResultRow> evaluateByOrganisation(
      Dataset<R> records, KeyField<? super R> organisation) {
    Dataset<FormulaResultRow> query = aggregateByOrganisation(records, organisation);
    List<FormulaResultRow> rows = new ArrayList<>(run(query::collectAsList));
    rows.sort(
        Comparator.comparing(
            FormulaResultRow::getOrganisation, Comparator.nullsFirst(Comparator.naturalOrder())));
    return rows;
  }

  /**
   * Registers the formula as a SQL aggregate function. It takes the record's columns in the order
   * of the bean encoder's schema (Spark orders a bean's columns by name), as {@code *} gives them
   * over a view of a {@code Dataset<R>}, and returns a {@link FormulaResultRow} struct:
   *
   * <pre>{@code
   * children.createOrReplaceTempView("children");
   * a1.register(spark, "paf_a1");
   * spark.sql("SELECT council, paf_a1(*) AS a1 FROM children GROUP BY council");
   * }</pre>
   *
   * @param spark the session to register the function in
   * @param name the function's name
   * @return the registered function
   * @throws IllegalArgumentException if the name is blank
   */
  public UserDefinedFunction register(SparkSession spark, String name) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "SQL function name is blank");
    return spark.udf().register(name, functions.udaf(aggregator(), encoder));
  }

  /**
   * Describes the formula, record type and periods, without any record data.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "SparkFormula["
        + getFormula()
        + " over "
        + recordType.getSimpleName()
        + " for "
        + getPeriods()
        + "]";
  }

  private static List<ReportingPeriod> periods(ReportingPeriod period, ReportingPeriod... more) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(more, "more");
    List<ReportingPeriod> periods = new ArrayList<>();
    periods.add(period);
    periods.addAll(Arrays.asList(more));
    return periods;
  }

  private static <R> MapFunction<R, @Nullable String> organisationText(
      KeyField<? super R> organisation) {
    return record -> {
      Object key = organisation.get(record);
      return key == null ? null : key.toString();
    };
  }

  private static MapFunction<Tuple2<String, FormulaResultRow>, FormulaResultRow>
      withOrganisation() {
    return pair -> {
      FormulaResultRow row = pair._2();
      row.setOrganisation(pair._1());
      return row;
    };
  }

  /**
   * Runs a Spark action, and rethrows a bad record found in the failure on the driver, so that the
   * caller sees the engine's documented exception rather than a task failure.
   */
  private static <T> T run(Supplier<T> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      BadRecordException bad = badRecordIn(e);
      if (bad != null) {
        bad.addSuppressed(e);
        throw bad;
      }
      throw e;
    } catch (Exception e) { // Spark's checked SparkException, thrown through Scala
      BadRecordException bad = badRecordIn(e);
      if (bad != null) {
        bad.addSuppressed(e);
        throw bad;
      }
      throw new IllegalStateException("Spark job failed: " + e.getMessage(), e);
    }
  }

  private static @Nullable BadRecordException badRecordIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BadRecordException) {
        return (BadRecordException) t;
      }
    }
    return null;
  }

  private static void checkSerialisable(Object object, String what) {
    try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
      out.writeObject(object);
    } catch (NotSerializableException e) {
      throw new IllegalArgumentException(
          what
              + " cannot be sent to Spark's executors: it holds a "
              + e.getMessage()
              + ", which is not serialisable; an accessor or condition probably captures it"
              + " (use a method reference, or capture only serialisable values)",
          e);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          what + " cannot be serialised for Spark's executors: " + e.getMessage(), e);
    }
  }
}
