package dev.yardstick.risk;

import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.risk.matrix.RatingBand;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a live risk's next review is due, and whether it is overdue on a date.
 *
 * <p>An assessed risk is due for review on its latest assessment date plus the {@link ReviewPolicy}
 * interval of its residual rating; a risk never assessed is due for its first assessment on its
 * raised-on date plus the policy's first-assessment period. A review due on the date of the check
 * is not yet overdue.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ReviewDue {

  ReviewDue() {}

  /**
   * Returns the risk.
   *
   * @return the risk's identifier
   */
  public abstract RiskId getRiskId();

  /**
   * Returns the date of the check.
   *
   * @return the date
   */
  public abstract LocalDate getAsAt();

  /**
   * Returns the date of the latest assessment on or before the check.
   *
   * @return the date, or empty if the risk has not been assessed
   */
  public abstract Optional<LocalDate> getLastAssessedOn();

  /**
   * Returns the residual rating that set the interval.
   *
   * @return the rating, or empty if the risk has not been assessed
   */
  public abstract Optional<RatingBand> getResidualRating();

  /**
   * Returns the day the next review (or first assessment) is due.
   *
   * @return the due date
   */
  public abstract LocalDate getDueOn();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether the review is overdue: the check date is after the due date.
   *
   * @return {@code true} if overdue
   */
  public boolean isOverdue() {
    return getAsAt().isAfter(getDueOn());
  }

  /**
   * Returns how many days the review is overdue.
   *
   * @return days after the due date, zero if not overdue
   */
  public long getDaysOverdue() {
    return Math.max(0, ChronoUnit.DAYS.between(getDueOn(), getAsAt()));
  }

  /** Builds a {@link ReviewDue}. */
  public static class Builder extends ImmutableReviewDue.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
