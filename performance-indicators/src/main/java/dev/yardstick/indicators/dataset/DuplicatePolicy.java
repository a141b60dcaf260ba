package dev.yardstick.indicators.dataset;

/**
 * What an {@link IndicatorDataset.Builder} does when two values share a key: the same
 * indicator, organisation and period.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum DuplicatePolicy {
  /**
   * Refuse the dataset with a {@link DuplicateValueException} that names the key and the
   * positions of both values. The default: a duplicate is usually a mistake in a return.
   */
  ERROR,
  /** Keep the value added last, as when a resubmitted return replaces the first. */
  LATEST_WINS
}
