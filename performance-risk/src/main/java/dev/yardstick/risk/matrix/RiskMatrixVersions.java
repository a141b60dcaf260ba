package dev.yardstick.risk.matrix;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The versions of a register's risk matrix over time, so that each assessment is rated by the
 * matrix in force on its date (design decision 5: last year's figures by last year's rules).
 *
 * <p>Versions are given in order of their effective-from dates. A version without a last day runs
 * until the day before the next version starts; a stated last day may not reach into the next
 * version. All versions share the same grid size: a council may change descriptors, scores and the
 * banding, but a move from a 4x4 to a 5x5 matrix starts a new register, because old assessments
 * would no longer lie on the grid (CISO Assistant, likewise, freezes a matrix once assessments use
 * it).
 *
 * <pre>{@code
 * RiskMatrixVersions versions = RiskMatrixVersions.of(
 *     RiskMatrix.fiveByFive(LocalDate.of(2023, 4, 1)),
 *     stricterMatrixFrom2024);
 * RiskMatrix used = versions.effectiveOn(LocalDate.of(2024, 6, 30)).orElseThrow();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class RiskMatrixVersions {

  RiskMatrixVersions() {}

  /**
   * Returns the versions in order of their effective-from dates.
   *
   * @return the versions, at least one
   */
  public abstract List<RiskMatrix> getVersions();

  /**
   * Returns the versions given, earliest first.
   *
   * @param versions the matrices, in order of their effective-from dates
   * @return the versions
   * @throws IllegalArgumentException if there is none, they are out of order or overlap, or their
   *     grid sizes differ
   */
  public static RiskMatrixVersions of(RiskMatrix... versions) {
    Objects.requireNonNull(versions, "versions");
    return builder().versions(Arrays.asList(versions)).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the matrix effective on a date.
   *
   * @param date the date
   * @return the matrix, or empty if the date is before the first version or after a last version
   *     that has ended
   */
  public Optional<RiskMatrix> effectiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<RiskMatrix> v = getVersions();
    for (int k = v.size() - 1; k >= 0; k--) {
      RiskMatrix m = v.get(k);
      if (!date.isBefore(m.getEffectiveFrom())) {
        return m.isEffectiveOn(date) ? Optional.of(m) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the latest version.
   *
   * @return the version with the latest effective-from date
   */
  public RiskMatrix latest() {
    return getVersions().get(getVersions().size() - 1);
  }

  @Value.Check
  void check() {
    checkArgument(!getVersions().isEmpty(), "risk matrix versions need at least one matrix");
    RiskMatrix first = getVersions().get(0);
    for (int k = 1; k < getVersions().size(); k++) {
      RiskMatrix prev = getVersions().get(k - 1);
      RiskMatrix next = getVersions().get(k);
      checkArgument(
          next.getEffectiveFrom().isAfter(prev.getEffectiveFrom()),
          "risk matrix '%s' from %s does not start after '%s' from %s",
          next.getName(),
          next.getEffectiveFrom(),
          prev.getName(),
          prev.getEffectiveFrom());
      prev.getEffectiveTo()
          .ifPresent(
              to ->
                  checkArgument(
                      to.isBefore(next.getEffectiveFrom()),
                      "risk matrix '%s' runs to %s, overlapping '%s' from %s",
                      prev.getName(),
                      to,
                      next.getName(),
                      next.getEffectiveFrom()));
      checkArgument(
          next.getLikelihoodScale().size() == first.getLikelihoodScale().size()
              && next.getImpactScale().size() == first.getImpactScale().size(),
          "risk matrix '%s' is %sx%s but '%s' is %sx%s; versions must share a grid size",
          next.getName(),
          next.getLikelihoodScale().size(),
          next.getImpactScale().size(),
          first.getName(),
          first.getLikelihoodScale().size(),
          first.getImpactScale().size());
    }
  }

  /** Builds a {@link RiskMatrixVersions}. */
  public static class Builder extends ImmutableRiskMatrixVersions.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
