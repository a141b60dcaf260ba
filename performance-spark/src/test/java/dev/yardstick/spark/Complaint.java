package dev.yardstick.spark;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A complaint under the statutory procedure. A JavaBean, as Spark's bean encoder needs (test type).
 */
public class Complaint {

  private @Nullable String council;
  private @Nullable String reference;
  private int stage;
  private @Nullable LocalDate received;
  private @Nullable LocalDate responded;

  public Complaint() {}

  public Complaint(
      @Nullable String council,
      @Nullable String reference,
      int stage,
      @Nullable LocalDate received,
      @Nullable LocalDate responded) {
    this.council = council;
    this.reference = reference;
    this.stage = stage;
    this.received = received;
    this.responded = responded;
  }

  public @Nullable String getCouncil() {
    return council;
  }

  public void setCouncil(@Nullable String council) {
    this.council = council;
  }

  public @Nullable String getReference() {
    return reference;
  }

  public void setReference(@Nullable String reference) {
    this.reference = reference;
  }

  public int getStage() {
    return stage;
  }

  public void setStage(int stage) {
    this.stage = stage;
  }

  public @Nullable LocalDate getReceived() {
    return received;
  }

  public void setReceived(@Nullable LocalDate received) {
    this.received = received;
  }

  public @Nullable LocalDate getResponded() {
    return responded;
  }

  public void setResponded(@Nullable LocalDate responded) {
    this.responded = responded;
  }
}
