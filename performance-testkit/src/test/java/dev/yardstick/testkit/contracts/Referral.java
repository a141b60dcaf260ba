package dev.yardstick.testkit.contracts;

import dev.yardstick.testkit.generators.CaseRecord;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A council's own record type, as the contracts see it: a referral and its assessment. */
final class Referral {
  final long id;
  final long person;
  final LocalDate received;
  final @Nullable LocalDate assessed;
  final LocalDate born;
  final @Nullable LocalDate closed;
  final String team;
  final String category;
  final boolean shortBreak;
  final int placements;

  private Referral(CaseRecord c) {
    this.id = c.getRecordId();
    this.person = c.getPersonId();
    this.received = c.getStart();
    this.assessed = c.getClockStop().orElse(null);
    this.born = c.getBirthDate();
    this.closed = c.getEnd().orElse(null);
    this.team = c.getTeam();
    this.category = c.getCategory();
    this.shortBreak = c.isFlagged();
    this.placements = c.getCount();
  }

  static Referral from(CaseRecord c) {
    return new Referral(c);
  }

  long id() {
    return id;
  }

  long person() {
    return person;
  }

  LocalDate received() {
    return received;
  }

  @Nullable LocalDate assessed() {
    return assessed;
  }

  LocalDate born() {
    return born;
  }

  @Nullable LocalDate closed() {
    return closed;
  }

  String team() {
    return team;
  }

  String category() {
    return category;
  }

  boolean isShortBreak() {
    return shortBreak;
  }

  int placements() {
    return placements;
  }
}
