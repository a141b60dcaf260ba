package dev.yardstick.risk.matrix;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One level of a likelihood or impact scale: its number (1 is the lowest) and its descriptor,
 * such as {@code 1 Rare} or {@code 5 Almost certain}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ScaleLevel {

  ScaleLevel() {}

  /**
   * Returns the level's number on its scale, from 1 (lowest) upwards.
   *
   * @return the level number, at least 1
   */
  public abstract int getValue();

  /**
   * Returns the descriptor that councils print beside the number, such as {@code Likely}.
   *
   * @return the descriptor, not blank
   */
  public abstract String getDescriptor();

  /**
   * Returns the guidance that tells an assessor when the level applies, such as {@code "more likely
   * to happen than not; 50% to 80%"}.
   *
   * @return the guidance, or empty if the scale gives none
   */
  public abstract Optional<String> getGuidance();

  /**
   * Returns a level with a number and a descriptor and no guidance.
   *
   * @param value the level number, at least 1
   * @param descriptor the descriptor, not blank
   * @return the level
   * @throws IllegalArgumentException if the number is below 1 or the descriptor is blank
   */
  public static ScaleLevel of(int value, String descriptor) {
    return builder().value(value).descriptor(descriptor).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(getValue() >= 1, "scale level %s is below 1", getValue());
    checkArgument(
        !getDescriptor().isBlank(), "scale level %s has a blank descriptor", getValue());
  }

  /** Builds a {@link ScaleLevel}. */
  public static class Builder extends ImmutableScaleLevel.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
