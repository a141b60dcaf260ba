package dev.yardstick.spark;

import static dev.yardstick.spark.WorkedFormulas.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.formula.BadRecordException;
import dev.yardstick.indicators.formula.BadRecordPolicy;
import dev.yardstick.indicators.formula.BadRecordReason;
import dev.yardstick.indicators.formula.CountingUnit;
import dev.yardstick.indicators.formula.FormulaResult;
import dev.yardstick.indicators.formula.FormulaTally;
import dev.yardstick.indicators.formula.IndicatorFormula;
import dev.yardstick.indicators.formula.PeriodRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Bad input fails on the driver with the documented exception, before a job runs where it can: a
 * record type Spark cannot encode, a formula Spark cannot send to its executors, and a record
 * without a date the formula needs.
 */
class SparkFormulaBadInputTest {

  private static final SparkSession SPARK = SparkTestSession.get();

  /** Not serialisable, as a database connection or a service client is not. */
  static final class TeamDirectory {
    boolean isChildrensTeam(String team) {
      return team.startsWith("C");
    }
  }

  private static IndicatorFormula<LookedAfterChild> a1(BadRecordPolicy policy) {
    return IndicatorFormula.builder(LookedAfterChild.class)
        .population(
            PeriodRule.OPEN_AT_PERIOD_END,
            LookedAfterChild::getCareStart,
            LookedAfterChild::getCareEnd)
        .numeratorWhere((child, period) -> child.placementsDuring(period) >= 3)
        .countDistinct(CountingUnit.DISTINCT_PEOPLE, LookedAfterChild::getChildId)
        .multiplier(100)
        .onBadRecord(policy)
        .build();
  }

  /** The engine's fixture, with one child whose care start date is missing. */
  private static List<LookedAfterChild> withMissingCareStart() {
    List<LookedAfterChild> records = new ArrayList<>(SparkFormulaTest.children("E06000001"));
    records.add(
        new LookedAfterChild(
            "E06000001", "c11", LocalDate.parse("1994-01-01"), null, null, false, List.of()));
    return records;
  }

  @Test
  void of_javaRecordType_failsBeforeAnyJob() {
    IndicatorFormula<RecordEncodersTest.Referral> formula =
        IndicatorFormula.builder(RecordEncodersTest.Referral.class)
            .population(PeriodRule.EVENT_IN_PERIOD, RecordEncodersTest.Referral::referred)
            .numeratorWhere(r -> true)
            .build();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkFormula.of(formula, RecordEncodersTest.Referral.class, YEAR));

