package dev.yardstick.spark;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A placement: a start and an end, null while it lasts. A JavaBean, as Spark's bean encoder needs
 * (test type).
 */
public class Placement {

  private @Nullable LocalDate start;
  private @Nullable LocalDate end;

  public Placement() {}

  public Placement(@Nullable LocalDate start, @Nullable LocalDate end) {
    this.start = start;
    this.end = end;
  }

  public @Nullable LocalDate getStart() {
    return start;
  }

  public void setStart(@Nullable LocalDate start) {
    this.start = start;
  }

  public @Nullable LocalDate getEnd() {
    return end;
  }

  public void setEnd(@Nullable LocalDate end) {
    this.end = end;
  }
}
