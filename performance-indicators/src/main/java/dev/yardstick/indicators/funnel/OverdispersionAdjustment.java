package dev.yardstick.indicators.funnel;

import dev.yardstick.core.internal.YardstickStyle;
import org.immutables.value.Value;

/**
 * The overdispersion found among the organisations of a funnel plot and the between-organisation
 * variance added to its adjusted limits ({@link Overdispersion#ADDITIVE_RANDOM_EFFECTS}).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class OverdispersionAdjustment {

  OverdispersionAdjustment() {}

  /**
   * Returns the overdispersion factor {@code phi}, the mean of the squared winsorised z-scores;
   * above 1 means more variation than chance alone.
   *
   * @return phi, not negative
   */
  public abstract double getPhi();

  /**
   * Returns the between-organisation variance {@code tau^2} on the transformed scale; 0 when {@code
   * I phi <= I - 1}.
   *
   * @return tau squared, not negative
   */
  public abstract double getTauSquared();

  /**
   * Returns the number of organisations used.
   *
   * @return the count
   */
  public abstract int getUnitCount();

  /**
   * Returns the z-score at which low z-scores were winsorised (the 10th percentile).
   *
   * @return the lower winsorisation bound
   */
  public abstract double getWinsorisedBelow();

  /**
   * Returns the z-score at which high z-scores were winsorised (the 90th percentile).
   *
   * @return the upper winsorisation bound
   */
  public abstract double getWinsorisedAbove();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OverdispersionAdjustment}. */
  public static class Builder extends ImmutableOverdispersionAdjustment.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
