package dev.yardstick.indicators.variance;

import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import java.util.List;
import org.immutables.value.Value;

/**
 * The list a performance meeting starts from: every indicator of a framework that is red,
 * worsening, or forecast to miss its annual target, for one organisation and period, furthest off
 * target first. Made by {@link ExceptionReportCalculator}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
// Immutables' annotations are compile-only (requires static): not part of the exported API.
@SuppressWarnings("exports")
@Value.Immutable
@YardstickStyle
public abstract class ExceptionReport {

  ExceptionReport() {}

  /**
   * Returns a builder, for users' own tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the organisation reported on.
   *
   * @return the organisation
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the period reported on.
   *
   * @return the period
   */
  public abstract ReportingPeriod getPeriod();

  /**
   * Returns the RAG policy used.
   *
   * @return the policy
   */
  public abstract RagPolicy getPolicy();

  /**
   * Returns the forecast method used.
   *
   * @return the method
   */
  public abstract ForecastMethod getForecastMethod();

  /**
   * Returns every indicator with a target for the period that was judged, listed or not.
   *
   * @return the variances, in indicator order
   */
  public abstract List<VarianceResult> getAssessed();

  /**
   * Returns the exceptions: largest shortfall first, those whose shortfall has no percentage (a
   * target of zero) next, then those that only worsen, each group in indicator order.
   *
   * @return the entries
   */
  public abstract List<ExceptionEntry> getEntries();

  /**
   * Explains the report in one sentence, such as {@code "3 of 12 indicators need attention for
   * 2003-04 Q2: 2 red, 1 worsening, 1 forecast to miss."}.
   *
   * @return the explanation
   */
  public String explain() {
    long red = count(ExceptionReason.RED);
    long worsening = count(ExceptionReason.WORSENING);
    long miss = count(ExceptionReason.FORECAST_TO_MISS);
    int total = getAssessed().size();
    return getEntries().size()
        + " of "
        + total
        + (total == 1 ? " indicator " : " indicators ")
        + (getEntries().size() == 1 ? "needs" : "need")
        + " attention for "
        + getPeriod()
        + ": "
        + red
        + " red, "
        + worsening
        + " worsening, "
        + miss
        + " forecast to miss.";
  }

  private long count(ExceptionReason reason) {
    return getEntries().stream().filter(e -> e.getReasons().contains(reason)).count();
  }

  /** A builder of {@link ExceptionReport}. */
  public static class Builder extends ImmutableExceptionReport.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
