/**
 * Reporting periods on the English local-government financial calendar (1 April to 31 March):
 * financial years, quarters, months and date ranges, and the frequencies indicators are reported
 * at.
 *
 * <pre>{@code
 * FinancialQuarter q2 = FinancialQuarter.parse("2003-04 Q2");      // July to September 2003
 * q2.getStart();                                                 // 2003-07-01
 * q2.samePeriodLastYear();                                       // 2002-03 Q2
 * q2.yearToDate();                                               // 2003-04-01/2003-09-30
 * FinancialYear.from(LocalDate.of(2004, 1, 15));                 // 2003-04
 * Frequency.MONTHLY.periodOf(LocalDate.of(2004, 1, 15));         // January 2004
 * ReportingPeriod p = ReportingPeriod.parse("1999-00");          // the financial year 1999-2000
 * }</pre>
 *
 * <h2>Text forms and exceptions</h2>
 *
 * <p>Every period has one text form, written by {@code toString()} and read back by {@code parse}:
 * {@code 2003-04}, {@code 2003-04 Q1}, {@code May 2003}, {@code 2003-04-01/2003-06-15}. {@link
 * dev.yardstick.core.period.ReportingPeriod#parse(CharSequence)} reads any of them. A {@code parse}
 * method throws {@link java.time.format.DateTimeParseException} for text it cannot read, as {@code
 * java.time} does, with a message that quotes the text and gives the rule it breaks, such as {@code
 * financial quarter '2003-04 Q5': quarter must be 1 to 4}. Factories that take parts ({@code of},
 * {@code from}) throw {@link java.lang.IllegalArgumentException}; arithmetic that leaves the
 * supported range (financial years {@code 0001-02} to {@code 9998-99}) throws {@link
 * java.time.DateTimeException}; a null argument throws {@link java.lang.NullPointerException}.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.core.period;

import org.jspecify.annotations.NullMarked;
