package dev.yardstick.examples;

import dev.yardstick.core.calendar.WorkingDayCalendar;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.indicators.formula.FormulaResult;
import dev.yardstick.indicators.formula.IndicatorFormula;
import dev.yardstick.indicators.formula.PeriodRule;
import dev.yardstick.indicators.formula.Timescale;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Defines an indicator over a case-management system's own records and evaluates it: assessments
 * completed in the period within 7 working days of referral (England and Wales bank holidays
 * excluded), as a percentage of the assessments completed, for a year and each of its quarters and
 * by team.
 */
public final class DefineAnIndicator {

  /** An assessment as the case-management system holds it: the embedder's own type. */
  public static final class Assessment {
    private final String team;
    private final LocalDate referred;
    private final @Nullable LocalDate completed;

    /**
     * Creates an assessment.
     *
     * @param team the team that did it
     * @param referred the day of referral
     * @param completed the day it was completed, or null if still open
     */
    public Assessment(String team, LocalDate referred, @Nullable LocalDate completed) {
      this.team = team;
      this.referred = referred;
      this.completed = completed;
    }

    /**
     * Returns the team.
     *
     * @return the team
     */
    public String team() {
      return team;
    }

    /**
     * Returns the day of referral.
     *
     * @return the day
     */
    public LocalDate referred() {
      return referred;
    }

    /**
     * Returns the day of completion.
     *
     * @return the day, or null
     */
    public @Nullable LocalDate completed() {
      return completed;
    }
  }

  /** Assessments completed within 7 working days, by team. */
  public static final IndicatorFormula<Assessment> WITHIN_SEVEN_WORKING_DAYS =
      IndicatorFormula.builder(Assessment.class)
          .population(PeriodRule.ENDED_IN_PERIOD, Assessment::referred, Assessment::completed)
          .numeratorWithin(
              Timescale.workingDays(7, WorkingDayCalendar.englandAndWales()),
              Assessment::referred,
              Assessment::completed)
          .disaggregateBy("team", Assessment::team)
          .multiplier(100)
          .build();

  private DefineAnIndicator() {}

  /**
   * Prints the year's value and each team's.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    FinancialYear year = FinancialYear.of(2024);
    FormulaResult result = evaluate();
    System.out.println(year + ": " + result.getValue(year).orElseThrow());
    result.getGroups(year, "team").forEach(v -> System.out.println("  " + v));
  }

  /**
   * Evaluates the indicator over the example records for 2024-25 and its quarters.
   *
   * @return one value for the year, one for each quarter, and each team's
   */
  public static FormulaResult evaluate() {
    FinancialYear year = FinancialYear.of(2024);
    return WITHIN_SEVEN_WORKING_DAYS.evaluate(
        records(),
        year,
        FinancialQuarter.of(year, 1),
        FinancialQuarter.of(year, 2),
        FinancialQuarter.of(year, 3),
        FinancialQuarter.of(year, 4));
  }

  /**
   * Returns eight assessments of two teams in 2024-25.
   *
   * @return the records
   */
  public static List<Assessment> records() {
    return List.of(
        // Thursday before Easter 2024 (Good Friday 29 March, Easter Monday 1 April): the 7th
        // working day after Thursday 28 March is Wednesday 10 April
        new Assessment("North", LocalDate.of(2024, 3, 28), LocalDate.of(2024, 4, 10)),
        new Assessment("North", LocalDate.of(2024, 3, 28), LocalDate.of(2024, 4, 11)),
        new Assessment("North", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 3)),
        new Assessment("North", LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 20)),
        new Assessment("South", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 12)),
        new Assessment("South", LocalDate.of(2024, 10, 7), LocalDate.of(2024, 10, 9)),
        new Assessment("South", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 14)),
        // still open: not in any period's population
        new Assessment("South", LocalDate.of(2025, 3, 25), null));
  }
}
