package dev.yardstick.risk;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.yardstick.core.framework.OwnerRole;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.risk.matrix.MatrixCell;
import dev.yardstick.risk.matrix.RiskMatrix;
import dev.yardstick.risk.matrix.RiskRating;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws of the register, over registers built at random from a seed. */
class RiskRegisterPropertyTest {

  private static final LocalDate START = LocalDate.of(2024, 4, 1);
  private static final OwnerRole OWNER = OwnerRole.of("Head of Service");

  /** One entry of a register's history: a risk record or an assessment, with its date. */
  private static final class Entry {
    final LocalDate date;
    final Risk risk;
    final RiskAssessment assessment;

    Entry(Risk risk) {
      this.date = risk.getRecordedOn();
      this.risk = risk;
      this.assessment = null;
    }

    Entry(RiskAssessment assessment) {
      this.date = assessment.getAssessedOn();
      this.risk = null;
      this.assessment = assessment;
    }

    RiskRegister applyTo(RiskRegister r) {
      return risk != null ? r.withRisk(risk) : r.withAssessment(assessment);
    }
  }

  private static MatrixCell cell(Random random) {
    return MatrixCell.of(1 + random.nextInt(5), 1 + random.nextInt(5));
  }

  /** A random history in date order: risks raised, assessed, and some closed or accepted. */
  private static List<Entry> history(long seed) {
    Random random = new Random(seed);
    List<RiskCategory> categories = RiskCategory.standardCategories();
    List<Entry> entries = new ArrayList<>();
    List<Risk> current = new ArrayList<>();
    LocalDate day = START;
    int steps = 1 + random.nextInt(30);
    for (int s = 0; s < steps; s++) {
      day = day.plusDays(random.nextInt(20));
      int choice = current.isEmpty() ? 0 : random.nextInt(4);
      if (choice == 0) {
        Risk r =
            CorporateRegister.risk(
                RiskId.of("R-" + (current.size() + 1)),
                categories.get(random.nextInt(categories.size())),
                OWNER,
                day);
        current.add(r);
        entries.add(new Entry(r));
      } else if (choice == 3) {
        int k = random.nextInt(current.size());
        RiskStatus status = RiskStatus.values()[random.nextInt(3)];
        Risk r = current.get(k).withStatus(status, day);
        current.set(k, r);
        entries.add(new Entry(r));
      } else {
        Risk r = current.get(random.nextInt(current.size()));
        MatrixCell inherent = cell(random);
        MatrixCell residual =
            MatrixCell.of(
                1 + random.nextInt(inherent.getLikelihood()),
                1 + random.nextInt(inherent.getImpact()));
        entries.add(
            new Entry(
                CorporateRegister.assessment(r.getId(), day, inherent, residual, residual)));
      }
    }
    return entries;
  }

  private static RiskRegister empty() {
    return RiskRegister.of("Property register", RiskMatrix.fiveByFive(START));
  }

  private static RiskRegister build(List<Entry> entries) {
    RiskRegister r = empty();
    for (Entry e : entries) {
      r = e.applyTo(r);
    }
    return r;
  }

  private static LocalDate end(List<Entry> entries) {
    return entries.get(entries.size() - 1).date;
  }

  @Test
  void heatMap_countsAddUpToTheLiveRisks() {
    qt().withExamples(150)
        .forAll(longs().all())
        .check(
            seed -> {
              List<Entry> entries = history(seed);
              RiskRegister r = build(entries);
              LocalDate d = end(entries);
              int live = r.liveRisks(d).size();
              for (ScoreKind kind : ScoreKind.values()) {
                HeatMap map = r.heatMap(kind, d);
                if (map.getTotal() + map.getNotAssessed() != live) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void history_replaysToTheCurrentState() {
    qt().withExamples(150)
        .forAll(longs().all())
        .check(
            seed -> {
              RiskRegister r = build(history(seed));
              List<Entry> replay = new ArrayList<>();
              r.getRiskRecords().forEach(x -> replay.add(new Entry(x)));
              r.getAssessments().forEach(x -> replay.add(new Entry(x)));
              // Stable sort by date: on one day a risk record comes before its assessment.
              replay.sort((a, b) -> a.date.compareTo(b.date));
              RiskRegister replayed = build(replay);
              LocalDate d = end(replay);
              boolean currentIsLatest =
                  r.getRiskRecords().stream()
                      .allMatch(
                          x -> {
                            List<Risk> h = r.history(x.getId());
                            return r.risk(x.getId()).orElseThrow().equals(h.get(h.size() - 1));
                          });
              return replayed.equals(r)
                  && currentIsLatest
                  && r.asAt(d).equals(r)
                  && replayed.appetiteChecks(d).equals(r.appetiteChecks(d))
                  && replayed.reviews(d).equals(r.reviews(d));
            });
  }

  @Test
  void asAt_equalsTheRegisterBuiltFromTheEarlierHistory() {
    qt().withExamples(150)
        .forAll(longs().all(), integers().between(0, 400))
        .check(
            (seed, days) -> {
              List<Entry> entries = history(seed);
              LocalDate cut = START.plusDays(days);
              List<Entry> before = new ArrayList<>();
              for (Entry e : entries) {
                if (!e.date.isAfter(cut)) {
                  before.add(e);
                }
              }
              return build(entries).asAt(cut).equals(build(before));
            });
  }

  @Test
  void residual_lowerLikelihoodNeverRaisesTheRating() {
    qt().withExamples(150)
        .forAll(longs().all(), integers().between(1, 4))
        .check(
            (seed, drop) -> {
              List<Entry> entries = history(seed);
              RiskRegister r = build(entries);
              LocalDate d = end(entries).plusDays(1);
              for (Risk risk : r.liveRisks(d)) {
                RiskAssessment latest = r.latestAssessment(risk.getId(), d).orElse(null);
                if (latest == null) {
                  continue;
                }
                RiskAssessment reduced =
                    RiskAssessment.builder()
                        .from(latest)
                        .assessedOn(d)
                        .residual(latest.getResidual().minusLikelihood(drop))
                        .build();
                RiskRating before = r.rating(risk.getId(), ScoreKind.RESIDUAL, d).orElseThrow();
                RiskRating after =
                    r.withAssessment(reduced)
                        .rating(risk.getId(), ScoreKind.RESIDUAL, d)
                        .orElseThrow();
                if (after.getBand().compareTo(before.getBand()) > 0
                    || after.getScore() > before.getScore()
                    || r.withAssessment(reduced).movement(risk.getId(), d).orElseThrow()
                        == Movement.UP) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void builders_roundTrip() {
    qt().withExamples(150)
        .forAll(longs().all())
        .check(
            seed -> {
              RiskRegister r = build(history(seed));
              return RiskRegister.builder().from(r).build().equals(r)
                  && r.getRiskRecords().stream()
                      .allMatch(x -> Risk.builder().from(x).build().equals(x))
                  && r.getAssessments().stream()
                      .allMatch(x -> RiskAssessment.builder().from(x).build().equals(x));
            });
  }
}
