package dev.yardstick.indicators.dataset;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;

/**
 * Thrown when a dataset is given two values for the same indicator, organisation and period
 * under {@link DuplicatePolicy#ERROR}. It names the key and the positions, counted from zero in
 * the order the values were added, so that a reader can point at both rows of its file.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class DuplicateValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient IndicatorCode indicator;
  private final transient OrganisationId organisation;
  private final transient ReportingPeriod period;
  /** The position of the value added first, from zero. */
  private final long firstPosition;

  /** The position of the value added later, from zero. */
  private final long secondPosition;

  /**
   * Creates the exception.
   *
   * @param indicator the indicator of the key
   * @param organisation the organisation of the key
   * @param period the period of the key
   * @param firstPosition the position of the value added first, from zero
   * @param secondPosition the position of the value added later, from zero
   */
  public DuplicateValueException(
      IndicatorCode indicator, OrganisationId organisation, ReportingPeriod period,
      long firstPosition, long secondPosition) {
    super(
        "duplicate value for indicator " + indicator + ", organisation " + organisation
            + ", period " + period + ": values number " + (firstPosition + 1) + " and "
            + (secondPosition + 1) + " added share the key");
    this.indicator = indicator;
    this.organisation = organisation;
    this.period = period;
    this.firstPosition = firstPosition;
    this.secondPosition = secondPosition;
  }

  /**
   * Returns the indicator of the duplicated key.
   *
   * @return the indicator's code
   */
  public IndicatorCode getIndicator() {
    return indicator;
  }

  /**
   * Returns the organisation of the duplicated key.
   *
   * @return the organisation
   */
  public OrganisationId getOrganisation() {
    return organisation;
  }

  /**
   * Returns the period of the duplicated key.
   *
   * @return the period
   */
  public ReportingPeriod getPeriod() {
    return period;
  }

  /**
   * Returns the position of the value added first.
   *
   * @return the position, from zero, in the order values were added
   */
  public long getFirstPosition() {
    return firstPosition;
  }

  /**
   * Returns the position of the value added later.
   *
   * @return the position, from zero, in the order values were added
   */
  public long getSecondPosition() {
    return secondPosition;
  }
}
