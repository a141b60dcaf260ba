package dev.yardstick.core.framework;

import dev.yardstick.core.internal.YardstickStyle;
import org.immutables.value.Value;

/**
 * A key performance indicator of a {@link Contract}: the indicator the provider reports and the
 * {@link Target} it is held to, which lives in the same {@link PerformanceFramework} (usually with
 * the provider as its unit).
 *
 * <p>The framework checks that the target exists and is a target for the same indicator.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ContractKpi {

  ContractKpi() {}

  /**
   * Returns a contract KPI.
   *
   * @param indicator the indicator the provider reports
   * @param target the target the provider is held to
   * @return the KPI
   */
  public static ContractKpi of(IndicatorCode indicator, TargetId target) {
    return builder().indicator(indicator).target(target).build();
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
   * Returns the indicator the provider reports.
   *
   * @return the indicator code
   */
  public abstract IndicatorCode getIndicator();

  /**
   * Returns the target the provider is held to.
   *
   * @return the target's identifier
   */
  public abstract TargetId getTarget();

  /** Builds a {@link ContractKpi}. */
  public static class Builder extends ImmutableContractKpi.Builder {
    /** Creates a builder with nothing set; prefer {@link ContractKpi#builder()}. */
    public Builder() {}
  }
}
