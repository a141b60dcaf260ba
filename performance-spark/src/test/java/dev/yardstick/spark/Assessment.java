package dev.yardstick.spark;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A referral and the assessment that followed it. A JavaBean, as Spark's bean encoder needs (test
 * type).
 */
public class Assessment {

  private @Nullable String council;
  private long assessmentId;
  private long personId;
  private @Nullable String team;
  private @Nullable LocalDate referred;
  private @Nullable LocalDate completed;

  public Assessment() {}

  public Assessment(
      @Nullable String council,
      long assessmentId,
      long personId,
      @Nullable String team,
      @Nullable LocalDate referred,
      @Nullable LocalDate completed) {
    this.council = council;
    this.assessmentId = assessmentId;
    this.personId = personId;
    this.team = team;
    this.referred = referred;
    this.completed = completed;
  }

  public @Nullable String getCouncil() {
    return council;
  }

  public void setCouncil(@Nullable String council) {
    this.council = council;
  }

  public long getAssessmentId() {
    return assessmentId;
  }

  public void setAssessmentId(long assessmentId) {
    this.assessmentId = assessmentId;
  }

  public long getPersonId() {
    return personId;
  }

  public void setPersonId(long personId) {
    this.personId = personId;
  }

  public @Nullable String getTeam() {
    return team;
  }

  public void setTeam(@Nullable String team) {
    this.team = team;
  }

  public @Nullable LocalDate getReferred() {
    return referred;
  }

  public void setReferred(@Nullable LocalDate referred) {
    this.referred = referred;
  }

  public @Nullable LocalDate getCompleted() {
    return completed;
  }

  public void setCompleted(@Nullable LocalDate completed) {
    this.completed = completed;
  }
}
