package dev.yardstick.spark;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A discharge from hospital and where the person was 91 days later. A JavaBean, as Spark's bean
 * encoder needs (test type).
 */
public class Discharge {

  private @Nullable String council;
  private long personId;
  private @Nullable LocalDate birthDate;
  private @Nullable LocalDate discharged;
  private boolean reablement;
  private @Nullable Outcome after91Days;

  public Discharge() {}

  public Discharge(
      @Nullable String council,
      long personId,
      @Nullable LocalDate birthDate,
      @Nullable LocalDate discharged,
      boolean reablement,
      @Nullable Outcome after91Days) {
    this.council = council;
    this.personId = personId;
    this.birthDate = birthDate;
    this.discharged = discharged;
    this.reablement = reablement;
    this.after91Days = after91Days;
  }

  public @Nullable String getCouncil() {
    return council;
  }

  public void setCouncil(@Nullable String council) {
    this.council = council;
  }

  public long getPersonId() {
    return personId;
  }

  public void setPersonId(long personId) {
    this.personId = personId;
  }

  public @Nullable LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(@Nullable LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public @Nullable LocalDate getDischarged() {
    return discharged;
  }

  public void setDischarged(@Nullable LocalDate discharged) {
    this.discharged = discharged;
  }

  public boolean isReablement() {
    return reablement;
  }

  public void setReablement(boolean reablement) {
    this.reablement = reablement;
  }

  public @Nullable Outcome getAfter91Days() {
    return after91Days;
  }

  public void setAfter91Days(@Nullable Outcome after91Days) {
    this.after91Days = after91Days;
  }

  /** Where the person was 91 days after discharge. */
  public enum Outcome {
    AT_HOME,
    EXTRA_CARE,
    IN_HOSPITAL,
    CARE_HOME,
    DIED
  }

  boolean atHome() {
    return after91Days == Outcome.AT_HOME || after91Days == Outcome.EXTRA_CARE;
  }
}
