package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One measurable criterion of a service quality {@link Standard}: either an indicator and a
 * threshold ("at least 95% of equipment delivered within 7 working days", indicator D54, at least
 * 95) or a yes/no evidence criterion ("every service user receives a written care plan").
 *
 * <p>A threshold criterion has all three of indicator, comparison and threshold; an evidence
 * criterion has none of them. The threshold is in the indicator's own unit and is normalised on
 * entry ({@code 95.0} becomes {@code 95}).
 *
 * <pre>{@code
 * StandardCriterion timely = StandardCriterion.threshold(
 *     "Equipment delivered within 7 working days", IndicatorCode.of("D54"),
 *     Comparison.AT_LEAST, new BigDecimal("95"));
 * StandardCriterion plan = StandardCriterion.evidence("Every user has a written care plan");
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class StandardCriterion {

  /** The two kinds of criterion. */
  public enum Kind {
    /** An indicator compared with a threshold. */
    INDICATOR_THRESHOLD,
    /** A yes/no criterion met by evidence (an audit, a document, an inspection finding). */
    EVIDENCE
  }

  StandardCriterion() {}

  /**
   * Returns a criterion met when an indicator's value meets a threshold.
   *
   * @param description what the criterion means to service users
   * @param indicator the indicator measured
   * @param comparison how the value is compared with the threshold
   * @param threshold the threshold, in the indicator's unit
   * @return the criterion
   * @throws IllegalArgumentException if the description is blank or longer than 500 characters
   */
  public static StandardCriterion threshold(
      String description, IndicatorCode indicator, Comparison comparison, BigDecimal threshold) {
    return builder()
        .description(description)
        .indicator(indicator)
        .comparison(comparison)
        .threshold(threshold)
        .build();
  }

  /**
   * Returns a yes/no criterion met by evidence.
   *
   * @param description the evidence that meets the criterion
   * @return the criterion
   * @throws IllegalArgumentException if the description is blank or longer than 500 characters
   */
  public static StandardCriterion evidence(String description) {
    return builder().description(description).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what the criterion means, in words a service user would understand.
   *
   * @return the description
   */
  public abstract String getDescription();

  /**
   * Returns the indicator measured, for a threshold criterion.
   *
   * @return the indicator code, or empty for an evidence criterion
   */
  public abstract Optional<IndicatorCode> getIndicator();

  /**
   * Returns how the indicator's value is compared with the threshold.
   *
   * @return the comparison, or empty for an evidence criterion
   */
  public abstract Optional<Comparison> getComparison();

  /**
   * Returns the threshold, in the indicator's unit, normalised.
   *
   * @return the threshold, or empty for an evidence criterion
   */
  public abstract Optional<BigDecimal> getThreshold();

  /**
   * Returns the kind of this criterion.
   *
   * @return {@link Kind#INDICATOR_THRESHOLD} if it has an indicator, otherwise {@link
   *     Kind#EVIDENCE}
   */
  public Kind getKind() {
    return getIndicator().isPresent() ? Kind.INDICATOR_THRESHOLD : Kind.EVIDENCE;
  }

  /**
   * Tells whether a measured value meets this threshold criterion.
   *
   * @param value the indicator's value, in its unit
   * @return {@code true} if the value meets the threshold
   * @throws IllegalStateException if this is an evidence criterion, which no value can meet
   */
  public boolean isMetBy(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    checkState(
        getKind() == Kind.INDICATOR_THRESHOLD,
        "criterion '%s' is met by evidence, not by an indicator value",
        getDescription());
    return getComparison().orElseThrow().isMetBy(value, getThreshold().orElseThrow());
  }

  @Value.Check
  StandardCriterion check() {
    Texts.label(getDescription(), "criterion description");
    boolean indicator = getIndicator().isPresent();
    checkState(
        indicator == getComparison().isPresent() && indicator == getThreshold().isPresent(),
        "criterion '%s' must have all of indicator, comparison and threshold, or none of them"
            + " (indicator %s, comparison %s, threshold %s)",
        getDescription(),
        getIndicator(),
        getComparison(),
        getThreshold());
    if (getThreshold().isPresent()) {
      BigDecimal normal = Decimals.normalise(getThreshold().get());
      if (!normal.equals(getThreshold().get())) {
        return builder().from(this).threshold(normal).build();
      }
    }
    return this;
  }

  /** Builds a {@link StandardCriterion}. */
  public static class Builder extends ImmutableStandardCriterion.Builder {
    /** Creates a builder with nothing set; prefer {@link StandardCriterion#builder()}. */
    public Builder() {}
  }
}
