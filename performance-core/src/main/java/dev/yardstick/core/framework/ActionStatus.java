package dev.yardstick.core.framework;

/**
 * Where an improvement {@link Action} stands.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ActionStatus {
  /** Agreed but not begun; its percentage complete is 0. */
  NOT_STARTED,
  /** Under way. */
  IN_PROGRESS,
  /** Done; its percentage complete is 100. */
  COMPLETED,
  /** Dropped or superseded; never overdue. */
  CANCELLED;

  /**
   * Tells whether the action is still to be done.
   *
   * @return {@code true} for {@link #NOT_STARTED} and {@link #IN_PROGRESS}
   */
  public boolean isOpen() {
    return this == NOT_STARTED || this == IN_PROGRESS;
  }
}
