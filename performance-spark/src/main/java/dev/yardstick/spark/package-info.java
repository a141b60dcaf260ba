/**
 * Indicator formulas on Apache Spark: the same {@link
 * dev.yardstick.indicators.formula.IndicatorFormula} a council runs in-process, run unchanged as a
 * Spark aggregation over national-scale case records, with identical results.
 *
 * <p>The formula engine folds records into small mergeable tallies; here those tallies are the
 * buffer of a typed Spark {@link org.apache.spark.sql.expressions.Aggregator}, grouped by
 * organisation, with the formula's periods and disaggregations inside each group's tally. Spark is
 * a {@code provided} dependency: the cluster brings it.
 *
 * <pre>{@code
 * SparkSession spark = SparkSessions.localOrCluster("ascof-2b");   // local[*] unless spark-submit says
 * SparkFormula<Discharge> reablement =
 *     SparkFormula.of(REABLEMENT, Discharge.class, FinancialQuarter.parse("2003-04 Q3"));
 * Dataset<Discharge> discharges = spark.read().parquet("discharges").as(reablement.encoder());
 * for (FormulaResultRow row : reablement.evaluateByOrganisation(discharges, Discharge::getCouncil)) {
 *   FormulaResult result = reablement.toFormulaResult(row);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.spark;

import org.jspecify.annotations.NullMarked;
