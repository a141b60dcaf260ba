package dev.yardstick.risk.matrix;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A likelihood or an impact scale: numbered levels from 1 upwards, each with a descriptor.
 *
 * <p>The defaults are the usual council 5-point scales (domain reference section 6; for example
 * the templates cited there as [S79] and [S81]): likelihood 1 Rare, 2 Unlikely, 3 Possible, 4
 * Likely, 5 Almost certain; impact 1 Insignificant, 2 Minor, 3 Moderate, 4 Major, 5 Severe. 3-point
 * and 4-point scales are given for councils that use a 3x3 or 4x4 matrix, and any other scale can
 * be built with {@link #of(ScaleDimension, String...)} or the builder.
 *
 * <p>A level outside the scale is an error, never a substituted value: {@link #level(int)} of 6 on
 * a 5-point scale throws {@code IllegalArgumentException("likelihood 6 is outside the likelihood
 * scale 1..5")}.
 *
 * <pre>{@code
 * RiskScale likelihood = RiskScale.likelihoodFivePoint();
 * String word = likelihood.level(4).getDescriptor();          // "Likely"
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class RiskScale {

  RiskScale() {}

  /**
   * Returns which axis of the matrix this scale measures.
   *
   * @return likelihood or impact
   */
  public abstract ScaleDimension getDimension();

  /**
   * Returns the levels in order, numbered 1, 2, ... n.
   *
   * @return the levels, at least two
   */
  public abstract List<ScaleLevel> getLevels();

  /**
   * Returns the number of levels, which is also the highest level's number.
   *
   * @return the number of levels
   */
  public int size() {
    return getLevels().size();
  }

  /**
   * Returns the level with a number, checking it lies on the scale.
   *
   * @param value the level number
   * @return the level
   * @throws IllegalArgumentException if the number is not between 1 and {@link #size()}; the message
   *     names the dimension, the number and the range
   */
  public ScaleLevel level(int value) {
    checkArgument(
        value >= 1 && value <= size(),
        "%s %s is outside the %s scale 1..%s",
        getDimension().word(),
        value,
        getDimension().word(),
        size());
    return getLevels().get(value - 1);
  }

  /**
   * Returns a scale with levels numbered 1, 2, ... in the order of the descriptors given.
   *
   * @param dimension likelihood or impact
   * @param descriptors the descriptors from the lowest level to the highest, at least two
   * @return the scale
   * @throws IllegalArgumentException if fewer than two descriptors are given, or one is blank or
   *     repeated
   */
  public static RiskScale of(ScaleDimension dimension, String... descriptors) {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(descriptors, "descriptors");
    List<ScaleLevel> levels = new ArrayList<>();
    for (int i = 0; i < descriptors.length; i++) {
      levels.add(ScaleLevel.of(i + 1, Objects.requireNonNull(descriptors[i], "descriptor")));
    }
    return builder().dimension(dimension).levels(levels).build();
  }

  /**
   * Returns the 5-point likelihood scale: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost
   * certain.
   *
   * @return the scale
   */
  public static RiskScale likelihoodFivePoint() {
    return of(
        ScaleDimension.LIKELIHOOD, "Rare", "Unlikely", "Possible", "Likely", "Almost certain");
  }

  /**
   * Returns the 5-point impact scale: 1 Insignificant, 2 Minor, 3 Moderate, 4 Major, 5 Severe.
   *
   * @return the scale
   */
  public static RiskScale impactFivePoint() {
    return of(ScaleDimension.IMPACT, "Insignificant", "Minor", "Moderate", "Major", "Severe");
  }

  /**
   * Returns a 4-point likelihood scale: 1 Unlikely, 2 Possible, 3 Likely, 4 Very likely.
   *
   * @return the scale
   */
  public static RiskScale likelihoodFourPoint() {
    return of(ScaleDimension.LIKELIHOOD, "Unlikely", "Possible", "Likely", "Very likely");
  }

  /**
   * Returns a 4-point impact scale: 1 Minor, 2 Moderate, 3 Major, 4 Critical.
   *
   * @return the scale
   */
  public static RiskScale impactFourPoint() {
    return of(ScaleDimension.IMPACT, "Minor", "Moderate", "Major", "Critical");
  }

  /**
   * Returns a 3-point likelihood scale: 1 Low, 2 Medium, 3 High.
   *
   * @return the scale
   */
  public static RiskScale likelihoodThreePoint() {
    return of(ScaleDimension.LIKELIHOOD, "Low", "Medium", "High");
  }

  /**
   * Returns a 3-point impact scale: 1 Low, 2 Medium, 3 High.
   *
   * @return the scale
   */
  public static RiskScale impactThreePoint() {
    return of(ScaleDimension.IMPACT, "Low", "Medium", "High");
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
    String word = getDimension().word();
    checkArgument(
        getLevels().size() >= 2,
        "%s scale has %s levels; a scale needs at least two",
        word,
        getLevels().size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < getLevels().size(); i++) {
      ScaleLevel level = getLevels().get(i);
      checkArgument(
          level.getValue() == i + 1,
          "%s scale level '%s' is numbered %s but stands in position %s; levels run 1, 2, ...",
          word,
          level.getDescriptor(),
          level.getValue(),
          i + 1);
      checkArgument(
          seen.add(level.getDescriptor()),
          "%s scale repeats the descriptor '%s'",
          word,
          level.getDescriptor());
    }
  }

  /** Builds a {@link RiskScale}. */
  public static class Builder extends ImmutableRiskScale.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
