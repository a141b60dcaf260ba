package dev.yardstick.spark;

import static dev.yardstick.spark.WorkedFormulas.YEAR_AND_QUARTERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.yardstick.indicators.formula.FormulaResult;
import dev.yardstick.indicators.formula.IndicatorFormula;
import dev.yardstick.indicators.formula.KeyField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Each worked definition of the formula engine gives on Spark the result the engine gives
 * in-process, on generated records: duplicates (every fifth record arrives twice), open-ended
 * records, bad records that are skipped and counted, and more partitions than records, so that some
 * partitions are empty. One Spark job checks many councils at once: each generated record set is
 * one council's, and each council's row must equal the in-process result over its records.
 */
class SparkFormulaPropertyTest {

  /** Spark jobs are slow next to the engine; each example runs one job over up to 12 councils. */
  private static final int EXAMPLES = 3;

  private static final SparkSession SPARK = SparkTestSession.get();

  @Test
  void pafA1_onSpark_equalsInProcess() {
    check(
        SparkFormula.of(WorkedFormulas.PAF_A1, LookedAfterChild.class, YEAR_AND_QUARTERS),
        RecordGenerators.CHILDREN,
        LookedAfterChild::setCouncil,
        LookedAfterChild::getCouncil);
  }

  @Test
  void assessmentTimeliness_onSpark_equalsInProcess() {
    check(
        SparkFormula.of(
            WorkedFormulas.ASSESSMENTS_WITHIN_7_WORKING_DAYS, Assessment.class, YEAR_AND_QUARTERS),
        RecordGenerators.ASSESSMENTS,
        Assessment::setCouncil,
        Assessment::getCouncil);
  }

  @Test
  void helpedToLiveAtHomePerPopulation_onSpark_equalsInProcess() {
    check(
        SparkFormula.of(WorkedFormulas.HELPED_TO_LIVE_AT_HOME, Client.class, YEAR_AND_QUARTERS),
        RecordGenerators.CLIENTS,
        Client::setCouncil,
        Client::getCouncil);
  }

  @Test
  void reviewed_onSpark_equalsInProcess() {
    check(
        SparkFormula.of(WorkedFormulas.REVIEWED, Client.class, YEAR_AND_QUARTERS),
        RecordGenerators.CLIENTS,
        Client::setCouncil,
        Client::getCouncil);
  }

  @Test
  void reablement_onSpark_equalsInProcess() {
    check(
        SparkFormula.of(WorkedFormulas.REABLEMENT, Discharge.class, YEAR_AND_QUARTERS),
        RecordGenerators.DISCHARGES,
        Discharge::setCouncil,
        Discharge::getCouncil);
  }

  /** Given as a factory that each executor calls, as a formula holding a lookup would be. */
  @Test
  void complaints_madeOnEachExecutor_equalsInProcess() {
    check(
        SparkFormula.from(() -> WorkedFormulas.COMPLAINTS, Complaint.class, YEAR_AND_QUARTERS),
        RecordGenerators.COMPLAINTS,
        Complaint::setCouncil,
        Complaint::getCouncil);
  }

  private static <R> Gen<List<List<R>>> councils(Gen<R> records) {
    Gen<List<R>> council =
        lists()
            .of(records)
            .ofSizeBetween(0, 40)
            .map(
                list -> {
                  List<R> withDuplicates = new ArrayList<>(list);
                  for (int i = 0; i < list.size(); i += 5) {
                    withDuplicates.add(list.get(i));
                  }
                  return withDuplicates;
                });
    return lists().of(council).ofSizeBetween(1, 12);
  }

  private static <R> void check(
      SparkFormula<R> onSpark,
      Gen<R> records,
      BiConsumer<R, String> setCouncil,
      KeyField<R> council) {
    IndicatorFormula<R> formula = onSpark.getFormula();
    qt().withExamples(EXAMPLES)
        .forAll(councils(records), integers().between(1, 8))
        .checkAssert(
            (councils, partitions) -> {
              List<R> all = new ArrayList<>();
              Map<String, FormulaResult> expected = new LinkedHashMap<>();
              for (int i = 0; i < councils.size(); i++) {
                String name = "council" + i;
                List<R> theirs = councils.get(i);
                theirs.forEach(r -> setCouncil.accept(r, name));
                all.addAll(theirs);
                if (!theirs.isEmpty()) {
                  expected.put(name, formula.evaluate(theirs, YEAR_AND_QUARTERS));
                }
              }
              Dataset<R> dataset =
                  SPARK.createDataset(all, onSpark.encoder()).repartition(partitions);

              Map<String, FormulaResult> actual = new LinkedHashMap<>();
              for (FormulaResultRow row : onSpark.evaluateByOrganisation(dataset, council)) {
                actual.put(row.getOrganisation(), onSpark.toFormulaResult(row));
              }

              assertEquals(sorted(expected), actual);
            });
  }

  private static Map<String, FormulaResult> sorted(Map<String, FormulaResult> results) {
    Map<String, FormulaResult> sorted = new LinkedHashMap<>();
    results.keySet().stream().sorted().forEach(k -> sorted.put(k, results.get(k)));
    return sorted;
  }
}
