package dev.yardstick.testkit.generators;

import static dev.yardstick.testkit.generators.Rates.assertRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.calendar.WorkingDayCalendar;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.indicators.formula.AgeBand;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CaseHistoryGeneratorTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2003-04");
  private static final CaseHistoryGenerator HISTORIES = CaseHistoryGenerator.forYear(YEAR);
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

  @Test
  void generate_sameSeed_givesSameHistory() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 40))
        .check((seed, size) -> HISTORIES.sample(seed, size).equals(HISTORIES.sample(seed, size)));
  }

  @Test
  void generate_recordsKeepTheirInvariants_andCopiesAreEqual() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 40))
        .check(
            (seed, size) -> {
              List<CaseRecord> records = HISTORIES.sample(seed, size);
              Map<Long, CaseRecord> byId = new HashMap<>();
              Map<Long, LocalDate> births = new HashMap<>();
              Map<Long, String> categories = new HashMap<>();
              Set<Long> people = new HashSet<>();
              for (CaseRecord r : records) {
                people.add(r.getPersonId());
                CaseRecord earlier = byId.putIfAbsent(r.getRecordId(), r);
                if (earlier != null && !earlier.equals(r)) {
                  return false;
                }
                if (!births
                        .computeIfAbsent(r.getPersonId(), k -> r.getBirthDate())
                        .equals(r.getBirthDate())
                    || !categories
                        .computeIfAbsent(r.getPersonId(), k -> r.getCategory())
                        .equals(r.getCategory())) {
                  return false;
                }
                boolean window =
                    !r.getStart().isBefore(YEAR.getStart().minusDays(PeriodGenerators.MARGIN_DAYS))
                        && r.getEnd()
                            .map(
                                e ->
                                    !e.isAfter(
                                        YEAR.getEnd().plusDays(PeriodGenerators.MARGIN_DAYS)))
                            .orElse(true);
                if (!window || r.getCount() < 0 || r.getCount() > 5) {
                  return false;
                }
              }
              return people.size() <= size;
            });
  }

  @Test
  void generate_drawsEachEdgeCase_atItsStatedRate() {
    int people = 0;
    int multiple = 0;
    int episodes = 0;
    int open = 0;
    int copies = 0;
    int birthdayEdges = 0;
    int leapBirths = 0;
    int records = 0;
    int running = 0;
    int timescaleEdges = 0;
    int flagged = 0;
    int boundaryStarts = 0;
    Set<LocalDate> periodEnds = new HashSet<>();
    periodEnds.add(YEAR.getEnd());
    for (ReportingMonth m : YEAR.getMonths()) {
      periodEnds.add(m.getEnd());
    }
    for (long seed = 0; seed < 400; seed++) {
      List<CaseRecord> history = HISTORIES.sample(seed, 60);
      Map<Long, List<CaseRecord>> byPerson =
          history.stream().distinct().collect(Collectors.groupingBy(CaseRecord::getPersonId));
      for (List<CaseRecord> own : byPerson.values()) {
        people++;
        multiple += own.size() > 1 ? 1 : 0;
        LocalDate birth = own.get(0).getBirthDate();
        boolean edge = false;
        for (int age : new int[] {18, 65}) {
          for (int shift = -1; shift <= 1; shift++) {
            edge |= periodEnds.contains(birth.minusDays(shift).plusYears(age));
          }
        }
        birthdayEdges += edge ? 1 : 0;
        leapBirths += birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29 ? 1 : 0;
      }
      episodes += (int) history.stream().distinct().count();
      copies += history.size() - (int) history.stream().distinct().count();
      for (CaseRecord r : history.stream().distinct().collect(Collectors.toList())) {
        records++;
        open += r.getEnd().isEmpty() ? 1 : 0;
        flagged += r.isFlagged() ? 1 : 0;
        boundaryStarts += PeriodGenerators.isBoundary(r.getStart()) ? 1 : 0;
        if (r.getClockStop().isEmpty()) {
          running++;
        } else if (onTimescaleEdge(r.getStart(), r.getClockStop().get())) {
          timescaleEdges++;
        }
      }
    }
    assertRate(
        "multiple episodes",
        (double) multiple / people,
        CaseHistoryGenerator.MULTIPLE_EPISODES_RATE,
        0,
        people);
    assertRate("open", (double) open / episodes, CaseHistoryGenerator.OPEN_RATE, 0, episodes);
    assertRate(
        "copies", (double) copies / episodes, CaseHistoryGenerator.DUPLICATE_RATE, 0, episodes);
    // A birthday edge needs the reference to be a period end, which every drawn one is; ages from
    // 0 to 100 drawn uniformly land there by chance about 1 time in 60.
    assertRate(
        "birthday edges",
        (double) birthdayEdges / people,
        CaseHistoryGenerator.BIRTHDAY_EDGE_RATE,
        0.02,
        people);
    assertRate(
        "leap births",
        (double) leapBirths / people,
        CaseHistoryGenerator.LEAP_BIRTH_RATE,
        0.002,
        people);
    assertRate(
        "clock running",
        (double) running / records,
        CaseHistoryGenerator.CLOCK_RUNNING_RATE,
        0,
        records);
    // Uniform stops 0 to 60 days after the start hit one of the twelve edge days about 1 time in 6.
    assertRate(
        "timescale edges",
        (double) timescaleEdges / records,
        CaseHistoryGenerator.TIMESCALE_EDGE_RATE,
        0.6 * 12 / 61.0,
        records);
    assertRate("flagged", (double) flagged / records, CaseHistoryGenerator.FLAG_RATE, 0, records);
    // Starts are the earlier of two dates of datesAround; each is a boundary at least 30% of the
    // time.
    assertTrue(
        (double) boundaryStarts / records > 0.25,
        "boundary starts " + boundaryStarts + " of " + records);
  }

  private static boolean onTimescaleEdge(LocalDate start, LocalDate stop) {
    for (int days : new int[] {7, 10, 28}) {
      LocalDate calendar = start.plusDays(days);
      LocalDate working = CALENDAR.plusWorkingDays(start, days);
      if (stop.equals(calendar)
          || stop.equals(calendar.plusDays(1))
          || stop.equals(working)
          || stop.equals(working.plusDays(1))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void withAgeBandEdges_putsBirthdaysOnThoseEdges() {
    CaseHistoryGenerator adults = HISTORIES.withAgeBandEdges(75);
    assertEquals(List.of(75), adults.getAgeBandEdges());
    long turning75 =
        adults.stream(3L, 50)
            .limit(100)
            .flatMap(List::stream)
            .distinct()
            .filter(
                r ->
                    AgeBand.ageOn(r.getBirthDate(), YEAR.getEnd().plusDays(1)) == 75
                        && AgeBand.ageOn(r.getBirthDate(), YEAR.getEnd().minusDays(1)) == 74)
            .count();
    assertTrue(turning75 > 0, "nobody turned 75 around the year end");
    assertEquals("CaseHistoryGenerator[2003-04, age-band edges [75]]", adults.toString());
  }

  @Test
  void as_mapsEveryRecord_inOrder() {
    List<Long> ids = HISTORIES.as(CaseRecord::getRecordId).sample(5L, 20);
    assertEquals(
        HISTORIES.sample(5L, 20).stream().map(CaseRecord::getRecordId).collect(Collectors.toList()),
        ids);
  }

  @Test
  void caseRecord_checksItsInvariants_andPrintsItsMadeUpData() {
    CaseRecord.Builder base =
        CaseRecord.builder()
            .recordId(1)
            .personId(2)
            .episodeId(3)
            .birthDate(LocalDate.of(1985, 3, 31))
            .start(LocalDate.of(2003, 4, 1))
            .team("B")
            .category("P2")
            .flagged(true)
            .count(3);
    CaseRecord open = base.build();
    assertEquals(
        "record 1 (person 2, episode 3) 2003-04-01 to open, clock stop none, born 1985-03-31,"
            + " team B, P2, count 3, flagged",
        open.toString());
    assertEquals(java.util.Optional.empty(), open.getEnd());
    assertEquals(
        "case record 1 end 2003-03-31 is before its start 2003-04-01",
        assertThrows(
                IllegalArgumentException.class, () -> base.end(LocalDate.of(2003, 3, 31)).build())
            .getMessage());
    assertEquals(
        "case record 1 birth date 2003-04-02 is after its start 2003-04-01",
        assertThrows(
                IllegalArgumentException.class,
                () -> CaseRecord.builder().from(open).birthDate(LocalDate.of(2003, 4, 2)).build())
            .getMessage());
    CaseRecord closed = CaseRecord.builder().from(open).end(LocalDate.of(2003, 4, 30)).build();
    assertEquals(29, ChronoUnit.DAYS.between(closed.getStart(), closed.getEnd().orElseThrow()));
    new EqualsTester()
        .addEqualityGroup(open, CaseRecord.builder().from(open).build())
        .addEqualityGroup(closed)
        .testEquals();
  }

  @Test
  void badArguments_areRefusedWithTheValueNamed() {
    assertEquals(
        "age-band edge 0 is outside 1 to 120",
        assertThrows(IllegalArgumentException.class, () -> HISTORIES.withAgeBandEdges(0))
            .getMessage());
    assertEquals(
        "at least one age-band edge is needed",
        assertThrows(IllegalArgumentException.class, () -> HISTORIES.withAgeBandEdges())
            .getMessage());
  }

  @Test
  void nulls_areRefused() {
    new NullPointerTester().testAllPublicStaticMethods(CaseHistoryGenerator.class);
    new NullPointerTester().testAllPublicInstanceMethods(HISTORIES);
  }
}
