package dev.yardstick.examples.data;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import java.util.Objects;
import java.util.function.ToLongBiFunction;

/**
 * How {@link SyntheticIndicators} makes up one indicator's figures: the denominator of each council
 * and year, and a value drawn around a level that moves with deprivation, the council's own
 * tendency, a national trend and noise. The definition itself (title, unit, polarity) comes from
 * the indicator catalogue; a recipe holds only what the generator needs.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class IndicatorRecipe {

  private final IndicatorCode code;
  private final ToLongBiFunction<CouncilProfile, Integer> denominator;
  private final double multiplier;
  private final double level;
  private final double spread;
  private final double deprivationEffect;
  private final double trend;
  private final double noise;
  private final double lowest;
  private final double highest;
  private final boolean quarterly;

  private IndicatorRecipe(
      IndicatorCode code,
      ToLongBiFunction<CouncilProfile, Integer> denominator,
      double multiplier,
      double level,
      double spread,
      double deprivationEffect,
      double trend,
      double noise,
      double lowest,
      double highest,
      boolean quarterly) {
    this.code = code;
    this.denominator = denominator;
    this.multiplier = multiplier;
    this.level = level;
    this.spread = spread;
    this.deprivationEffect = deprivationEffect;
    this.trend = trend;
    this.noise = noise;
    this.lowest = lowest;
    this.highest = highest;
    this.quarterly = quarterly;
  }

  /**
   * Returns a recipe of an annual indicator.
   *
   * @param code the indicator's code in the catalogue
   * @param denominator the denominator of a council in a year (0 for the first year of the data)
   * @param multiplier 100 for a percentage, 1,000 for a rate per 1,000, ...
   * @param level the national level in the first year, in shown units (such as 72.5 for 72.5%)
   * @param spread the standard deviation of councils' own tendencies, in shown units
   * @param deprivationEffect the change in value per point of deprivation score above 20
   * @param trend the national change per year, in shown units
   * @param noise the standard deviation of year-to-year noise, in shown units
   * @param lowest the lowest possible value, in shown units
   * @param highest the highest possible value, in shown units
   * @return the recipe
   * @throws IllegalArgumentException if the multiplier, spread or noise is negative, or the range
   *     is empty
   */
  public static IndicatorRecipe annual(
      IndicatorCode code,
      ToLongBiFunction<CouncilProfile, Integer> denominator,
      double multiplier,
      double level,
      double spread,
      double deprivationEffect,
      double trend,
      double noise,
      double lowest,
      double highest) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(denominator, "denominator");
    checkArgument(multiplier > 0, "multiplier %s of %s is not positive", multiplier, code);
    checkArgument(spread >= 0 && noise >= 0, "spread or noise of %s is negative", code);
    checkArgument(lowest < highest, "range %s to %s of %s is empty", lowest, highest, code);
    return new IndicatorRecipe(
        code,
        denominator,
        multiplier,
        level,
        spread,
        deprivationEffect,
        trend,
        noise,
        lowest,
        highest,
        false);
  }

  /**
   * Returns this recipe for an indicator reported quarterly as well as annually: the annual
   * denominator is spread over four quarters.
   *
   * @return the recipe
   */
  public IndicatorRecipe quarterly() {
    return new IndicatorRecipe(
        code,
        denominator,
        multiplier,
        level,
        spread,
        deprivationEffect,
        trend,
        noise,
        lowest,
        highest,
        true);
  }

  /**
   * Returns the indicator's code.
   *
   * @return the code
   */
  public IndicatorCode getCode() {
    return code;
  }

  /**
   * Returns whether the indicator has quarterly figures.
   *
   * @return true if quarterly
   */
  public boolean isQuarterly() {
    return quarterly;
  }

  long denominator(CouncilProfile council, int yearIndex) {
    return denominator.applyAsLong(council, yearIndex);
  }

  double multiplier() {
    return multiplier;
  }

  double level() {
    return level;
  }

  double spread() {
    return spread;
  }

  double deprivationEffect() {
    return deprivationEffect;
  }

  double trend() {
    return trend;
  }

  double noise() {
    return noise;
  }

  double clamp(double value) {
    return Math.max(lowest, Math.min(highest, value));
  }

  @Override
  public String toString() {
    return "IndicatorRecipe[" + code + (quarterly ? ", quarterly" : "") + "]";
  }
}
