package dev.yardstick.spark;

import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.formula.PeriodRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A child's time in care with their placements, as a case system might extract it. A JavaBean, as
 * Spark's bean encoder needs (test type).
 */
public class LookedAfterChild {

  private @Nullable String council;
  private @Nullable String childId;
  private @Nullable LocalDate birthDate;
  private @Nullable LocalDate careStart;
  private @Nullable LocalDate careEnd;
  private boolean shortBreaks;
  private List<Placement> placements = new ArrayList<>();

  public LookedAfterChild() {}

  public LookedAfterChild(
      @Nullable String council,
      @Nullable String childId,
      @Nullable LocalDate birthDate,
      @Nullable LocalDate careStart,
      @Nullable LocalDate careEnd,
      boolean shortBreaks,
      List<Placement> placements) {
    this.council = council;
    this.childId = childId;
    this.birthDate = birthDate;
    this.careStart = careStart;
    this.careEnd = careEnd;
    this.shortBreaks = shortBreaks;
    this.placements = placements;
  }

  public @Nullable String getCouncil() {
    return council;
  }

  public void setCouncil(@Nullable String council) {
    this.council = council;
  }

  public @Nullable String getChildId() {
    return childId;
  }

  public void setChildId(@Nullable String childId) {
    this.childId = childId;
  }

  public @Nullable LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(@Nullable LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public @Nullable LocalDate getCareStart() {
    return careStart;
  }

  public void setCareStart(@Nullable LocalDate careStart) {
    this.careStart = careStart;
  }

  public @Nullable LocalDate getCareEnd() {
    return careEnd;
  }

  public void setCareEnd(@Nullable LocalDate careEnd) {
    this.careEnd = careEnd;
  }

  public boolean isShortBreaks() {
    return shortBreaks;
  }

  public void setShortBreaks(boolean shortBreaks) {
    this.shortBreaks = shortBreaks;
  }

  public List<Placement> getPlacements() {
    return placements;
  }

  public void setPlacements(List<Placement> placements) {
    this.placements = placements;
  }

  /** Placements open at any time during the period. */
  long placementsDuring(ReportingPeriod period) {
    return placements.stream()
        .filter(
            p ->
                PeriodRule.OPEN_DURING_PERIOD.test(
                    period, Objects.requireNonNull(p.getStart()), Optional.ofNullable(p.getEnd())))
        .count();
  }
}
