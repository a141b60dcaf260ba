package dev.yardstick.risk.performance;

import dev.yardstick.core.framework.OwnerRole;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.risk.Risk;
import dev.yardstick.risk.RiskCategory;
import dev.yardstick.risk.matrix.RiskRating;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The risk of an indicator missing its year-end target: the evidence, the probability of a miss
 * where there is one, and the likelihood, impact and rating on a matrix. It carries what produced
 * it and explains itself.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class PerformanceRisk {

  PerformanceRisk() {}

  /**
   * Returns the evidence assessed.
   *
   * @return the evidence
   */
  public abstract PerformanceRiskEvidence getEvidence();

  /**
   * Returns the probability of missing the target that set the likelihood.
   *
   * @return the probability, 0 to 1; empty when the likelihood came from an SPC assurance icon
   */
  public abstract Optional<Double> getProbabilityOfMiss();

  /**
   * Returns the rating: likelihood and impact levels, score and band.
   *
   * @return the rating
   */
  public abstract RiskRating getRating();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Explains the result in one sentence, such as {@code "PAF C28: 84.1% chance of missing the
   * target (forecast); likelihood 5 (Almost certain) x impact 5 (Severe) = 25: High (12 and
   * above)"}; a forecast with degrees of freedom adds them, as in {@code "(forecast, Student's t on
   * 5 degrees of freedom)"}.
   *
   * @return the explanation
   */
  public String explain() {
    String why =
        getProbabilityOfMiss()
            .map(
                p ->
                    String.format(Locale.ROOT, "%.1f%% chance of missing the target", p * 100)
                        + " ("
                        + getEvidence().getKind().name().toLowerCase(Locale.ROOT)
                        + getEvidence().getDegreesOfFreedom().stream()
                            .mapToObj(df -> ", Student's t on " + df + " degrees of freedom")
                            .findFirst()
                            .orElse("")
                        + ")")
            .orElseGet(() -> "SPC assurance " + getEvidence().getAssurance().orElseThrow());
    return getEvidence().getIndicator() + ": " + why + "; " + getRating().explain();
  }

  /**
   * Returns a new open risk record for the register, in a category chosen by the caller, linked to
   * the indicator.
   *
   * @param id the risk's identifier
   * @param category the category, such as {@link RiskCategory#STRATEGIC}
   * @param ownerRole the role that owns the risk
   * @param raisedOn the day the risk is raised
   * @return the risk
   */
  public Risk toRisk(RiskId id, RiskCategory category, OwnerRole ownerRole, LocalDate raisedOn) {
    Objects.requireNonNull(id, "id");
    String code = getEvidence().getIndicator().toString();
    return Risk.builder()
        .id(id)
        .title("Indicator " + code + " misses its year-end target")
        .cause("performance on " + code + " to date and its forecast to year end")
        .event(code + " misses its annual target")
        .consequence(
            "the council fails the standard the target sets"
                + (getEvidence().getWeight() == IndicatorWeight.RATING_CAPPING
                    ? ", capping its performance rating"
                    : ""))
        .category(category)
        .ownerRole(ownerRole)
        .addIndicators(getEvidence().getIndicator())
        .raisedOn(raisedOn)
        .build();
  }

  /** Builds a {@link PerformanceRisk}. */
  public static class Builder extends ImmutablePerformanceRisk.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
