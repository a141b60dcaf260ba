package dev.yardstick.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.calendar.WorkingDayCalendar;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.testkit.Generator;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A generator of case-record histories for one financial year: made-up people with one or more
 * episodes each, with the records that break indicator formulas mixed in on purpose.
 *
 * <p>A history holds from 0 to the size people. Each person has a birth date and a category; each
 * of their episodes a start and an end drawn from {@link PeriodGenerators#datesAround} the year (so
 * 30% of the dates fall on or next to a month, quarter or year boundary, and bank holidays and 29
 * February come up), ordered so the start comes first and not before the birth; a team; a clock
 * stop; a flag and a count. The records come in a shuffled order, as an extract does. Episodes of
 * one person are drawn independently, so they may overlap, as they do in real data.
 *
 * <h2>Edge-case rates</h2>
 *
 * <ul>
 *   <li>A person has more than one episode (2 to 4) with probability {@value
 *       #MULTIPLE_EPISODES_RATE}.
 *   <li>An episode is open (no end) with probability {@value #OPEN_RATE}.
 *   <li>A record arrives twice (the same record identifier and attributes) with probability {@value
 *       #DUPLICATE_RATE}.
 *   <li>A person's birthday falls on, or the day before or after, the end of the year or of one of
 *       its months, at an age-band edge (18 and 65 unless {@linkplain #withAgeBandEdges(int...)
 *       set}), with probability {@value #BIRTHDAY_EDGE_RATE}; a person is born on 29 February with
 *       probability {@value #LEAP_BIRTH_RATE}; otherwise their age at the year end is from 0 to
 *       100.
 *   <li>A clock has not stopped with probability {@value #CLOCK_RUNNING_RATE}; it stops exactly 7,
 *       10 or 28 days or working days (England and Wales) after the start, or one day later, with
 *       probability {@value #TIMESCALE_EDGE_RATE}; otherwise 0 to 60 days after the start.
 *   <li>A record is flagged with probability {@value #FLAG_RATE}; counts are 0 to 5, evenly.
 * </ul>
 *
 * <pre>{@code
 * CaseHistoryGenerator histories = CaseHistoryGenerator.forYear(FinancialYear.parse("2003-04"));
 * List<CaseRecord> records = histories.sample(42L, 50);          // up to 50 people
 * Generator<List<Referral>> referrals = histories.as(Referral::fromCaseRecord);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CaseHistoryGenerator implements Generator<List<CaseRecord>> {

  /** The probability that a person has more than one episode. */
  public static final double MULTIPLE_EPISODES_RATE = 0.3;

  /** The probability that an episode is open. */
  public static final double OPEN_RATE = 0.25;

  /** The probability that a record arrives twice. */
  public static final double DUPLICATE_RATE = 0.1;

  /** The probability that a birthday falls at an age-band edge on or next to a period end. */
  public static final double BIRTHDAY_EDGE_RATE = 0.15;

  /** The probability that a person is born on 29 February. */
  public static final double LEAP_BIRTH_RATE = 0.02;

  /** The probability that a clock has not stopped. */
  public static final double CLOCK_RUNNING_RATE = 0.2;

  /** The probability that a clock stops on or one day after a common timescale. */
  public static final double TIMESCALE_EDGE_RATE = 0.2;

  /** The probability that a record is flagged. */
  public static final double FLAG_RATE = 0.1;

  private static final int[] TIMESCALES = {7, 10, 28};
  private static final String[] TEAMS = {"A", "B", "C", "D"};
  private static final String[] CATEGORIES = {"P1", "P2", "P3", "P4"};
  private static final int FIRST_WORKING_DAY_YEAR = 1979;
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

  private final FinancialYear year;
  private final int[] ageBandEdges;
  private final Generator<LocalDate> dates;

  private CaseHistoryGenerator(FinancialYear year, int[] ageBandEdges) {
    this.year = year;
    this.ageBandEdges = ageBandEdges;
    this.dates = PeriodGenerators.datesAround(year);
  }

  /**
   * Returns a generator of histories around a financial year, with age-band edges 18 and 65.
   *
   * @param year the year the formula under test is evaluated for
   * @return the generator
   */
  public static CaseHistoryGenerator forYear(FinancialYear year) {
    Objects.requireNonNull(year, "year");
    return new CaseHistoryGenerator(year, new int[] {18, 65});
  }

  /**
   * Returns a copy whose birthdays cross other age-band edges, such as the first ages of a
   * formula's bands.
   *
   * @param edges ages from 1 to 120 at which a band starts
   * @return the new generator
   * @throws IllegalArgumentException if there is no edge or an edge is outside 1 to 120
   */
  public CaseHistoryGenerator withAgeBandEdges(int... edges) {
    Objects.requireNonNull(edges, "edges");
    checkArgument(edges.length > 0, "at least one age-band edge is needed");
    for (int edge : edges) {
      checkArgument(edge >= 1 && edge <= 120, "age-band edge %s is outside 1 to 120", edge);
    }
    return new CaseHistoryGenerator(year, edges.clone());
  }

  /**
   * Returns the financial year the histories are drawn around.
   *
   * @return the year
   */
  public FinancialYear getYear() {
    return year;
  }

  /**
   * Returns the ages at which birthdays are placed on period ends.
   *
   * @return the age-band edges, an unmodifiable list
   */
  public List<Integer> getAgeBandEdges() {
    List<Integer> edges = new ArrayList<>();
    for (int edge : ageBandEdges) {
      edges.add(edge);
    }
    return Collections.unmodifiableList(edges);
  }

  /**
   * Returns a generator of histories of the user's own record type.
   *
   * @param <R> the user's record type
   * @param toRecord builds one of the user's records from a generated one
   * @return the generator; lists are unmodifiable
   */
  public <R> Generator<List<R>> as(Function<? super CaseRecord, ? extends R> toRecord) {
    Objects.requireNonNull(toRecord, "toRecord");
    return (random, size) -> {
      List<R> records = new ArrayList<>();
      for (CaseRecord c : generate(random, size)) {
        records.add(Objects.requireNonNull(toRecord.apply(c), "toRecord returned null"));
      }
      return Collections.unmodifiableList(records);
    };
  }

  /**
   * Generates a history.
   *
   * @param random the only source of randomness
   * @param size the largest number of people
   * @return the records, shuffled, an unmodifiable list
   * @throws IllegalArgumentException if the size is negative
   */
  @Override
  public List<CaseRecord> generate(RandomGenerator random, int size) {
    Objects.requireNonNull(random, "random");
    checkArgument(size >= 0, "size %s is negative", size);
    int people = size == 0 ? 0 : random.nextInt(size + 1);
    List<CaseRecord> records = new ArrayList<>();
    long recordId = 0;
    long episodeId = 0;
    for (int p = 1; p <= people; p++) {
      LocalDate birth = birthDate(random);
      String category = OrganisationGenerators.pick(random, CATEGORIES);
      int episodes = random.nextDouble() < MULTIPLE_EPISODES_RATE ? 2 + random.nextInt(3) : 1;
      for (int e = 0; e < episodes; e++) {
        CaseRecord record = episode(random, ++recordId, p, ++episodeId, birth, category);
        records.add(record);
        if (random.nextDouble() < DUPLICATE_RATE) {
          records.add(record);
        }
      }
    }
    for (int i = records.size() - 1; i > 0; i--) {
      Collections.swap(records, i, random.nextInt(i + 1));
    }
    return Collections.unmodifiableList(records);
  }

  private CaseRecord episode(
      RandomGenerator random,
      long recordId,
      long personId,
      long episodeId,
      LocalDate birth,
      String category) {
    LocalDate a = dates.generate(random, 0);
    LocalDate b = dates.generate(random, 0);
    LocalDate start = a.isBefore(b) ? a : b;
    LocalDate end = a.isBefore(b) ? b : a;
    if (start.isBefore(birth)) {
      start = birth;
      end = end.isBefore(birth) ? birth : end;
    }
    CaseRecord.Builder builder =
        CaseRecord.builder()
            .recordId(recordId)
            .personId(personId)
            .episodeId(episodeId)
            .birthDate(birth)
            .start(start)
            .team(OrganisationGenerators.pick(random, TEAMS))
            .category(category)
            .flagged(random.nextDouble() < FLAG_RATE)
            .count(random.nextInt(6));
    if (random.nextDouble() >= OPEN_RATE) {
      builder.end(end);
    }
    double clock = random.nextDouble();
    if (clock >= CLOCK_RUNNING_RATE) {
      builder.clockStop(
          clock < CLOCK_RUNNING_RATE + TIMESCALE_EDGE_RATE
              ? timescaleEdge(random, start)
              : start.plusDays(random.nextInt(61)));
    }
    return builder.build();
  }

  private static LocalDate timescaleEdge(RandomGenerator random, LocalDate start) {
    int days = TIMESCALES[random.nextInt(TIMESCALES.length)];
    LocalDate stop =
        random.nextBoolean() && start.getYear() >= FIRST_WORKING_DAY_YEAR
            ? CALENDAR.plusWorkingDays(start, days)
            : start.plusDays(days);
    return random.nextBoolean() ? stop : stop.plusDays(1);
  }

  private LocalDate birthDate(RandomGenerator random) {
    double draw = random.nextDouble();
    if (draw < BIRTHDAY_EDGE_RATE) {
      List<ReportingMonth> months = year.getMonths();
      LocalDate reference =
          random.nextBoolean() ? year.getEnd() : months.get(random.nextInt(months.size())).getEnd();
      int edge = ageBandEdges[random.nextInt(ageBandEdges.length)];
      return reference.minusYears(edge).plusDays(random.nextInt(3) - 1L);
    }
    if (draw < BIRTHDAY_EDGE_RATE + LEAP_BIRTH_RATE) {
      int birthYear = year.getEndYear() - random.nextInt(101);
      while (!Year.isLeap(birthYear)) {
        birthYear--;
      }
      return LocalDate.of(birthYear, 2, 29);
    }
    return year.getEnd().minusYears(random.nextInt(101)).minusDays(random.nextInt(365));
  }

  /**
   * Describes the settings, such as {@code CaseHistoryGenerator[2003-04, age-band edges [18, 65]]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "CaseHistoryGenerator["
        + year
        + ", age-band edges "
        + Arrays.toString(ageBandEdges)
        + "]";
  }
}
