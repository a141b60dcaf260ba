package dev.yardstick.indicators.spc;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One segment of an XmR chart between rebase points, with its own limits.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class XmrSegment {

  /** NHSRplotthedots calls limits of a segment shorter than this "trial limits". */
  public static final int TRIAL_LIMITS_BELOW = 13;

  XmrSegment() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The 0-based position of the segment's first point in the series.
   *
   * @return the start, inclusive
   */
  public abstract int getStart();

  /**
   * The position after the segment's last point.
   *
   * @return the end, exclusive
   */
  public abstract int getEnd();

  /**
   * The segment's limits.
   *
   * @return the limits; empty for a segment of one point, which has no moving range
   */
  public abstract Optional<XmrLimits> getLimits();

  /**
   * Returns the number of points in the segment.
   *
   * @return end minus start
   */
  public int size() {
    return getEnd() - getStart();
  }

  /**
   * Tells whether the limits are trial limits: fewer than {@value #TRIAL_LIMITS_BELOW} points
   * (NHSRplotthedots warns below 13; "Making Data Count" guidance locks limits from about 12-20
   * points).
   *
   * @return {@code true} for a short segment
   */
  public boolean isTrial() {
    return size() < TRIAL_LIMITS_BELOW;
  }

  @Value.Check
  void check() {
    checkState(
        getStart() >= 0 && getEnd() > getStart(),
        "XmR segment [%s, %s) is empty or starts before 0",
        getStart(),
        getEnd());
  }

  /** A builder of {@link XmrSegment}. */
  public static class Builder extends ImmutableXmrSegment.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
