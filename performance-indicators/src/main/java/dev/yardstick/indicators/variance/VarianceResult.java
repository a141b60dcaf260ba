package dev.yardstick.indicators.variance;

import com.google.common.collect.Range;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ProfiledTarget;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.framework.ToleranceBand;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.status.DirectionOfTravel;
import dev.yardstick.core.status.RagStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure judged against its target by {@link VarianceCalculator}: the inputs (the figure, the
 * profiled target, the direction of travel, the RAG policy), the values as compared, the bands, the
 * differences, the verdict and the colour, with a one-sentence explanation.
 *
 * <p>When the figure cannot be judged, the {@linkplain #getStatus() status} says why ({@link
 * RagStatus#NOT_RATED}, {@link RagStatus#NO_TARGET}, {@link RagStatus#SUPPRESSED}, {@link
 * RagStatus#NO_DATA}), and the verdict and differences are empty: never a colour, never a zero.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class VarianceResult {

  VarianceResult() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the figure that was judged, as given.
   *
   * @return the figure
   */
  public abstract Figure getFigure();

  /**
   * Returns the target it was judged against, with its profile applied.
   *
   * @return the profiled target, or empty if there was none
   */
  public abstract Optional<ProfiledTarget> getTarget();

  /**
   * Returns the direction of travel that was given to the policy.
   *
   * @return the direction, or empty if none was given
   */
  public abstract Optional<DirectionOfTravel> getDirectionOfTravel();

  /**
   * Returns the RAG policy used.
   *
   * @return the policy
   */
  public abstract RagPolicy getPolicy();

  /**
   * Returns the figure's value as compared: rounded by the indicator's rounding policy when the
   * policy {@linkplain ClassificationRounding#ROUND_FIRST rounds first}, exact otherwise.
   *
   * @return the value, or empty if the figure was not compared
   */
  public abstract Optional<BigDecimal> getComparedValue();

  /**
   * Returns the values that meet the target, as compared (rounded like the figure).
   *
   * @return the bounds, or empty if the figure was not compared
   */
  public abstract Optional<Range<BigDecimal>> getComparedBounds();

  /**
   * Returns the tolerance in use, from the target or the policy.
   *
   * @return the tolerance, or empty if there was none or no comparison
   */
  public abstract Optional<Tolerance> getTolerance();

  /**
   * Returns the red, amber and green bands the figure was placed in, with their inclusive edges.
   *
   * @return the bands in order of their lower ends; empty if the figure was not compared
   */
  public abstract List<ToleranceBand> getBands();

  /**
   * Returns the compared value minus the target: for a range target, the distance outside the
   * nearer end (negative below, positive above, zero inside).
   *
   * @return the difference in the figure's unit, or empty if the figure was not compared
   */
  public abstract Optional<BigDecimal> getAbsoluteDifference();

  /**
   * Returns the absolute difference as a percentage of the target value it is measured from.
   *
   * <p>Edge cases: empty for a target of zero (a percentage of nothing), and when the figure was
   * not compared; zero inside a range target.
   *
   * @return the percentage, to 16 significant digits, or empty
   */
  public abstract Optional<BigDecimal> getRelativeDifference();

  /**
   * Returns better, on or worse than target.
   *
   * @return the verdict, or empty if the figure was not compared
   */
  public abstract Optional<TargetVerdict> getVerdict();

  /**
   * Returns the colour, or the reason there is none.
   *
   * @return the status
   */
  public abstract RagStatus getStatus();

  /**
   * Tells whether the policy's {@link DirectionRule} lifted a red figure to amber.
   *
   * @return {@code true} if the colour is amber only because of the direction of travel
   */
  @Value.Default
  public boolean isLiftedByDirectionOfTravel() {
    return false;
  }

  /**
   * Returns the indicator of the figure.
   *
   * @return the indicator code
   */
  public IndicatorCode getIndicator() {
    return getFigure().getIndicator();
  }

  /**
   * Returns the period of the figure.
   *
   * @return the period
   */
  public ReportingPeriod getPeriod() {
    return getFigure().getPeriod();
  }

  /**
   * Returns the rounding policy the figure is shown and judged by.
   *
   * @return the indicator's rounding policy
   */
  public RoundingPolicy getRounding() {
    return getFigure().getRounding();
  }

  /**
   * Explains the result in one sentence, such as {@code "Amber: 71.4% against a target of at least
   * 75% with a 5-point tolerance."}.
   *
   * @return the explanation
   */
  public String explain() {
    Figure figure = getFigure();
    String period = " for " + figure.getPeriod();
    String of = "indicator " + figure.getIndicator();
    switch (getStatus()) {
      case NOT_RATED:
        if (!figure.getPolarity().hasDirection()) {
          return "Not rated: "
              + of
              + " has no polarity, so its figure"
              + period
              + " is not judged against a target.";
        }
        return "Not rated: "
            + shown(getComparedValue().orElseThrow())
            + period
            + " falls in no band"
            + Wording.tolerance(getTolerance(), figure.getUnit())
            + ".";
      case NO_TARGET:
        return "No target: " + of + " has no target" + period + " to be judged against.";
      case SUPPRESSED:
        return "Suppressed: the figure of "
            + of
            + period
            + " is withheld because it rests on small numbers.";
      case NO_DATA:
        return "No data: " + of + " has no figure" + period + ".";
      default:
        break;
    }
    ProfiledTarget target = getTarget().orElseThrow();
    String value = shown(getComparedValue().orElseThrow());
    String bounds = Wording.bounds(getComparedBounds().orElseThrow(), figure.getUnit());
    String judged;
    switch (figure.getBasis()) {
      case YEAR_TO_DATE:
        judged =
            value
                + " year to date to "
                + figure.getPeriod()
                + " against a year-to-date target of "
                + bounds;
        break;
      case FORECAST_OUTTURN:
        judged =
            "forecast outturn of "
                + value
                + " for "
                + figure.getPeriod()
                + " against an annual target of "
                + bounds
                + Wording.baseline(target.getTarget());
        break;
      default:
        judged =
            value
                + " against a target of "
                + bounds
                + (getComparedBounds().get().equals(target.getTarget().getBounds())
                    ? Wording.baseline(target.getTarget())
                    : "");
        break;
    }
    String lifted = "";
    if (isLiftedByDirectionOfTravel()) {
      lifted =
          getDirectionOfTravel().orElseThrow() == DirectionOfTravel.IMPROVING
              ? ", beyond tolerance but improving"
              : ", beyond tolerance but maintained";
    }
    return Wording.status(getStatus())
        + ": "
        + judged
        + Wording.tolerance(getTolerance(), figure.getUnit())
        + lifted
        + ".";
  }

  private String shown(BigDecimal value) {
    return Wording.figure(
        value,
        getFigure().getUnit(),
        getPolicy().getRounding() == ClassificationRounding.ROUND_FIRST
            ? Optional.of(getFigure().getRounding())
            : Optional.empty());
  }

  /** A builder of {@link VarianceResult}. */
  public static class Builder extends ImmutableVarianceResult.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
