package dev.yardstick.indicators.formula;

import java.time.LocalDate;

/** A discharge from hospital and where the person was 91 days later (test type). */
record Discharge(
    long personId, LocalDate birthDate, LocalDate discharged, boolean reablement, Outcome after91Days) {

  /** Where the person was 91 days after discharge. */
  enum Outcome {
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
