package dev.yardstick.indicators.trend;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.status.DirectionOfTravel;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A direction of travel assessed by {@link DirectionOfTravelCalculator}: the two values, the
 * options, the change and the verdict.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class DirectionOfTravelResult {

  DirectionOfTravelResult() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The latest value, normalised.
   *
   * @return the latest value
   */
  public abstract BigDecimal getLatest();

  /**
   * The earlier value, normalised.
   *
   * @return the earlier value
   */
  public abstract BigDecimal getPrevious();

  /**
   * The indicator's polarity.
   *
   * @return the polarity
   */
  public abstract Polarity getPolarity();

  /**
   * The smallest change that counts.
   *
   * @return the minimum change
   */
  public abstract MinimumChange getMinimumChange();

  /**
   * Which earlier value was compared.
   *
   * @return the basis
   */
  public abstract ComparisonBasis getBasis();

  /**
   * Whether the two values share a definition.
   *
   * @return the comparability
   */
  public abstract Comparability getComparability();

  /**
   * The latest value minus the earlier one.
   *
   * @return the change; empty across a definition break
   */
  public abstract Optional<BigDecimal> getChange();

  /**
   * The change as a percentage of the earlier value's magnitude (16 significant digits).
   *
   * @return the relative change; empty across a definition break or from zero
   */
  public abstract Optional<BigDecimal> getRelativeChange();

  /**
   * The movement before polarity: increasing or decreasing by at least the minimum, or no
   * significant change.
   *
   * @return the movement; empty across a definition break
   */
  public abstract Optional<TrendDirection> getMovement();

  /**
   * The verdict: improving, no significant change, worsening, or not comparable.
   *
   * @return the direction of travel; empty for an indicator with no polarity
   */
  public abstract Optional<DirectionOfTravel> getDirectionOfTravel();

  /**
   * Explains the verdict in one sentence.
   *
   * @return the explanation
   */
  public String explain() {
    String against =
        getBasis() == ComparisonBasis.PREVIOUS_PERIOD
            ? "the previous period"
            : "the same period last year";
    if (getComparability() == Comparability.DEFINITION_BREAK) {
      return "Not comparable with "
          + against
          + ": the definition changed between the two periods.";
    }
    String verdict =
        getDirectionOfTravel()
            .map(d -> d.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .orElse(getMovement().orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    return String.format(
        Locale.ROOT,
        "%s%s: %s against %s (%s), a change of %s; changes of at least %s count.",
        verdict.substring(0, 1).toUpperCase(Locale.ROOT),
        verdict.substring(1),
        getLatest().toPlainString(),
        against,
        getPrevious().toPlainString(),
        getChange().orElseThrow().toPlainString(),
        getMinimumChange());
  }

  /** A builder of {@link DirectionOfTravelResult}. */
  public static class Builder extends ImmutableDirectionOfTravelResult.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
