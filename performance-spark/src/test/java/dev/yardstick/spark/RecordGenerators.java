package dev.yardstick.spark;

import static org.quicktheories.generators.SourceDSL.longs;

import dev.yardstick.core.period.FinancialQuarter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * Generators of the bean records, each drawn from a seed so that QuickTheories can shrink the lists
 * they are in. Dates fall within about 200 days either side of 2003-04, one in eight on the first
 * or last day of the year or of a quarter; about a third of end dates are open (null); ids come
 * from small ranges, so people have several records; one record in forty lacks a date the formula
 * needs (a bad record, skipped and counted).
 */
final class RecordGenerators {

  private static final LocalDate ORIGIN = WorkedFormulas.YEAR.getStart().minusDays(200);
  private static final List<LocalDate> BOUNDARIES = boundaries();
  private static final String[] TEAMS = {"North", "South", "East"};

  private RecordGenerators() {}

  static final Gen<LookedAfterChild> CHILDREN = seeded(RecordGenerators::child);
  static final Gen<Assessment> ASSESSMENTS = seeded(RecordGenerators::assessment);
  static final Gen<Client> CLIENTS = seeded(RecordGenerators::client);
  static final Gen<Discharge> DISCHARGES = seeded(RecordGenerators::discharge);
  static final Gen<Complaint> COMPLAINTS = seeded(RecordGenerators::complaint);

  private static <R> Gen<R> seeded(Function<Random, R> make) {
    return longs().all().map(seed -> make.apply(new Random(seed)));
  }

  private static List<LocalDate> boundaries() {
    List<LocalDate> dates = new ArrayList<>();
    for (FinancialQuarter q : WorkedFormulas.YEAR.getQuarters()) {
      dates.add(q.getStart());
      dates.add(q.getEnd());
    }
    return List.copyOf(dates);
  }

  static LocalDate date(Random random) {
    if (random.nextInt(8) == 0) {
      return BOUNDARIES.get(random.nextInt(BOUNDARIES.size()));
    }
    return ORIGIN.plusDays(random.nextInt(800));
  }

  private static boolean oneIn(Random random, int n) {
    return random.nextInt(n) == 0;
  }

  private static LocalDate birthDate(Random random, LocalDate around) {
    if (oneIn(random, 8)) {
      return around.minusYears(65); // 65th birthday on the reference date
    }
    return around.minusYears(50 + random.nextInt(45)).minusDays(random.nextInt(365));
  }

  private static LocalDate endAfter(Random random, LocalDate start, int maxDays) {
    return start.plusDays(random.nextInt(maxDays));
  }

  static LookedAfterChild child(Random random) {
    LocalDate start = date(random);
    LocalDate end = oneIn(random, 3) ? null : endAfter(random, start, 500);
    List<Placement> placements = new ArrayList<>();
    LocalDate placementStart = start;
    int count = random.nextInt(6);
    for (int i = 0; i < count; i++) {
      boolean last = i == count - 1;
      LocalDate placementEnd =
          last && oneIn(random, 2) ? null : endAfter(random, placementStart, 120);
      placements.add(new Placement(placementStart, placementEnd));
      if (placementEnd == null) {
        break;
      }
      placementStart = placementEnd.plusDays(1);
    }
    return new LookedAfterChild(
        "",
        "child" + random.nextInt(30),
        start.minusYears(random.nextInt(17)).minusDays(random.nextInt(365)),
        oneIn(random, 40) ? null : start,
        end,
        oneIn(random, 5),
        placements);
  }

  static Assessment assessment(Random random) {
    LocalDate referred = date(random);
    return new Assessment(
        "",
        random.nextInt(1000),
        random.nextInt(30),
        TEAMS[random.nextInt(TEAMS.length)],
        oneIn(random, 40) ? null : referred,
        oneIn(random, 4) ? null : endAfter(random, referred, 30));
  }

  static Client client(Random random) {
    LocalDate start = date(random);
    LocalDate reference = oneIn(random, 2) ? WorkedFormulas.YEAR.getEnd() : date(random);
    return new Client(
        "",
        random.nextInt(30),
        oneIn(random, 40) ? null : birthDate(random, reference),
        start,
        oneIn(random, 3) ? null : endAfter(random, start, 500),
        !oneIn(random, 3),
        oneIn(random, 3) ? null : date(random));
  }

  static Discharge discharge(Random random) {
    LocalDate discharged = date(random);
    Discharge.Outcome[] outcomes = Discharge.Outcome.values();
    return new Discharge(
        "",
        random.nextInt(30),
        birthDate(random, discharged),
        oneIn(random, 40) ? null : discharged,
        !oneIn(random, 4),
        outcomes[random.nextInt(outcomes.length)]);
  }

  static Complaint complaint(Random random) {
    LocalDate received = date(random);
    return new Complaint(
        "",
        "C" + random.nextInt(40),
        1 + random.nextInt(2),
        oneIn(random, 40) ? null : received,
        oneIn(random, 4) ? null : endAfter(random, received, 30));
  }
}