    assertTrue(e.getMessage().contains("is a Java record"), e.getMessage());
  }

  @Test
  void of_accessorCapturingSomethingNotSerialisable_namesIt() {
    TeamDirectory directory = new TeamDirectory();
    IndicatorFormula<Assessment> formula =
        IndicatorFormula.builder(Assessment.class)
            .population(PeriodRule.EVENT_IN_PERIOD, Assessment::getReferred)
            .populationWhere(a -> directory.isChildrensTeam(String.valueOf(a.getTeam())))
            .numeratorWhere(a -> a.getCompleted() != null)
            .build();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SparkFormula.of(formula, Assessment.class, YEAR));

    assertTrue(
        e.getMessage().startsWith("formula cannot be sent to Spark's executors"), e.getMessage());
    assertTrue(e.getMessage().contains(TeamDirectory.class.getName()), e.getMessage());
  }

  @Test
  void from_factoryCapturingSomethingNotSerialisable_namesIt() {
    TeamDirectory directory = new TeamDirectory();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SparkFormula.from(
                    () -> directory.isChildrensTeam("C") ? WorkedFormulas.COMPLAINTS : null,
                    Complaint.class,
                    YEAR));

    assertTrue(e.getMessage().startsWith("formula factory cannot be sent"), e.getMessage());
    assertTrue(e.getMessage().contains(TeamDirectory.class.getName()), e.getMessage());
  }

  @Test
  void from_factoryThatFails_isRejectedOnTheDriver() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SparkFormula.<Complaint>from(
                    () -> {
                      throw new IllegalStateException("calendar not found");
                    },
                    Complaint.class,
                    YEAR));

    assertTrue(e.getMessage().contains("calendar not found"), e.getMessage());
  }

  @Test
  void of_periodGivenTwice_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkFormula.of(WorkedFormulas.PAF_A1, LookedAfterChild.class, YEAR, YEAR));

    assertTrue(e.getMessage().contains("2003-04"), e.getMessage());
  }

  @Test
  void aggregateByOrganisation_organisationCapturingSomethingNotSerialisable_namesIt() {
    SparkFormula<Assessment> formula =
        SparkFormula.of(WorkedFormulas.ASSESSMENTS_WITHIN_7_WORKING_DAYS, Assessment.class, YEAR);
    TeamDirectory directory = new TeamDirectory();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                formula.aggregateByOrganisation(
                    SPARK.emptyDataset(formula.encoder()),
                    a -> directory.isChildrensTeam(String.valueOf(a.getTeam()))));

    assertTrue(e.getMessage().startsWith("organisation accessor cannot be sent"), e.getMessage());
  }

  @Test
  void evaluate_missingDateUnderSkip_isCountedAsTheEngineCountsIt() {
    IndicatorFormula<LookedAfterChild> formula = a1(BadRecordPolicy.SKIP);
    SparkFormula<LookedAfterChild> onSpark = SparkFormula.of(formula, LookedAfterChild.class, YEAR);
    List<LookedAfterChild> records = withMissingCareStart();

    FormulaResult result =
        onSpark.evaluate(SPARK.createDataset(records, onSpark.encoder()).repartition(3));

    assertEquals(1L, result.getSkippedRecords().get(BadRecordReason.MISSING_DATE));
    assertEquals(formula.evaluate(records, YEAR), result);
  }

  @Test
  void evaluate_missingDateUnderFail_throwsTheEnginesExceptionOnTheDriver() {
    SparkFormula<LookedAfterChild> onSpark =
        SparkFormula.of(a1(BadRecordPolicy.FAIL), LookedAfterChild.class, YEAR);
    Dataset<LookedAfterChild> records =
        SPARK.createDataset(withMissingCareStart(), onSpark.encoder()).repartition(2);

    BadRecordException e = assertThrows(BadRecordException.class, () -> onSpark.evaluate(records));

    assertEquals(BadRecordReason.MISSING_DATE, e.getReason());
    assertEquals("population start date", e.getField());
    assertTrue(e.getMessage().contains("population start date is missing"), e.getMessage());
  }

  @Test
  void evaluateByOrganisation_missingDateUnderFail_throwsTheEnginesExceptionOnTheDriver() {
    SparkFormula<LookedAfterChild> onSpark =
        SparkFormula.of(a1(BadRecordPolicy.FAIL), LookedAfterChild.class, YEAR);
    Dataset<LookedAfterChild> records =
        SPARK.createDataset(withMissingCareStart(), onSpark.encoder());

    BadRecordException e =
        assertThrows(
            BadRecordException.class,
            () -> onSpark.evaluateByOrganisation(records, LookedAfterChild::getCouncil));

    assertEquals(BadRecordReason.MISSING_DATE, e.getReason());
  }

  @Test
  void register_blankName_isRejected() {
    SparkFormula<LookedAfterChild> onSpark =
        SparkFormula.of(WorkedFormulas.PAF_A1, LookedAfterChild.class, YEAR);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> onSpark.register(SPARK, " "));

    assertTrue(e.getMessage().contains("name is blank"), e.getMessage());
  }

  @Test
  void publicMethods_rejectNulls() {
    SparkFormula<LookedAfterChild> onSpark =
        SparkFormula.of(WorkedFormulas.PAF_A1, LookedAfterChild.class, YEAR);
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(IndicatorFormula.class, WorkedFormulas.PAF_A1)
            .setDefault(Class.class, LookedAfterChild.class)
            .setDefault(ReportingPeriod.class, YEAR)
            .setDefault(Collection.class, Set.of(YEAR))
            .setDefault(Dataset.class, SPARK.emptyDataset(onSpark.encoder()))
            .setDefault(SparkSession.class, SPARK)
            .setDefault(FormulaTally.class, onSpark.aggregator().zero())
            .setDefault(FormulaResultRow.class, new FormulaResultRow());

    tester.testAllPublicStaticMethods(SparkFormula.class);
    tester.testAllPublicInstanceMethods(onSpark);
    tester.testAllPublicInstanceMethods(onSpark.aggregator());
  }
}
