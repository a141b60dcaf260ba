/**
 * Working days: weekends and the bank holidays of England and Wales, computed by rule with the
 * one-off changes since 1978, for counting and adding the working days that social-care timescales
 * are written in.
 *
 * <h2>Worked example: "within 7 working days of referral"</h2>
 *
 * <p>A timescale counts from the day after the event, and each working day to the deadline counts.
 * A referral received on Friday 23 December 2022 must be acted on by Friday 6 January 2023: Monday
 * 26 December (Boxing Day), Tuesday 27 December (Christmas Day, substitute day) and Monday 2
 * January (New Year's Day, substitute day) are bank holidays, and the seven working days are 28, 29
 * and 30 December and 3, 4, 5 and 6 January.
 *
 * <pre>{@code
 * WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
 * LocalDate referral = LocalDate.of(2022, 12, 23);
 * LocalDate due = calendar.plusWorkingDays(referral, 7);       // 2023-01-06
 *
 * LocalDate assessed = LocalDate.of(2023, 1, 5);
 * int taken = calendar.countWorkingDays(referral, assessed);   // 6: the start does not count
 * boolean inTime = taken <= 7;                                 // true
 *
 * // 20 working days in December 2022
 * int days = calendar.countWorkingDays(ReportingMonth.of(2022, Month.DECEMBER));
 * WorkingDayCalendar withClosure =
 *     calendar.withHoliday(LocalDate.of(2023, 12, 29), "Council closure day");
 * }</pre>
 *
 * <p>Counting uses {@link dev.yardstick.core.calendar.EndpointRule#EXCLUDE_START_INCLUDE_END}
 * unless another {@link dev.yardstick.core.calendar.EndpointRule} is given. Methods throw {@link
 * java.lang.IllegalArgumentException} for bad input (an end before a start, a date before 1978 in
 * the England and Wales calendar) with a message that names the date, and {@link
 * java.lang.NullPointerException} for a null argument.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.core.calendar;

import org.jspecify.annotations.NullMarked;
