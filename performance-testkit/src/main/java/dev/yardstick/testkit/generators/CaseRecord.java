package dev.yardstick.testkit.generators;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One generated case record: an episode (a period of care, a service, a referral and its
 * assessment) of a made-up person, in a neutral shape that a test maps to its own record type.
 *
 * <p>A record has a person, an episode and a record identifier; a start date (the event date of a
 * one-date record such as a referral) and an end date that is absent while the episode is open; a
 * clock-stop date for timescale measures (an assessment's completion), absent while the clock runs;
 * the person's birth date; a team (which may differ between a person's episodes) and a category
 * (the same on all of a person's records, such as an ethnic group would be); a flag (such as a
 * short-break placement to exclude); and a small count (such as placements during the episode). All
 * of it is made up: nothing is personal data, which is why {@link #toString()} may print it.
 *
 * <p>Two records with the same record identifier are the same record that arrived twice: they are
 * equal in every attribute.
 *
 * <pre>{@code
 * // The user describes their own record type by building it from a generated one.
 * Function<CaseRecord, Referral> toReferral = c -> new Referral(
 *     c.getRecordId(), c.getPersonId(), c.getStart(), c.getClockStop().orElse(null), c.getTeam());
 * }</pre>
 *
 * <p>Invariants ({@link IllegalArgumentException}): the end and the clock stop are not before the
 * start, and the birth date is not after it.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@YardstickStyle
public abstract class CaseRecord {

  CaseRecord() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the record's identifier, shared only by copies of the same record.
   *
   * @return the record identifier, at least 1
   */
  public abstract long getRecordId();

  /**
   * Returns the identifier of the person the record is about.
   *
   * @return the person identifier, at least 1
   */
  public abstract long getPersonId();

  /**
   * Returns the identifier of the episode, unique across people.
   *
   * @return the episode identifier, at least 1
   */
  public abstract long getEpisodeId();

  /**
   * Returns the person's date of birth.
   *
   * @return the birth date, not after the start
   */
  public abstract LocalDate getBirthDate();

  /**
   * Returns the first day of the episode, or the date of a one-date event.
   *
   * @return the start date
   */
  public abstract LocalDate getStart();

  /**
   * Returns the last day of the episode.
   *
   * @return the end date, not before the start; empty while the episode is open
   */
  public abstract Optional<LocalDate> getEnd();

  /**
   * Returns the date a timescale's clock stopped, such as the day an assessment was completed.
   *
   * @return the clock stop, not before the start; empty while the clock runs
   */
  public abstract Optional<LocalDate> getClockStop();

  /**
   * Returns the team that held the episode, {@code A} to {@code D}.
   *
   * @return the team
   */
  public abstract String getTeam();

  /**
   * Returns the person's category, {@code P1} to {@code P4}, the same on all of their records.
   *
   * @return the category
   */
  public abstract String getCategory();

  /**
   * Tells whether the record is flagged, such as a short-break placement a formula excludes.
   *
   * @return {@code true} if flagged
   */
  public abstract boolean isFlagged();

  /**
   * Returns a small count about the episode, such as the placements during it.
   *
   * @return the count, from 0 to 5
   */
  public abstract int getCount();

  @Value.Check
  void check() {
    checkArgument(
        getEnd().map(end -> !end.isBefore(getStart())).orElse(true),
        "case record %s end %s is before its start %s",
        getRecordId(),
        getEnd().orElse(null),
        getStart());
    checkArgument(
        getClockStop().map(stop -> !stop.isBefore(getStart())).orElse(true),
        "case record %s clock stop %s is before its start %s",
        getRecordId(),
        getClockStop().orElse(null),
        getStart());
    checkArgument(
        !getBirthDate().isAfter(getStart()),
        "case record %s birth date %s is after its start %s",
        getRecordId(),
        getBirthDate(),
        getStart());
  }

  /**
   * Describes the record in one line, such as {@code record 3 (person 2, episode 4) 2003-04-01 to
   * open, clock stop 2003-04-10, born 1985-03-31, team B, P2, count 3, flagged}. The data is made
   * up, so it is printed in full to show a counterexample.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "record "
        + getRecordId()
        + " (person "
        + getPersonId()
        + ", episode "
        + getEpisodeId()
        + ") "
        + getStart()
        + " to "
        + getEnd().map(LocalDate::toString).orElse("open")
        + ", clock stop "
        + getClockStop().map(LocalDate::toString).orElse("none")
        + ", born "
        + getBirthDate()
        + ", team "
        + getTeam()
        + ", "
        + getCategory()
        + ", count "
        + getCount()
        + (isFlagged() ? ", flagged" : "");
  }

  /** Builds a {@link CaseRecord}; every attribute but the end and the clock stop is required. */
  public static class Builder extends ImmutableCaseRecord.Builder {
    /** Creates a builder with nothing set; prefer {@link CaseRecord#builder()}. */
    public Builder() {}
  }
}
