package dev.yardstick.indicators.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws every formula obeys, on generated episodes: dates within about a year either side of
 * 2003-04, many on its first and last days, a third open-ended, people with several episodes, and
 * duplicates.
 */
class IndicatorFormulaPropertyTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2003-04");
  private static final LocalDate ORIGIN = YEAR.getStart().minusDays(200);

  private static final Gen<LocalDate> DATES =
      integers()
          .between(0, 799)
          .map(
              i -> {
                // one in eight on the first or last day of the year
                if (i % 8 == 0) {
                  return i % 16 == 0 ? YEAR.getStart() : YEAR.getEnd();
                }
                return ORIGIN.plusDays(i);
              });

  private static final Gen<Episode> EPISODES =
      integers()
          .between(1, 30)
          .zip(
              DATES,
              integers().between(-1, 500),
              booleans().all(),
              (person, start, length, flag) ->
                  new Episode(
                      person,
                      person * 10L + (length & 3),
                      "team" + (person % 3),
                      start,
                      length < 0 || length > 350 ? null : start.plusDays(length),
                      flag));

  private static final Gen<List<Episode>> RECORDS =
      lists()
          .of(EPISODES)
          .ofSizeBetween(0, 60)
          .map(
              list -> {
                List<Episode> withDuplicates = new ArrayList<>(list);
                for (int i = 0; i < list.size(); i += 7) {
                  withDuplicates.add(list.get(i));
                }
                return withDuplicates;
              });

  /** A flow count: episodes started in the period, numerator those flagged, counting records. */
  private static final IndicatorFormula<Episode> STARTS =
      IndicatorFormula.builder(Episode.class)
          .population(PeriodRule.STARTED_IN_PERIOD, Episode::start)
          .numeratorWhere(Episode::flag)
          .disaggregateBy("team", Episode::team)
          .multiplier(100)
          .build();

  /** A snapshot of distinct people with an episode open at the period end, by team. */
  private static final IndicatorFormula<Episode> OPEN_PEOPLE =
      IndicatorFormula.builder(Episode.class)
          .population(PeriodRule.OPEN_AT_PERIOD_END, Episode::start, Episode::end)
          .numerator(PeriodRule.STARTED_IN_PERIOD, Episode::start)
          .countDistinct(CountingUnit.DISTINCT_PEOPLE, Episode::personId)
          .disaggregateBy("team", Episode::team)
          .multiplier(100)
          .build();

  /** Distinct episodes open during the period, ended within 90 days. */
  private static final IndicatorFormula<Episode> SHORT_EPISODES =
      IndicatorFormula.builder(Episode.class)
          .population(PeriodRule.OPEN_DURING_PERIOD, Episode::start, Episode::end)
          .numeratorWithin(Timescale.days(90), Episode::start, Episode::end)
          .countDistinct(CountingUnit.DISTINCT_EPISODES, Episode::episodeId)
          .multiplier(100)
          .build();

  private static final List<IndicatorFormula<Episode>> FORMULAS =
      List.of(STARTS, OPEN_PEOPLE, SHORT_EPISODES);

  private static List<ReportingPeriod> yearAndMonths() {
    List<ReportingPeriod> periods = new ArrayList<>(YEAR.getMonths());
    periods.add(YEAR);
    periods.addAll(YEAR.getQuarters());
    return periods;
  }

  @Test
  void merge_anySplitOfTheRecords_equalsOnePass() {
    qt().withExamples(150)
        .forAll(RECORDS, integers().between(1, 6), integers().all())
        .checkAssert(
            (records, parts, seed) -> {
              for (IndicatorFormula<Episode> formula : FORMULAS) {
                FormulaEvaluator<Episode> evaluator = formula.over(yearAndMonths());
                FormulaResult onePass = evaluator.evaluate(records);
                Random random = new Random(seed);
                List<FormulaTally> tallies = new ArrayList<>();
                for (int i = 0; i < parts; i++) {
                  tallies.add(evaluator.newTally());
                }
                for (Episode record : records) {
                  evaluator.accept(tallies.get(random.nextInt(parts)), record);
                }
                Collections.shuffle(tallies, random);
                // merge as an unbalanced tree: ((t0 + t1) + (t2 + (t3 + ...)))
                while (tallies.size() > 1) {
                  int i = random.nextInt(tallies.size() - 1);
                  FormulaTally merged = tallies.get(i).merge(tallies.get(i + 1));
                  tallies.remove(i + 1);
                  tallies.set(i, merged);
                }
                assertEquals(onePass, evaluator.result(tallies.get(0)));
              }
            });
  }

  @Test
  void evaluate_shuffledRecords_giveTheSameResult() {
    qt().withExamples(150)
        .forAll(RECORDS, integers().all())
        .checkAssert(
            (records, seed) -> {
              List<Episode> shuffled = new ArrayList<>(records);
              Collections.shuffle(shuffled, new Random(seed));
              for (IndicatorFormula<Episode> formula : FORMULAS) {
                assertEquals(
                    formula.evaluate(records, yearAndMonths()),
                    formula.evaluate(shuffled, yearAndMonths()));
              }
            });
  }

  @Test
  void collector_parallelStream_equalsSequentialLoop() {
    qt().withExamples(100)
        .forAll(RECORDS)
        .checkAssert(
            records -> {
              for (IndicatorFormula<Episode> formula : FORMULAS) {
                assertEquals(
                    formula.evaluate(records, yearAndMonths()),
                    records.parallelStream().collect(formula.collector(yearAndMonths())));
              }
            });
  }

  @Test
  void timescaleOnPopulationDates_equalsTheSameClockGivenAsAccessors() {
    qt().withExamples(100)
        .forAll(RECORDS, integers().between(0, 400), integers().between(0, 2))
        .checkAssert(
            (records, days, rule) -> {
              PeriodRule populationRule =
                  List.of(
                          PeriodRule.OPEN_DURING_PERIOD,
                          PeriodRule.OPEN_AT_PERIOD_END,
                          PeriodRule.ENDED_IN_PERIOD)
                      .get(rule);
              IndicatorFormula<Episode> onPopulationDates =
                  IndicatorFormula.builder(Episode.class)
                      .population(populationRule, Episode::start, Episode::end)
                      .numeratorWithin(Timescale.days(days))
                      .build();
              IndicatorFormula<Episode> withAccessors =
                  IndicatorFormula.builder(Episode.class)
                      .population(populationRule, Episode::start, Episode::end)
                      .numeratorWithin(Timescale.days(days), Episode::start, Episode::end)
                      .build();
              FormulaResult expected = withAccessors.evaluate(records, yearAndMonths());
              FormulaResult loop = onPopulationDates.evaluate(records, yearAndMonths());
              FormulaResult collected =
                  records.stream().collect(onPopulationDates.collector(yearAndMonths()));
              assertEquals(expected.getValues(), loop.getValues());
              assertEquals(expected.getSkippedRecords(), loop.getSkippedRecords());
              assertEquals(expected.getValues(), collected.getValues());
              assertEquals(expected.getSkippedRecords(), collected.getSkippedRecords());
            });
  }

  @Test
  void flowCount_monthsAndQuarters_addUpToTheYear() {
    qt().withExamples(150)
        .forAll(RECORDS)
        .checkAssert(
            records -> {
              FormulaResult result = STARTS.evaluate(records, yearAndMonths());
              FormulaValue year = result.getValue(YEAR).orElseThrow();
              long numerator = 0;
              long denominator = 0;
              for (ReportingPeriod month : YEAR.getMonths()) {
                FormulaValue value = result.getValue(month).orElseThrow();
                numerator += value.getNumerator();
                denominator += value.getDenominator();
              }
              assertEquals(year.getNumerator(), numerator);
              assertEquals(year.getDenominator(), denominator);
              long quarters = 0;
              for (ReportingPeriod quarter : YEAR.getQuarters()) {
                quarters += result.getValue(quarter).orElseThrow().getDenominator();
              }
              assertEquals(year.getDenominator(), quarters);
              // and a count disaggregation's groups add up to the whole
              long teams =
                  result.getGroups(YEAR, "team").stream()
                      .mapToLong(FormulaValue::getDenominator)
                      .sum();
              assertEquals(year.getDenominator(), teams);
            });
  }

  @Test
  void proportion_numerator_neverExceedsDenominator() {
    qt().withExamples(150)
        .forAll(RECORDS)
        .checkAssert(
            records -> {
              for (IndicatorFormula<Episode> formula : FORMULAS) {
                for (FormulaValue value : formula.evaluate(records, yearAndMonths()).getValues()) {
                  assertTrue(value.getNumerator() <= value.getDenominator(), value::toString);
                  value
                      .getValue()
                      .ifPresent(
                          v ->
                              assertTrue(
                                  v.signum() >= 0 && v.compareTo(java.math.BigDecimal.valueOf(100)) <= 0,
                                  v::toString));
                }
              }
            });
  }

  @Test
  void distinctPeople_everyRecordTwice_leavesTheCountUnchanged() {
    qt().withExamples(150)
        .forAll(RECORDS)
        .checkAssert(
            records -> {
              List<Episode> twice = new ArrayList<>(records);
              twice.addAll(records);
              for (IndicatorFormula<Episode> formula : List.of(OPEN_PEOPLE, SHORT_EPISODES)) {
                assertEquals(
                    formula.evaluate(records, yearAndMonths()).getValues(),
                    formula.evaluate(twice, yearAndMonths()).getValues());
              }
            });
  }

  @Test
  void countingUnits_records_atLeastEpisodes_atLeastPeople() {
    qt().withExamples(200)
        .forAll(RECORDS)
        .checkAssert(
            records -> {
              long[] counts = new long[3];
              CountingUnit[] units = CountingUnit.values();
              for (int i = 0; i < units.length; i++) {
                IndicatorFormula.Builder<Episode> builder =
                    IndicatorFormula.builder(Episode.class)
                        .population(PeriodRule.OPEN_DURING_PERIOD, Episode::start, Episode::end)
                        .numeratorWhere(Episode::flag);
                if (units[i] == CountingUnit.DISTINCT_PEOPLE) {
                  builder.countDistinct(units[i], Episode::personId);
                } else if (units[i] == CountingUnit.DISTINCT_EPISODES) {
                  builder.countDistinct(units[i], Episode::episodeId);
                }
                counts[i] =
                    builder.build().evaluate(records, YEAR).getValue(YEAR).orElseThrow().getDenominator();
              }
              assertTrue(counts[0] >= counts[2] && counts[2] >= counts[1], () -> java.util.Arrays.toString(counts));
            });
  }
}
